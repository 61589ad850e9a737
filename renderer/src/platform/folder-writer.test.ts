import { describe, expect, it } from 'vitest';
import { writeNewFileToFolder, type WritableFolder } from './folder-writer';

/**
 * A folder as the File System Access API shows one, in memory: names compared without case (as on Windows and
 * macOS), a written file visible only once its stream closes, as Chromium's swap file makes it.
 */
class MemoryFolder implements WritableFolder {
  readonly files = new Map<string, string>();
  readonly folders = new Set<string>();
  failWrites = false;

  constructor(files: Record<string, string> = {}) {
    for (const [name, text] of Object.entries(files)) this.files.set(name, text);
  }

  private find(name: string): string | undefined {
    return [...this.files.keys()].find((each) => each.toLowerCase() === name.toLowerCase());
  }

  getFileHandle = async (name: string, options?: FileSystemGetFileOptions) => {
    if ([...this.folders].some((each) => each.toLowerCase() === name.toLowerCase())) {
      throw new DOMException('a folder', 'TypeMismatchError');
    }
    const existing = this.find(name);
    if (existing === undefined && !options?.create) throw new DOMException('none', 'NotFoundError');
    const key = existing ?? name;
    if (existing === undefined) this.files.set(key, '');
    let written = '';
    const handle = {
      createWritable: async () => ({
        write: async (bytes: Uint8Array) => {
          if (this.failWrites) throw new DOMException('disk full', 'QuotaExceededError');
          written += new TextDecoder().decode(bytes);
        },
        close: async () => void this.files.set(key, written),
        abort: async () => undefined,
      }),
    };
    return handle as unknown as FileSystemFileHandle;
  };

  removeEntry = async (name: string) => {
    this.files.delete(this.find(name) ?? name);
  };
}

const encode = (text: string) => new TextEncoder().encode(text);

describe('writeNewFileToFolder', () => {
  it('writes a file under its own name when the name is free', async () => {
    const folder = new MemoryFolder();
    expect(await writeNewFileToFolder(folder, 'Иванов-loan.cdfb', encode('отзыв'))).toBe('Иванов-loan.cdfb');
    expect(Object.fromEntries(folder.files)).toEqual({ 'Иванов-loan.cdfb': 'отзыв' });
  });

  it('never overwrites: a taken name gets (2), then (3), and the files there keep their content', async () => {
    const folder = new MemoryFolder({ 'Иванов-loan.cdfb': 'прошлый год', 'Иванов-loan (2).cdfb': 'коллега' });

    const first = await writeNewFileToFolder(folder, 'Иванов-loan.cdfb', encode('новый'));
    const second = await writeNewFileToFolder(folder, 'Иванов-loan.cdfb', encode('тёзка'));

    expect([first, second]).toEqual(['Иванов-loan (3).cdfb', 'Иванов-loan (4).cdfb']);
    expect(Object.fromEntries(folder.files)).toEqual({
      'Иванов-loan.cdfb': 'прошлый год',
      'Иванов-loan (2).cdfb': 'коллега',
      'Иванов-loan (3).cdfb': 'новый',
      'Иванов-loan (4).cdfb': 'тёзка',
    });
  });

  it('takes a name that differs only in case, or a folder of that name, as taken', async () => {
    const folder = new MemoryFolder({ 'иванов-loan.cdfb': 'kept' });
    folder.folders.add('Иванов-loan (2).cdfb');
    expect(await writeNewFileToFolder(folder, 'Иванов-loan.cdfb', encode('новый'))).toBe(
      'Иванов-loan (3).cdfb',
    );
    expect(folder.files.get('иванов-loan.cdfb')).toBe('kept');
  });

  it('leaves nothing behind when the write fails', async () => {
    const folder = new MemoryFolder({ 'a.cdfb': 'kept' });
    folder.failWrites = true;
    await expect(writeNewFileToFolder(folder, 'a.cdfb', encode('x'))).rejects.toThrow('disk full');
    expect(Object.fromEntries(folder.files)).toEqual({ 'a.cdfb': 'kept' });
  });
});
