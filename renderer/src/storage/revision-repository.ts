import { Dexie } from 'dexie';
import { sha256Hex } from '../domain/integrity/sha256';
import type { Worksheet } from '../domain/worksheet/worksheet';
import type { CaseDraftDatabase } from './database';
import type { RevisionContentRecord, RevisionReason, RevisionRecord } from './records';

/**
 * How many automatic snapshots (interval and before-restore) each draft keeps: the newest 100, which at one per
 * five minutes of active editing is over eight hours of work. Older ones are deleted as new ones arrive. Export
 * snapshots are never deleted: each is the text of a submission the trainee handed in, and there are few of them.
 * Nor is text kept aside: it is nowhere else, and the trainee may not have looked at it yet.
 */
export const KEPT_AUTOMATIC_REVISIONS = 100;
const NEVER_PRUNED: ReadonlySet<RevisionReason> = new Set(['export', 'keptAside']);

export interface NewRevision {
  draftKey: string;
  reason: RevisionReason;
  /** The ProseMirror document in its JSON form. */
  document: unknown;
  worksheet?: Worksheet;
  wordCount: number;
}

/** A snapshot of the same text, taken for a weightier reason, replaces the earlier one's reason. */
const REASON_WEIGHT: Record<RevisionReason, number> = {
  interval: 0,
  beforeRestore: 1,
  keptAside: 2,
  export: 3,
};

/**
 * Stores a snapshot of a draft, unless it is identical to the draft's newest snapshot: then that one is kept
 * (an export of unchanged text turns it into the export snapshot, so pruning cannot delete the submitted text).
 * Returns the snapshot that now holds this text. Touches only the revision tables, so it never waits on or
 * delays a save of the draft.
 */
export async function addRevision(
  db: CaseDraftDatabase,
  revision: NewRevision,
  now = new Date(),
): Promise<RevisionRecord> {
  const { draftKey, reason, document, worksheet, wordCount } = revision;
  // Hashed before the transaction: an IndexedDB transaction commits as soon as it waits on anything else.
  const fingerprint = await sha256Hex(JSON.stringify([document, worksheet ?? null]));
  const createdAt = now.toISOString();
  return db.transaction('rw', db.revisions, db.revisionContents, async () => {
    const newest = await draftRevisions(db, draftKey).last();
    if (newest?.fingerprint === fingerprint) {
      if (REASON_WEIGHT[reason] <= REASON_WEIGHT[newest.reason]) return newest;
      const promoted = { ...newest, reason, createdAt };
      await db.revisions.put(promoted);
      return promoted;
    }
    const summary = { draftKey, createdAt, reason, wordCount, fingerprint };
    const id = await db.revisions.add(summary);
    await db.revisionContents.add(worksheet === undefined ? { id, document } : { id, document, worksheet });
    await pruneRevisions(db, draftKey);
    return { id, ...summary };
  });
}

/** A draft's snapshots, newest first, without their text. */
export async function listRevisions(db: CaseDraftDatabase, draftKey: string): Promise<RevisionRecord[]> {
  return draftRevisions(db, draftKey).reverse().toArray();
}

/** The text of one snapshot. */
export async function readRevisionContent(
  db: CaseDraftDatabase,
  id: number,
): Promise<RevisionContentRecord | undefined> {
  return db.revisionContents.get(id);
}

/** Deletes a draft's automatic snapshots beyond the newest KEPT_AUTOMATIC_REVISIONS; NEVER_PRUNED ones stay. */
async function pruneRevisions(db: CaseDraftDatabase, draftKey: string): Promise<void> {
  const automatic = (await listRevisions(db, draftKey)).filter(
    (revision) => !NEVER_PRUNED.has(revision.reason),
  );
  const ids = automatic.slice(KEPT_AUTOMATIC_REVISIONS).map((revision) => revision.id);
  if (ids.length === 0) return;
  await db.revisions.bulkDelete(ids);
  await db.revisionContents.bulkDelete(ids);
}

/** A draft's snapshots, oldest first (by when they were taken). */
function draftRevisions(db: CaseDraftDatabase, draftKey: string) {
  return db.revisions
    .where('[draftKey+createdAt]')
    .between([draftKey, Dexie.minKey], [draftKey, Dexie.maxKey], true, true);
}
