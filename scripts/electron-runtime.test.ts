import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  downloadFailedMessage,
  electronRuntimeMissing,
  installElectronRuntime,
} from './electron-runtime.mjs';

const realElectronDir = path.resolve('node_modules/electron');
const { version } = JSON.parse(await readFile(path.join(realElectronDir, 'package.json'), 'utf8')) as {
  version: string;
};
const artifact = `electron-v${version}-${process.platform}-${process.arch}.zip`;

/**
 * Electron's own installer, copied into a folder of the test's so the project's node_modules/electron is never
 * touched, and pointed at a mirror on loopback instead of the internet; its dependencies resolve from the
 * project's node_modules.
 */
async function installerCopy(root: string, mirror: string): Promise<{ dir: string; env: NodeJS.ProcessEnv }> {
  const dir = path.join(root, 'node_modules', 'electron');
  await mkdir(dir, { recursive: true });
  for (const file of ['install.js', 'package.json', 'checksums.json'])
    await copyFile(path.join(realElectronDir, file), path.join(dir, file));
  const env = {
    ...process.env,
    NODE_PATH: path.resolve('node_modules'),
    ELECTRON_MIRROR: mirror,
    electron_use_remote_checksums: '1',
    electron_config_cache: path.join(root, 'cache'),
  };
  return { dir, env };
}

/** A stand-in Electron release: a zip with an `electron` program and its version file, and its checksum list. */
function fakeRelease(checksumOf = (zip: Uint8Array) => createHash('sha256').update(zip).digest('hex')) {
  const zip = zipSync({
    electron: [new TextEncoder().encode('#!/bin/sh\n'), { os: 3, attrs: 0o755 << 16 }],
    version: new TextEncoder().encode(`v${version}`),
  });
  return { zip, shasums: `${checksumOf(zip)} *${artifact}\n` };
}

/** Where Electron's installer looks for a release on its mirror. */
function releaseFiles({
  zip,
  shasums,
}: {
  zip: Uint8Array;
  shasums: string;
}): Map<string, Uint8Array | string> {
  return new Map<string, Uint8Array | string>([
    [`/v${version}/${artifact}`, zip],
    [`/v${version}/SHASUMS256.txt`, shasums],
  ]);
}

function serve(
  files: Map<string, Uint8Array | string>,
): Promise<{ server: Server; url: string; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const body = files.get(request.url ?? '');
    response.writeHead(body === undefined ? 404 : 200).end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, requests }),
    ),
  );
}

// Each test starts Node processes, slow on a busy machine.
describe('the Electron runtime for npm start', { timeout: 60_000 }, () => {
  let root: string;
  let server: Server | undefined;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'casedraft-electron-'));
  });
  afterEach(async () => {
    server?.close();
    server = undefined;
    await rm(root, { recursive: true, force: true });
  });

  it('is downloaded by Electron’s own installer on the first start, and not again', async () => {
    const mirror = await serve(releaseFiles(fakeRelease()));
    server = mirror.server;
    const { dir, env } = await installerCopy(root, mirror.url);
    expect(electronRuntimeMissing(dir)).toBe(true);

    expect(await installElectronRuntime(dir, env)).toEqual({ ok: true });
    expect(electronRuntimeMissing(dir)).toBe(false);
    expect(await readFile(path.join(dir, 'dist', 'version'), 'utf8')).toBe(`v${version}`);

    const requestsAfterFirst = mirror.requests.length;
    expect(await installElectronRuntime(dir, env)).toEqual({ ok: true });
    expect(mirror.requests.length).toBe(requestsAfterFirst);
  });

  it('fails with one short line naming the browser version when nothing can be downloaded', async () => {
    const mirror = await serve(new Map());
    mirror.server.close();
    const { dir, env } = await installerCopy(root, mirror.url);

    const result = await installElectronRuntime(dir, env);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    const message = downloadFailedMessage(result.reason);
    expect(message).not.toContain('\n');
    expect(message).not.toMatch(/\bat .+:\d+:\d+/); // no stack frame
    expect(message.length).toBeLessThan(300);
    expect(message).toContain('npm run start:web');
    expect(message).toContain('no connection to its download server');
    expect(electronRuntimeMissing(dir)).toBe(true);
  });

  it('refuses a download whose checksum does not match, and says so in that line', async () => {
    const mirror = await serve(releaseFiles(fakeRelease(() => '0'.repeat(64))));
    server = mirror.server;
    const { dir, env } = await installerCopy(root, mirror.url);

    const result = await installElectronRuntime(dir, env);

    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/checksum/i) });
    expect(electronRuntimeMissing(dir)).toBe(true);
  });
});
