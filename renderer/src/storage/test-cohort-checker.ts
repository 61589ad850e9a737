import { checkCohortFile, type CohortCheckContext } from '../domain/review/check-cohort-file';
import type { CohortChecker } from './cohort-check-client';

/** For unit tests in Node, which has no Web Worker: cohort-check-client with the worker's checks run in the thread. */
export function startCohortChecker(context: CohortCheckContext): CohortChecker {
  return { check: (bytes) => checkCohortFile(bytes, context), close: () => undefined };
}
