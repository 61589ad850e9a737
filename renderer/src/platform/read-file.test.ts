import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../electron/ipc/limits';
import { PACK_ZIP_LIMITS } from '../domain/pack/zip/zip-limits';
import { FileTooLargeError, readFileBytes } from './read-file';

describe('reading a chosen file', () => {
  it('refuses a file larger than the app opens, saying how large', async () => {
    const file = new File([new Uint8Array(8)], 'huge.cdpack');
    Object.defineProperty(file, 'size', { value: MAX_FILE_BYTES + 1 });
    await expect(readFileBytes(file)).rejects.toEqual(new FileTooLargeError(MAX_FILE_BYTES + 1));
  });

  it('has the same limit as pack archives, so the build tool never makes a pack the app cannot open', () => {
    expect(PACK_ZIP_LIMITS.maxArchiveBytes).toBe(MAX_FILE_BYTES);
  });
});
