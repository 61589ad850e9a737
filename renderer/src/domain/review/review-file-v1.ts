import { z } from 'zod';
import { slug, text } from '../pack/pack-fields';

/**
 * Review file format version 1 (`.cdreview`): one trainer's marks of a review's submissions, for a colleague who
 * marks the same cohort. A zip holding `review.json` (this validator) and the submissions it marks, each as
 * `submissions/<digest>.cdsub` exactly as stored. Documented in docs/formats/review-file.md; the JSON Schema beside
 * it is generated from this validator by `npm run pack:schema`. Strict at every level.
 */
export const REVIEW_FILE_FORMAT = 'casedraft-review';
export const REVIEW_FILE_EXTENSION = 'cdreview';
export const REVIEW_JSON = 'review.json';

const digest = z.string().regex(/^[0-9a-f]{64}$/);
/** A random id: a marker's, a bank comment's, an anchored comment's (crypto.randomUUID makes them). */
const randomId = z.string().min(1).max(100);
const isoDateTime = z.iso.datetime({ offset: true });
const comment = z.string().max(20_000);

const criterionMarkV1 = z.strictObject({
  points: z.number().min(0).max(1000).optional(),
  comment,
  /** Bank comments by id; their texts are in the file's `bankComments`. */
  bankComments: z.array(randomId).max(200),
  proposalAccepted: z.boolean().optional(),
});

const anchoredCommentV1 = z.strictObject({
  id: randomId,
  anchor: z.strictObject({
    from: z.number().int().min(0),
    to: z.number().int().min(0),
    quote: comment,
  }),
  text: comment,
  criterionId: slug.optional(),
  bankId: randomId.optional(),
});

export const markSheetV1 = z.strictObject({
  criteria: z.record(slug, criterionMarkV1),
  anchored: z.array(anchoredCommentV1).max(2000),
  overallComment: z.string().max(50_000),
});

const markerName = text(200);

export const reviewedSubmissionV1 = z.strictObject({
  /** The submission's digest: its file is `submissions/<digest>.cdsub`. */
  digest,
  /** The participant's name made uniform (participantKey); no anonymous code, which is each trainer's own. */
  participantKey: z.string().max(400),
  sheet: markSheetV1,
  /** The marker's revision of these marks: a later file with a higher one replaces them, never a lower one. */
  revision: z.number().int().positive(),
  updatedAt: isoDateTime,
  /** Set when the exporting trainer passes on marks a third trainer gave, unchanged: who that was. */
  markedBy: z.strictObject({ markerId: randomId, name: markerName }).optional(),
});

export const bankCommentV1 = z.strictObject({
  id: randomId,
  criterionId: slug,
  text: text(20_000),
});

export const reviewFileV1 = z.strictObject({
  format: z.literal(REVIEW_FILE_FORMAT),
  formatVersion: z.literal(1),
  /** The exporting trainer's marker id (made once on their computer) and name. */
  markerId: randomId,
  markerName,
  exportedAt: isoDateTime,
  /** The review: a case of one pack version. */
  review: z.strictObject({ packId: slug, caseId: slug, packVersion: z.number().int().positive() }),
  submissions: z.array(reviewedSubmissionV1).max(1000),
  /** The bank comments the marks refer to, so their ids resolve on the colleague's computer. */
  bankComments: z.array(bankCommentV1).max(20_000),
});

export type ReviewFileV1 = z.infer<typeof reviewFileV1>;
export type ReviewedSubmissionV1 = z.infer<typeof reviewedSubmissionV1>;
export type BankCommentV1 = z.infer<typeof bankCommentV1>;

/** The name of a submission's entry in the archive. */
export function submissionEntryName(submissionDigest: string): string {
  return `submissions/${submissionDigest}.cdsub`;
}
