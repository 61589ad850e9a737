import { z } from 'zod';
import { fileSignatureSchema } from '../keys/signed-digest';
import { reviewFileV1, type ReviewFileV1 } from './review-file-v1';

/**
 * Review file format version 2: review.json of version 1 with `digest` (SHA-256 of the canonical JSON of every
 * other field; the signer is covered, the signature's value is not) and, when the marker has keys, `signature`: the
 * marker's public identity and their Ed25519 signature over the UTF-8 of `digest` (domain/keys/signed-digest.ts).
 * review.json names every submission by its digest, and the merge checks each submission against it, so the
 * signature covers the whole archive. Readers keep reading version 1. Documented in docs/formats/review-file.md.
 */
export const reviewFileV2 = reviewFileV1.extend({
  formatVersion: z.literal(2),
  digest: z.string().regex(/^[0-9a-f]{64}$/),
  signature: fileSignatureSchema.optional(),
});

export type ReviewFileV2 = z.infer<typeof reviewFileV2>;

/** A review file of any version this app reads. */
export type ReviewFile = ReviewFileV1 | ReviewFileV2;
