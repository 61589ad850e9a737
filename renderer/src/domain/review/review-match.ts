import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { checkCompleteness, isGap, type CompletenessReport } from '../act/completeness';
import { assertMatchesTemplate } from '../act/document';
import { requisiteKey } from '../act/not-applicable';
import type { ActTemplate } from '../act/template';
import { canonicalJson } from '../integrity/canonical-json';
import type { Submission } from '../submission/submission';
import { countWords } from '../text/word-count';

/** What a review is of: one case of one pack version, and the act template that case names. */
export interface ReviewTarget {
  packId: string;
  packVersion: number;
  caseId: string;
  actType: string;
  /** The template the case's act type names: the pack's own or one the app ships. */
  template: ActTemplate;
}

/** Why a submission that reads well is not one of this review's. */
export type ReviewMismatch =
  'otherPack' | 'otherPackVersion' | 'otherCase' | 'otherActType' | 'otherTemplate';

/** A submission of the review, with what the queue shows of it; or why it is not one of the review's. */
export type ReviewMatch = { ok: true; summary: SubmissionSummary } | { ok: false; reason: ReviewMismatch };

/** A submission as readSubmission read and checked it: the template its act was checked against, the act parsed. */
export interface ReadSubmission {
  submission: Submission;
  template: ActTemplate;
  act: ProseMirrorNode;
}

/**
 * Whether a read and checked submission belongs to the review, and if so its summary. The act must follow the
 * review's template, not one of its own: a file may carry a template under a built-in id, and readSubmission
 * checks the act against that one, so it is checked here again against the template of the review's case. The act
 * is the one readSubmission parsed (parsing a 100-page act again would cost as much as the check itself).
 */
export function matchReview(
  { submission, template: fileTemplate, act }: ReadSubmission,
  review: ReviewTarget,
): ReviewMatch {
  const refused = (reason: ReviewMismatch): ReviewMatch => ({ ok: false, reason });
  if (submission.pack.id !== review.packId) return refused('otherPack');
  if (submission.case.id !== review.caseId) return refused('otherCase');
  if (submission.pack.version !== review.packVersion) return refused('otherPackVersion');
  if (submission.case.actType !== review.actType) return refused('otherActType');
  if (fileTemplate !== review.template && canonicalJson(fileTemplate) !== canonicalJson(review.template)) {
    return refused('otherTemplate');
  }
  try {
    assertMatchesTemplate(act, review.template);
  } catch {
    return refused('otherTemplate');
  }
  return { ok: true, summary: summariseAct(act, review.template) };
}

/** What the queue shows of a submitted act without opening it. */
export interface SubmissionSummary {
  wordCount: number;
  /** Requisites the completeness checker finds missing (not those asked for only where applicable). */
  missingRequisites: number;
  /** Which they are, in document order, each as `partId/requisiteId` (requisiteKey: an id is unique in its part). */
  missingRequisiteIds: string[];
  /** Parts with nothing written in them. */
  emptyParts: number;
}

/** Counts words and runs the completeness checker on an act that matches the template. */
function summariseAct(doc: ProseMirrorNode, template: ActTemplate): SubmissionSummary {
  const report = checkCompleteness(doc, template);
  const missingRequisiteIds = missingRequisitesOf(report);
  return {
    wordCount: countWords(doc.textBetween(0, doc.content.size, ' ', ' ')),
    missingRequisites: missingRequisiteIds.length,
    missingRequisiteIds,
    emptyParts: report.parts.filter((part) => part.empty).length,
  };
}

/**
 * The requisites the completeness checker finds missing in an act, in document order, each as `partId/requisiteId`
 * (requisiteKey: an id is unique in its part). Also what the cohort's charts work out for rows imported before.
 */
export function missingRequisitesOf(report: CompletenessReport): string[] {
  return report.parts.flatMap(({ part, requisites }) =>
    requisites.filter(isGap).map(({ requisite }) => requisiteKey(part.id, requisite.id)),
  );
}
