import type { LegalReference, Requisite } from '../template';
import { CODES } from './common';
import {
  appealProcedure,
  appliedLaw,
  chargedArticle,
  civilAppealTerm,
  claimSubject,
  contestedAct,
  costs,
  court,
  date,
  defenceCounsel,
  defendant,
  defendantIdentity,
  establishedFacts,
  evidence,
  judge,
  legalityFinding,
  outcome,
  plaintiff,
  prosecutor,
  requiredBy,
  respondentBody,
  secretary,
} from './requisites';

/** The requisites of parts that several templates share, with the provisions that require them. */

/** ГПК art. 226: what each part of a civil decision contains [confirmed, legal audit 2026-12, S3]. */
export const gpk226 = (part: string): LegalReference => ({
  code: CODES.gpk,
  article: '226',
  part,
  verification: 'confirmed',
});
/** ГПК art. 403 ч.3: one month from the decision in final form [confirmed, legal audit 2026-12, S3]. */
const GPK_403_3: LegalReference = { code: CODES.gpk, article: '403', part: '3', verification: 'confirmed' };

/** A civil decision's introductory part (art. 226 ч.3); a decision in simplified proceedings has no secretary. */
export function civilDecisionIntroductory({ hearing }: { hearing: boolean }): Requisite[] {
  return hearing
    ? requiredBy(gpk226('3'), court, date, judge, secretary, plaintiff, defendant, claimSubject)
    : requiredBy(gpk226('3'), court, date, judge, plaintiff, defendant, claimSubject);
}

/** A civil decision's operative part (art. 226 ч.6), with the appeal term the proceedings give it. */
export function civilDecisionOperative(term: Requisite = civilAppealTerm(GPK_403_3)): Requisite[] {
  return [...requiredBy(gpk226('6'), outcome, costs, appealProcedure), term];
}

/** УПК art. 396: what a verdict's introductory part names [confirmed, legal audit 2026-12, S1]. */
const UPK_396: LegalReference = { code: CODES.upk, article: '396', verification: 'confirmed' };

/** A verdict's introductory part, guilty or acquittal. */
export function verdictIntroductory(): Requisite[] {
  return requiredBy(
    UPK_396,
    court,
    date,
    judge,
    secretary,
    prosecutor,
    defenceCounsel,
    defendantIdentity,
    chargedArticle,
  );
}

/** An administrative decision's parts, full or short form, each with the provision the template cites for it. */
export function administrativeIntroductory(reference: LegalReference): Requisite[] {
  return requiredBy(reference, court, date, judge, secretary, plaintiff, respondentBody, contestedAct);
}

export function administrativeReasoning(reference: LegalReference): Requisite[] {
  return requiredBy(reference, establishedFacts, evidence, appliedLaw, legalityFinding);
}

export function administrativeOperative(reference: LegalReference): Requisite[] {
  return requiredBy(reference, outcome, costs, appealProcedure);
}
