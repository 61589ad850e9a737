import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActDocument } from '../domain/act/document';
import { civilDecision } from '../domain/act/templates/civil-decision';
import { civilRuling } from '../domain/act/templates/civil-ruling';
import { countOutcomes } from '../domain/review/import-report';
import type { CaseDraftDatabase } from './database';
import { importCohort } from './cohort-import';
import { generateIdentity, unlockIdentity, type PublicIdentity } from '../domain/keys/identity';
import { receiptCode } from '../domain/keys/receipt';
import type { ReadCohortFile } from '../domain/review/cohort-files';
import { sealSubmissionFile } from '../domain/submission/sealed-submission';
import { sealSubmission } from '../domain/submission/submission';
import type { SubmissionV1 } from '../domain/submission/submission-v1';
import { createTrainerIdentity } from './trainer-identity-repository';
import { importPack } from './pack-repository';
import { ownTemplate, readPackOf, validPack } from '../domain/pack/test-pack';
import type { ActTemplate } from '../domain/act/template';
import type { SubmissionContent } from '../domain/submission/submission';
import type { ReviewRecord } from './records';
import { listParticipantVersions, listQueue, readReviewSubmission, startReview } from './review-repository';
import { createTestDatabase } from './test-database';
import { byParticipant, startTestReview, submissionFile } from './test-review';

// Node has no Web Worker: the files are checked here with the worker's own function (the end-to-end tests run the
// worker in Chromium).
vi.mock('./cohort-check-client', () => import('./test-cohort-checker'));

let db: CaseDraftDatabase;
let review: ReviewRecord;
beforeEach(async () => {
  db = createTestDatabase();
  review = await startTestReview(db);
});
afterEach(() => db.close());

async function storedCount(): Promise<[number, number]> {
  return [await db.reviewSubmissions.count(), await db.reviewSubmissionContents.count()];
}

describe('importCohort', () => {
  it('stores a submission with what the queue shows, under a code and not the name', async () => {
    const file = await submissionFile('Асель-Нурланова-case-one.cdsub', byParticipant('Асель Нурланова'));
    const report = await importCohort(db, review, [file]);

    expect(report.entries).toEqual([
      {
        fileName: 'Асель-Нурланова-case-one.cdsub',
        outcome: {
          kind: 'imported',
          digest: expect.any(String),
          anonymousCode: expect.any(String),
          // The code the trainee's app showed on saving: of the file's bytes.
          receipt: await receiptCode(file.bytes),
        },
      },
    ]);
    const [row] = await listQueue(db, review.key);
    expect(row).toMatchObject({
      participantName: 'Асель Нурланова',
      exportedAt: '2026-11-20T12:30:00.000Z',
      status: 'not-started',
      versions: 1,
    });
    // A new act has empty parts and lacks every requisite the checker looks for.
    expect(row?.missingRequisites).toBeGreaterThan(0);
    // Which ones, by part: every requisite always required of the review's act, as the new act has none.
    const required = civilDecision.parts.flatMap(({ id, requisites = [] }) =>
      requisites.filter(({ applies }) => applies !== 'where-applicable').map((r) => `${id}/${r.id}`),
    );
    const stored = await db.reviewSubmissions.get(row!.digest);
    expect(stored?.missingRequisiteIds).toHaveLength(row!.missingRequisites);
    expect(required).toEqual(expect.arrayContaining(stored!.missingRequisiteIds!));
    expect(row?.emptyParts).toBeGreaterThan(0);
    expect(row?.wordCount).toBeGreaterThan(0);
    expect(row?.anonymousCode).toMatch(/^[2-9A-HJ-NP-Z]{5}$/);
    expect((await readReviewSubmission(db, row!.digest))?.participant.name).toBe('Асель Нурланова');
    // What a feedback file restates of it, kept so that the export need not parse the act again.
    expect((await db.reviewSubmissionContents.get(row!.digest))?.header).toEqual({
      digest: row!.digest,
      packId: review.packId,
      packVersion: review.packVersion,
      caseId: review.caseId,
      language: 'ru',
    });
  });

  it('changes nothing when the same file comes twice, and says it was a duplicate', async () => {
    const file = await submissionFile('a.cdsub');
    await importCohort(db, review, [file]);
    const before = await db.reviewSubmissions.toArray();
    const report = await importCohort(db, review, [file, { ...file, name: 'copy of a.cdsub' }]);

    expect(report.entries.map((entry) => entry.outcome.kind)).toEqual(['duplicate', 'duplicate']);
    expect(await db.reviewSubmissions.toArray()).toEqual(before);
    expect(await storedCount()).toEqual([1, 1]);
  });

  it('keeps two versions of one participant, the newest shown and the earlier reachable', async () => {
    const earlier = await submissionFile(
      'v1.cdsub',
      byParticipant('Асель Нурланова', '2026-11-20T10:00:00Z'),
    );
    const later = await submissionFile('v2.cdsub', (content) => ({
      ...byParticipant('асель  нурланова', '2026-11-20T11:00:00Z')(content),
      app: { name: 'CaseDraft', version: '0.2.0' },
    }));
    const first = await importCohort(db, review, [later]);
    const second = await importCohort(db, review, [earlier]);

    expect(first.entries[0]?.outcome.kind).toBe('imported');
    expect(second.entries[0]?.outcome.kind).toBe('earlierVersion');
    const queue = await listQueue(db, review.key);
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({ fileName: 'v2.cdsub', versions: 2 });
    const versions = await listParticipantVersions(db, review.key, queue[0]!.participantKey);
    expect(versions.map((version) => version.fileName)).toEqual(['v2.cdsub', 'v1.cdsub']);
    expect(new Set(versions.map((version) => version.anonymousCode)).size).toBe(1);
    // The queue's row leads to the version before the one it shows.
    expect(queue[0]?.previousVersion).toBe(versions[1]?.digest);

    const newest = await submissionFile('v3.cdsub', byParticipant('Асель Нурланова', '2026-11-21T09:00:00Z'));
    expect((await importCohort(db, review, [newest])).entries[0]?.outcome.kind).toBe('newerVersion');
    expect((await listQueue(db, review.key))[0]).toMatchObject({
      fileName: 'v3.cdsub',
      versions: 3,
      previousVersion: versions[0]?.digest,
    });
  });

  it.each([
    ['another case', 'otherCase', { case: { id: 'case-two' } }],
    ['another pack version', 'otherPackVersion', { pack: { version: 2 } }],
    ['another pack', 'otherPack', { pack: { id: 'other-pack' } }],
  ] as const)('refuses a submission for %s with its reason and stores nothing', async (_, reason, change) => {
    const file = await submissionFile('wrong.cdsub', (content) => ({
      ...content,
      pack: { ...content.pack, ...('pack' in change ? change.pack : {}) },
      case: { ...content.case, ...('case' in change ? change.case : {}) },
    }));
    const report = await importCohort(db, review, [file]);

    expect(report.entries[0]?.outcome).toMatchObject({ kind: 'refused', reason });
    expect(await storedCount()).toEqual([0, 0]);
  });

  it('refuses an act of another kind than the case asks for', async () => {
    const file = await submissionFile('ruling.cdsub', (content) => ({
      ...content,
      case: { ...content.case, actType: 'civil-ruling' },
      document: createActDocument(civilRuling, 'ru').toJSON() as Record<string, unknown>,
    }));
    const report = await importCohort(db, review, [file]);

    expect(report.entries[0]?.outcome).toMatchObject({ kind: 'refused', reason: 'otherActType' });
    expect(await storedCount()).toEqual([0, 0]);
  });

  it('refuses an act checked against a two-part template the file carries under the built-in id', async () => {
    const twoParts = { ...civilDecision, parts: civilDecision.parts.slice(0, 2) };
    const file = await submissionFile('short.cdsub', (content) => ({
      ...content,
      formatVersion: 2,
      template: twoParts as unknown as Record<string, unknown>,
      document: createActDocument(twoParts, 'ru').toJSON() as Record<string, unknown>,
    }));
    const report = await importCohort(db, review, [file]);

    // The reader refuses it itself; nothing is stored.
    expect(report.entries[0]?.outcome).toMatchObject({ kind: 'refused', reason: 'builtInTemplate' });
    expect(await storedCount()).toEqual([0, 0]);
  });

  it('takes acts on a pack’s own template when they carry that very template, and no other', async () => {
    const read = await readPackOf(validPack({ id: 'own-pack' }));
    read.pack.formatVersion = 3;
    read.pack.templates = [ownTemplate()];
    read.pack.cases[0]!.actType = ownTemplate().id;
    await importPack(db, read);
    const started = await startReview(db, 'own-pack', 'case-one');
    if (!started.ok) throw new Error(started.reason);
    expect(started.review.template).toEqual(ownTemplate());
    const onTemplate = (template: ActTemplate) => (content: SubmissionContent) => ({
      ...content,
      formatVersion: 2 as const,
      pack: { ...content.pack, id: 'own-pack' },
      case: { ...content.case, actType: ownTemplate().id },
      template: template as unknown as Record<string, unknown>,
      document: createActDocument(template, 'ru').toJSON() as Record<string, unknown>,
    });
    const reworded = { ...ownTemplate(), title: { ru: 'Другое', kk: 'Басқа' } };
    const report = await importCohort(db, started.review, [
      await submissionFile('own.cdsub', onTemplate(ownTemplate())),
      await submissionFile('reworded.cdsub', onTemplate(reworded)),
    ]);

    expect(
      report.entries.map(({ outcome }) => (outcome.kind === 'refused' ? outcome.reason : outcome.kind)),
    ).toEqual(['imported', 'otherTemplate']);
  });

  it('refuses, rather than throws on, a file nested too deep for the reader, and imports the rest', async () => {
    const good = await submissionFile('good.cdsub');
    const text = new TextDecoder().decode(good.bytes);
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const hostile = text.replace('"document": {', `"document": {"deep": ${deep},`);
    const report = await importCohort(db, review, [
      { name: 'deep.cdsub', bytes: new TextEncoder().encode(hostile) },
      good,
    ]);

    expect(report.entries.map(({ outcome }) => outcome.kind)).toEqual(['refused', 'imported']);
    expect(await storedCount()).toEqual([1, 1]);
  });

  it('refuses a file changed after export, and a file that is not a submission', async () => {
    const file = await submissionFile('tampered.cdsub');
    const tampered = new TextDecoder().decode(file.bytes).replace('Асель Нурланова', 'Другой Человек');
    const report = await importCohort(db, review, [
      { name: 'tampered.cdsub', bytes: new TextEncoder().encode(tampered) },
      { name: 'notes.txt', bytes: new TextEncoder().encode('hello') },
    ]);

    expect(report.entries.map(({ outcome }) => outcome.kind === 'refused' && outcome.reason)).toEqual([
      'digestMismatch',
      'notJson',
    ]);
    expect(await storedCount()).toEqual([0, 0]);
  });

  it('refuses by name a chosen file too large to read, and imports the others of the selection', async () => {
    const before = await submissionFile('before.cdsub', byParticipant('Асель Нурланова'));
    const after = await submissionFile('after.cdsub', byParticipant('Бауыржан Сейітов'));
    const huge = { name: 'Ким-Анна-case-one.cdsub', size: 300 * 1024 * 1024 };
    const report = await importCohort(db, review, [before, huge, after]);

    expect(report.entries).toEqual([
      expect.objectContaining({
        fileName: 'before.cdsub',
        outcome: expect.objectContaining({ kind: 'imported' }),
      }),
      {
        fileName: 'Ким-Анна-case-one.cdsub',
        outcome: { kind: 'refused', reason: 'tooLarge', detail: `${huge.size} bytes` },
      },
      expect.objectContaining({
        fileName: 'after.cdsub',
        outcome: expect.objectContaining({ kind: 'imported' }),
      }),
    ]);
    expect(await storedCount()).toEqual([2, 2]);
  });

  it('imports the good entries of a zip and refuses the bad ones one by one', async () => {
    const good = await submissionFile('good.cdsub', byParticipant('Асель Нурланова'));
    const other = await submissionFile('other.cdsub', byParticipant('Бауыржан Сейітов'));
    const wrongCase = await submissionFile('x.cdsub', (content) => ({
      ...content,
      case: { ...content.case, id: 'case-two' },
    }));
    const zip = zipSync({
      'group/good.cdsub': good.bytes,
      'group/other.cdsub': other.bytes,
      'group/wrong.cdsub': wrongCase.bytes,
      'group/readme.txt': new TextEncoder().encode('hi'),
    });
    const report = await importCohort(db, review, [{ name: 'cohort.zip', bytes: zip }]);

    expect(
      report.entries.map(({ fileName, outcome }) => [
        fileName,
        outcome.kind === 'refused' ? outcome.reason : outcome.kind,
      ]),
    ).toEqual([
      ['cohort.zip/group/good.cdsub', 'imported'],
      ['cohort.zip/group/other.cdsub', 'imported'],
      ['cohort.zip/group/wrong.cdsub', 'otherCase'],
      ['cohort.zip/group/readme.txt', 'notSubmissionFile'],
    ]);
    expect(await storedCount()).toEqual([2, 2]);
  });

  it('reports a damaged zip as one refused file and reads none of it', async () => {
    const zip = zipSync({ 'a.cdsub': (await submissionFile('a.cdsub')).bytes });
    const truncated = zip.subarray(0, zip.length - 10);
    const report = await importCohort(db, review, [{ name: 'cohort.zip', bytes: truncated }]);

    expect(report.entries).toEqual([
      {
        fileName: 'cohort.zip',
        outcome: expect.objectContaining({ kind: 'refused', reason: 'unreadableArchive' }),
      },
    ]);
    expect(await storedCount()).toEqual([0, 0]);
  });

  it('stops when cancelled, keeping the files done and reporting the rest as not imported', async () => {
    const files = await Promise.all(
      ['Асель', 'Бауыржан', 'Гүлнар', 'Дәурен'].map((name) =>
        submissionFile(`${name}.cdsub`, byParticipant(name)),
      ),
    );
    const controller = new AbortController();
    const progress: number[] = [];
    const report = await importCohort(db, review, files, {
      signal: controller.signal,
      onProgress: ({ done, total }) => {
        progress.push(done);
        expect(total).toBe(4);
        if (done === 2) controller.abort();
      },
    });

    expect(report.cancelled).toBe(true);
    expect(progress).toEqual([1, 2]);
    expect(report.entries.map((entry) => entry.outcome.kind)).toEqual([
      'imported',
      'imported',
      'notImported',
      'notImported',
    ]);
    expect(countOutcomes(report)).toMatchObject({ imported: 2, notImported: 2 });
    expect(await storedCount()).toEqual([2, 2]);
  });

  it('stores nothing of a file whose write fails, and goes on with the next', async () => {
    const files = [
      await submissionFile('a.cdsub', byParticipant('Асель')),
      await submissionFile('b.cdsub', byParticipant('Бауыржан')),
    ];
    let failNext = true;
    // The summary is written first, then the content: failing the content must take the summary back too.
    db.reviewSubmissionContents.hook('creating', () => {
      if (failNext) {
        failNext = false;
        throw new DOMException('The disk is full', 'QuotaExceededError');
      }
    });
    const report = await importCohort(db, review, files);

    expect(
      report.entries.map(({ outcome }) => (outcome.kind === 'refused' ? outcome.reason : outcome.kind)),
    ).toEqual(['storageFailed', 'imported']);
    expect((await db.reviewSubmissions.toArray()).map((row) => row.fileName)).toEqual(['b.cdsub']);
    expect(await storedCount()).toEqual([1, 1]);
  });

  it('gives a participant the same code in a second import, and the code holds nothing of the name', async () => {
    const first = await importCohort(db, review, [
      await submissionFile('a.cdsub', byParticipant('Асель Нурланова')),
    ]);
    const second = await importCohort(db, review, [
      await submissionFile('b.cdsub', byParticipant('Асель Нурланова', '2026-11-22T10:00:00Z')),
    ]);
    const codeOf = (outcome: unknown) => (outcome as { anonymousCode: string }).anonymousCode;
    const code = codeOf(first.entries[0]?.outcome);

    expect(codeOf(second.entries[0]?.outcome)).toBe(code);
    expect(code).not.toMatch(/асель|нурланова/iu);
    expect(JSON.stringify(first.entries[0]?.outcome)).not.toContain('Асель');
  });

  it('gives the same participant other codes in reviews of other cases', async () => {
    await importPack(db, await readPackOf(validPack({ id: 'second-pack' })));
    const started = await startReview(db, 'second-pack', 'case-one');
    if (!started.ok) throw new Error(started.reason);
    const inFirst = await importCohort(db, review, [await submissionFile('a.cdsub', byParticipant('Асель'))]);
    const inSecond = await importCohort(db, started.review, [
      await submissionFile('a.cdsub', (content) => ({
        ...byParticipant('Асель')(content),
        pack: { ...content.pack, id: 'second-pack' },
      })),
    ]);
    const codeOf = (outcome: unknown) => (outcome as { anonymousCode: string }).anonymousCode;

    expect(inSecond.entries[0]?.outcome.kind).toBe('imported');
    expect(codeOf(inSecond.entries[0]?.outcome)).not.toBe(codeOf(inFirst.entries[0]?.outcome));
  });
});

describe('importCohort of files sealed to trainers (format 3)', () => {
  async function sealedFile(name: string, trainers: PublicIdentity[]): Promise<ReadCohortFile> {
    const plain = await submissionFile(name, byParticipant('Асель Нурланова'));
    const { digest: _digest, ...content } = JSON.parse(new TextDecoder().decode(plain.bytes)) as SubmissionV1;
    const submission = await sealSubmission({ ...content, formatVersion: 3 as const });
    return { name, bytes: (await sealSubmissionFile(submission, trainers)).bytes };
  }

  it('opens a file sealed to the trainer key of this computer, and keeps its receipt', async () => {
    const own = await createTrainerIdentity(db, 'Гульнара Сапарова');
    const file = await sealedFile('Асель.cdsub', [own.secrets.public]);
    const report = await importCohort(db, review, [file]);
    const receipt = await receiptCode(file.bytes);
    expect(report.entries[0]?.outcome).toMatchObject({ kind: 'imported', receipt });
    const [row] = await listQueue(db, review.key);
    expect(row).toMatchObject({ receipt, sealed: true, participantName: 'Асель Нурланова' });
    expect((await readReviewSubmission(db, row!.digest))?.formatVersion).toBe(3);
  });

  it('refuses a sealed file, naming the keys it is for, when this computer has none of them', async () => {
    const other = await unlockIdentity(await generateIdentity('Другой тренер'));
    const file = await sealedFile('Асель.cdsub', [other!.public]);
    const withoutKey = await importCohort(db, review, [file]);
    expect(withoutKey.entries[0]?.outcome).toMatchObject({
      kind: 'refused',
      reason: 'noTrainerKey',
      sealedTo: [other!.fingerprint],
    });
    await createTrainerIdentity(db, 'Гульнара Сапарова');
    const withAnotherKey = await importCohort(db, review, [file]);
    expect(withAnotherKey.entries[0]?.outcome).toMatchObject({
      kind: 'refused',
      reason: 'sealedForOtherTrainer',
      sealedTo: [other!.fingerprint],
    });
    expect(await storedCount()).toEqual([0, 0]);
  });
});
