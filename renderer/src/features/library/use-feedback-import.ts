import { useCallback, useRef, useState } from 'react';
import { useServices } from '../../app/services';
import type { FeedbackRefusal } from '../../domain/feedback/feedback';
import { FileTooLargeError, type OpenedFile } from '../../platform';
import { importFeedback, type FeedbackImportResult } from '../../storage/feedback-repository';
import { readSetting } from '../../storage/settings-repository';
import { errorDetail } from '../../ui/error-message';
import { sanitizeOnPage } from '../case-file/documents/rich-text-html';

export type FeedbackImportState =
  | { phase: 'idle' }
  | { phase: 'importing'; fileName: string }
  | {
      phase: 'done';
      fileName: string;
      result: Exclude<FeedbackImportResult, { outcome: 'refused' }>;
      /** The trainee's name in settings, to tell them when the file is for someone else; undefined when unset. */
      traineeName: string | undefined;
    }
  | {
      phase: 'refused';
      fileName: string;
      refusal: Pick<FeedbackRefusal, 'reason' | 'submissionReason' | 'limit'>;
    }
  | { phase: 'unreadable'; fileName: string; detail: string }
  | { phase: 'failed'; fileName: string; error: unknown };

/**
 * Reads a trainer's feedback file the trainee chose or dropped and keeps it (importFeedback), saying what became of
 * it. One file at a time; any bytes get a state with a message, never an exception.
 */
export function useFeedbackImport() {
  const { db } = useServices();
  const [state, setState] = useState<FeedbackImportState>({ phase: 'idle' });
  const running = useRef(false);

  const importFile = useCallback(
    async (fileName: string, read: () => Promise<OpenedFile | null>) => {
      if (running.current) return;
      running.current = true;
      setState({ phase: 'importing', fileName });
      try {
        let file: OpenedFile | null;
        try {
          file = await read();
        } catch (error) {
          if (error instanceof FileTooLargeError) {
            return setState({ phase: 'refused', fileName, refusal: { reason: 'tooLarge' } });
          }
          return setState({ phase: 'unreadable', fileName, detail: errorDetail(error) });
        }
        if (!file) return setState({ phase: 'idle' });
        const name = file.name;
        setState({ phase: 'importing', fileName: name });
        try {
          const result = await importFeedback(db, file.bytes, { sanitize: sanitizeOnPage });
          setState(
            result.outcome === 'refused'
              ? { phase: 'refused', fileName: name, refusal: result.refusal }
              : {
                  phase: 'done',
                  fileName: name,
                  result,
                  traineeName: await readSetting(db, 'participantName'),
                },
          );
        } catch (error) {
          // The file was good, the disk was not (full, or the database closed): nothing of it was stored.
          setState({ phase: 'failed', fileName: name, error });
        }
      } finally {
        running.current = false;
      }
    },
    [db],
  );

  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, importFile, reset };
}
