import { useCallback, useState } from 'react';
import { useServices } from '../../app/services';
import { PackError, type PackProblem } from '../../domain/pack/pack-error';
import { parsePackFile } from '../../domain/pack/parse-pack';
import type { OpenedFile } from '../../platform';
import { importPack, type PackImportOutcome } from '../../storage/pack-repository';

export type PackImportState =
  | { phase: 'idle' }
  | { phase: 'importing'; fileName: string }
  | { phase: 'done'; fileName: string; outcome: PackImportOutcome; title: string; version: number }
  | { phase: 'rejected'; fileName: string; problems: PackProblem[] }
  | { phase: 'unreadable'; fileName: string; detail: string }
  | { phase: 'failed'; fileName: string; detail: string };

/**
 * Reads a pack file, checks it completely, then stores it in one transaction; reports what happened. Reading is
 * part of the import: a file the system cannot read gets a message like any other failure.
 */
export function usePackImport() {
  const { db } = useServices();
  const [state, setState] = useState<PackImportState>({ phase: 'idle' });

  const importFile = useCallback(
    async (fileName: string, read: () => Promise<OpenedFile | null>) => {
      setState({ phase: 'importing', fileName });
      let file: OpenedFile | null;
      try {
        file = await read();
      } catch (error) {
        return setState({ phase: 'unreadable', fileName, detail: errorText(error) });
      }
      if (!file) return setState({ phase: 'idle' });
      try {
        const pack = parsePackFile(file.bytes);
        const outcome = await importPack(db, pack, { bundled: false });
        setState({ phase: 'done', fileName: file.name, outcome, title: pack.title, version: pack.version });
      } catch (error) {
        if (error instanceof PackError)
          setState({ phase: 'rejected', fileName: file.name, problems: error.problems });
        else setState({ phase: 'failed', fileName: file.name, detail: errorText(error) });
      }
    },
    [db],
  );

  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, importFile, reset };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
