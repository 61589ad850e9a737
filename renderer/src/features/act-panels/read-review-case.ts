import type { ActTemplate } from '../../domain/act/template';
import type { CaseDraftDatabase } from '../../storage/database';
import { caseKey, type CaseRecord, type ReviewRecord } from '../../storage/records';
import { findReview, reviewTarget } from '../../storage/review-repository';

/** A review as the screens showing its acts need it (marking, classroom mode); or why it cannot be shown. */
export type ReviewCase =
  | { state: 'notFound' }
  | { state: 'unreadable'; detail: string }
  | {
      state: 'ready';
      review: ReviewRecord;
      /** The review's copy of the case, shaped as the case-file reader and ActView take a case. */
      caseRecord: CaseRecord;
      template: ActTemplate;
    };

/** Reads a review with its case and act template; a review whose template is unknown here is unreadable. */
export async function readReviewCase(db: CaseDraftDatabase, reviewKey: string): Promise<ReviewCase> {
  const found = await findReview(db, reviewKey);
  if (!found) return { state: 'notFound' };
  const template = reviewTarget(found)?.template;
  if (!template) return { state: 'unreadable', detail: found.case.actType };
  const caseRecord: CaseRecord = {
    ...found.case,
    key: caseKey(found.packId, found.caseId),
    packId: found.packId,
    packVersion: found.packVersion,
    order: 0,
  };
  return { state: 'ready', review: found, caseRecord, template };
}
