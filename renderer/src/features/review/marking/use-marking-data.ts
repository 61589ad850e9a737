import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { useEffect, useState } from 'react';
import { parseActDocument } from '../../../domain/act/document';
import type { ActTemplate } from '../../../domain/act/template';
import type { Worksheet } from '../../../domain/worksheet/worksheet';
import { useServices } from '../../../app/services';
import {
  caseKey,
  type CaseRecord,
  type ReviewRecord,
  type ReviewSubmissionRecord,
} from '../../../storage/records';
import { findReview, readReviewSubmission, reviewTarget } from '../../../storage/review-repository';

/** What the marking screen shows of one submission, once read; or why it cannot show it. */
export type MarkingData =
  | { state: 'loading' }
  | { state: 'notFound' }
  | { state: 'unreadable'; detail: string }
  | {
      state: 'ready';
      review: ReviewRecord;
      /** The review's copy of the case, shaped as the case-file reader takes a case. */
      caseRecord: CaseRecord;
      template: ActTemplate;
      record: ReviewSubmissionRecord;
      act: ProseMirrorNode;
      worksheet: Worksheet | undefined;
    };

/**
 * Reads the review, the submission's summary and the submitted act (as validated at import) once per submission.
 * The act is parsed again from what was stored; a record that no longer parses is reported, never thrown.
 */
export function useMarkingData(reviewKey: string, digest: string): MarkingData {
  const { db } = useServices();
  const key = `${reviewKey}/${digest}`;
  /** What was read, and for which submission: anything read for another is still loading for this one. */
  const [read, setRead] = useState<{ key: string; data: MarkingData } | null>(null);

  useEffect(() => {
    let current = true;
    void (async (): Promise<MarkingData> => {
      const [review, record, submission] = await Promise.all([
        findReview(db, reviewKey),
        db.reviewSubmissions.get(digest),
        readReviewSubmission(db, digest),
      ]);
      if (!review || !record || record.reviewKey !== reviewKey || !submission) return { state: 'notFound' };
      const template = reviewTarget(review)?.template;
      if (!template) return { state: 'unreadable', detail: review.case.actType };
      const caseRecord: CaseRecord = {
        ...review.case,
        key: caseKey(review.packId, review.caseId),
        packId: review.packId,
        packVersion: review.packVersion,
        order: 0,
      };
      return {
        state: 'ready',
        review,
        caseRecord,
        template,
        record,
        act: parseActDocument(submission.document),
        worksheet: submission.formatVersion === 2 ? submission.worksheet : undefined,
      };
    })()
      .catch((error: unknown): MarkingData => ({
        state: 'unreadable',
        detail: error instanceof Error ? error.message : String(error),
      }))
      .then((next) => {
        if (current) setRead({ key: `${reviewKey}/${digest}`, data: next });
      });
    return () => {
      current = false;
    };
  }, [db, reviewKey, digest]);

  return read?.key === key ? read.data : { state: 'loading' };
}
