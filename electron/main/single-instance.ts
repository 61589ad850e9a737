import { app, type BrowserWindow } from 'electron';

/**
 * Claims the single-instance lock. Two instances would share one IndexedDB profile and could overwrite
 * each other's drafts, so a second launch only brings the first window forward; the caller quits it.
 * Returns false when another instance already holds the lock.
 */
export function claimSingleInstance(getMainWindow: () => BrowserWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => {
    const window = getMainWindow();
    if (window === null) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  return true;
}
