import type { CohortCheckContext, CohortFileCheck } from '../domain/review/check-cohort-file';
import {
  MAX_COHORT_CHECK_WORKERS,
  type CohortCheckRequest,
  type CohortCheckResponse,
} from './cohort-check-protocol';

/** Checks one import's files in workers of its own (cohort-check.worker.ts); each answer comes to its own call. */
export interface CohortChecker {
  /** The file's check; rejects only if the worker itself fails. The bytes are copied, never taken. */
  check(bytes: Uint8Array): Promise<CohortFileCheck>;
  /** Ends the worker; checks still waiting reject. */
  close(): void;
}

interface Waiting {
  resolve: (check: CohortFileCheck) => void;
  reject: (error: Error) => void;
}

/**
 * Starts the workers and hands them files in turn. A file's checks take a thread some 50 ms, its write some 10 ms
 * of the page's, so the import waits on the checks: with a core to spare a second worker nearly halves it, but on
 * a 2-core machine two workers and the page fought for the cores (tasks of the page up to 329 ms instead of 60,
 * no faster import: test/bench, December 2026), so one core is always left to the page.
 */
export function startCohortChecker(context: CohortCheckContext): CohortChecker {
  const workers = Array.from(
    { length: cohortCheckWorkers() },
    () =>
      new Worker(new URL('./cohort-check.worker.ts', import.meta.url), {
        type: 'module',
        name: 'cohort-check',
      }),
  );
  const waiting = new Map<number, Waiting>();
  let nextId = 1;
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  for (const worker of workers) {
    worker.addEventListener('message', (event: MessageEvent<CohortCheckResponse>) => {
      const response = event.data;
      const answer = waiting.get(response.id);
      waiting.delete(response.id);
      if ('error' in response) answer?.reject(new Error(response.error));
      else answer?.resolve(response.check);
    });
    worker.addEventListener('error', (event) =>
      fail(new Error(event.message || 'The submission check worker failed')),
    );
    worker.addEventListener('messageerror', () =>
      fail(new Error('The submission check worker sent an unreadable answer')),
    );
  }
  return {
    check(bytes) {
      return new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        // A copy of the view alone: posting the view would copy its whole buffer (a zip's, say), and
        // transferring the caller's own buffer would empty it.
        const own = bytes.slice();
        const request: CohortCheckRequest = { id, bytes: own, context };
        workers[id % workers.length]?.postMessage(request, [own.buffer]);
      });
    },
    close() {
      for (const worker of workers) worker.terminate();
      fail(new Error('The submission check was stopped'));
    },
  };
}

/**
 * One worker per core, MAX_COHORT_CHECK_WORKERS at most. The page mostly waits on IndexedDB, so a core for it alone
 * was idle: on 2 cores, two workers imported 150 plain files in 8.2 s instead of 10.2, and 150 sealed ones in 10.1
 * instead of 13.1, the page's longest task still 0 ms (test/bench cohort-import and sealed-submission, quiet
 * machine, 8 December 2026).
 */
function cohortCheckWorkers(): number {
  return Math.min(MAX_COHORT_CHECK_WORKERS, Math.max(1, navigator.hardwareConcurrency));
}
