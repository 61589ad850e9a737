import type { LegalReference, Requisite } from '../template';
import { CODES } from './common';
import {
  appealProcedure,
  appliedLaw,
  argumentsAnswered,
  argumentsAnsweredShort,
  chargedArticle,
  civilAppealTerm,
  civilParties,
  claim,
  claimSubject,
  contestedAct,
  costs,
  court,
  damage,
  date,
  defenceCounsel,
  defendant,
  defendantIdentity,
  establishedFacts,
  evidence,
  execution,
  executionTerm,
  interpreter,
  judge,
  legalityFinding,
  nonExecutionConsequences,
  offenceAppealTerm,
  offenceArticle,
  offender,
  offenderIdentity,
  otherParticipants,
  outcome,
  paymentTerm,
  penalty,
  place,
  plaintiff,
  proceedingsLanguage,
  prosecutor,
  qualification,
  rejectedEvidence,
  requiredBy,
  respondentBody,
  secretary,
  seizedThings,
  victim,
  whereApplicable,
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

/**
 * A civil decision's introductory part (art. 226 ч.3): date and place, court, composition, secretary, parties, other
 * persons and representatives (where the case has them), subject. A decision in simplified proceedings has no
 * secretary: the case is heard without calling the parties (art. 267-3 ч.5).
 */
export function civilDecisionIntroductory({ hearing }: { hearing: boolean }): Requisite[] {
  const reference = gpk226('3');
  return [
    ...requiredBy(reference, court, date, place, judge),
    ...(hearing ? [secretary(reference)] : []),
    ...requiredBy(reference, plaintiff, defendant),
    whereApplicable(otherParticipants)(reference),
    claimSubject(reference),
  ];
}

/** A civil decision's reasoning (art. 226 ч.5): facts, evidence, why other evidence is rejected, the law. */
export function civilDecisionReasoning(): Requisite[] {
  return requiredBy(gpk226('5'), establishedFacts, evidence, rejectedEvidence, appliedLaw);
}

/**
 * A civil decision's operative part (art. 226 ч.6), with the appeal term the proceedings give it, and the order
 * and term of execution, immediate execution or security where the court sets them (ч.7).
 */
export function civilDecisionOperative(term: Requisite = civilAppealTerm(GPK_403_3)): Requisite[] {
  return [
    ...requiredBy(gpk226('6'), outcome, costs, appealProcedure),
    term,
    whereApplicable(execution)(gpk226('7')),
  ];
}

/** УПК art. 396: what a verdict's introductory part names [confirmed, legal audit 2026-12, S1]. */
const UPK_396: LegalReference = { code: CODES.upk, article: '396', verification: 'confirmed' };

/**
 * A verdict's introductory part, guilty or acquittal: the victim, the civil plaintiff and defendant and the
 * interpreter where the case has them (art. 396 п.3).
 */
export function verdictIntroductory(): Requisite[] {
  return [
    ...requiredBy(UPK_396, court, date, place, judge, secretary, prosecutor, defenceCounsel),
    ...[victim, civilParties, interpreter].map((build) => whereApplicable(build)(UPK_396)),
    ...requiredBy(UPK_396, defendantIdentity, chargedArticle),
  ];
}

/** An administrative decision's parts, full or short form, each with the provision the template cites for it. */
export function administrativeIntroductory(reference: LegalReference): Requisite[] {
  return requiredBy(reference, court, date, place, judge, secretary, plaintiff, respondentBody, contestedAct);
}

/**
 * The reasoning (АППК 152 ч.4): facts, the claims and their grounds, evidence, why evidence is rejected, the answer
 * to each argument, the law, the conclusion. A short decision may list evidence without its content (153 ч.1: an
 * evidence link to a bare reference counts) and answer the plaintiff by referring to the decision on the pre-trial
 * complaint (153 ч.2).
 */
export function administrativeReasoning(reference: LegalReference, { short = false } = {}): Requisite[] {
  return requiredBy(
    reference,
    establishedFacts,
    claim,
    evidence,
    rejectedEvidence,
    short ? argumentsAnsweredShort : argumentsAnswered,
    appliedLaw,
    legalityFinding,
  );
}

/** АППК 155 ч.5, 152 ч.3 (127 ч.5, ч.9) [confirmed, legal audit 2026-12, S4]. */
const APPK_155_5: LegalReference = { code: CODES.appk, article: '155', part: '5', verification: 'confirmed' };
const APPK_152_3: LegalReference = { code: CODES.appk, article: '152', part: '3', verification: 'confirmed' };

/**
 * The operative part: outcome, costs, appeal; where the decision obliges the respondent to act, the term of
 * execution and the legal consequences of not executing it.
 */
export function administrativeOperative(reference: LegalReference): Requisite[] {
  return [
    ...requiredBy(reference, outcome, costs, appealProcedure),
    whereApplicable(executionTerm)(APPK_155_5),
    whereApplicable(nonExecutionConsequences)(APPK_152_3),
  ];
}

/**
 * КоАП art. 822: what a resolution states, for a court by art. 829-14 ч.3 [confirmed, legal audit 2026-12, S2]; ч.3:
 * seized things and documents; art. 829-14 ч.2: damage; art. 832 ч.1: the appeal term.
 */
const KOAP_822 = (part: string): LegalReference => ({
  code: CODES.koap,
  article: '822',
  part,
  verification: 'confirmed',
});
const KOAP_829_14_2: LegalReference = {
  code: CODES.koap,
  article: '829-14',
  part: '2',
  verification: 'confirmed',
};
const KOAP_832_1: LegalReference = { code: CODES.koap, article: '832', part: '1', verification: 'confirmed' };

/** A КоАП resolution's introductory part (822 ч.1 пп.1–5): judge, date and place, the person and data, language, article. */
export function offenceResolutionIntroductory(): Requisite[] {
  return requiredBy(
    KOAP_822('1'),
    court,
    date,
    place,
    judge,
    offender,
    offenderIdentity,
    proceedingsLanguage,
    offenceArticle,
  );
}

/** The circumstances established, on evidence, and the qualification (822 ч.1 п.6). */
export function offenceResolutionReasoning(): Requisite[] {
  return requiredBy(KOAP_822('1'), establishedFacts, evidence, appliedLaw, qualification);
}

/**
 * The decision, the procedure and term of appeal (822 ч.1 пп.7–8, 832 ч.1); where a penalty is imposed, the term to
 * pay or execute it (п.9); where things were seized or damage is awarded, what becomes of them (822 ч.3, 829-14 ч.2).
 */
export function offenceResolutionOperative(): Requisite[] {
  return [
    ...requiredBy(KOAP_822('1'), penalty, appealProcedure),
    offenceAppealTerm(KOAP_832_1),
    whereApplicable(paymentTerm)(KOAP_822('1')),
    whereApplicable(seizedThings)(KOAP_822('3')),
    whereApplicable(damage)(KOAP_829_14_2),
  ];
}
