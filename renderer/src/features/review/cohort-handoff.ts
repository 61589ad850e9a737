import type { CohortFile } from '../../domain/review/cohort-files';

/**
 * Files a review was started from (the list of reviews read them to find the case), handed over to that review's
 * screen to import at once, so the trainer does not choose them twice. Held in memory only, taken once.
 */
let handedOver: { reviewKey: string; files: CohortFile[] } | undefined;

export function handOverCohort(reviewKey: string, files: CohortFile[]): void {
  handedOver = { reviewKey, files };
}

export function takeHandedOverCohort(reviewKey: string): CohortFile[] | undefined {
  if (handedOver?.reviewKey !== reviewKey) return undefined;
  const { files } = handedOver;
  handedOver = undefined;
  return files;
}
