import { useCallback, useRef, useState } from 'react';
import { useServices } from '../../app/services';
import { isFeedbackArchive } from '../../domain/feedback/feedback-zip';
import { PackError, type PackProblem } from '../../domain/pack/pack-error';
import { readPackFile, type PackReadProgress } from '../../domain/pack/read-pack';
import { createRichTextSanitizer, type RichTextSanitizer } from '../../domain/pack/rich-text';
import { FileTooLargeError, type OpenedFile } from '../../platform';
import { importPack, type PackImportOutcome } from '../../storage/pack-repository';
import { errorDetail } from '../../ui/error-message';

/** Where an import is: unpacking and checking the file (with counts), then saving it in one transaction. */
export type PackImportStep = PackReadProgress | { phase: 'saving' };

export type PackImportState =
  | { phase: 'idle' }
  | { phase: 'importing'; fileName: string; step?: PackImportStep }
  | { phase: 'done'; fileName: string; outcome: PackImportOutcome; title: string; version: number }
  | { phase: 'cancelled'; fileName: string }
  | { phase: 'rejected'; fileName: string; problems: PackProblem[] }
  | { phase: 'unreadable'; fileName: string; detail: string }
  | { phase: 'failed'; fileName: string; detail: string };

/** Progress is reported per file of the pack; the screen needs no more than a few updates a second. */
const PROGRESS_INTERVAL_MS = 100;

let sanitizer: RichTextSanitizer | undefined;
function sanitize(html: string) {
  sanitizer ??= createRichTextSanitizer(window);
  return sanitizer(html);
}

/**
 * Reads a pack file, checks all of it, then stores it in one transaction; reports progress and what happened.
 * Until the transaction commits the import can be cancelled, and then nothing at all is stored. Reading is
 * part of the import: a file the system cannot read gets a message like any other failure. While one import
 * runs, another is not started: the library disables its import button.
 */
export function usePackImport() {
  const { db } = useServices();
  const [state, setState] = useState<PackImportState>({ phase: 'idle' });
  const running = useRef<AbortController | null>(null);

  const importFile = useCallback(
    async (fileName: string, read: () => Promise<OpenedFile | null>) => {
      // One import at a time: another file waits until this one is done or cancelled.
      if (running.current) return;
      const controller = new AbortController();
      running.current = controller;
      const { signal } = controller;
      setState({ phase: 'importing', fileName });
      let file: OpenedFile | null;
      try {
        file = await read();
      } catch (error) {
        running.current = null;
        if (error instanceof FileTooLargeError) {
          const problems: PackProblem[] = [{ code: 'tooLarge', maxBytes: error.maxBytes }];
          return setState({ phase: 'rejected', fileName, problems });
        }
        return setState({ phase: 'unreadable', fileName, detail: errorDetail(error) });
      }
      if (!file) {
        running.current = null;
        return setState({ phase: 'idle' });
      }
      const name = file.name;
      let shown: { at: number; phase?: PackImportStep['phase'] } = { at: 0 };
      // A new step shows at once; counts within a step at most every PROGRESS_INTERVAL_MS.
      const show = (step: PackImportStep) => {
        const now = performance.now();
        if (step.phase === shown.phase && now - shown.at < PROGRESS_INTERVAL_MS) return;
        shown = { at: now, phase: step.phase };
        if (!signal.aborted) setState({ phase: 'importing', fileName: name, step });
      };
      show({ phase: 'unpacking', done: 0, total: 0 });
      try {
        const read = await readPackFile(file.bytes, { sanitize, signal, onProgress: (step) => show(step) });
        show({ phase: 'saving' });
        const outcome = await importPack(db, read, { bundled: false, signal });
        setState({
          phase: 'done',
          fileName: name,
          outcome,
          title: read.pack.title,
          version: read.pack.version,
        });
      } catch (error) {
        if (signal.aborted) setState({ phase: 'cancelled', fileName: name });
        else if (error instanceof PackError)
          setState({ phase: 'rejected', fileName: name, problems: packProblems(error, file.bytes) });
        else setState({ phase: 'failed', fileName: name, detail: errorDetail(error) });
      } finally {
        running.current = null;
      }
    },
    [db],
  );

  const cancel = useCallback(() => running.current?.abort(), []);
  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, importFile, cancel, reset };
}

/**
 * A zip without a pack's manifest that holds feedback files is the trainer's zip of a whole group's feedback,
 * dropped by a trainee: it is told so (and to ask for their own file), not that the pack lacks its manifest.
 */
function packProblems(error: PackError, bytes: Uint8Array): PackProblem[] {
  const noManifest = error.problems.some((problem) => problem.code === 'missingManifest');
  return noManifest && isFeedbackArchive(bytes) ? [{ code: 'feedbackArchive' }] : error.problems;
}
