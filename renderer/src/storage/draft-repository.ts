import type { Worksheet } from '../domain/worksheet/worksheet';
import type { CaseDraftDatabase } from './database';
import type { DraftRecord, StoredDraft } from './records';

/** Another window or tab saved this draft since we last read it: saving now would overwrite its work. */
export class DraftConflictError extends Error {
  constructor(
    readonly key: string,
    readonly expectedRevision: number,
    readonly foundRevision: number | undefined,
  ) {
    super(`Draft ${key} is at revision ${String(foundRevision)}, expected ${expectedRevision}`);
    this.name = 'DraftConflictError';
  }
}

/** The draft belongs to an exam whose time is up: it is locked, and no save may change it. */
export class ExamLockedError extends Error {
  constructor(readonly key: string) {
    super(`Draft ${key} is locked: its exam time is up`);
    this.name = 'ExamLockedError';
  }
}

/** A draft with its text, read in one transaction so the two always belong to the same save. */
export async function findDraft(db: CaseDraftDatabase, key: string): Promise<StoredDraft | undefined> {
  return db.transaction('r', [db.drafts, db.draftContents], async () => {
    const [draft, content] = await Promise.all([db.drafts.get(key), db.draftContents.get(key)]);
    if (!draft) return undefined;
    return {
      ...draft,
      document: parseStoredJson(content?.documentJson),
      ...(content?.worksheet && { worksheet: content.worksheet }),
    };
  });
}

/** The stored document; undefined when it is missing or not JSON, which opening the draft reports as damaged. */
function parseStoredJson(json: string | undefined): unknown {
  if (json === undefined) return undefined;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

/** What a draft belongs to, fixed when it is first saved. */
export type DraftIdentity = Pick<
  DraftRecord,
  'key' | 'packId' | 'caseId' | 'packVersion' | 'templateId' | 'template'
>;

/** What the trainee writes for a case: the act, and the worksheet once they have touched it. */
export interface DraftContent {
  /** The ProseMirror document as JSON text (`JSON.stringify(doc.toJSON())`), stored as it is. */
  documentJson: string;
  worksheet?: Worksheet;
}

/**
 * Saves a version of a draft's document and worksheet together, in one transaction that first checks nobody else
 * saved it since `expectedRevision` (0: the draft must not exist yet; the first save creates it), and refuses a draft
 * whose exam is locked (ExamLockedError). Returns the new revision. `writer` names the window saving, so its own
 * rescue copy may later go over this revision.
 */
export async function saveDraftDocument(
  db: CaseDraftDatabase,
  identity: DraftIdentity,
  content: DraftContent,
  expectedRevision: number,
  now = new Date(),
  writer?: string,
): Promise<number> {
  return db.transaction('rw', [db.drafts, db.draftContents, db.examSessions], async () => {
    // Checked here, where every save passes, so no window, rescue copy or restored version can change a locked act.
    if ((await db.examSessions.get(identity.key))?.lockedAt) throw new ExamLockedError(identity.key);
    // Only the small record is read: checking the revision never copies the act out of the database.
    const current = await db.drafts.get(identity.key);
    if ((current?.revision ?? 0) !== expectedRevision) {
      throw new DraftConflictError(identity.key, expectedRevision, current?.revision);
    }
    const revision = expectedRevision + 1;
    const at = now.toISOString();
    const record: DraftRecord = { ...identity, createdAt: at, ...current, revision, updatedAt: at };
    // A save by a window that did not name itself must not leave the name of the window that saved before it.
    if (writer === undefined) delete record.savedBy;
    else record.savedBy = writer;
    await db.drafts.put(record);
    await db.draftContents.put({
      key: identity.key,
      documentJson: content.documentJson,
      ...(content.worksheet && { worksheet: content.worksheet }),
    });
    return revision;
  });
}

/** Records that a revision was exported as a submission (the library shows the case as submitted). */
export async function markDraftExported(
  db: CaseDraftDatabase,
  key: string,
  revision: number,
  at: Date,
): Promise<void> {
  await db.drafts.update(key, { exportedRevision: revision, exportedAt: at.toISOString() });
}

export type CaseStatus = 'notStarted' | 'inProgress' | 'submitted';

/** Submitted means the latest text was exported; any edit after the export puts it back in progress. */
export function caseStatus(draft: DraftRecord | undefined): CaseStatus {
  if (!draft) return 'notStarted';
  return draft.exportedRevision === draft.revision ? 'submitted' : 'inProgress';
}
