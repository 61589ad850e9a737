import { useCallback, useEffect, useRef, useState } from 'react';
import { useServices } from '../../../app/services';
import { Autosaver, type SaveStatus } from '../../../storage/autosave';
import {
  DraftConflictError,
  ExamLockedError,
  saveDraftDocument,
  type DraftContent,
  type DraftIdentity,
} from '../../../storage/draft-repository';
import { clearRescueCopy, writeRescueCopy } from '../../../storage/unload-rescue';
import { saveOnLeaving } from '../../../ui/save-on-leaving';
import type { RescuedFrom } from '../load-workspace';

interface DraftAutosaveOptions<Content extends DraftContent> {
  identity: DraftIdentity;
  /** The revision the open document was loaded at (0: never saved). */
  initialRevision: number;
  /** The document and worksheet to save, read when a save starts so they are always the newest text. */
  readContent: () => Content;
  /**
   * Told of each save once it has committed, with what it wrote and when (the writing timeline's save link). Called
   * after the save, never before it: it must only take note and return.
   */
  onSaved?: (content: Content, at: Date) => void;
  /**
   * The open text was rescued at the last unload and is newer than the saved draft: it must be saved at once, and
   * then the rescue copy it came from removed.
   */
  rescuedFrom: RescuedFrom | undefined;
}

/**
 * Keeps the draft (the act and its worksheet) saved: every change to either arms the autosaver, and leaving the
 * window, hiding it, closing it or leaving the screen saves at once. At unload, unsaved text also goes to a
 * synchronous rescue copy, since an IndexedDB write started then is cut off with the page. The revision last
 * written is kept here so each save can prove nobody else saved in between.
 */
export function useDraftAutosave<Content extends DraftContent>({
  identity,
  initialRevision,
  readContent,
  onSaved,
  rescuedFrom,
}: DraftAutosaveOptions<Content>) {
  const { db } = useServices();
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved', at: null });
  const [lastSavedAt, setLastSavedAt] = useState<Date | null>(null);
  const revision = useRef(initialRevision);
  // Fixed for the life of the screen: the effect below must not restart (and drop its timers) on re-render.
  const fixed = useRef({ identity, readContent, onSaved, rescuedFrom });
  const saver = useRef<Autosaver | null>(null);

  useEffect(() => {
    const { identity: draft, readContent: read, onSaved: saved, rescuedFrom: adopted } = fixed.current;
    // This window's rescue copy lies under its own name: its saves remove only that copy, never another window's,
    // and the draft records this name so that the copy may go over this window's own last save.
    const writer = crypto.randomUUID();
    // Text put back from a rescue copy makes that copy this window's: once the text is saved (or copied again under
    // this window's name), the copy is stale.
    let adoptedCopy = adopted;
    const dropAdoptedCopy = () => {
      if (adoptedCopy) clearRescueCopy(draft.key, adoptedCopy.writer);
      adoptedCopy = undefined;
    };
    // Counts this window's copies: a save removes the copy only if it read the text after the copy was written.
    // A copy written while a save was writing holds newer text; it stays until a later save, and may go over the
    // revision this window's save made if the page dies first.
    let copiesWritten = 0;
    const rescue = () => {
      if (writeRescueCopy(draft.key, read(), { baseRevision: revision.current, writer })) {
        copiesWritten++;
        dropAdoptedCopy();
      }
    };
    const autosaver = new Autosaver({
      save: async () => {
        const copiesBefore = copiesWritten;
        const content = read();
        const at = new Date();
        revision.current = await saveDraftDocument(db, draft, content, revision.current, at, writer);
        if (copiesWritten === copiesBefore) clearRescueCopy(draft.key, writer);
        dropAdoptedCopy();
        saved?.(content, at);
      },
      onStatus: (next) => {
        setStatus(next);
        if (next.state === 'saved' && next.at) setLastSavedAt(next.at);
      },
      // Retrying would overwrite another window's work, or knock at a locked exam's act forever.
      isFatal: (error) => error instanceof DraftConflictError || error instanceof ExamLockedError,
    });
    saver.current = autosaver;
    if (adopted) autosaver.markDirty();

    const stopSavingOnLeaving = saveOnLeaving({
      flush: () => void autosaver.flush(),
      // Also after a conflict: the copy names the revision it was typed over, so reopening the case puts it back
      // only over that revision, and otherwise keeps it as a version beside the other window's save.
      rescue: () => {
        if (autosaver.hasUnsavedChanges) rescue();
      },
      isHoldingUnsaved: () => autosaver.isHoldingUnsavedText,
    });
    return () => {
      stopSavingOnLeaving();
      saver.current = null;
      // Leaving the screen (the trainee was asked first if saving is failing or stopped): unsaved text goes to a
      // rescue copy before the last save is tried, since that save may fail for the first time now and disposing
      // cancels its retry; reopening the case puts the copy back or keeps it in the history, and the save, if it
      // lands, removes it.
      if (autosaver.hasUnsavedChanges) rescue();
      void autosaver.flush().finally(() => autosaver.dispose());
    };
  }, [db]);

  const markDirty = useCallback(() => saver.current?.markDirty(), []);
  const flush = useCallback(async () => {
    await saver.current?.flush();
  }, []);
  /** Whether leaving now would lose text that saving is failing to write. */
  const isHoldingUnsavedText = useCallback(() => saver.current?.isHoldingUnsavedText ?? false, []);
  /** Whether everything typed so far is on disk. */
  const isSaved = useCallback(() => saver.current !== null && !saver.current.hasUnsavedChanges, []);
  return { status, lastSavedAt, markDirty, flush, isSaved, isHoldingUnsavedText, revision };
}
