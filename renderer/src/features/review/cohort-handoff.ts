import type { CohortFile } from '../../domain/review/cohort-files';

/**
 * What the list of reviews hands over to the review it just opened: whether that review already existed (the
 * trainer asked to start it again, so the screen says it opened the one there is), and the files the review was
 * started from (read to find the case), to import at once, so the trainer does not choose them twice. Held in
 * memory only, taken once.
 */
export interface ReviewHandoff {
  existed: boolean;
  files?: CohortFile[];
}

let pending: { reviewKey: string; handoff: ReviewHandoff } | undefined;

export function handOverToReview(reviewKey: string, handoff: ReviewHandoff): void {
  pending = { reviewKey, handoff };
}

/** What was handed over to a review, left in place (a screen reads it as it first renders, then takes it). */
export function handedOver(reviewKey: string): ReviewHandoff | undefined {
  return pending?.reviewKey === reviewKey ? pending.handoff : undefined;
}

export function takeHandedOver(reviewKey: string): ReviewHandoff | undefined {
  const handoff = handedOver(reviewKey);
  if (handoff) pending = undefined;
  return handoff;
}
