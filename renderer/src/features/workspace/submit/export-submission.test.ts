import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../app/services';
import { createActDocument } from '../../../domain/act/document';
import { civilDecision } from '../../../domain/act/templates/civil-decision';
import { readSubmission } from '../../../domain/submission/submission';
import { emptyWorksheet } from '../../../domain/worksheet/worksheet';
import type { Platform } from '../../../platform';
import type { CaseDraftDatabase } from '../../../storage/database';
import { caseStatus, findDraft, saveDraftDocument } from '../../../storage/draft-repository';
import type { CaseRecord } from '../../../storage/records';
import { createTestDatabase } from '../../../storage/test-database';
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
    dialog: { title: 'Save', filterName: 'Submission' },
  };
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
    await exportSubmission(services(), request(1));
    expect(written.map((file) => file.name)).toEqual(['Асель-Нурланова-case-one.cdsub']);
    const check = await readSubmission(written[0]!.bytes);
    expect(check.ok && check.submission).toMatchObject({
      participant: { name: 'Асель Нурланова' },
      pack: { id: 'pack-one', version: 1, title: 'Пакет' },
      case: { id: 'case-one', actType: 'civil-decision', language: 'ru' },
      app: { version: '9.9.9' },
    });
  });

  it('writes format version 2 with the worksheet, and without the template when the app ships it', async () => {
    const worksheet = { ...emptyWorksheet('general'), analysis: 'Долг подтверждён распиской.' };
    await exportSubmission(services(), { ...request(1), worksheet });
    const check = await readSubmission(written[0]!.bytes);
    expect(check.ok && check.submission).toMatchObject({ formatVersion: 2, worksheet });
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
});
