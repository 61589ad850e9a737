import { z } from 'zod';
import { worksheetSchema } from '../worksheet/worksheet';
import { submissionV1 } from './submission-v1';

/**
 * Submission format version 2: version 1 plus the case-solving worksheet (absent when the trainee never filled
 * it in) and the act template (present only when the draft follows a template the app does not ship, one that a
 * case pack carries). Documented in docs/formats/submission.md.
 */
export const submissionV2 = submissionV1.extend({
  formatVersion: z.literal(2),
  worksheet: worksheetSchema.optional(),
  /** Checked by parseActTemplate (domain/act/template-schema.ts) once the structure is known good. */
  template: z.record(z.string(), z.unknown()).optional(),
});

export type SubmissionV2 = z.infer<typeof submissionV2>;
