import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The main window's options. The renderer is untrusted by design: it shows case material and user text,
 * so it runs isolated and sandboxed with no Node.js anywhere, and reaches the system only through the
 * validated IPC channels the preload exposes.
 */
export function buildMainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'CaseDraft',
    // Shown on `ready-to-show` so the user never sees an empty white frame while the renderer loads.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // Chromium's spellchecker downloads its dictionaries from Google's servers, and nothing may leave the
      // machine: the act editor checks spelling itself, with dictionaries the app ships (editor/spellcheck/).
      spellcheck: false,
    },
  };
}
