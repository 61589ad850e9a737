import type { RubricCriterion } from '../pack/pack-fields';
import { scoredCriteria, totalPoints, type MarkSheet } from './marks';

/**
 * The cohort at a glance: what the charts of a review show, worked out from the trainer's own marks of each
 * participant's newest work. Scores (their distributions, and how far a work is from the cohort) count the marked
 * works only, those with every criterion scored: a half-marked work would pull every figure down. What is counted
 * (missing requisites, bank comments given) counts every work, marked or not, as each is known before marking ends.
 */

/** One work of the cohort as the charts need it. */
export interface CohortWork {
  digest: string;
  /** What the screen shows for the work: its anonymous code, or the name when the review shows names. */
  label: string;
  /** The trainer's own marks; undefined for a work nobody has marked yet. */
  sheet: MarkSheet | undefined;
  /** The requisites its act lacks, as `partId/requisiteId`. */
  missingRequisiteIds: readonly string[];
}

/** Scores from `from` up to `to` (both as shown: `to` is the highest half point of the bin), and how many works. */
export interface ScoreBin {
  from: number;
  to: number;
  count: number;
}

/** How the marked works' scores of one criterion (or their totals) spread out. */
export interface ScoreDistribution {
  /** The criterion's id; undefined for the total. */
  criterionId: string | undefined;
  maxPoints: number;
  bins: ScoreBin[];
  /** Of the marked works' scores; undefined when no work is marked. */
  mean: number | undefined;
  median: number | undefined;
  lowest: number | undefined;
  highest: number | undefined;
}

/** How many works something (a missing requisite, a bank comment) concerns. */
export interface CountedItem {
  id: string;
  works: number;
}

/** A marked work and how far its scores lie from the cohort's (see workDistance). */
export interface DistantWork {
  digest: string;
  label: string;
  /** From 0 (the cohort's average profile) to 1 (as far as a score can be on every criterion). */
  distance: number;
  total: number;
}

export interface CohortAnalytics {
  /** Works in the cohort, and how many of them are marked (every criterion scored). */
  works: number;
  markedWorks: number;
  criteria: ScoreDistribution[];
  total: ScoreDistribution;
  /**
   * Most first; on a tie, in the order first met (a work's requisites come in the act's order, so ties read as in
   * the act). At most `top` of each.
   */
  missingRequisites: CountedItem[];
  bankComments: CountedItem[];
  /** Furthest first; on a tie, by label. */
  distantWorks: DistantWork[];
  /** The cohort's average total of the marked works (undefined when none is). */
  meanTotal: number | undefined;
}

/** How many entries the ranked charts keep: more do not fit a projected slide in a type the back row can read. */
export const TOP_ENTRIES = 10;

/** The bin widths a chart may use: round numbers, so every bin starts at a score a trainer would name. */
const BIN_WIDTHS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
/** At most this many bins (and one for the maximum itself), so the bars stay wide enough to read. */
const MAX_BINS = 10;

export function analyseCohort(
  rubric: readonly RubricCriterion[],
  works: readonly CohortWork[],
  top: number = TOP_ENTRIES,
): CohortAnalytics {
  const marked = works.filter(
    (work): work is CohortWork & { sheet: MarkSheet } =>
      work.sheet !== undefined && rubric.length > 0 && scoredCriteria(work.sheet, rubric) === rubric.length,
  );
  const maxTotal = rubric.reduce((sum, criterion) => sum + criterion.maxPoints, 0);
  const totals = marked.map((work) => totalPoints(work.sheet, rubric));
  return {
    works: works.length,
    markedWorks: marked.length,
    criteria: rubric.map((criterion) =>
      distribution(
        criterion.id,
        criterion.maxPoints,
        marked.map((work) => work.sheet.criteria[criterion.id]?.points ?? 0),
      ),
    ),
    total: distribution(undefined, maxTotal, totals),
    missingRequisites: ranked(
      works.map((work) => work.missingRequisiteIds),
      top,
    ),
    bankComments: ranked(
      works.map((work) => (work.sheet ? bankCommentsOf(work.sheet) : [])),
      top,
    ),
    distantWorks: distantWorks(rubric, marked, totals, top),
    meanTotal: mean(totals),
  };
}

/**
 * How far a work's scores lie from the cohort's: each criterion's score as a share of its maximum (so a criterion
 * worth 40 weighs no more than one worth 5), minus the cohort's average share on that criterion; these
 * differences squared, averaged over the criteria, and the square root taken (the root mean square). 0 is a work
 * scored exactly like the average work; 0.25 one whose scores lie typically a quarter of each maximum away from
 * it, above or below. Squaring makes one far-off criterion count more than several slightly-off ones, which is
 * what a trainer looks for: an act unlike the others somewhere.
 */
export function workDistance(profile: readonly number[], cohortProfile: readonly number[]): number {
  if (profile.length === 0) return 0;
  const squares = profile.reduce((sum, share, index) => sum + (share - (cohortProfile[index] ?? 0)) ** 2, 0);
  return Math.sqrt(squares / profile.length);
}

function distantWorks(
  rubric: readonly RubricCriterion[],
  marked: readonly (CohortWork & { sheet: MarkSheet })[],
  totals: readonly number[],
  top: number,
): DistantWork[] {
  const profiles = marked.map((work) =>
    rubric.map((criterion) =>
      criterion.maxPoints > 0 ? (work.sheet.criteria[criterion.id]?.points ?? 0) / criterion.maxPoints : 0,
    ),
  );
  const cohortProfile = rubric.map((_, index) => mean(profiles.map((profile) => profile[index] ?? 0)) ?? 0);
  return marked
    .map((work, index) => ({
      digest: work.digest,
      label: work.label,
      distance: workDistance(profiles[index] ?? [], cohortProfile),
      total: totals[index] ?? 0,
    }))
    .sort((a, b) => b.distance - a.distance || a.label.localeCompare(b.label))
    .slice(0, top);
}

/** The bank comments a work was given, each once (under a criterion or on a passage, however many times). */
function bankCommentsOf(sheet: MarkSheet): string[] {
  const ids = Object.values(sheet.criteria).flatMap((mark) => mark.bankComments);
  for (const comment of sheet.anchored) if (comment.bankId !== undefined) ids.push(comment.bankId);
  return ids;
}

/** How many of the works name each id (a work naming one twice counts once), most first, ties as first met. */
function ranked(idsPerWork: readonly (readonly string[])[], top: number): CountedItem[] {
  const counts = new Map<string, number>();
  for (const ids of idsPerWork) for (const id of new Set(ids)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .map(([id, works]) => ({ id, works }))
    .sort((a, b) => b.works - a.works)
    .slice(0, top);
}

function distribution(
  criterionId: string | undefined,
  maxPoints: number,
  scores: readonly number[],
): ScoreDistribution {
  const width =
    BIN_WIDTHS.find((candidate) => maxPoints / candidate <= MAX_BINS) ?? Math.ceil(maxPoints / MAX_BINS);
  const bins: ScoreBin[] = [];
  for (let from = 0; from <= maxPoints; from += width)
    bins.push({ from, to: Math.min(from + width - 0.5, maxPoints), count: 0 });
  for (const score of scores) {
    const bin = bins[Math.min(Math.floor(score / width), bins.length - 1)];
    if (bin) bin.count += 1;
  }
  const sorted = [...scores].sort((a, b) => a - b);
  return {
    criterionId,
    maxPoints,
    bins,
    mean: mean(scores),
    median: median(sorted),
    lowest: sorted[0],
    highest: sorted.at(-1),
  };
}

function mean(values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function median(sorted: readonly number[]): number | undefined {
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
