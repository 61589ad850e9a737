/**
 * The main-process entry: wires the small modules beside it together, in the order Electron requires.
 * Everything before `whenReady` runs synchronously at load, which is what keeps it ahead of `ready`.
 */
import { fileURLToPath } from 'node:url';
import { app, Menu, session, type BrowserWindow } from 'electron';
import { isTrustedRendererUrl, resolveDevServerUrl } from './app-origin';
import { registerAppSchemePrivileges, serveRendererOverAppProtocol } from './app-protocol';
import { buildApplicationMenuTemplate } from './application-menu';
import { ipcHandlers } from './ipc-handlers';
import { registerIpcHandlers } from './ipc-registration';
import { createMainWindow } from './main-window';
import { hardenSession } from './session-guards';
import { claimSingleInstance } from './single-instance';
import { promptBeforeLosingUnsavedWork } from './unsaved-work-prompt';
import { guardWebContents } from './web-contents-guards';

/** The built renderer sits beside this bundle: out/main/index.js → out/renderer/. */
const RENDERER_DIR = fileURLToPath(new URL('../renderer', import.meta.url));

const devServerUrl = resolveDevServerUrl(app.isPackaged, process.env);
const isTrustedPageUrl = (url: string): boolean => isTrustedRendererUrl(url, devServerUrl);
let mainWindow: BrowserWindow | null = null;
const getMainWindow = (): BrowserWindow | null => mainWindow;

function openMainWindow(): void {
  const window = createMainWindow(devServerUrl);
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
}

function startApp(): void {
  registerAppSchemePrivileges();
  // Forces the sandbox on every renderer, including any created without the main window's options.
  app.enableSandbox();
  // Attached at creation, before any page loads, so no web contents ever runs unguarded.
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, isTrustedPageUrl);
    promptBeforeLosingUnsavedWork(contents, app.getLocale());
  });
  app.on('window-all-closed', () => {
    // macOS apps stay active without windows until the user quits explicitly.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) openMainWindow();
  });

  app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession, devServerUrl);
      serveRendererOverAppProtocol(RENDERER_DIR);
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          buildApplicationMenuTemplate({ platform: process.platform, isPackaged: app.isPackaged }),
        ),
      );
      registerIpcHandlers(ipcHandlers, { getMainWindow, isTrustedPageUrl });
      openMainWindow();
    })
    .catch((error: unknown) => {
      console.error('CaseDraft failed to start:', error);
      app.exit(1);
    });
}

if (claimSingleInstance(getMainWindow)) {
  startApp();
} else {
  // Another instance is running and has been asked to show its window.
  app.quit();
}
