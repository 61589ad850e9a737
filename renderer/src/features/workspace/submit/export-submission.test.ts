import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../app/services';
import { createActDocument } from '../../../domain/act/document';
import { RECEIVED_DOCUMENT_LIMITS } from '../../../domain/act/received-document';
import { civilDecision } from '../../../domain/act/templates/civil-decision';
import { readSubmission } from '../../../domain/submission/submission';
import { emptyWorksheet } from '../../../domain/worksheet/worksheet';
import type { Platform } from '../../../platform';
import type { CaseDraftDatabase } from '../../../storage/database';
import { caseStatus, findDraft, saveDraftDocument } from '../../../storage/draft-repository';
import type { CaseRecord } from '../../../storage/records';
import { createTestDatabase } from '../../../storage/test-database';
import { generateIdentity, unlockIdentity, type TrainerIdentity } from '../../../domain/keys/identity';
import { receiptCode } from '../../../domain/keys/receipt';
import { openSubmissionFile } from '../../../domain/submission/sealed-submission';
import { checkTimeline } from '../../../domain/timeline/timeline';
import { listSubmissionReceipts } from '../../../storage/submission-receipt-repository';
import { appendTimeline, listTimeline } from '../../../storage/timeline-repository';
import { exportSubmission, type ExportRequest } from './export-submission';

const caseRecord: CaseRecord = {
  key: 'pack-one/case-one',
  packId: 'pack-one',
  id: 'case-one',
  packVersion: 2,
  order: 0,
  title: 'Дело о займе',
  branch: 'civil',
  actType: 'civil-decision',
  language: 'ru',
  instructions: 'Составьте решение.',
  materials: [],
  legislation: [],
  rubric: [],
};

let db: CaseDraftDatabase;
let written: { name: string; bytes: Uint8Array }[];
let userCancels: boolean;

function services(): AppServices {
  const platform = {
    saveFile: async ({ suggestedName, bytes }) => {
      if (userCancels) return { saved: false };
      written.push({ name: suggestedName, bytes });
      return { saved: true, name: suggestedName };
    },
  } as Partial<Platform> as Platform;
  return { db, platform, appInfo: { name: 'CaseDraft', version: '9.9.9', locale: 'ru', platform: 'web' } };
}

function request(submittedRevision: number): ExportRequest {
  return {
    caseRecord,
    packTitle: 'Пакет',
    packVersion: 1,
    participantName: 'Асель Нурланова',
    document: createActDocument(civilDecision, 'ru').toJSON() as Record<string, unknown>,
    worksheet: undefined,
    template: civilDecision,
    submittedRevision,
    keepEvenIfUnreadable: false,
    dialog: { title: 'Save', filterName: 'Submission' },
  };
}

type Json = Record<string, unknown>;

/** The civil decision with `block` after the first paragraph of its reasoning part, as a trainee could write it. */
function actWith(block: Json): Json {
  const document = createActDocument(civilDecision, 'ru').toJSON() as { content: { content: Json[] }[] };
  document.content[2]!.content.splice(2, 0, block);
  return document as unknown as Json;
}

/** A table of one row whose one cell spans `colspan` columns. */
function tableWithCellSpanning(colspan: number): Json {
  const cell = { type: 'table_cell', attrs: { colspan }, content: [{ type: 'paragraph' }] };
  return { type: 'table', content: [{ type: 'table_row', content: [cell] }] };
}

/** Bullet lists `levels` deep, each item holding a paragraph and the next list. */
function listsNested(levels: number): Json {
  let list: Json = { type: 'paragraph', content: [{ type: 'text', text: 'Самый глубокий пункт' }] };
  for (let level = 0; level < levels; level++) {
    list = { type: 'bullet_list', content: [{ type: 'list_item', content: [{ type: 'paragraph' }, list] }] };
  }
  return list;
}

beforeEach(async () => {
  db = createTestDatabase();
  written = [];
  userCancels = false;
  const identity = {
    key: caseRecord.key,
    packId: 'pack-one',
    caseId: 'case-one',
    packVersion: 1,
    templateId: 'civil-decision',
  };
  await saveDraftDocument(db, identity, { documentJson: '{}' }, 0, new Date('2026-11-20T09:00:00Z'));
});
afterEach(() => db.close());

describe('exportSubmission', () => {
  it('writes a submission that verifies, for the pack version the draft was written against', async () => {
    expect(await exportSubmission(services(), request(1))).toEqual({
      saved: true,
      name: 'Асель-Нурланова-case-one.cdsub',
      receipt: { receipt: expect.stringMatching(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/), sealedTo: [] },
    });
    expect(written.map((file) => file.name)).toEqual(['Асель-Нурланова-case-one.cdsub']);
    const check = await readSubmission(written[0]!.bytes);
    expect(check.ok && check.submission).toMatchObject({
      participant: { name: 'Асель Нурланова' },
      pack: { id: 'pack-one', version: 1, title: 'Пакет' },
      case: { id: 'case-one', actType: 'civil-decision', language: 'ru' },
      app: { version: '9.9.9' },
    });
  });

  it('writes format version 3 with the worksheet, and without the template when the app ships it', async () => {
    const worksheet = { ...emptyWorksheet('general'), analysis: 'Долг подтверждён распиской.' };
    await exportSubmission(services(), { ...request(1), worksheet });
    const check = await readSubmission(written[0]!.bytes);
    expect(check.ok && check.submission).toMatchObject({ formatVersion: 3, worksheet });
    expect(check.ok && 'template' in check.submission).toBe(false);
  });

  it('leaves out a worksheet with nothing written in it', async () => {
    await exportSubmission(services(), { ...request(1), worksheet: emptyWorksheet('general') });
    const check = await readSubmission(written[0]!.bytes);
    expect(check.ok && 'worksheet' in check.submission).toBe(false);
  });

  it('carries a template of the pack’s own, so the act can be checked without the pack', async () => {
    const own = { ...civilDecision, id: 'pack-own-decision' };
    const document = createActDocument(own, 'ru').toJSON() as Record<string, unknown>;
    await exportSubmission(services(), {
      ...request(1),
      caseRecord: { ...caseRecord, actType: own.id },
      document,
      template: own,
    });
    const check = await readSubmission(written[0]!.bytes);
    expect(check).toMatchObject({
      ok: true,
      submission: { template: { id: own.id } },
      template: { id: own.id },
    });
  });

  it('dates the submission from when the draft was first saved', async () => {
    await exportSubmission(services(), request(1));
    const check = await readSubmission(written[0]!.bytes);
    expect(check.ok && check.submission.createdAt).toBe('2026-11-20T09:00:00.000Z');
  });

  it('marks the case submitted once the file is written', async () => {
    await exportSubmission(services(), request(1));
    expect(caseStatus(await findDraft(db, caseRecord.key))).toBe('submitted');
  });

  it('marks nothing for a copy', async () => {
    await exportSubmission(services(), request(0));
    expect(written).toHaveLength(1);
    expect(caseStatus(await findDraft(db, caseRecord.key))).toBe('inProgress');
  });

  it('marks nothing when the user cancels the save dialog', async () => {
    userCancels = true;
    expect(await exportSubmission(services(), request(1))).toEqual({ saved: false });
    expect(caseStatus(await findDraft(db, caseRecord.key))).toBe('inProgress');
  });

  it('exports an act as large as the reader takes: a cell spanning the most columns it reads', async () => {
    const document = actWith(tableWithCellSpanning(RECEIVED_DOCUMENT_LIMITS.maxCellSpan));
    expect(await exportSubmission(services(), { ...request(1), document })).toMatchObject({ saved: true });
    expect(await readSubmission(written[0]!.bytes)).toMatchObject({ ok: true });
  });
});

describe('exportSubmission of an act the trainer’s CaseDraft would refuse', () => {
  it.each([
    [
      'a table cell spanning 101 columns',
      tableWithCellSpanning(RECEIVED_DOCUMENT_LIMITS.maxCellSpan + 1),
      'documentTooLarge',
      'colspan',
    ],
    ['lists nested 49 deep', listsNested(49), 'tooDeep', 'nested deeper'],
  ])('offers no file for %s, says why, and leaves the draft alone', async (_name, block, reason, detail) => {
    const draftBefore = await findDraft(db, caseRecord.key);
    const result = await exportSubmission(services(), { ...request(1), document: actWith(block) });
    expect(result).toMatchObject({ saved: false, refusal: { ok: false, reason } });
    expect(result.refusal?.detail).toContain(detail);
    expect(written).toEqual([]);
    expect(await findDraft(db, caseRecord.key)).toEqual(draftBefore);
    expect(caseStatus(await findDraft(db, caseRecord.key))).toBe('inProgress');
  });

  it('still saves a copy of the work, saying the trainer could not read it', async () => {
    const document = actWith(tableWithCellSpanning(RECEIVED_DOCUMENT_LIMITS.maxCellSpan + 1));
    const result = await exportSubmission(services(), {
      ...request(0),
      keepEvenIfUnreadable: true,
      document,
    });
    expect(result).toMatchObject({ saved: true, refusal: { reason: 'documentTooLarge' } });
    expect(written).toHaveLength(1);
    expect(caseStatus(await findDraft(db, caseRecord.key))).toBe('inProgress');
  });

  it('says nothing of the reader when the user cancels saving such a copy', async () => {
    userCancels = true;
    const document = actWith(tableWithCellSpanning(RECEIVED_DOCUMENT_LIMITS.maxCellSpan + 1));
    expect(
      await exportSubmission(services(), { ...request(0), keepEvenIfUnreadable: true, document }),
    ).toEqual({ saved: false });
  });
});

describe('exportSubmission of a pack that names its trainer', () => {
  async function packNaming(name: string): Promise<TrainerIdentity> {
    const identity = await unlockIdentity(await generateIdentity(name));
    if (!identity) throw new Error('the test identity did not unlock');
    await db.packs.put({
      id: 'pack-one',
      version: 1,
      formatVersion: 4,
      title: 'Пакет',
      language: 'ru',
      bundled: false,
      importedAt: '2026-11-20T08:00:00.000Z',
      trainers: [{ ...identity.public, role: 'trainer' }],
    });
    return identity;
  }

  it('seals the file to the trainer, with the timeline and its submitted link, and keeps its receipt', async () => {
    const trainer = await packNaming('Гульнара Сапарова');
    await appendTimeline(db, caseRecord.key, {
      kind: 'save',
      at: '2026-11-20T10:00:00.000Z',
      chars: 9,
      words: 2,
    });
    const result = await exportSubmission(services(), request(1));
    const { bytes } = written[0]!;
    const receipt = await receiptCode(bytes);
    expect(result.receipt).toEqual({ receipt, sealedTo: [trainer.fingerprint] });
    expect(await listSubmissionReceipts(db, caseRecord.key)).toMatchObject([
      { receipt, sealedTo: [trainer.fingerprint], fileName: 'Асель-Нурланова-case-one.cdsub' },
    ]);
    // Only the trainer's key reads it; the plain reader cannot.
    expect((await readSubmission(bytes)).ok).toBe(false);
    const opened = await openSubmissionFile(bytes, [trainer]);
    const timeline = opened.ok && opened.submission.formatVersion === 3 ? opened.submission.timeline : [];
    expect(timeline?.map((link) => link.kind)).toEqual(['save', 'submitted']);
    // The draft's own chain is the one the file carries.
    expect(await listTimeline(db, caseRecord.key)).toEqual(timeline);
    expect(await checkTimeline(timeline ?? [])).toEqual({ holds: true });
  });

  it('records no hand-in and keeps no receipt when the trainee cancels saving', async () => {
    await packNaming('Гульнара Сапарова');
    userCancels = true;
    expect(await exportSubmission(services(), request(1))).toEqual({ saved: false });
    expect(await listSubmissionReceipts(db, caseRecord.key)).toEqual([]);
    expect(await listTimeline(db, caseRecord.key)).toEqual([]);
  });
});
