import { protocol } from 'electron';
import { APP_SCHEME } from './app-origin';
import { createRendererRequestHandler } from './renderer-request-handler';

/**
 * Must run before `app.ready`. `standard` gives app:// real origins (IndexedDB, relative URLs), `secure`
 * makes it a secure context like https, `supportFetchAPI` lets the renderer fetch its own assets and
 * `stream` lets media be read progressively. Nothing here bypasses the CSP.
 */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    },
  ]);
}

/** Serves the built renderer folder on app:// for the default session (after `app.ready`). */
export function serveRendererOverAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createRendererRequestHandler(rendererDir));
}
