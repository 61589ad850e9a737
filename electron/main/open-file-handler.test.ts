import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES } from '../ipc/limits';
import { openFile } from './open-file-handler';

const showOpenDialog = vi.hoisted(() => vi.fn());

vi.mock('electron', () => ({ dialog: { showOpenDialog } }));

const window = {} as BrowserWindow;
const request = { title: 'Открыть пакет дела', filters: [{ name: 'Пакет', extensions: ['cdpack'] }] };
let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'casedraft-open-'));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

beforeEach(() => showOpenDialog.mockReset());

describe('openFile', () => {
  it('shows the dialog with the given title and filters, for a single file', async () => {
    showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await openFile(request, window);
    expect(showOpenDialog).toHaveBeenCalledWith(window, {
      title: request.title,
      filters: request.filters,
      properties: ['openFile'],
    });
  });

  it('returns the base name and bytes, never the path', async () => {
    const filePath = path.join(directory, 'дело-42.cdpack');
    await writeFile(filePath, 'case pack');
    showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [filePath] });

    const opened = await openFile(request, window);

    expect(opened?.name).toBe('дело-42.cdpack');
    expect(new TextDecoder().decode(opened?.bytes)).toBe('case pack');
  });

  it('returns null when the dialog is cancelled', async () => {
    showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await openFile(request, window)).toBeNull();
  });

  it('refuses a file over the size limit with a clear error', async () => {
    const filePath = path.join(directory, 'huge.cdpack');
    // Sparse on common file systems: the size is reported without writing 200 MB.
    await writeFile(filePath, '');
    await truncate(filePath, MAX_FILE_BYTES + 1);
    showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [filePath] });

    await expect(openFile(request, window)).rejects.toThrow(
      /"huge.cdpack" is 200\.0 MB; files larger than 200 MB/,
    );
  });

  it('accepts a file exactly at the size limit', async () => {
    const filePath = path.join(directory, 'limit.cdpack');
    await writeFile(filePath, '');
    await truncate(filePath, MAX_FILE_BYTES);
    showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [filePath] });

    expect((await openFile(request, window))?.bytes.byteLength).toBe(MAX_FILE_BYTES);
  });
});
