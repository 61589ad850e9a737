import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { useEffect, useState } from 'react';
import { useServices } from '../../app/services';
import type { ActTemplate } from '../../domain/act/template';
import type { FeedbackRefusal } from '../../domain/feedback/feedback';
import type { FeedbackFile } from '../../domain/feedback/feedback-v2';
import type { Signer } from '../../domain/keys/signed-digest';
import type { AnchoredComment } from '../../domain/review/marks';
import { loadFeedback } from '../../storage/feedback-repository';
import type { CaseRecord, FeedbackRecord } from '../../storage/records';
import { errorDetail } from '../../ui/error-message';
import { sanitizeOnPage } from '../case-file/documents/rich-text-html';

export type FeedbackData =
  | { state: 'loading' }
  | { state: 'notFound' }
  | { state: 'damaged'; refusal: FeedbackRefusal }
  /** The database could not be read (closed, or failing). */
  | { state: 'failed'; detail: string }
  | {
      state: 'ready';
      record: FeedbackRecord;
      feedback: FeedbackFile;
      /** Who signed the file, the signature checked; undefined for an unsigned one. */
      signedBy: Signer | undefined;
      act: ProseMirrorNode;
      template: ActTemplate;
      /** Whom the feedback is for: the participant's name in the submission inside. */
      participantName: string;
      /** The anchored comments where their passages are in the act, as the margin shows them. */
      comments: AnchoredComment[];
      /** The case in the library, for its materials and the way back to it; undefined when it is not there. */
      caseRecord: CaseRecord | undefined;
    };

/**
 * A received feedback, read again whole from the file kept (readFeedback checks it as at import), with the case
 * from the library when it is there. Reads only: nothing here writes to the database.
 */
export function useFeedbackData(feedbackId: string): FeedbackData {
  const { db } = useServices();
  const [data, setData] = useState<FeedbackData>({ state: 'loading' });
  useEffect(() => {
    // App.tsx keys the screen by the feedback's id: another feedback is another screen, loading from the start.
    let current = true;
    void (async (): Promise<FeedbackData> => {
      const loaded = await loadFeedback(db, feedbackId, { sanitize: sanitizeOnPage });
      if (!loaded) return { state: 'notFound' };
      const { record, check } = loaded;
      if (!check.ok) return { state: 'damaged', refusal: check };
      const comments = check.feedback.anchored.map((item, index) => ({
        id: `feedback-comment-${index}`,
        anchor: { ...(check.anchors[index] ?? item), quote: item.quote },
        text: item.text,
        ...(item.criterionId !== undefined && { criterionId: item.criterionId }),
      }));
      return {
        state: 'ready',
        record,
        feedback: check.feedback,
        signedBy: check.signedBy,
        act: check.act,
        template: check.template,
        participantName: check.submission.participant.name,
        comments,
        caseRecord: await db.cases.get(record.caseKey),
      };
    })().then(
      (next) => {
        if (current) setData(next);
      },
      (error: unknown) => {
        if (current) setData({ state: 'failed', detail: errorDetail(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [db, feedbackId]);
  return data;
}
