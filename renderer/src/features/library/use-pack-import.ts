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
  | { phase: 'failed'; fileName: string; detail: string };

/** Checks a pack file completely, then stores it in one transaction; reports what happened. */
export function usePackImport() {
  const { db } = useServices();
  const [state, setState] = useState<PackImportState>({ phase: 'idle' });

  const importFile = useCallback(
    async (file: OpenedFile) => {
      setState({ phase: 'importing', fileName: file.name });
      try {
        const pack = parsePackFile(file.bytes);
        const outcome = await importPack(db, pack, { bundled: false });
        setState({ phase: 'done', fileName: file.name, outcome, title: pack.title, version: pack.version });
      } catch (error) {
        if (error instanceof PackError)
          setState({ phase: 'rejected', fileName: file.name, problems: error.problems });
        else
          setState({
            phase: 'failed',
            fileName: file.name,
            detail: error instanceof Error ? error.message : String(error),
          });
      }
    },
    [db],
  );

  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, importFile, reset };
}
