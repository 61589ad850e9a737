import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRendererFilePath } from './resolve-renderer-file';

const ROOT = path.resolve('/srv/app/out/renderer');

describe('resolveRendererFilePath', () => {
  it('maps an app URL to the file inside the root', () => {
    expect(resolveRendererFilePath('app://casedraft/index.html', ROOT)).toBe(path.join(ROOT, 'index.html'));
    expect(resolveRendererFilePath('app://casedraft/assets/main-abc.js?x=1#y', ROOT)).toBe(
      path.join(ROOT, 'assets', 'main-abc.js'),
    );
  });

  it('serves index.html for the bare origin', () => {
    expect(resolveRendererFilePath('app://casedraft/', ROOT)).toBe(path.join(ROOT, 'index.html'));
  });

  it('decodes ordinary percent-encoding such as Cyrillic names', () => {
    expect(resolveRendererFilePath('app://casedraft/%D0%B4%D0%B5%D0%BB%D0%BE.txt', ROOT)).toBe(
      path.join(ROOT, 'дело.txt'),
    );
  });

  it.each([
    ['plain traversal', 'app://casedraft/../secret.txt'],
    ['nested traversal', 'app://casedraft/assets/../../secret.txt'],
    ['dot segment', 'app://casedraft/./index.html'],
    ['encoded dots', 'app://casedraft/%2e%2e/secret.txt'],
    ['upper-case encoded dots', 'app://casedraft/%2E%2E/secret.txt'],
    ['encoded slash', 'app://casedraft/assets%2f..%2f..%2fsecret.txt'],
    ['encoded backslash', 'app://casedraft/..%5csecret.txt'],
    ['backslash', 'app://casedraft/assets\\..\\..\\secret.txt'],
    ['NUL byte', 'app://casedraft/index.html\0.png'],
    ['encoded NUL byte', 'app://casedraft/index.html%00.png'],
    ['absolute path', 'app://casedraft//etc/passwd'],
    ['Windows drive', 'app://casedraft/C:/Windows/win.ini'],
    ['malformed encoding', 'app://casedraft/%E0%A4%A'],
    ['other host', 'app://elsewhere/index.html'],
    ['host with a suffix', 'app://casedraft.evil/index.html'],
    ['port', 'app://casedraft:80/index.html'],
    ['user info', 'app://x@casedraft/index.html'],
    ['other scheme', 'file:///srv/app/out/renderer/index.html'],
  ])('rejects %s', (_name, url) => {
    expect(resolveRendererFilePath(url, ROOT)).toBeNull();
  });
});
