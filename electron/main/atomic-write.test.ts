import type * as fsPromises from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { numberedFileName, writeFileAtomically, writeNewFileAtomically } from './atomic-write';

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

describe('writeNewFileAtomically', () => {
  it('writes under the name asked for when it is free', async () => {
    expect(await writeNewFileAtomically(directory, 'Иванов.cdfb', newContent)).toBe('Иванов.cdfb');
    expect(new Uint8Array(await readFile(path.join(directory, 'Иванов.cdfb')))).toEqual(newContent);
    expect(await readdir(directory)).toEqual(['Иванов.cdfb']);
  });

  it('never replaces a file: a taken name gets the first free number', async () => {
    await writeFile(path.join(directory, 'Иванов.cdfb'), 'kept');
    await writeFile(path.join(directory, 'Иванов (2).cdfb'), 'kept too');

    expect(await writeNewFileAtomically(directory, 'Иванов.cdfb', newContent)).toBe('Иванов (3).cdfb');

    expect(await readFile(path.join(directory, 'Иванов.cdfb'), 'utf8')).toBe('kept');
    expect(await readFile(path.join(directory, 'Иванов (2).cdfb'), 'utf8')).toBe('kept too');
    expect(new Uint8Array(await readFile(path.join(directory, 'Иванов (3).cdfb')))).toEqual(newContent);
  });

  it('gives up on the name its claim took, and leaves no temporary file, when the write fails', async () => {
    await writeFile(path.join(directory, 'Иванов.cdfb'), 'kept');
    renameHook.before = () => Promise.reject(new Error('disk full'));

    await expect(writeNewFileAtomically(directory, 'Иванов.cdfb', newContent)).rejects.toThrow('disk full');

    expect(await readdir(directory)).toEqual(['Иванов.cdfb']);
    expect(await readFile(path.join(directory, 'Иванов.cdfb'), 'utf8')).toBe('kept');
  });

  it.each([
    ['a.cdfb', 2, 'a (2).cdfb'],
    ['Иванов-loan.cdfb', 12, 'Иванов-loan (12).cdfb'],
    ['no-extension', 3, 'no-extension (3)'],
  ])('numbers %s as %s → %s', (name, count, numbered) => {
    expect(numberedFileName(name, count)).toBe(numbered);
  });
});
