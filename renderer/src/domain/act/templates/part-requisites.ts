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

/** ГПК art. 226: the content of each part is reconstructed from the article [partial]. */
const GPK_226: LegalReference = { code: CODES.gpk, article: '226', verification: 'partial' };

/** A civil decision's introductory part, in full and in simplified proceedings. */
export function civilDecisionIntroductory(): Requisite[] {
  return requiredBy(GPK_226, court, date, judge, secretary, plaintiff, defendant, claimSubject);
}

/**
 * A civil decision's operative part. That it states the appeal term comes from art. 226 [partial]; the term itself,
 * one month from the decision in final form, is unverified, so the term requisite is marked unverified.
 */
export function civilDecisionOperative(): Requisite[] {
  return [
    ...requiredBy(GPK_226, outcome, costs, appealProcedure),
    civilAppealTerm({ ...GPK_226, verification: 'unverified' }),
  ];
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

/** An administrative decision's parts, full or short form: the expected specific content is unverified. */
export function administrativeIntroductory(reference: LegalReference): Requisite[] {
  return requiredBy(reference, court, date, judge, secretary, plaintiff, respondentBody, contestedAct);
}

export function administrativeReasoning(reference: LegalReference): Requisite[] {
  return requiredBy(reference, establishedFacts, evidence, appliedLaw, legalityFinding);
}

export function administrativeOperative(reference: LegalReference): Requisite[] {
  return requiredBy(reference, outcome, costs, appealProcedure);
}
