import type { Session } from 'electron';
import { APP_HOST, APP_SCHEME, isAppUrl, isDevServerUrl } from './app-origin';

/** Where Chromium's spellchecker would look for dictionaries: inside the app, where there are none. */
export const SPELLCHECKER_DICTIONARY_URL = `${APP_SCHEME}://${APP_HOST}/no-spellchecker-dictionaries/`;

/** Schemes that never leave the machine: DevTools' own pages, and data/blob URLs the CSP allows for images. */
const LOCAL_SCHEMES = new Set(['devtools:', 'data:', 'blob:']);

/** The HMR websocket of the dev server: same host and port, ws(s) instead of http(s). */
function isDevServerSocketUrl(url: URL, devServerUrl: string): boolean {
  const devServer = new URL(devServerUrl);
  const socketProtocol = devServer.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.protocol === socketProtocol && url.host === devServer.host;
}

/** The app must never reach the network: only its own scheme, local-only schemes and, in dev, the dev server. */
export function isAllowedRequestUrl(url: string, devServerUrl: string | null): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (isAppUrl(url) || LOCAL_SCHEMES.has(parsed.protocol)) return true;
  return (
    devServerUrl !== null && (isDevServerUrl(url, devServerUrl) || isDevServerSocketUrl(parsed, devServerUrl))
  );
}

/**
 * Denies every permission (camera, notifications, geolocation…) but full screen for the app's own pages: the app
 * needs no other, and a denied check cannot be talked into a prompt. Cancels every request that would leave the app.
 */
export function hardenSession(session: Session, devServerUrl: string | null): void {
  // Chromium's spellchecker would download dictionaries from Google's servers: it stays off (the editor checks
  // spelling with dictionaries the app ships), and were it ever switched on it would look inside the app.
  session.setSpellCheckerEnabled(false);
  session.setSpellCheckerDictionaryDownloadURL(SPELLCHECKER_DICTIONARY_URL);
  // Full screen alone is granted, to the app's own pages: classroom mode offers it for a projector.
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(permission === 'fullscreen' && isAllowedRequestUrl(details.requestingUrl, devServerUrl)),
  );
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url, devServerUrl);
    if (!allowed) console.warn(`Blocked a request that would leave the app: ${details.url}`);
    callback({ cancel: !allowed });
  });
}
