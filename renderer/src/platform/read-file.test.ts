import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../electron/ipc/limits';
import { PACK_ZIP_LIMITS } from '../domain/pack/zip/zip-limits';
import { FileTooLargeError, readFileBytes, readFilesBytes } from './read-file';

describe('reading a chosen file', () => {
  it('refuses a file larger than the app opens, saying how large', async () => {
    const file = new File([new Uint8Array(8)], 'huge.cdpack');
    Object.defineProperty(file, 'size', { value: MAX_FILE_BYTES + 1 });
    await expect(readFileBytes(file)).rejects.toEqual(new FileTooLargeError(MAX_FILE_BYTES + 1));
  });

  it('reads many chosen files in their order, leaving one too large unread but named, and reads the rest', async () => {
    const files = [new File(['a'], 'a.cdsub'), new File(['bc'], 'b.cdsub'), new File(['def'], 'c.cdsub')];
    Object.defineProperty(files[1], 'size', { value: MAX_FILE_BYTES + 1 });
    const read = await readFilesBytes(files);
    expect(read.map((file) => ['bytes' in file ? file.bytes.byteLength : 'unread', file.name])).toEqual([
      [1, 'a.cdsub'],
      ['unread', 'b.cdsub'],
      [3, 'c.cdsub'],
    ]);
    expect(read[1]).toEqual({ name: 'b.cdsub', size: MAX_FILE_BYTES + 1 });
  });

  it('has the same limit as pack archives, so the build tool never makes a pack the app cannot open', () => {
    expect(PACK_ZIP_LIMITS.maxArchiveBytes).toBe(MAX_FILE_BYTES);
  });
});
