import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';

const APP_URL_PREFIX = `${APP_SCHEME}://${APP_HOST}/`;
/** Encoded dot, slash, backslash and NUL: a legitimate asset URL never needs them, traversal attempts do. */
const ENCODED_TRAVERSAL_PATTERN = /%(2e|2f|5c|00)/i;

/**
 * Maps an app:// request URL to a file inside `rootDir`, or null when the request must be refused.
 * Chromium already normalises standard-scheme URLs, but this function is the last line between a page and
 * the disk, so it checks the raw URL itself rather than trusting a parser that silently resolves `..`.
 */
export function resolveRendererFilePath(requestUrl: string, rootDir: string): string | null {
  // The exact prefix rejects other schemes, other hosts, ports and user info in one comparison.
  if (!requestUrl.startsWith(APP_URL_PREFIX)) return null;
  const rawPath = requestUrl.slice(APP_URL_PREFIX.length).split(/[?#]/, 1)[0] ?? '';
  if (ENCODED_TRAVERSAL_PATTERN.test(rawPath)) return null;

  let decodedPath: string;
  try {
    decodedPath = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  const relativePath = decodedPath === '' ? 'index.html' : decodedPath;
  if (relativePath.includes('\\') || relativePath.includes('\0')) return null;
  if (path.posix.isAbsolute(relativePath) || path.win32.isAbsolute(relativePath)) return null;

  const segments = relativePath.split('/');
  // Empty segments (`a//b`) and drive-like segments (`C:`) have no legitimate use and confuse path joining.
  if (
    segments.some((segment) => segment === '' || segment === '.' || segment === '..' || segment.includes(':'))
  ) {
    return null;
  }

  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, ...segments);
  // Belt and braces: whatever slipped past the checks above must still land inside the root.
  const fromRoot = path.relative(root, filePath);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return null;
  return filePath;
}
