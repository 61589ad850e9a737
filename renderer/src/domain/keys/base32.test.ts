import { describe, expect, it } from 'vitest';
import { base32, grouped, normalizeCode } from './base32';

/** The same encoding spelled out bit by bit, as docs/formats/trainer-keys.md describes it. */
function base32ByBits(bytes: Uint8Array, length: number): string {
  const bits = Array.from(bytes, (byte) => byte.toString(2).padStart(8, '0')).join('');
  let text = '';
  for (let at = 0; at + 5 <= bits.length && text.length < length; at += 5) {
    text += '0123456789ABCDEFGHJKMNPQRSTVWXYZ'[parseInt(bits.slice(at, at + 5), 2)];
  }
  return text;
}

describe('base32', () => {
  it('spells the first bits of the bytes in Crockford’s alphabet, five bits a character', () => {
    expect(base32(Uint8Array.of(0, 0, 0, 0, 0), 8)).toBe('00000000');
    expect(base32(Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff), 8)).toBe('ZZZZZZZZ');
    for (let round = 0; round < 50; round++) {
      const bytes = crypto.getRandomValues(new Uint8Array(32));
      for (const length of [8, 10, 12, 51]) expect(base32(bytes, length)).toBe(base32ByBits(bytes, length));
    }
  });

  it('never uses I, L, O or U, the letters read as digits or as each other', () => {
    const text = base32(crypto.getRandomValues(new Uint8Array(4000)), 6400);
    expect(text).toHaveLength(6400);
    expect(text).toMatch(/^[0-9A-HJKMNP-TV-Z]+$/);
  });
});

describe('grouped', () => {
  it('puts a dash between groups, the last group shorter when it falls so', () => {
    expect(grouped('K7Q2M9XD4H', 5)).toBe('K7Q2M-9XD4H');
    expect(grouped('7KQ2M9XD4HPA', 4)).toBe('7KQ2-M9XD-4HPA');
    expect(grouped('ABCDEFG', 4)).toBe('ABCD-EFG');
    expect(grouped('', 4)).toBe('');
  });
});

describe('normalizeCode', () => {
  it('ignores case, spaces and dashes, and reads O as 0 and I or L as 1', () => {
    for (const typed of ['k7q2-m9xd', 'K7Q2 M9XD', ' k7q2m9xd ', 'K7Q2--M9XD', 'K7Q2\tM9XD']) {
      expect(normalizeCode(typed), typed).toBe('K7Q2M9XD');
    }
    expect(normalizeCode('O1lI-oL')).toBe('011101');
  });
});
