import { useCallback, useRef, useState } from 'react';
import { useServices } from '../../app/services';
import type { CohortFile } from '../../domain/review/cohort-files';
import type { ImportReport } from '../../domain/review/import-report';
import { FileTooLargeError } from '../../platform';
import { importCohort } from '../../storage/cohort-import';
import type { ReviewRecord } from '../../storage/records';
import { errorDetail } from '../../ui/error-message';

/**
 * Where a cohort import is. Progress holds counts only: the file name importCohort reports holds the participant's
 * name, which an anonymous screen must not show.
 */
export type CohortImportState =
  | { phase: 'idle' }
  | { phase: 'reading' }
  | { phase: 'importing'; done: number; total: number }
  | { phase: 'done'; report: ImportReport }
  | { phase: 'tooLarge'; maxBytes: number }
  | { phase: 'failed'; detail: string };

/** Counts are shown a few times a second at most, so a 150-file import spends its time importing. */
const PROGRESS_INTERVAL_MS = 100;

/** Imports files into a review with progress and Cancel; one import at a time. */
export function useCohortImport(review: ReviewRecord | undefined) {
  const { db } = useServices();
  const [state, setState] = useState<CohortImportState>({ phase: 'idle' });
  const running = useRef<AbortController | null>(null);

  const run = useCallback(
    async (read: () => Promise<CohortFile[]>) => {
      if (!review || running.current) return;
      const controller = new AbortController();
      running.current = controller;
      setState({ phase: 'reading' });
      try {
        const files = await read();
        if (files.length === 0) return setState({ phase: 'idle' });
        setState({ phase: 'importing', done: 0, total: files.length });
        let shownAt = 0;
        const report = await importCohort(db, review, files, {
          signal: controller.signal,
          onProgress: ({ done, total }) => {
            const now = performance.now();
            if (now - shownAt < PROGRESS_INTERVAL_MS && done < total) return;
            shownAt = now;
            setState({ phase: 'importing', done, total });
          },
        });
        setState({ phase: 'done', report });
      } catch (error) {
        if (error instanceof FileTooLargeError) setState({ phase: 'tooLarge', maxBytes: error.maxBytes });
        else setState({ phase: 'failed', detail: errorDetail(error) });
      } finally {
        running.current = null;
      }
    },
    [db, review],
  );

  const cancel = useCallback(() => running.current?.abort(), []);
  return { state, run, cancel };
}
