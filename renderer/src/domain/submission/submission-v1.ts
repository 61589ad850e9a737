import { z } from 'zod';
import { CONTENT_LANGUAGES } from '../language';

/**
 * Submission format version 1 (`.cdsub`): a trainee's drafted act with who wrote it, for which case of which
 * pack version, and a SHA-256 digest of everything else in the file. Documented in docs/formats/submission.md.
 */
export const SUBMISSION_FORMAT = 'casedraft.submission';
export const SUBMISSION_EXTENSION = 'cdsub';

const isoDateTime = z.iso.datetime({ offset: true });

export const submissionV1 = z.strictObject({
  format: z.literal(SUBMISSION_FORMAT),
  formatVersion: z.literal(1),
  // No trimming or other transforms: the digest is checked over the values exactly as the file holds them.
  participant: z.strictObject({ name: z.string().min(1).max(200).regex(/\S/) }),
  pack: z.strictObject({
    id: z.string().min(1).max(64),
    version: z.number().int().positive(),
    title: z.string().max(200),
  }),
  case: z.strictObject({
    id: z.string().min(1).max(64),
    title: z.string().max(200),
    actType: z.string().min(1).max(64),
    language: z.enum(CONTENT_LANGUAGES),
  }),
  createdAt: isoDateTime,
  exportedAt: isoDateTime,
  app: z.strictObject({ name: z.string().max(100), version: z.string().max(50) }),
  document: z.record(z.string(), z.unknown()),
  digest: z.strictObject({ algorithm: z.literal('SHA-256'), value: z.string().regex(/^[0-9a-f]{64}$/) }),
});

export type SubmissionV1 = z.infer<typeof submissionV1>;
