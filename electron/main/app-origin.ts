/**
 * Which URLs count as the app's own renderer. The app:// origin is also IndexedDB's origin for every saved
 * draft, so the scheme and host must never change once shipped: a different origin would orphan the data.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'casedraft';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True for app://casedraft/… only. `URL.origin` is the string "null" for custom schemes in Node, so protocol
 * and host are compared instead; `host` includes any port, and Chromium lowercases standard-scheme hosts,
 * so an exact comparison rejects every look-alike.
 */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * The Vite dev server that `electron-vite dev` starts, or null. Only an unpackaged app honours the variable:
 * in a shipped build an environment variable must never be able to point the window at another origin.
 */
export function resolveDevServerUrl(isPackaged: boolean, env: NodeJS.ProcessEnv): string | null {
  const url = env.ELECTRON_RENDERER_URL;
  if (isPackaged || url === undefined || url === '') return null;
  const parsed = parseUrl(url);
  return parsed !== null && (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? url : null;
}

/** True when `url` is on the same origin as the dev server (http(s) origins compare properly in Node). */
export function isDevServerUrl(url: string, devServerUrl: string | null): boolean {
  if (devServerUrl === null) return false;
  const parsed = parseUrl(url);
  return parsed !== null && parsed.origin === new URL(devServerUrl).origin;
}

/** A page the app itself serves: the only content allowed in a window and the only IPC caller trusted. */
export function isTrustedRendererUrl(url: string, devServerUrl: string | null): boolean {
  return isAppUrl(url) || isDevServerUrl(url, devServerUrl);
}
