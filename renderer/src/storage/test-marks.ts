import type { RubricCriterion } from '../domain/pack/pack-fields';
import { emptyCriterionMark, emptyMarkSheet, type MarkSheet } from '../domain/review/marks';

/** A rubric of two criteria, for tests of marks. */
export const testRubric: RubricCriterion[] = [
  { id: 'form', title: 'Форма', maxPoints: 10 },
  { id: 'norms', title: 'Нормы', maxPoints: 5 },
];

/** A sheet with the given scores (criterion id to points) and nothing else. */
export function scored(points: Record<string, number>): MarkSheet {
  const sheet = emptyMarkSheet();
  for (const [id, value] of Object.entries(points)) {
    sheet.criteria[id] = { ...emptyCriterionMark(), points: value };
  }
  return sheet;
}

/** Window names as windows make them (crypto.randomUUID()). */
export const windowA = '0b6f3c1e-7a52-4d8e-9f10-2c3d4e5f6a7b';
export const windowB = '9e8d7c6b-5a49-4382-a716-f5e4d3c2b1a0';
