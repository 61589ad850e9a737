import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { CaseDraftDatabase } from './database';
import { findDraft } from './draft-repository';
import { createTestDatabase } from './test-database';
import { readReviewSubmission } from './review-repository';

let db: CaseDraftDatabase;
afterEach(() => db?.close());

describe('database schema', () => {
  it('opens an empty database at version 8 with its twenty tables', async () => {
    db = createTestDatabase();
    await db.open();
    expect(db.verno).toBe(8);
    expect(db.tables.map((table) => table.name).sort()).toEqual([
      'attachments',
      'cases',
      'colleagueMarks',
      'commentBank',
      'draftContents',
      'drafts',
      'examSessions',
      'feedback',
      'packs',
      'reviewMarks',
      'reviewSubmissionContents',
      'reviewSubmissions',
      'reviews',
      'revisionContents',
      'revisions',
      'settings',
      'submissionReceipts',
      'timeline',
      'trainerIdentity',
      'trainerKeys',
    ]);
  });

  it('has the keys and indexes the repositories query by', async () => {
    db = createTestDatabase();
    await db.open();
    const shape = Object.fromEntries(
      db.tables.map((table) => [
        table.name,
        [table.schema.primKey.keyPath, ...table.schema.indexes.map((index) => index.keyPath)],
      ]),
    );
    expect(shape).toEqual({
      packs: ['id'],
      cases: ['key', 'packId'],
      attachments: ['sha256'],
      drafts: ['key', 'packId', 'updatedAt'],
      draftContents: ['key'],
      settings: ['key'],
      revisions: ['id', ['draftKey', 'createdAt']],
      revisionContents: ['id'],
      reviews: ['key'],
      trainerKeys: ['reviewKey'],
      reviewSubmissions: ['digest', 'reviewKey', ['reviewKey', 'participantKey']],
      reviewSubmissionContents: ['digest'],
      reviewMarks: ['digest', 'reviewKey'],
      commentBank: ['id', 'packId', ['packId', 'criterionId']],
      feedback: ['id', 'caseKey', 'submissionDigest'],
      colleagueMarks: [['digest', 'markerId'], 'reviewKey'],
      trainerIdentity: ['id'],
      timeline: [['draftKey', 'seq']],
      examSessions: ['caseKey'],
      submissionReceipts: ['id', 'caseKey'],
    });
  });
});

describe('migration from version 1', () => {
  it('turns version-1 material blocks into escaped HTML, gives rubric-less cases the default rubric, and leaves drafts and settings alone', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('casedraft-migration', { indexedDB, IDBKeyRange });
    old
      .version(1)
      .stores({ packs: 'id', cases: 'key, packId', drafts: 'key, packId, updatedAt', settings: 'key' });
    const draft = { key: 'p/c', packId: 'p', caseId: 'c', document: { type: 'doc' }, revision: 4 };
    await old.table('cases').put({
      key: 'p/c',
      packId: 'p',
      language: 'kk',
      rubric: [],
      materials: [
        {
          id: 'claim',
          title: 'Иск',
          blocks: [
            { type: 'heading', text: 'Исковое заявление' },
            { type: 'paragraph', text: 'Долг <500 000> тенге' },
          ],
        },
      ],
    });
    await old.table('drafts').put(draft);
    await old.table('settings').put({ key: 'language', value: 'kk' });
    old.close();

    db = new CaseDraftDatabase('casedraft-migration', { indexedDB, IDBKeyRange });
    await db.open();
    expect((await db.cases.get('p/c'))?.materials).toEqual([
      {
        kind: 'text',
        id: 'claim',
        title: 'Иск',
        html: '<h3>Исковое заявление</h3>\n<p>Долг &lt;500 000&gt; тенге</p>',
      },
    ]);
    expect((await db.cases.get('p/c'))?.rubric.map((criterion) => criterion.title)[0]).toBe(
      'Нысаны және міндетті деректемелері',
    );
    expect(await findDraft(db, 'p/c')).toEqual(draft);
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'kk' });
    expect(await db.attachments.count()).toBe(0);
  });
});

describe('migration from version 2', () => {
  it('adds empty revision tables and leaves packs, cases and drafts as they were', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('casedraft-migration-v2', { indexedDB, IDBKeyRange });
    old.version(2).stores({
      packs: 'id',
      cases: 'key, packId',
      attachments: 'sha256',
      drafts: 'key, packId, updatedAt',
      settings: 'key',
    });
    const pack = { id: 'p', version: 2, title: 'Пакет', bundled: false };
    const caseRow = { key: 'p/c', packId: 'p', language: 'ru', materials: [], rubric: [{ title: 'Форма' }] };
    const draft = { key: 'p/c', packId: 'p', caseId: 'c', document: { type: 'doc' }, revision: 7 };
    const worksheet = { facts: [{ statement: 'Заём выдан', evidence: [], assessment: '' }] };
    const withWorksheet = { ...draft, key: 'p/d', caseId: 'd', worksheet };
    await old.table('packs').put(pack);
    await old.table('cases').put(caseRow);
    await old.table('drafts').bulkPut([draft, withWorksheet]);
    old.close();

    db = new CaseDraftDatabase('casedraft-migration-v2', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(8);
    expect(await db.packs.get('p')).toEqual(pack);
    expect(await db.cases.get('p/c')).toEqual(caseRow);
    // The text is read with its draft as before, and the draft's own row holds no text any more.
    expect(await findDraft(db, 'p/c')).toEqual(draft);
    expect(await findDraft(db, 'p/d')).toEqual(withWorksheet);
    expect(await db.drafts.get('p/d')).toEqual({ key: 'p/d', packId: 'p', caseId: 'd', revision: 7 });
    expect(await db.draftContents.get('p/d')).toEqual({
      key: 'p/d',
      documentJson: '{"type":"doc"}',
      worksheet,
    });
    expect(await db.revisions.count()).toBe(0);
    expect(await db.revisionContents.count()).toBe(0);
  });
});

describe('migration from version 3', () => {
  it('moves each draft’s text into a table of its own and leaves the rest as it was', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('casedraft-migration-v3', { indexedDB, IDBKeyRange });
    old.version(3).stores({
      packs: 'id',
      cases: 'key, packId',
      attachments: 'sha256',
      drafts: 'key, packId, updatedAt',
      settings: 'key',
      revisions: '++id, [draftKey+createdAt]',
      revisionContents: 'id',
    });
    const draft = { key: 'p/c', packId: 'p', caseId: 'c', document: { type: 'doc' }, revision: 7 };
    const worksheet = { facts: [{ statement: 'Заём выдан', evidence: [], assessment: '' }] };
    const withWorksheet = { ...draft, key: 'p/d', caseId: 'd', worksheet };
    const revision = { id: 1, draftKey: 'p/c', createdAt: '2026-11-22T10:00:00.000Z', reason: 'export' };
    await old.table('drafts').bulkPut([draft, withWorksheet]);
    await old.table('revisions').put(revision);
    old.close();

    db = new CaseDraftDatabase('casedraft-migration-v3', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(8);
    // The text is read with its draft as before, and the draft's own row holds no text any more.
    expect(await findDraft(db, 'p/c')).toEqual(draft);
    expect(await findDraft(db, 'p/d')).toEqual(withWorksheet);
    expect(await db.drafts.get('p/d')).toEqual({ key: 'p/d', packId: 'p', caseId: 'd', revision: 7 });
    expect(await db.draftContents.get('p/d')).toEqual({
      key: 'p/d',
      documentJson: '{"type":"doc"}',
      worksheet,
    });
    expect(await db.revisions.toArray()).toEqual([revision]);
  });
});

describe('migration from version 4', () => {
  it('adds empty review tables and leaves packs, drafts, their text and revisions as they were', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('casedraft-migration-v4', { indexedDB, IDBKeyRange });
    old.version(4).stores({
      packs: 'id',
      cases: 'key, packId',
      attachments: 'sha256',
      drafts: 'key, packId, updatedAt',
      draftContents: 'key',
      settings: 'key',
      revisions: '++id, [draftKey+createdAt]',
      revisionContents: 'id',
    });
    const pack = { id: 'p', version: 2, title: 'Пакет', bundled: false };
    const draft = { key: 'p/c', packId: 'p', caseId: 'c', revision: 7 };
    const content = { key: 'p/c', documentJson: '{"type":"doc"}' };
    const revision = { id: 1, draftKey: 'p/c', createdAt: '2026-11-22T10:00:00.000Z', reason: 'export' };
    await old.table('packs').put(pack);
    await old.table('drafts').put(draft);
    await old.table('draftContents').put(content);
    await old.table('revisions').put(revision);
    old.close();

    db = new CaseDraftDatabase('casedraft-migration-v4', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(8);
    expect(await db.packs.get('p')).toEqual(pack);
    expect(await findDraft(db, 'p/c')).toEqual({ ...draft, document: { type: 'doc' } });
    expect(await db.revisions.toArray()).toEqual([revision]);
    expect(await db.reviews.count()).toBe(0);
    expect(await db.trainerKeys.count()).toBe(0);
    expect(await db.reviewSubmissions.count()).toBe(0);
    expect(await db.reviewSubmissionContents.count()).toBe(0);
  });
});

describe('migration from version 5', () => {
  it('adds empty marking tables and keeps reviews, their submissions and the drafts as they were', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('casedraft-migration-v5', { indexedDB, IDBKeyRange });
    old.version(5).stores({
      packs: 'id',
      cases: 'key, packId',
      attachments: 'sha256',
      drafts: 'key, packId, updatedAt',
      draftContents: 'key',
      settings: 'key',
      revisions: '++id, [draftKey+createdAt]',
      revisionContents: 'id',
      reviews: 'key',
      trainerKeys: 'reviewKey',
      reviewSubmissions: 'digest, reviewKey, [reviewKey+participantKey]',
      reviewSubmissionContents: 'digest',
    });
    const draft = { key: 'p/c', packId: 'p', caseId: 'c', revision: 7 };
    const review = { key: 'p/c@2', packId: 'p', packVersion: 2, caseId: 'c', anonymitySecret: 's' };
    const trainerKey = {
      reviewKey: 'p/c@2',
      modelAnswer: '<p>Образец</p>',
      importedAt: '2026-11-22T10:00:00.000Z',
    };
    const submission = {
      digest: 'ab12',
      reviewKey: 'p/c@2',
      participantKey: 'асель',
      participantName: 'Асель',
      status: 'not-started',
    };
    const submissionContent = { digest: 'ab12', submissionJson: '{"format":"casedraft-submission"}' };
    await old.table('drafts').put(draft);
    await old.table('draftContents').put({ key: 'p/c', documentJson: '{"type":"doc"}' });
    await old.table('reviews').put(review);
    await old.table('trainerKeys').put(trainerKey);
    await old.table('reviewSubmissions').put(submission);
    await old.table('reviewSubmissionContents').put(submissionContent);
    old.close();

    db = new CaseDraftDatabase('casedraft-migration-v5', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(8);
    expect(await findDraft(db, 'p/c')).toEqual({ ...draft, document: { type: 'doc' } });
    expect(await db.reviews.toArray()).toEqual([review]);
    expect(await db.trainerKeys.toArray()).toEqual([trainerKey]);
    expect(await db.reviewSubmissions.where('reviewKey').equals('p/c@2').toArray()).toEqual([submission]);
    expect(await db.reviewSubmissionContents.toArray()).toEqual([submissionContent]);
    // Stored as a string before contents became Blobs: still read.
    expect(await readReviewSubmission(db, 'ab12')).toEqual({ format: 'casedraft-submission' });
    expect(await db.reviewMarks.count()).toBe(0);
    expect(await db.commentBank.count()).toBe(0);
  });
});

describe('migration from version 6', () => {
  it('adds empty feedback and colleague-marks tables and keeps marks, the comment bank and the drafts as they were', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('casedraft-migration-v6', { indexedDB, IDBKeyRange });
    old.version(6).stores({
      packs: 'id',
      cases: 'key, packId',
      attachments: 'sha256',
      drafts: 'key, packId, updatedAt',
      draftContents: 'key',
      settings: 'key',
      revisions: '++id, [draftKey+createdAt]',
      revisionContents: 'id',
      reviews: 'key',
      trainerKeys: 'reviewKey',
      reviewSubmissions: 'digest, reviewKey, [reviewKey+participantKey]',
      reviewSubmissionContents: 'digest',
      reviewMarks: 'digest, reviewKey',
      commentBank: 'id, packId, [packId+criterionId]',
    });
    const draft = { key: 'p/c', packId: 'p', caseId: 'c', revision: 3 };
    const marks = {
      digest: 'ab12',
      reviewKey: 'p/c@2',
      sheet: {
        criteria: { form: { points: 7.5, comment: 'Вводная часть полная', bankComments: ['b1'] } },
        anchored: [],
        overallComment: '',
      },
      revision: 4,
      updatedAt: '2026-12-01T10:00:00.000Z',
    };
    const bankComment = {
      id: 'b1',
      packId: 'p',
      criterionId: 'form',
      text: 'Нет даты',
      createdAt: '2026-12-01T09:00:00.000Z',
      updatedAt: '2026-12-01T09:00:00.000Z',
    };
    await old.table('drafts').put(draft);
    await old.table('draftContents').put({ key: 'p/c', documentJson: '{"type":"doc"}' });
    await old.table('reviewMarks').put(marks);
    await old.table('commentBank').put(bankComment);
    old.close();

    db = new CaseDraftDatabase('casedraft-migration-v6', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(8);
    expect(await findDraft(db, 'p/c')).toEqual({ ...draft, document: { type: 'doc' } });
    expect(await db.reviewMarks.where('reviewKey').equals('p/c@2').toArray()).toEqual([marks]);
    expect(await db.commentBank.where('[packId+criterionId]').equals(['p', 'form']).toArray()).toEqual([
      bankComment,
    ]);
    expect(await db.feedback.count()).toBe(0);
    expect(await db.colleagueMarks.count()).toBe(0);
  });
});

describe('migration from version 7', () => {
  it('adds empty tables for the trainer’s keys, timelines, exams and receipts and keeps feedback, drafts and packs as they were', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('casedraft-migration-v7', { indexedDB, IDBKeyRange });
    old.version(7).stores({
      packs: 'id',
      cases: 'key, packId',
      attachments: 'sha256',
      drafts: 'key, packId, updatedAt',
      draftContents: 'key',
      settings: 'key',
      revisions: '++id, [draftKey+createdAt]',
      revisionContents: 'id',
      reviews: 'key',
      trainerKeys: 'reviewKey',
      reviewSubmissions: 'digest, reviewKey, [reviewKey+participantKey]',
      reviewSubmissionContents: 'digest',
      reviewMarks: 'digest, reviewKey',
      commentBank: 'id, packId, [packId+criterionId]',
      feedback: 'id, caseKey, submissionDigest',
      colleagueMarks: '[digest+markerId], reviewKey',
    });
    const pack = { id: 'p', version: 3, title: 'Пакет', bundled: false };
    const caseRow = { key: 'p/c', packId: 'p', language: 'ru', materials: [], rubric: [{ title: 'Форма' }] };
    const draft = { key: 'p/c', packId: 'p', caseId: 'c', revision: 9 };
    const feedback = {
      id: 'f1',
      caseKey: 'p/c',
      packId: 'p',
      caseId: 'c',
      packVersion: 3,
      caseTitle: 'Взыскание долга',
      submissionDigest: 'ab12',
      trainerName: 'Айгерим',
      total: 42,
      maxTotal: 50,
    };
    const colleagueMark = {
      digest: 'ab12',
      reviewKey: 'p/c@3',
      markerId: 'm1',
      markerName: 'Болат',
      sheet: { criteria: {}, anchored: [], overallComment: '' },
      revision: 2,
      updatedAt: '2026-12-05T10:00:00.000Z',
      importedAt: '2026-12-05T11:00:00.000Z',
    };
    const settings = { key: 'trainerName', value: 'Айгерим' };
    await old.table('packs').put(pack);
    await old.table('cases').put(caseRow);
    await old.table('drafts').put(draft);
    await old.table('draftContents').put({ key: 'p/c', documentJson: '{"type":"doc"}' });
    await old.table('feedback').put(feedback);
    await old.table('colleagueMarks').put(colleagueMark);
    await old.table('settings').put(settings);
    old.close();

    db = new CaseDraftDatabase('casedraft-migration-v7', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(8);
    expect(await db.packs.get('p')).toEqual(pack);
    expect(await db.cases.get('p/c')).toEqual(caseRow);
    expect(await findDraft(db, 'p/c')).toEqual({ ...draft, document: { type: 'doc' } });
    expect(await db.feedback.where('caseKey').equals('p/c').toArray()).toEqual([feedback]);
    expect(await db.colleagueMarks.where('reviewKey').equals('p/c@3').toArray()).toEqual([colleagueMark]);
    expect(await db.settings.get('trainerName')).toEqual(settings);
    // The new tables start empty: no trainer keys until the trainer makes them, no timeline before the next save.
    expect(await db.trainerIdentity.count()).toBe(0);
    expect(await db.timeline.count()).toBe(0);
    expect(await db.examSessions.count()).toBe(0);
    expect(await db.submissionReceipts.count()).toBe(0);
    // And they take rows by the keys the repositories use.
    await db.timeline.add({
      draftKey: 'p/c',
      seq: 0,
      at: '2026-12-08T09:00:00.000Z',
      kind: 'save',
      prev: '0'.repeat(64),
      hash: 'a'.repeat(64),
    });
    await db.submissionReceipts.add({
      caseKey: 'p/c',
      receipt: 'K7Q2M-9XD4H',
      savedAt: '2026-12-08T10:00:00.000Z',
      fileName: 'c.cdsub',
      sealedTo: [],
    });
    expect(await db.timeline.get(['p/c', 0])).toMatchObject({ kind: 'save' });
    expect(await db.submissionReceipts.where('caseKey').equals('p/c').count()).toBe(1);
  });
});
