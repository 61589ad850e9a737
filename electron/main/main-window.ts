import { fileURLToPath } from 'node:url';
import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import { buildMainWindowOptions } from './main-window-options';

/** Beside the main bundle in out/, both in development and inside app.asar. */
const PRELOAD_PATH = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

/** Opens the main window on the app:// entry page, or on the dev server under `electron-vite dev`. */
export function createMainWindow(devServerUrl: string | null): BrowserWindow {
  const window = new BrowserWindow(buildMainWindowOptions(PRELOAD_PATH));
  window.once('ready-to-show', () => window.show());
  window.loadURL(devServerUrl ?? APP_ENTRY_URL).catch((error: unknown) => {
    console.error('The main window failed to load its page:', error);
  });
  return window;
}
