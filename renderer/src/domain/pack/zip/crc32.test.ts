import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32';

describe('crc32', () => {
  it('gives the standard check value for "123456789"', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('continues over chunks as over the whole', () => {
    const bytes = new TextEncoder().encode('Исковое заявление о взыскании долга');
    expect(crc32(bytes.subarray(10), crc32(bytes.subarray(0, 10)))).toBe(crc32(bytes));
  });

  it('agrees with the bit-by-bit definition for every length and offset around its 8-byte steps', () => {
    const bytes = Uint8Array.from({ length: 64 }, (_, i) => (i * 151 + 17) & 0xff);
    for (let start = 0; start < 8; start++) {
      for (let end = start; end <= bytes.length; end++) {
        const slice = bytes.subarray(start, end);
        expect(crc32(slice)).toBe(bitwiseCrc32(slice));
      }
    }
  });
});

function bitwiseCrc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return ~crc >>> 0;
}
