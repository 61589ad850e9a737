import { useCallback, useSyncExternalStore } from 'react';

function subscribe(listener: () => void): () => void {
  document.addEventListener('fullscreenchange', listener);
  return () => document.removeEventListener('fullscreenchange', listener);
}

/**
 * The Fullscreen API for the whole window (Chromium and Electron; Esc leaves it, the browser's own key). `toggle`
 * rejects when the browser refuses (a policy, a page not focused): the screen says so and suggests F11.
 */
export function useFullScreen(): { active: boolean; toggle: () => Promise<void> } {
  const active = useSyncExternalStore(subscribe, () => document.fullscreenElement !== null);
  const toggle = useCallback(
    () =>
      document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen(),
    [],
  );
  return { active, toggle };
}
