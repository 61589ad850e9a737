import { useCallback, useEffect, useRef, useState } from 'react';
import { useServices } from '../../app/services';
import { Autosaver, type SaveStatus } from '../../storage/autosave';
import { DraftConflictError, saveDraftDocument, type DraftIdentity } from '../../storage/draft-repository';

/**
 * Keeps the draft saved: every change arms the autosaver, and leaving the window, hiding it, closing it or
 * leaving the screen saves at once. `readDocument` is called when a save starts, so a save always writes the
 * newest text. The revision last written is kept here so each save can prove nobody else saved in between.
 */
export function useDraftAutosave(
  identity: DraftIdentity,
  initialRevision: number,
  readDocument: () => unknown,
) {
  const { db } = useServices();
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved', at: null });
  const [lastSavedAt, setLastSavedAt] = useState<Date | null>(null);
  const revision = useRef(initialRevision);
  const read = useRef(readDocument);
  const identityRef = useRef(identity);
  const saver = useRef<Autosaver | null>(null);

  useEffect(() => {
    const autosaver = new Autosaver({
      save: async () => {
        revision.current = await saveDraftDocument(db, identityRef.current, read.current(), revision.current);
      },
      onStatus: (next) => {
        setStatus(next);
        if (next.state === 'saved' && next.at) setLastSavedAt(next.at);
      },
      isFatal: (error) => error instanceof DraftConflictError,
    });
    saver.current = autosaver;
    const flush = () => void autosaver.flush();
    const flushWhenHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', flushWhenHidden);
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    window.addEventListener('blur', flush);
    return () => {
      document.removeEventListener('visibilitychange', flushWhenHidden);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      window.removeEventListener('blur', flush);
      saver.current = null;
      // Leaving the screen: write what is pending, then stop.
      void autosaver.flush().finally(() => autosaver.dispose());
    };
  }, [db]);

  const markDirty = useCallback(() => saver.current?.markDirty(), []);
  const flush = useCallback(async () => {
    await saver.current?.flush();
  }, []);
  /** Whether everything typed so far is on disk. */
  const isSaved = useCallback(() => saver.current !== null && !saver.current.hasUnsavedChanges, []);
  return { status, lastSavedAt, markDirty, flush, isSaved, revision };
}
