import { readFile, stat } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { mimeTypeFor } from './mime-types';
import { resolveRendererFilePath } from './resolve-renderer-file';

/** Sent with every response, errors included, so no document the scheme ever returns runs without the CSP. */
function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
}

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

async function isRegularFile(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves the built renderer from `rootDir` for the app:// scheme. Kept free of Electron so that the
 * containment, status codes and headers are tested with plain Fetch API objects.
 */
export function createRendererRequestHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Method not allowed');
    }
    const filePath = resolveRendererFilePath(request.url, rootDir);
    if (filePath === null) return textResponse(403, 'Forbidden');
    if (!(await isRegularFile(filePath))) return textResponse(404, 'Not found');

    const headers = { ...securityHeaders(), 'Content-Type': mimeTypeFor(filePath) };
    if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
    return new Response(await readFile(filePath), { status: 200, headers });
  };
}
