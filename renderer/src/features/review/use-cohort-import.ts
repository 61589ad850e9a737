import { useCallback, useMemo, useRef, useState } from 'react';
import { useServices } from '../../app/services';
import type { CohortFile } from '../../domain/review/cohort-files';
import type { ImportReport } from '../../domain/review/import-report';
import { importCohort } from '../../storage/cohort-import';
import type { ReviewRecord } from '../../storage/records';
import { errorDetail } from '../../ui/error-message';
import { forgetImportReport, keepImportReport, keptImportReport } from './kept-import-report';

/**
 * Where a cohort import is. Progress holds counts only: the file name importCohort reports holds the participant's
 * name, which an anonymous screen must not show.
 */
export type CohortImportState =
  | { phase: 'idle' }
  | { phase: 'reading' }
  | { phase: 'importing'; done: number; total: number }
  | { phase: 'done'; report: ImportReport }
  | { phase: 'failed'; detail: string };

/** Counts are shown a few times a second at most, so a 150-file import spends its time importing. */
const PROGRESS_INTERVAL_MS = 100;

/**
 * Imports files into a review with progress and Cancel; one import at a time. The last import's report is kept
 * (kept-import-report.ts) and shown again when the trainer comes back, until the next import or until closed.
 */
export function useCohortImport(review: ReviewRecord | undefined) {
  const { db } = useServices();
  // Null until this screen imports or closes the report: till then, the report kept from before, if any.
  const [state, setState] = useState<CohortImportState | null>(null);
  const running = useRef<AbortController | null>(null);
  const reviewKey = review?.key;
  const kept = useMemo(() => (reviewKey ? keptState(reviewKey) : undefined), [reviewKey]);

  const run = useCallback(
    async (read: () => Promise<CohortFile[]>) => {
      if (!review || running.current) return;
      const controller = new AbortController();
      running.current = controller;
      setState({ phase: 'reading' });
      try {
        const files = await read();
        // Nothing chosen after all (an empty folder): the report of the import before stays.
        if (files.length === 0) return setState(keptState(review.key));
        // Once an import has begun, the report of the one before no longer tells what is in the review.
        forgetImportReport(review.key);
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
        keepImportReport(review.key, report);
        setState({ phase: 'done', report });
      } catch (error) {
        setState({ phase: 'failed', detail: errorDetail(error) });
      } finally {
        running.current = null;
      }
    },
    [db, review],
  );

  const cancel = useCallback(() => running.current?.abort(), []);
  const dismiss = useCallback(() => {
    if (reviewKey) forgetImportReport(reviewKey);
    setState({ phase: 'idle' });
  }, [reviewKey]);
  return { state: state ?? kept ?? { phase: 'idle' }, run, cancel, dismiss };
}

function keptState(reviewKey: string): CohortImportState {
  const report = keptImportReport(reviewKey);
  return report ? { phase: 'done', report } : { phase: 'idle' };
}
