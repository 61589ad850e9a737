import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveFileRequest } from '../ipc/contract';
import { saveFile } from './save-file-handler';

const electron = vi.hoisted(() => ({
  showSaveDialog: vi.fn(),
  getPath: vi.fn(),
}));

vi.mock('electron', () => ({
  app: { getPath: electron.getPath },
  dialog: { showSaveDialog: electron.showSaveDialog },
}));

const window = {} as BrowserWindow;
let documentsDir: string;

const request: SaveFileRequest = {
  title: 'Сохранить работу',
  suggestedName: '../../Иванов-civil-loan.cdsub',
  filters: [{ name: 'Работа', extensions: ['cdsub'] }],
  bytes: new TextEncoder().encode('{"act":"решение"}'),
};

beforeEach(async () => {
  documentsDir = await mkdtemp(path.join(tmpdir(), 'casedraft-save-'));
  electron.getPath.mockImplementation((name: string) => {
    if (name === 'documents') return documentsDir;
    throw new Error(`unexpected path ${name}`);
  });
  electron.showSaveDialog.mockReset();
});

afterEach(async () => {
  await rm(documentsDir, { recursive: true, force: true });
});

describe('saveFile', () => {
  it('suggests the sanitised name in Documents, with the given title and filters', async () => {
    electron.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await saveFile(request, window);
    expect(electron.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        title: request.title,
        defaultPath: path.join(documentsDir, 'Иванов-civil-loan.cdsub'),
        filters: request.filters,
      }),
    );
  });

  it('writes the complete file where the user chose and returns its base name', async () => {
    const target = path.join(documentsDir, 'мой ответ.cdsub');
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });

    expect(await saveFile(request, window)).toEqual({ saved: true, name: 'мой ответ.cdsub' });
    expect(new Uint8Array(await readFile(target))).toEqual(request.bytes);
    expect(await readdir(documentsDir)).toEqual(['мой ответ.cdsub']);
  });

  it('replaces an existing file with the complete new content', async () => {
    const target = path.join(documentsDir, 'answer.cdsub');
    await writeFile(target, 'an older and much longer version of the answer that must not survive in part');
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });

    await saveFile(request, window);

    expect(await readFile(target, 'utf8')).toBe('{"act":"решение"}');
  });

  it('reports a cancelled dialog and writes nothing', async () => {
    electron.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await saveFile(request, window)).toEqual({ saved: false });
    expect(await readdir(documentsDir)).toEqual([]);
  });

  it('falls back to the home folder when the OS has no Documents folder', async () => {
    electron.getPath.mockImplementation((name: string) => {
      if (name === 'home') return '/home/candidate';
      throw new Error('Failed to get documents path');
    });
    electron.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await saveFile(request, window);
    expect(electron.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ defaultPath: path.join('/home/candidate', 'Иванов-civil-loan.cdsub') }),
    );
  });
});
