import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildFeedback, encodeFeedback, sealFeedback } from '../domain/feedback/feedback';
import { markedFeedbackInput } from '../domain/feedback/test-feedback';
import { createRichTextSanitizer } from '../domain/pack/rich-text';
import type { CaseDraftDatabase } from './database';
import { findDraft, saveDraftDocument } from './draft-repository';
import { importFeedback, listAllFeedback, listFeedback, loadFeedback } from './feedback-repository';
import { createTestDatabase } from './test-database';

const sanitize = createRichTextSanitizer(new JSDOM('').window as unknown as Window & typeof globalThis);
const CASE_KEY = 'civil-loan-karaganda/loan-dispute';
const SECOND_ID = '9b2d7c4e-1a3f-4e5d-8c6b-7a9e0f1d2c3b';

let db: CaseDraftDatabase;
beforeEach(() => {
  db = createTestDatabase();
});
afterEach(() => db.close());

/** A feedback file as the trainer's app writes it; `change` makes another (a re-mark, another trainer). */
async function feedbackBytes(change: Partial<Awaited<ReturnType<typeof markedFeedbackInput>>> = {}) {
  return encodeFeedback(await buildFeedback({ ...(await markedFeedbackInput()), ...change }));
}

const importing = (bytes: Uint8Array, now = new Date('2026-12-02T09:00:00.000Z')) =>
  importFeedback(db, bytes, { sanitize, now });

describe('importing a feedback file', () => {
  it('keeps it under its case, with the result the library shows, and reads it back whole', async () => {
    const result = await importing(await feedbackBytes());
    expect(result).toMatchObject({
      outcome: 'imported',
      record: {
        id: '3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69',
        caseKey: CASE_KEY,
        caseTitle: 'Дело о займе',
        trainerName: 'Гульнара Сапарова',
        total: 7.5,
        maxTotal: 15,
        createdAt: '2026-12-01T10:00:00.000Z',
        importedAt: '2026-12-02T09:00:00.000Z',
      },
    });
    expect((await listFeedback(db, CASE_KEY)).map((record) => record.id)).toEqual([
      '3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69',
    ]);
    const loaded = await loadFeedback(db, '3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69', { sanitize });
    expect(loaded?.check.ok && loaded.check.feedback.overallComment).toBe('Хорошая работа.');
    expect(loaded?.check.ok && loaded.check.anchors).toHaveLength(1);
  });

  it('changes nothing when the same file comes again', async () => {
    const bytes = await feedbackBytes();
    await importing(bytes);
    const again = await importing(bytes, new Date('2026-12-05T09:00:00.000Z'));
    expect(again).toMatchObject({
      outcome: 'alreadyHad',
      record: { importedAt: '2026-12-02T09:00:00.000Z' },
    });
    expect(await db.feedback.count()).toBe(1);
    const [stored] = await listFeedback(db, CASE_KEY);
    expect(stored?.importedAt).toBe('2026-12-02T09:00:00.000Z');
  });

  it('keeps a second feedback for the same submission beside the first, the newest first', async () => {
    await importing(await feedbackBytes());
    const input = await markedFeedbackInput();
    input.sheet.criteria.form = { points: 9, comment: 'После доработки лучше.', bankComments: [] };
    const second = await feedbackBytes({
      sheet: input.sheet,
      trainerName: 'Ерлан Абенов',
      feedbackId: SECOND_ID,
      now: new Date('2026-12-03T10:00:00.000Z'),
    });
    expect(await importing(second)).toMatchObject({ outcome: 'imported', record: { total: 9 } });
    const both = await listFeedback(db, CASE_KEY);
    expect(both.map((record) => [record.trainerName, record.total])).toEqual([
      ['Ерлан Абенов', 9],
      ['Гульнара Сапарова', 7.5],
    ]);
    expect(new Set(both.map((record) => record.submissionDigest)).size).toBe(1);
    expect(await listAllFeedback(db)).toHaveLength(2);
  });

  it('keeps the feedback here when another file comes under its id, and says so', async () => {
    await importing(await feedbackBytes());
    const { digest: _digest, ...content } = await buildFeedback(await markedFeedbackInput());
    const other = encodeFeedback(await sealFeedback({ ...content, overallComment: 'Иной текст.' }));
    expect(await importing(other)).toMatchObject({ outcome: 'idTaken' });
    const kept = await loadFeedback(db, content.feedbackId, { sanitize });
    expect(kept?.check.ok && kept.check.feedback.overallComment).toBe('Хорошая работа.');
  });

  it('refuses a damaged file, storing nothing', async () => {
    const bytes = await feedbackBytes();
    const damaged = new TextEncoder().encode(
      new TextDecoder().decode(bytes).replace('Хорошая работа.', 'Отличная работа.'),
    );
    expect(await importing(damaged)).toMatchObject({
      outcome: 'refused',
      refusal: { reason: 'digestMismatch' },
    });
    expect(await importing(new TextEncoder().encode('not json'))).toMatchObject({
      outcome: 'refused',
      refusal: { reason: 'notJson' },
    });
    expect(await db.feedback.count()).toBe(0);
  });

  it('never touches the draft of the case', async () => {
    const identity = {
      key: CASE_KEY,
      packId: 'civil-loan-karaganda',
      caseId: 'loan-dispute',
      packVersion: 1,
      templateId: 'civil-decision',
    };
    await saveDraftDocument(db, identity, { documentJson: '{"v":"second version"}' }, 0);
    const before = await findDraft(db, CASE_KEY);
    await importing(await feedbackBytes());
    expect(await findDraft(db, CASE_KEY)).toEqual(before);
  });

  it('finds nothing under an id it never received', async () => {
    expect(await loadFeedback(db, SECOND_ID, { sanitize })).toBeUndefined();
  });
});
