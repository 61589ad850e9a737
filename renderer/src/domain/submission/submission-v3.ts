import { z } from 'zod';
import { timelineSchema } from '../timeline/timeline';
import { submissionV2 } from './submission-v2';

const isoDateTime = z.iso.datetime({ offset: true });

/** A timed case's exam as it ran (ExamSessionRecord without the app's own bookkeeping). */
export const submissionExamSchema = z.strictObject({
  startedAt: isoDateTime,
  durationMinutes: z
    .number()
    .int()
    .positive()
    .max(7 * 24 * 60),
  extraMinutes: z
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 60),
  lockedAt: isoDateTime.optional(),
});
export type SubmissionExam = z.infer<typeof submissionExamSchema>;

/**
 * Submission format version 3: version 2 plus the writing timeline (the hash-chained record of saves, pastes and
 * exam events) and, for a timed case, the exam. A file of a pack naming no trainer is this JSON itself; otherwise it
 * is sealed (sealed-submission.ts) and this JSON is what the trainer's keys open. Documented in
 * docs/formats/submission.md.
 */
export const submissionV3 = submissionV2.extend({
  formatVersion: z.literal(3),
  timeline: timelineSchema.optional(),
  exam: submissionExamSchema.optional(),
});

export type SubmissionV3 = z.infer<typeof submissionV3>;
