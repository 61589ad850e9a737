import { z } from 'zod';
import { fileSignatureSchema } from '../keys/signed-digest';
import { feedbackV1, type FeedbackFileV1 } from './feedback-v1';

/**
 * Feedback format version 2: version 1 and, when the trainer has keys, `signature`: the trainer's public identity
 * and their Ed25519 signature over the UTF-8 of `digest` (domain/keys/signed-digest.ts). The digest covers every
 * field but `digest` and `signature`. Unsigned, a version 2 file is read as unsigned; readers keep reading version 1.
 * Documented in docs/formats/feedback.md; its JSON Schema is generated from this validator by `npm run pack:schema`.
 */
export const feedbackV2 = feedbackV1.extend({
  formatVersion: z.literal(2),
  signature: fileSignatureSchema.optional(),
});

export type FeedbackFileV2 = z.infer<typeof feedbackV2>;

/** A feedback file of any version this app reads. */
export type FeedbackFile = FeedbackFileV1 | FeedbackFileV2;
