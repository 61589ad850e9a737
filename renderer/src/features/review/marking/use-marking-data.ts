import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { useEffect, useMemo, useState } from 'react';
import type { ActTemplate } from '../../../domain/act/template';
import type { Worksheet } from '../../../domain/worksheet/worksheet';
import { useServices } from '../../../app/services';
import type { CaseRecord, ReviewRecord, ReviewSubmissionRecord } from '../../../storage/records';
import { readReviewCase, type ReviewCase } from '../../act-panels/read-review-case';
import { SubmissionLoader, type LoadedSubmission } from '../../act-panels/submission-loader';

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
      /** Reads the review's submissions: the one shown and, ahead of time, the next. */
      loader: SubmissionLoader;
    };

type ReviewData = ReviewCase | Exclude<MarkingData, { state: 'ready' }>;

type SubmissionData = { state: 'ready'; loaded: LoadedSubmission } | Exclude<MarkingData, { state: 'ready' }>;

/**
 * Reads the review once, and each submission's summary and act (as validated at import) as the route names it,
 * through a SubmissionLoader that has usually read it ahead. While the next submission is read, the one shown
 * stays (whole: its act, its marks, its digest), so going on never passes through an empty screen. A record that no
 * longer parses is reported, never thrown.
 */
export function useMarkingData(reviewKey: string, digest: string): MarkingData {
  const { db } = useServices();
  const loader = useMemo(() => new SubmissionLoader(db, reviewKey), [db, reviewKey]);
  const [review, setReview] = useState<{ reviewKey: string; data: ReviewData } | null>(null);
  /** The newest submission read, and for which digest. */
  const [submission, setSubmission] = useState<{ digest: string; data: SubmissionData } | null>(null);

  useEffect(() => {
    let current = true;
    void readReviewCase(db, reviewKey)
      .catch(unreadable)
      .then((data) => {
        if (current) setReview({ reviewKey, data });
      });
    return () => {
      current = false;
    };
  }, [db, reviewKey]);

  useEffect(() => {
    let current = true;
    loader
      .load(digest)
      .then((loaded): SubmissionData => (loaded ? { state: 'ready', loaded } : { state: 'notFound' }))
      .catch(unreadable)
      .then((data) => {
        if (current) setSubmission({ digest, data });
      });
    return () => {
      current = false;
    };
  }, [loader, digest]);

  if (review?.reviewKey !== reviewKey) return { state: 'loading' };
  if (review.data.state !== 'ready') return review.data;
  // Another review's submission, or none yet: loading. The previous submission of this review: still shown.
  if (!submission || (submission.digest !== digest && submission.data.state !== 'ready'))
    return { state: 'loading' };
  if (submission.data.state !== 'ready') return submission.data;
  const { loaded } = submission.data;
  if (loaded.record.reviewKey !== reviewKey) return { state: 'loading' };
  return { ...review.data, ...loaded, loader };
}

function unreadable(error: unknown): Exclude<MarkingData, { state: 'ready' }> {
  return { state: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
}
