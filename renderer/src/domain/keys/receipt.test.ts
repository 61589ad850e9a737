import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base32, grouped } from './base32';
import { utf8 } from './digest';
import { receiptCode } from './receipt';
import { withByteChanged } from './test-support';

const file = utf8('{"format":"casedraft.submission","formatVersion":3,"sealed":{}}\n');

describe('receiptCode', () => {
  it('is ten characters in two groups, from the SHA-256 of the file’s bytes', async () => {
    const code = await receiptCode(file);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    const digest = new Uint8Array(createHash('sha256').update(file).digest());
    expect(code).toBe(grouped(base32(digest, 10), 5));
  });

  it('is the same for the same bytes, on either side of the hand-in', async () => {
    expect(await receiptCode(file)).toBe(await receiptCode(file.slice()));
  });

  it('changes when any single byte of the file changes, or a byte is added or removed', async () => {
    const original = await receiptCode(file);
    const codes = new Set<string>([original]);
    for (let index = 0; index < file.length; index++) {
      codes.add(await receiptCode(withByteChanged(file, index)));
    }
    codes.add(await receiptCode(file.slice(0, -1)));
    codes.add(await receiptCode(utf8(`${new TextDecoder().decode(file)} `)));
    expect(codes.size).toBe(file.length + 3);
  });
});
