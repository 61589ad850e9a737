import { useCallback, useEffect, useRef, useState } from 'react';
import { useServices } from '../../../app/services';
import type { RubricCriterion } from '../../../domain/pack/pack-fields';
import type { MarkSheet } from '../../../domain/review/marks';
import type { SaveStatus } from '../../../storage/autosave';
import { saveOnLeaving } from '../../../ui/save-on-leaving';
import { MarkSheetSession, type KeptAsideMarks, type MarkSheetView } from './mark-sheet-session';

export interface MarkSheetOptions {
  digest: string;
  reviewKey: string;
  rubric: readonly RubricCriterion[];
}

export interface MarkSheetState {
  /** Null while loading. */
  sheet: MarkSheet | null;
  /** Saved within a second; throws InvalidMarksError for a score the rubric does not allow (a programming error). */
  update: (change: (sheet: MarkSheet) => MarkSheet) => void;
  status: SaveStatus;
  /** This window's marks that another window's save overtook, and rescued marks typed over an older save. */
  keptAside: KeptAsideMarks[];
  /** Why the last restore or discard of kept-aside marks failed, if it did (both versions then stay). */
  keptAsideFailure?: unknown;
  /** Shows and saves a sheet kept aside; the marks it replaces are kept aside in its place. */
  restoreKeptAside: (index: number) => void;
  discardKeptAside: (index: number) => void;
  flush: () => Promise<void>;
}

const LOADING: MarkSheetView = { sheet: null, status: { state: 'saved', at: null }, keptAside: [] };

/**
 * A trainer's marks of one submission, kept saved while the marking screen shows them (MarkSheetSession): every
 * change within a second; at once when the window loses focus, is hidden, or closes; on unload, also a synchronous
 * rescue copy, put back on the next open. Opening another submission (a new digest) closes this one's session.
 */
export function useMarkSheet({ digest, reviewKey, rubric }: MarkSheetOptions): MarkSheetState {
  const { db } = useServices();
  // Tagged with its submission: after moving to the next one, the last one's marks are not shown while loading.
  const [shown, setShown] = useState<{ digest: string; view: MarkSheetView } | null>(null);
  const session = useRef<MarkSheetSession | null>(null);
  // The rubric is the review's, the same for all its submissions: a new array on re-render must not reopen them.
  const rubricRef = useRef(rubric);
  useEffect(() => {
    rubricRef.current = rubric;
  }, [rubric]);

  useEffect(() => {
    const opened = new MarkSheetSession({
      db,
      digest,
      reviewKey,
      rubric: rubricRef.current,
      // Each window saves under its own name, as drafts do: its rescue copy may go over its own last save.
      writer: crypto.randomUUID(),
      onChange: (next) => {
        if (session.current === opened) setShown({ digest, view: next });
      },
    });
    session.current = opened;
    void opened.open();

    const stopSavingOnLeaving = saveOnLeaving({
      flush: () => void opened.flush(),
      rescue: () => opened.rescue(),
      isHoldingUnsaved: () => opened.isHoldingUnsavedMarks,
    });
    return () => {
      stopSavingOnLeaving();
      session.current = null;
      void opened.close();
    };
  }, [db, digest, reviewKey]);

  const update = useCallback(
    (change: (sheet: MarkSheet) => MarkSheet) => session.current?.update(change),
    [],
  );
  const restoreKeptAside = useCallback((index: number) => void session.current?.restoreKeptAside(index), []);
  const discardKeptAside = useCallback((index: number) => void session.current?.discardKeptAside(index), []);
  const flush = useCallback(async () => {
    await session.current?.flush();
  }, []);
  const view = shown?.digest === digest ? shown.view : LOADING;
  return { ...view, update, restoreKeptAside, discardKeptAside, flush };
}
