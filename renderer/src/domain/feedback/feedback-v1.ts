import { z } from 'zod';
import { CONTENT_LANGUAGES } from '../language';
import { MAX_KEY_HTML_CHARS } from '../pack/key-v1';
import { slug } from '../pack/pack-fields';
import { SUBMISSION_LIMITS } from '../submission/submission';

/**
 * Feedback format version 1 (`.cdfb`): a trainer's marks of one submission, sent back to the trainee. One UTF-8
 * JSON file holding the submission itself (as text, so its own digest still holds), the rubric it was marked
 * against, the score and comments per criterion, the comments on passages with the passages they quote, an overall
 * comment, the trainer's name and, when the trainer chose, the model answer; sealed by a SHA-256 digest of
 * everything else, as a submission is. Documented in docs/formats/feedback.md; the JSON Schema beside it is
 * generated from this validator by `npm run pack:schema`.
 */
export const FEEDBACK_FORMAT = 'casedraft-feedback';
export const FEEDBACK_EXTENSION = 'cdfb';

/** How long each text of a feedback file may be; a marking screen's comments are never near these. */
export const FEEDBACK_TEXT_LIMITS = {
  /** The submission file inside, as text: what readSubmission reads. */
  maxSubmissionChars: SUBMISSION_LIMITS.maxFileBytes,
  /** A criterion's own comment, a bank comment, an anchored comment, the overall comment. */
  maxCommentChars: 20_000,
  /** A passage an anchored comment quotes: a whole part of a long act at most. */
  maxQuoteChars: 200_000,
  /** As a trainer key's model answer (key-v1.ts). */
  maxModelAnswerChars: MAX_KEY_HTML_CHARS,
  maxCriteria: 30,
  maxBankCommentsPerCriterion: 100,
  maxAnchored: 2_000,
} as const;

const isoDateTime = z.iso.datetime({ offset: true });
const hexDigest = z.string().regex(/^[0-9a-f]{64}$/);
const comment = z.string().max(FEEDBACK_TEXT_LIMITS.maxCommentChars);
const points = z.number().nonnegative().max(30_000);

// No trimming or other transforms anywhere: the digest is checked over the values exactly as the file holds them.
export const feedbackV1 = z.strictObject({
  format: z.literal(FEEDBACK_FORMAT),
  formatVersion: z.literal(1),
  /** Random per exported file: a re-mark, or another trainer's marks, is another file beside the first. */
  feedbackId: z.uuid(),
  createdAt: isoDateTime,
  trainerName: z.string().min(1).max(200).regex(/\S/),
  /** The `.cdsub` file as the trainer's app keeps it: readSubmission reads it and its digest holds. */
  submissionText: z.string().min(1).max(FEEDBACK_TEXT_LIMITS.maxSubmissionChars),
  /** The digest of that submission (its `digest.value`): which of the trainee's submissions this marks. */
  submissionDigest: hexDigest,
  packId: z.string().min(1).max(64),
  caseId: z.string().min(1).max(64),
  packVersion: z.number().int().positive(),
  caseTitle: z.string().max(200),
  language: z.enum(CONTENT_LANGUAGES),
  /** The rubric the work was marked against, in its order. */
  rubric: z
    .array(
      z.strictObject({
        id: slug,
        title: z.string().min(1).max(200),
        maxPoints: z.number().int().positive().max(1000),
      }),
    )
    .max(FEEDBACK_TEXT_LIMITS.maxCriteria),
  /** One per rubric criterion, in the rubric's order; `points` absent where the trainer gave no score. */
  criteria: z
    .array(
      z.strictObject({
        criterionId: slug,
        points: points.optional(),
        comment,
        /** The texts of the comment bank's comments the trainer inserted, in their order. */
        bankComments: z.array(comment).max(FEEDBACK_TEXT_LIMITS.maxBankCommentsPerCriterion),
      }),
    )
    .max(FEEDBACK_TEXT_LIMITS.maxCriteria),
  /** Comments on passages: ProseMirror positions in the submitted act and the text they quote there. */
  anchored: z
    .array(
      z.strictObject({
        from: z.number().int().nonnegative(),
        to: z.number().int().nonnegative(),
        quote: z.string().min(1).max(FEEDBACK_TEXT_LIMITS.maxQuoteChars),
        /** The trainer's words, a bank comment's text before them when one was inserted here. */
        text: comment,
        criterionId: slug.optional(),
      }),
    )
    .max(FEEDBACK_TEXT_LIMITS.maxAnchored),
  overallComment: comment,
  total: points,
  maxTotal: points,
  /** The model act as HTML, sanitised with the rule of packs and keys; only when the trainer chose to send it. */
  modelAnswerHtml: z.string().max(FEEDBACK_TEXT_LIMITS.maxModelAnswerChars).optional(),
  /** SHA-256 of the canonical JSON of every other field, lowercase hex. */
  digest: hexDigest,
});

export type FeedbackFileV1 = z.infer<typeof feedbackV1>;
