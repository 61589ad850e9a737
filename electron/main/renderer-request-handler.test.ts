import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { createRendererRequestHandler } from './renderer-request-handler';

let workDir: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(async () => {
  // A renderer folder with a secret file right beside it, which traversal attempts aim for.
  workDir = await mkdtemp(path.join(tmpdir(), 'casedraft-protocol-'));
  const rendererDir = path.join(workDir, 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>CaseDraft</title>');
  await writeFile(path.join(rendererDir, 'assets', 'main.js'), 'console.log(1);');
  await writeFile(path.join(rendererDir, 'assets', 'style.css'), 'body{}');
  await writeFile(path.join(workDir, 'secret.txt'), 'secret');
  handle = createRendererRequestHandler(rendererDir);
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const get = (url: string): Promise<Response> => handle(new Request(url));

describe('createRendererRequestHandler', () => {
  it('serves a file from the renderer folder with its MIME type and the CSP', async () => {
    const response = await get('app://casedraft/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<!doctype html><title>CaseDraft</title>');
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it.each([
    ['app://casedraft/assets/main.js', 'text/javascript; charset=utf-8'],
    ['app://casedraft/assets/style.css', 'text/css; charset=utf-8'],
  ])('sends the right content type for %s', async (url, contentType) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(contentType);
  });

  it.each([
    'app://casedraft/../secret.txt',
    'app://casedraft/%2e%2e/secret.txt',
    'app://casedraft/assets%2f..%2f..%2fsecret.txt',
    'app://casedraft/..%5csecret.txt',
    'app://casedraft/assets\\..\\..\\secret.txt',
    'app://casedraft/index.html%00',
    'app://elsewhere/index.html',
  ])('refuses %s and never returns the file outside the root', async (url) => {
    // The Fetch API's URL parser already folds plain and %2e dot segments (then the path stays inside the
    // root and 404s); whatever survives parsing is refused by the handler's own checks with 403.
    const response = await get(url);
    expect([403, 404]).toContain(response.status);
    expect(await response.text()).not.toContain('secret');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 403 for a request the parser leaves suspicious', async () => {
    expect((await get('app://casedraft/..%5csecret.txt')).status).toBe(403);
    expect((await get('app://elsewhere/index.html')).status).toBe(403);
  });

  it('answers 404 with the CSP for a missing file', async () => {
    const response = await get('app://casedraft/missing.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 404 for a directory', async () => {
    expect((await get('app://casedraft/assets')).status).toBe(404);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await handle(new Request('app://casedraft/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await handle(new Request('app://casedraft/index.html', { method: 'POST', body: 'x' }));
    expect(post.status).toBe(405);
  });
});
