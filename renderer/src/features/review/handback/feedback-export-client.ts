import { zipFeedbackFiles, type DeflatedFile, type NamedFile } from '../../../domain/feedback/feedback-zip';
import type { FeedbackSource } from '../../../domain/feedback/feedback-writer';
import type { FeedbackExportRequest, FeedbackExportResponse } from './feedback-export-protocol';

/** Writes and deflates one export's feedback files in workers of its own (feedback-export.worker.ts). */
export interface FeedbackExportWorkers {
  /** The file's bytes (writeFeedback); rejects only if a worker itself fails. */
  write(source: FeedbackSource): Promise<Uint8Array>;
  /** The file deflated. The bytes are taken (transferred): the caller keeps no use of them. */
  deflate(bytes: Uint8Array): Promise<DeflatedFile>;
  /** Ends the workers; tasks still waiting reject. */
  close(): void;
}

/** The feedback files made by `files` (given the workers' writer) zipped, every file written and deflated in workers. */
export async function zipInWorkers(
  files: (workers: FeedbackExportWorkers) => AsyncIterable<NamedFile>,
): Promise<{ bytes: Uint8Array; count: number }> {
  const workers = startFeedbackExportWorkers();
  try {
    return await zipFeedbackFiles(files(workers), (bytes) => workers.deflate(bytes));
  } finally {
    workers.close();
  }
}

interface Waiting {
  resolve: (response: FeedbackExportResponse) => void;
  reject: (error: Error) => void;
}

/**
 * Two workers, tasks handed out in turn. On the page, a file took 71 ms (a quiet 2-core machine; 28 s for 150 on a
 * loaded one), some half of it deflating (CompressionStream runs on the thread that calls it) and most of the
 * rest reading the submission's Blob and escaping, hashing and encoding it. With the deflating alone in one
 * worker the page was still the bottleneck; with everything but the database in two, both cores work and the
 * page's longest task stays short (test/bench/feedback-export, December 2026).
 */
const EXPORT_WORKERS = 2;

export function startFeedbackExportWorkers(): FeedbackExportWorkers {
  const workers = Array.from(
    { length: EXPORT_WORKERS },
    () =>
      new Worker(new URL('./feedback-export.worker.ts', import.meta.url), {
        type: 'module',
        name: 'feedback-export',
      }),
  );
  const tasks = workers.map((worker) => ({ worker, waiting: 0 }));
  const waiting = new Map<number, Waiting>();
  let nextId = 1;
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  for (const worker of workers) {
    worker.addEventListener('message', (event: MessageEvent<FeedbackExportResponse>) => {
      const response = event.data;
      const answer = waiting.get(response.id);
      waiting.delete(response.id);
      if ('error' in response) answer?.reject(new Error(response.error));
      else answer?.resolve(response);
    });
    worker.addEventListener('error', (event) =>
      fail(new Error(event.message || 'The feedback export worker failed')),
    );
    worker.addEventListener('messageerror', () =>
      fail(new Error('The feedback export worker sent an unreadable answer')),
    );
  }
  const send = (task: (id: number) => FeedbackExportRequest, transfer: Transferable[] = []) =>
    new Promise<FeedbackExportResponse>((resolve, reject) => {
      if (failure) return reject(failure);
      const id = nextId++;
      // To the worker with the fewest tasks waiting: a file's writing and its deflating take unlike times.
      const least = tasks.reduce((best, each) => (each.waiting < best.waiting ? each : best));
      least.waiting++;
      waiting.set(id, {
        resolve: (response) => (least.waiting--, resolve(response)),
        reject: (error) => (least.waiting--, reject(error)),
      });
      least.worker.postMessage(task(id), transfer);
    });
  return {
    async write(source) {
      const response = await send((id) => ({ id, write: source }));
      if (!('written' in response)) throw new Error('The feedback export worker did not write the file');
      return response.written;
    },
    async deflate(bytes) {
      // A view of part of a buffer is copied, so that only its own bytes travel.
      const own =
        bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
      const response = await send((id) => ({ id, deflate: own }), [own.buffer]);
      if (!('deflated' in response)) throw new Error('The feedback export worker did not deflate the file');
      return response.deflated;
    },
    close() {
      for (const worker of workers) worker.terminate();
      fail(new Error('The feedback export was stopped'));
    },
  };
}
