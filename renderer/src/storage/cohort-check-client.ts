import type { CohortCheckContext, CohortFileCheck } from '../domain/review/check-cohort-file';
import type { CohortCheckRequest, CohortCheckResponse } from './cohort-check-protocol';

/** Checks one import's files in a worker of its own (cohort-check.worker.ts), in the order given. */
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

export function startCohortChecker(context: CohortCheckContext): CohortChecker {
  const worker = new Worker(new URL('./cohort-check.worker.ts', import.meta.url), {
    type: 'module',
    name: 'cohort-check',
  });
  const waiting = new Map<number, Waiting>();
  let nextId = 1;
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
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
        worker.postMessage(request, [own.buffer]);
      });
    },
    close() {
      worker.terminate();
      fail(new Error('The submission check was stopped'));
    },
  };
}
