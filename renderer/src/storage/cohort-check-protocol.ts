import type { CohortCheckContext, CohortFileCheck } from '../domain/review/check-cohort-file';

/** One file for the cohort check worker; its bytes are transferred, not copied. */
export interface CohortCheckRequest {
  id: number;
  bytes: Uint8Array;
  context: CohortCheckContext;
}

/** The worker's answer: the check, or what went wrong outside anything a file holds. */
export type CohortCheckResponse = { id: number; check: CohortFileCheck } | { id: number; error: string };

/** The most workers an import starts (cohort-check-client.ts says why). */
export const MAX_COHORT_CHECK_WORKERS = 2;
