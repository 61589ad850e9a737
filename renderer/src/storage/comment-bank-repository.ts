import type { CaseDraftDatabase } from './database';
import type { CommentBankRecord } from './records';

/** Saves a comment to the pack's bank under its criterion, to be found by typing and inserted anywhere. */
export async function addBankComment(
  db: CaseDraftDatabase,
  { packId, criterionId, text }: { packId: string; criterionId: string; text: string },
  now = new Date(),
): Promise<CommentBankRecord> {
  const at = now.toISOString();
  const record: CommentBankRecord = {
    id: crypto.randomUUID(),
    packId,
    criterionId,
    text,
    createdAt: at,
    updatedAt: at,
  };
  await db.commentBank.add(record);
  return record;
}

/** Changes a bank comment's text: marks refer to it by id, so it changes everywhere it was inserted. */
export async function editBankComment(
  db: CaseDraftDatabase,
  id: string,
  text: string,
  now = new Date(),
): Promise<void> {
  await db.commentBank.update(id, { text, updatedAt: now.toISOString() });
}

/** The pack's whole bank, every criterion's; searchBank orders it for what the trainer types. */
export async function listBank(db: CaseDraftDatabase, packId: string): Promise<CommentBankRecord[]> {
  return db.commentBank.where('packId').equals(packId).toArray();
}

/**
 * How often each bank comment of the pack is used: its references (under a criterion, or on a passage) in the
 * marks of every submission of every review of the pack's cases, whichever version. A comment never used has
 * no entry.
 */
export async function countBankUses(db: CaseDraftDatabase, packId: string): Promise<Map<string, number>> {
  const uses = new Map<string, number>();
  const count = (id: string) => uses.set(id, (uses.get(id) ?? 0) + 1);
  // A review key is `packId/caseId@packVersion`, and a pack id has no `/`: the prefix finds the pack's reviews.
  await db.reviewMarks
    .where('reviewKey')
    .startsWith(`${packId}/`)
    .each(({ sheet }) => {
      for (const mark of Object.values(sheet.criteria)) mark.bankComments.forEach(count);
      for (const comment of sheet.anchored) if (comment.bankId !== undefined) count(comment.bankId);
    });
  return uses;
}
