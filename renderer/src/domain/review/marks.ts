import type { RubricCriterion } from '../pack/pack-fields';

/**
 * A trainer's marks of one submission: what the marking screen edits and saves with every change. The act itself
 * is never touched (its digest must keep holding), so comments on passages are anchors beside it, not marks in it.
 */
export interface MarkSheet {
  /** By rubric criterion id; a criterion not yet touched has no entry. */
  criteria: Record<string, CriterionMark>;
  /** Comments on selected passages of the act, in the order they were made. */
  anchored: AnchoredComment[];
  overallComment: string;
}

export interface CriterionMark {
  /** 0 to the criterion's maxPoints in steps of 0.5; absent until the trainer scores it. */
  points?: number;
  /** The trainer's own words for this criterion. */
  comment: string;
  /**
   * Comments inserted from the comment bank, by bank comment id, in insertion order. Kept as references so that
   * editing a bank comment changes it everywhere it was used; the text is the bank's.
   */
  bankComments: string[];
  /** The trainer accepted the app's proposal for this criterion (so it is no longer shown as a proposal). */
  proposalAccepted?: boolean;
}

/**
 * Where an anchored comment sits: ProseMirror positions in the submitted act, which never changes, with the quoted
 * text to check them against (and to show where the act cannot be drawn).
 */
export interface PassageAnchor {
  from: number;
  to: number;
  quote: string;
}

export interface AnchoredComment {
  /** Random, unique within the sheet. */
  id: string;
  anchor: PassageAnchor;
  /** The trainer's words; may be empty when the comment is a bank comment alone. */
  text: string;
  /** The criterion the comment belongs to, if the trainer gave one (a bank comment always brings its own). */
  criterionId?: string;
  /** A bank comment inserted here, by id: its text is the bank's. */
  bankId?: string;
}

export const POINTS_STEP = 0.5;

export function emptyMarkSheet(): MarkSheet {
  return { criteria: {}, anchored: [], overallComment: '' };
}

export function emptyCriterionMark(): CriterionMark {
  return { comment: '', bankComments: [] };
}

/** A score a criterion accepts: a number from 0 to its maximum, in halves. */
export function isValidPoints(points: number, maxPoints: number): boolean {
  return (
    Number.isFinite(points) && points >= 0 && points <= maxPoints && Number.isInteger(points / POINTS_STEP)
  );
}

/** The sum of the scores given so far (criteria not yet scored count nothing). */
export function totalPoints(sheet: MarkSheet, rubric: readonly RubricCriterion[]): number {
  return rubric.reduce((sum, criterion) => sum + (sheet.criteria[criterion.id]?.points ?? 0), 0);
}

export function maxTotalPoints(rubric: readonly RubricCriterion[]): number {
  return rubric.reduce((sum, criterion) => sum + criterion.maxPoints, 0);
}

/** How many criteria of the rubric have a score. */
export function scoredCriteria(sheet: MarkSheet, rubric: readonly RubricCriterion[]): number {
  return rubric.filter((criterion) => sheet.criteria[criterion.id]?.points !== undefined).length;
}

/**
 * The queue's status of a submission: marked when every criterion has a score, in progress once anything at all
 * was given (a score, a comment, an anchored or overall comment), not started otherwise.
 */
export function markStatus(
  sheet: MarkSheet,
  rubric: readonly RubricCriterion[],
): 'not-started' | 'in-progress' | 'marked' {
  if (rubric.length > 0 && scoredCriteria(sheet, rubric) === rubric.length) return 'marked';
  const touched =
    sheet.anchored.length > 0 ||
    sheet.overallComment.trim() !== '' ||
    Object.values(sheet.criteria).some(
      (mark) =>
        mark.points !== undefined ||
        mark.comment.trim() !== '' ||
        mark.bankComments.length > 0 ||
        mark.proposalAccepted === true,
    );
  return touched ? 'in-progress' : 'not-started';
}
