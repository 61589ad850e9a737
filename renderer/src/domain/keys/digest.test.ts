import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { concatBytes, sha256Bytes, utf8 } from './digest';

describe('digest helpers', () => {
  it('hash bytes with SHA-256', async () => {
    const bytes = utf8('Решение суда');
    expect(Buffer.from(await sha256Bytes(bytes)).toString('hex')).toBe(
      createHash('sha256').update(bytes).digest('hex'),
    );
  });

  it('join byte arrays in order, empty ones included', () => {
    expect(concatBytes([Uint8Array.of(1, 2), new Uint8Array(), Uint8Array.of(3)])).toEqual(
      Uint8Array.of(1, 2, 3),
    );
    expect(concatBytes([])).toEqual(new Uint8Array());
  });

  it('write text as UTF-8', () => {
    expect(utf8('Әі')).toEqual(Uint8Array.of(0xd3, 0x98, 0xd1, 0x96));
  });
});
