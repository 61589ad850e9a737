import { checkCohortFile } from '../domain/review/check-cohort-file';
import type { CohortCheckRequest, CohortCheckResponse } from './cohort-check-protocol';

/**
 * Checks a cohort's files (checkCohortFile) off the page's thread, one message at a time, so the trainer's screen
 * never waits on decoding, parsing, hashing or the completeness checker of a 1 MB act while the page writes the
 * file before it (storage/cohort-import.ts).
 */
addEventListener('message', (event: MessageEvent<CohortCheckRequest>) => {
  const { id, bytes, context } = event.data;
  checkCohortFile(bytes, context).then(
    (check) => reply({ id, check }),
    (error: unknown) => reply({ id, error: String(error) }),
  );
});

function reply(response: CohortCheckResponse): void {
  postMessage(response);
}
