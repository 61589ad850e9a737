/** What a screen holding unsaved work does as the window is left; see saveOnLeaving. */
export interface LeavingSaver {
  /** Starts saving at once (the promise is not awaited: a window being hidden or closed may not wait). */
  flush: () => void;
  /** Writes the synchronous rescue copy of what is unsaved, for an unload that cuts an IndexedDB write off. */
  rescue: () => void;
  /** Whether saving is failing, so that closing or reloading now would lose work. */
  isHoldingUnsaved: () => boolean;
}

/**
 * Keeps work saved as the window is left, for drafts and marks alike: the window losing focus or being hidden
 * saves at once; the page being hidden for good or unloaded also writes the rescue copy first; and while saving is
 * failing, closing or reloading asks first (the browser's or Electron's question). Returns the function that
 * removes the listeners.
 */
export function saveOnLeaving({ flush, rescue, isHoldingUnsaved }: LeavingSaver): () => void {
  const flushWhenHidden = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  const rescueAndFlush = () => {
    rescue();
    flush();
  };
  const rescueOrWarn = (event: BeforeUnloadEvent) => {
    rescueAndFlush();
    if (isHoldingUnsaved()) event.preventDefault();
  };
  document.addEventListener('visibilitychange', flushWhenHidden);
  window.addEventListener('pagehide', rescueAndFlush);
  window.addEventListener('beforeunload', rescueOrWarn);
  window.addEventListener('blur', flush);
  return () => {
    document.removeEventListener('visibilitychange', flushWhenHidden);
    window.removeEventListener('pagehide', rescueAndFlush);
    window.removeEventListener('beforeunload', rescueOrWarn);
    window.removeEventListener('blur', flush);
  };
}
