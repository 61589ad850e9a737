import type * as fsPromises from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomically } from './atomic-write';

/** Lets a test look at the disk at the moment of the rename, or make the rename fail like a crash would. */
const renameHook = vi.hoisted(() => ({
  before: undefined as undefined | ((from: string, to: string) => Promise<void>),
}));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fsPromises>();
  return {
    ...actual,
    rename: async (from: string, to: string) => {
      await renameHook.before?.(from, to);
      return actual.rename(from, to);
    },
  };
});

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'casedraft-atomic-'));
  renameHook.before = undefined;
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

const newContent = new TextEncoder().encode('Решение суда: иск удовлетворить.'.repeat(1000));

describe('writeFileAtomically', () => {
  it('writes the complete content to a new file and leaves no temporary file', async () => {
    const target = path.join(directory, 'решение.cdsub');
    await writeFileAtomically(target, newContent);
    expect(new Uint8Array(await readFile(target))).toEqual(newContent);
    expect(await readdir(directory)).toEqual(['решение.cdsub']);
  });

  it('replaces an existing file only once the new content is fully written beside it', async () => {
    const target = path.join(directory, 'решение.cdsub');
    await writeFile(target, 'old version');
    const seenAtRename: { target?: string; temp?: Uint8Array; sameDirectory?: boolean } = {};
    renameHook.before = async (from, to) => {
      seenAtRename.target = await readFile(to, 'utf8');
      seenAtRename.temp = new Uint8Array(await readFile(from));
      seenAtRename.sameDirectory = path.dirname(from) === path.dirname(to);
    };

    await writeFileAtomically(target, newContent);

    expect(seenAtRename.target).toBe('old version');
    expect(seenAtRename.temp).toEqual(newContent);
    expect(seenAtRename.sameDirectory).toBe(true);
    expect(new Uint8Array(await readFile(target))).toEqual(newContent);
  });

  it('keeps the old file intact and cleans up when the write fails before the rename', async () => {
    const target = path.join(directory, 'решение.cdsub');
    await writeFile(target, 'old version');
    renameHook.before = () => Promise.reject(new Error('simulated crash'));

    await expect(writeFileAtomically(target, newContent)).rejects.toThrow('simulated crash');

    expect(await readFile(target, 'utf8')).toBe('old version');
    expect(await readdir(directory)).toEqual(['решение.cdsub']);
  });

  it('reports a target directory that does not exist', async () => {
    await expect(writeFileAtomically(path.join(directory, 'missing', 'a.cdsub'), newContent)).rejects.toThrow(
      /ENOENT/,
    );
  });
});
