import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64';

describe('base64', () => {
  it('round-trips bytes of every length and value, including large ones', () => {
    for (let length = 0; length < 70; length++) {
      const bytes = Uint8Array.from({ length }, (_, index) => (index * 37 + length) & 0xff);
      expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    }
    const large = Uint8Array.from({ length: 70_000 }, (_, index) => index & 0xff);
    expect(base64ToBytes(bytesToBase64(large))).toEqual(large);
  });

  it('writes standard base64 with padding', () => {
    expect(bytesToBase64(new TextEncoder().encode('Иск'))).toBe('0JjRgdC6');
    expect(bytesToBase64(Uint8Array.of(0xfb, 0xff))).toBe('+/8=');
    expect(bytesToBase64(Uint8Array.of(1))).toBe('AQ==');
  });

  it('reads nothing from text that is not base64', () => {
    for (const text of ['AQ=', 'A', 'AQ==AQ==', '-_8=', 'AQ== ', ' AQ==', 'AQ\n==', 'Иск=', 'A===']) {
      expect(base64ToBytes(text), text).toBeUndefined();
    }
  });

  it('reads nothing from a spelling whose unused last bits are set: each value has one spelling only', () => {
    // 'AQ==' is the byte 1; 'AR==' and 'AB==' decode to it too in a lenient reader, and would let a file be
    // changed without its bytes changing (a signature or a sealed file that still checks after a byte was edited).
    expect(base64ToBytes('AR==')).toBeUndefined();
    expect(base64ToBytes('AB==')).toBeUndefined();
    expect(base64ToBytes('+/9=')).toBeUndefined();
    expect(base64ToBytes('AQ==')).toEqual(Uint8Array.of(1));
    expect(base64ToBytes('+/8=')).toEqual(Uint8Array.of(0xfb, 0xff));
  });
});
