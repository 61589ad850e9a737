import { describe, expect, it } from 'vitest';
import { analyseCohort, workDistance, type CohortWork } from './cohort-analytics';
import { emptyCriterionMark, emptyMarkSheet, type MarkSheet } from './marks';

/** Two criteria of different weights, so the distance's scaling by each maximum shows. Total: 30. */
const RUBRIC = [
  { id: 'law', title: 'Нормы права', maxPoints: 10 },
  { id: 'reasoning', title: 'Мотивировка', maxPoints: 20 },
];

function sheet(
  law: number | undefined,
  reasoning: number | undefined,
  bank: { law?: string[]; anchored?: string[] } = {},
): MarkSheet {
  const marks = emptyMarkSheet();
  if (law !== undefined || bank.law)
    marks.criteria.law = { ...emptyCriterionMark(), points: law, bankComments: bank.law ?? [] };
  if (reasoning !== undefined) marks.criteria.reasoning = { ...emptyCriterionMark(), points: reasoning };
  marks.anchored = (bank.anchored ?? []).map((bankId, index) => ({
    id: `a${index}`,
    anchor: { from: 1, to: 2, quote: 'x' },
    text: '',
    bankId,
  }));
  return marks;
}

function work(label: string, marks: MarkSheet | undefined, missing: string[]): CohortWork {
  return { digest: label.toLowerCase(), label, sheet: marks, missingRequisiteIds: missing };
}

/**
 * The hand-computed cohort. Four marked works and one half-marked (W5: only «law» scored), one not marked at all.
 *
 *          law /10  reasoning /20  total /30   missing requisites              bank comments
 *   W1       8          20            28       —                               bank-1, bank-2 (law)
 *   W2       6.5        10            16.5     intro/date                      bank-1 (law and on a passage)
 *   W3       4           5             9       intro/date, operative/costs     —
 *   W4       2           5             7       operative/costs, intro/date     —
 *   W5      10           —             —       intro/date                      bank-x (law)
 *   W6       —           —             —       —                               —
 */
const COHORT: CohortWork[] = [
  work('W1', sheet(8, 20, { law: ['bank-1', 'bank-2'] }), []),
  work('W2', sheet(6.5, 10, { law: ['bank-1'], anchored: ['bank-1'] }), ['intro/date']),
  work('W3', sheet(4, 5), ['intro/date', 'operative/costs']),
  work('W4', sheet(2, 5), ['operative/costs', 'intro/date']),
  work('W5', sheet(10, undefined, { law: ['bank-x'] }), ['intro/date']),
  work('W6', undefined, []),
];

describe('the cohort at a glance', () => {
  const analytics = analyseCohort(RUBRIC, COHORT);

  it('counts the works, and only the fully marked ones in the scores', () => {
    expect(analytics.works).toBe(6);
    expect(analytics.markedWorks).toBe(4);
  });

  it('spreads each criterion over bins of whole points up to 10, and wider ones above', () => {
    // law, max 10: 11 bins of one point (a bin holds its whole point and the half above it): 2, 4, 6–6.5, 8.
    // W5's 10 is not counted: W5 is not fully marked.
    const law = analytics.criteria[0]!;
    expect(law.bins).toHaveLength(11);
    expect(law.bins[6]).toEqual({ from: 6, to: 6.5, count: 1 });
    expect(law.bins[10]).toEqual({ from: 10, to: 10, count: 0 });
    expect(law.bins.map((bin) => bin.count)).toEqual([0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 0]);
    // mean (8 + 6.5 + 4 + 2) / 4 = 5.125; median (4 + 6.5) / 2 = 5.25.
    expect(law).toMatchObject({ criterionId: 'law', mean: 5.125, median: 5.25, lowest: 2, highest: 8 });

    // reasoning, max 20: 20 / 1 > 10 bins, so bins of 2 points: 0–1.5, 2–3.5, 4–5.5 (5, 5), …, 10–11.5 (10), …,
    // 20 (20). mean (20 + 10 + 5 + 5) / 4 = 10; median (5 + 10) / 2 = 7.5.
    const reasoning = analytics.criteria[1]!;
    expect(reasoning.bins.map((bin) => bin.count)).toEqual([0, 0, 2, 0, 0, 1, 0, 0, 0, 0, 1]);
    expect(reasoning.bins[2]).toEqual({ from: 4, to: 5.5, count: 2 });
    expect(reasoning).toMatchObject({ mean: 10, median: 7.5, lowest: 5, highest: 20 });
  });

  it('spreads the totals the same way', () => {
    // total, max 30: bins of 5 (30 / 2 = 15 bins would be too many): 0–4.5, 5–9.5 (9, 7), 10–14.5,
    // 15–19.5 (16.5), 20–24.5, 25–29.5 (28), 30. mean (28 + 16.5 + 9 + 7) / 4 = 15.125; median (9 + 16.5) / 2.
    expect(analytics.total.bins.map((bin) => bin.count)).toEqual([0, 2, 0, 1, 0, 1, 0]);
    expect(analytics.total).toMatchObject({ criterionId: undefined, maxPoints: 30, median: 12.75 });
    expect(analytics.meanTotal).toBe(15.125);
  });

  it('ranks the requisites most often missing over every work, marked or not', () => {
    // intro/date: W2, W3, W4, W5 = 4 works; operative/costs: W3, W4 = 2.
    expect(analytics.missingRequisites).toEqual([
      { id: 'intro/date', works: 4 },
      { id: 'operative/costs', works: 2 },
    ]);
  });

  it('ranks the bank comments by the works given them, a comment given twice to one work counting once', () => {
    // bank-1: W1 and W2 (twice in W2) = 2; bank-2: W1 = 1; bank-x: W5 = 1 (a tie: as first met).
    expect(analytics.bankComments).toEqual([
      { id: 'bank-1', works: 2 },
      { id: 'bank-2', works: 1 },
      { id: 'bank-x', works: 1 },
    ]);
  });

  it('finds the works furthest from the cohort by their score profile scaled by each maximum', () => {
    // Shares of each maximum (law /10, reasoning /20):
    //   W1 0.8, 1    W2 0.65, 0.5    W3 0.4, 0.25    W4 0.2, 0.25
    // The cohort's mean shares: law (0.8 + 0.65 + 0.4 + 0.2) / 4 = 0.5125; reasoning (1 + 0.5 + 0.25 + 0.25) / 4 = 0.5.
    // Root mean square of the differences:
    //   W1 √((0.2875² + 0.5²) / 2)     = √((0.08265625 + 0.25) / 2)     = √0.166328125  ≈ 0.40783
    //   W4 √((0.3125² + 0.25²) / 2)    = √((0.09765625 + 0.0625) / 2)   = √0.080078125  ≈ 0.28298
    //   W3 √((0.1125² + 0.25²) / 2)    = √((0.01265625 + 0.0625) / 2)   = √0.037578125  ≈ 0.19385
    //   W2 √((0.1375² + 0²) / 2)       = √(0.01890625 / 2)              = √0.009453125  ≈ 0.09723
    const distant = analytics.distantWorks;
    expect(distant.map((entry) => entry.label)).toEqual(['W1', 'W4', 'W3', 'W2']);
    expect(distant.map((entry) => entry.distance.toFixed(5))).toEqual([
      '0.40783',
      '0.28298',
      '0.19385',
      '0.09723',
    ]);
    expect(distant.map((entry) => entry.total)).toEqual([28, 7, 9, 16.5]);
  });

  it('keeps ties in the order first met: a work’s requisites in the act’s order', () => {
    const tied = analyseCohort(RUBRIC, [work('W1', undefined, ['operative/costs', 'intro/date'])]);
    expect(tied.missingRequisites.map((item) => item.id)).toEqual(['operative/costs', 'intro/date']);
  });

  it('keeps only the top entries asked for', () => {
    const limited = analyseCohort(RUBRIC, COHORT, 1);
    expect(limited.missingRequisites).toEqual([{ id: 'intro/date', works: 4 }]);
    expect(limited.distantWorks.map((entry) => entry.label)).toEqual(['W1']);
  });

  it('has no figures, and no failure, for a cohort with nothing marked', () => {
    const empty = analyseCohort(RUBRIC, [work('W6', undefined, [])]);
    expect(empty.markedWorks).toBe(0);
    expect(empty.total).toMatchObject({ mean: undefined, median: undefined });
    expect(empty.total.bins.every((bin) => bin.count === 0)).toBe(true);
    expect(empty.distantWorks).toEqual([]);
  });

  it('puts a work scored like the average work at distance 0, and one a whole maximum away at 1', () => {
    expect(workDistance([0.5, 0.5], [0.5, 0.5])).toBe(0);
    expect(workDistance([1, 0], [0, 1])).toBe(1);
  });
});
