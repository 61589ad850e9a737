import { useCallback, useSyncExternalStore } from 'react';

function subscribe(listener: () => void): () => void {
  document.addEventListener('fullscreenchange', listener);
  return () => document.removeEventListener('fullscreenchange', listener);
}

/**
 * The Fullscreen API for the whole window (Chromium and Electron). `toggle` rejects when the browser refuses (a
 * policy, a page not focused): the screen says so and suggests F11. `leave` is for Esc, which a browser handles
 * itself but Electron and a headless Chromium do not.
 */
export function useFullScreen(): { active: boolean; toggle: () => Promise<void>; leave: () => void } {
  const active = useSyncExternalStore(subscribe, () => document.fullscreenElement !== null);
  const toggle = useCallback(
    () =>
      document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen(),
    [],
  );
  const leave = useCallback(() => {
    // Already left (the browser took Esc first): nothing to do.
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
  }, []);
  return { active, toggle, leave };
}
