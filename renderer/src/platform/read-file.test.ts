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

  it('reads many chosen files in their order, and refuses them all for one too large', async () => {
    const files = [new File(['a'], 'a.cdsub'), new File(['bc'], 'b.cdsub')];
    const read = await readFilesBytes(files);
    expect(read.map(({ name, bytes }) => [name, bytes.byteLength])).toEqual([
      ['a.cdsub', 1],
      ['b.cdsub', 2],
    ]);
    Object.defineProperty(files[1], 'size', { value: MAX_FILE_BYTES + 1 });
    await expect(readFilesBytes(files)).rejects.toBeInstanceOf(FileTooLargeError);
  });

  it('has the same limit as pack archives, so the build tool never makes a pack the app cannot open', () => {
    expect(PACK_ZIP_LIMITS.maxArchiveBytes).toBe(MAX_FILE_BYTES);
  });
});
