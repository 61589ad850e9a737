import { z } from 'zod';
import type { MarkSheet } from '../domain/review/marks';
import { rescueShelf } from './unload-rescue';

/**
 * A trainer's unsaved marks, copied synchronously to localStorage as the page unloads, as drafts' text is
 * (storage/unload-rescue.ts): `casedraft.unsavedMarks.<digest>.<writer>`. The sheet comes back unchecked:
 * readRescuedSheet checks it before it is used.
 */
export const marksRescue = rescueShelf<MarkSheet, { sheet: unknown }>('casedraft.unsavedMarks.', {
  fields: (sheet) => `"sheet":${JSON.stringify(sheet)}`,
  content: (copy) => ({ sheet: copy.sheet }),
});

const position = z.number().int().nonnegative();
const markSheet = z.object({
  criteria: z.record(
    z.string(),
    z.object({
      points: z.number().optional(),
      comment: z.string(),
      bankComments: z.array(z.string()),
      proposalAccepted: z.boolean().optional(),
    }),
  ),
  anchored: z.array(
    z.object({
      id: z.string(),
      anchor: z.object({ from: position, to: position, quote: z.string() }),
      text: z.string(),
      criterionId: z.string().optional(),
      bankId: z.string().optional(),
    }),
  ),
  overallComment: z.string(),
});

/**
 * A rescued sheet if it has the shape of one (localStorage outlives versions of the app, and anything may have
 * written there); undefined otherwise. Its scores are checked against the rubric by whoever uses it.
 */
export function readRescuedSheet(value: unknown): MarkSheet | undefined {
  const parsed = markSheet.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
