import type { CaseDraftDatabase } from './database';
import type { SubmissionReceiptRecord } from './records';

/** Keeps the receipt of a submission file the trainee saved. */
export async function keepSubmissionReceipt(
  db: CaseDraftDatabase,
  receipt: Omit<SubmissionReceiptRecord, 'id'>,
): Promise<void> {
  await db.submissionReceipts.add(receipt);
}

/** The case's receipts, newest first. */
export async function listSubmissionReceipts(
  db: CaseDraftDatabase,
  caseKey: string,
): Promise<SubmissionReceiptRecord[]> {
  const receipts = await db.submissionReceipts.where('caseKey').equals(caseKey).toArray();
  return receipts.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || (b.id ?? 0) - (a.id ?? 0));
}
