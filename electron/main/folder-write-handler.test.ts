import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseFolder, writeToFolder } from './folder-write-handler';

const electron = vi.hoisted(() => ({ showOpenDialog: vi.fn(), getPath: vi.fn() }));

vi.mock('electron', () => ({
  app: { getPath: electron.getPath },
  dialog: { showOpenDialog: electron.showOpenDialog },
}));

const window = {} as BrowserWindow;
const encode = (text: string) => new TextEncoder().encode(text);
let documentsDir: string;
let folder: string;

beforeEach(async () => {
  documentsDir = await mkdtemp(path.join(tmpdir(), 'casedraft-folder-'));
  folder = path.join(documentsDir, 'Отзывы');
  await mkdir(folder);
  electron.getPath.mockReturnValue(documentsDir);
  electron.showOpenDialog.mockReset();
});

afterEach(async () => {
  await rm(documentsDir, { recursive: true, force: true });
});

/** The user picks `folder` in the dialog; the token the renderer gets for it. */
async function choose(): Promise<string> {
  electron.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [folder] });
  const result = await chooseFolder({ title: 'Папка' }, window);
  if (!result.chosen) throw new Error('the folder was not chosen');
  return result.folder;
}

describe('chooseFolder', () => {
  it('asks for a folder, starting in Documents, and gives its name and a token, never its path', async () => {
    electron.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [folder] });
    const result = await chooseFolder({ title: 'Папка для отзывов' }, window);

    expect(electron.showOpenDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        title: 'Папка для отзывов',
        defaultPath: documentsDir,
        properties: expect.arrayContaining(['openDirectory']),
      }),
    );
    expect(result).toEqual({ chosen: true, folder: expect.any(String), name: 'Отзывы' });
    expect(JSON.stringify(result)).not.toContain(documentsDir);
  });

  it('reports a cancelled dialog', async () => {
    electron.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await chooseFolder({ title: 'Папка' }, window)).toEqual({ chosen: false });
  });
});

describe('writeToFolder', () => {
  it('writes each file complete into the chosen folder', async () => {
    const token = await choose();
    expect(await writeToFolder({ folder: token, name: 'Иванов-loan.cdfb', bytes: encode('первый') })).toEqual(
      {
        name: 'Иванов-loan.cdfb',
      },
    );
    expect(await writeToFolder({ folder: token, name: 'Петров-loan.cdfb', bytes: encode('второй') })).toEqual(
      {
        name: 'Петров-loan.cdfb',
      },
    );
    expect((await readdir(folder)).sort()).toEqual(['Иванов-loan.cdfb', 'Петров-loan.cdfb']);
    expect(await readFile(path.join(folder, 'Петров-loan.cdfb'), 'utf8')).toBe('второй');
  });

  it('never replaces a file already there: a taken name gets (2), then (3)', async () => {
    await writeFile(path.join(folder, 'Иванов-loan.cdfb'), 'last year’s feedback');
    await writeFile(path.join(folder, 'Иванов-loan (2).cdfb'), 'another trainer’s feedback');
    const token = await choose();

    const first = await writeToFolder({ folder: token, name: 'Иванов-loan.cdfb', bytes: encode('новый') });
    const second = await writeToFolder({ folder: token, name: 'Иванов-loan.cdfb', bytes: encode('тёзка') });

    expect([first.name, second.name]).toEqual(['Иванов-loan (3).cdfb', 'Иванов-loan (4).cdfb']);
    expect(await readFile(path.join(folder, 'Иванов-loan.cdfb'), 'utf8')).toBe('last year’s feedback');
    expect(await readFile(path.join(folder, 'Иванов-loan (2).cdfb'), 'utf8')).toBe(
      'another trainer’s feedback',
    );
    expect(await readFile(path.join(folder, 'Иванов-loan (3).cdfb'), 'utf8')).toBe('новый');
    expect(await readFile(path.join(folder, 'Иванов-loan (4).cdfb'), 'utf8')).toBe('тёзка');
    expect(await readdir(folder)).toHaveLength(4);
  });

  it('keeps the file in the folder chosen, whatever directory part the name carries', async () => {
    const token = await choose();
    const { name } = await writeToFolder({ folder: token, name: '../../escape.cdfb', bytes: encode('x') });
    expect(name).toBe('escape.cdfb');
    expect(await readdir(folder)).toEqual(['escape.cdfb']);
    expect(await readdir(documentsDir)).toEqual(['Отзывы']);
  });

  it('refuses a token it did not give, writing nothing', async () => {
    await expect(
      writeToFolder({ folder: '5b0f4a52-8a61-4c1b-9d0e-3f8f2f7c1a20', name: 'a.cdfb', bytes: encode('x') }),
    ).rejects.toThrow(/No folder was chosen/);
    expect(await readdir(folder)).toEqual([]);
  });

  it('fails, creating nothing, when the chosen folder is gone', async () => {
    const token = await choose();
    await rm(folder, { recursive: true });
    await expect(writeToFolder({ folder: token, name: 'a.cdfb', bytes: encode('x') })).rejects.toThrow();
    expect(await readdir(documentsDir)).toEqual([]);
  });
});
