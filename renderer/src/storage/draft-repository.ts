import type { Worksheet } from '../domain/worksheet/worksheet';
import type { CaseDraftDatabase } from './database';
import type { DraftRecord } from './records';

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

export async function findDraft(db: CaseDraftDatabase, key: string): Promise<DraftRecord | undefined> {
  return db.drafts.get(key);
}

/** What a draft belongs to, fixed when it is first saved. */
export type DraftIdentity = Pick<DraftRecord, 'key' | 'packId' | 'caseId' | 'packVersion' | 'templateId'>;

/** What the trainee writes for a case: the act, and the worksheet once they have touched it. */
export interface DraftContent {
  /** The ProseMirror document in its JSON form. */
  document: unknown;
  worksheet?: Worksheet;
}

/**
 * Saves a version of a draft's document and worksheet together, in one transaction that first checks nobody else
 * saved it since `expectedRevision` (0: the draft must not exist yet; the first save creates it). Returns the new
 * revision.
 */
export async function saveDraftDocument(
  db: CaseDraftDatabase,
  identity: DraftIdentity,
  content: DraftContent,
  expectedRevision: number,
  now = new Date(),
): Promise<number> {
  return db.transaction('rw', db.drafts, async () => {
    const current = await db.drafts.get(identity.key);
    if ((current?.revision ?? 0) !== expectedRevision) {
      throw new DraftConflictError(identity.key, expectedRevision, current?.revision);
    }
    const revision = expectedRevision + 1;
    const at = now.toISOString();
    const record: DraftRecord = {
      ...identity,
      createdAt: at,
      ...current,
      document: content.document,
      revision,
      updatedAt: at,
    };
    if (content.worksheet) record.worksheet = content.worksheet;
    else delete record.worksheet;
    await db.drafts.put(record);
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
