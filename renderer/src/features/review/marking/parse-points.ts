import { isValidPoints, POINTS_STEP } from '../../../domain/review/marks';

/** What a score field holds: nothing, a score the criterion accepts, a score on its way, or what is wrong with it. */
export type PointsInput =
  | { kind: 'empty' }
  | { kind: 'valid'; points: number }
  /** A number with its separator typed and its decimal not yet («7,»): not wrong, not a score yet. */
  | { kind: 'incomplete' }
  | { kind: 'notANumber' }
  | { kind: 'outOfRange' }
  | { kind: 'notAHalf' };

/** Digits with at most one decimal separator, the point or the comma (Kazakh and Russian write 7,5). */
const NUMBER = /^\d+(?:[.,]\d+)?$/;
const INCOMPLETE = /^\d+[.,]$/;

/** Reads what the trainer typed into a score field of a criterion worth `maxPoints`. */
export function parsePoints(text: string, maxPoints: number): PointsInput {
  const typed = text.trim();
  if (typed === '') return { kind: 'empty' };
  if (INCOMPLETE.test(typed)) return { kind: 'incomplete' };
  if (!NUMBER.test(typed)) return { kind: 'notANumber' };
  const points = Number(typed.replace(',', '.'));
  if (points > maxPoints) return { kind: 'outOfRange' };
  if (!Number.isInteger(points / POINTS_STEP)) return { kind: 'notAHalf' };
  // isValidPoints is the rule the sheet is held to; the checks above only say which part of it failed.
  return isValidPoints(points, maxPoints) ? { kind: 'valid', points } : { kind: 'notANumber' };
}
