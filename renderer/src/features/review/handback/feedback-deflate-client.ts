import { zipFeedbackFiles, type DeflatedFile, type NamedFile } from '../../../domain/feedback/feedback-zip';
import type { FeedbackDeflateRequest, FeedbackDeflateResponse } from './feedback-deflate-protocol';

/** Deflates one export's feedback files in a worker of its own (feedback-deflate.worker.ts). */
export interface FeedbackDeflater {
  /** The file deflated; rejects only if the worker itself fails. The bytes are taken (transferred): keep no use. */
  deflate(bytes: Uint8Array): Promise<DeflatedFile>;
  /** Ends the worker; files still waiting reject. */
  close(): void;
}

/** zipFeedbackFiles with every file deflated in a worker started for this zip alone. */
export async function zipInWorker(
  files: AsyncIterable<NamedFile>,
): Promise<{ bytes: Uint8Array; count: number }> {
  const deflater = startFeedbackDeflater();
  try {
    return await zipFeedbackFiles(files, (bytes) => deflater.deflate(bytes));
  } finally {
    deflater.close();
  }
}

interface Waiting {
  resolve: (file: DeflatedFile) => void;
  reject: (error: Error) => void;
}

/**
 * Starts the worker. Deflating took some half of a file's 71 ms on the page (CompressionStream runs on the thread
 * that calls it); in one worker it runs beside the page's building of the next file. One worker only, as for the
 * cohort check (cohort-check-client.ts): on a 2-core machine one core is left to the page.
 */
const DEFLATE_WORKERS = 2;

export function startFeedbackDeflater(): FeedbackDeflater {
  const workers = Array.from(
    { length: DEFLATE_WORKERS },
    () =>
      new Worker(new URL('./feedback-deflate.worker.ts', import.meta.url), {
        type: 'module',
        name: 'feedback-deflate',
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
    worker.addEventListener('message', (event: MessageEvent<FeedbackDeflateResponse>) => {
      const response = event.data;
      const answer = waiting.get(response.id);
      waiting.delete(response.id);
      if ('error' in response) answer?.reject(new Error(response.error));
      else answer?.resolve(response.file);
    });
    worker.addEventListener('error', (event) =>
      fail(new Error(event.message || 'The deflate worker failed')),
    );
    worker.addEventListener('messageerror', () =>
      fail(new Error('The deflate worker sent an unreadable answer')),
    );
  }
  return {
    deflate(bytes) {
      return new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        // A view of part of a buffer is copied, so that only its own bytes travel.
        const own =
          bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
        const request: FeedbackDeflateRequest = { id, bytes: own };
        workers[id % workers.length]?.postMessage(request, [own.buffer]);
      });
    },
    close() {
      for (const worker of workers) worker.terminate();
      fail(new Error('The feedback export was stopped'));
    },
  };
}
