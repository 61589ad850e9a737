import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../keys/base64';
import { largeBase64ToBytes, largeBytesToBase64 } from './base64-large';

describe('base64 of a large content', () => {
  it('is the same text as the keys’ base64, for every length’s remainder and every byte value', () => {
    const bytes = new Uint8Array(1027).map((_, index) => (index * 151 + 7) % 256);
    for (const length of [0, 1, 2, 3, 4, 5, 255, 256, 257, 1027]) {
      expect(largeBytesToBase64(bytes.subarray(0, length)), String(length)).toBe(
        bytesToBase64(bytes.subarray(0, length)),
      );
    }
  });

  it('reads back as the keys’ base64 reads, and refuses what that one refuses', () => {
    const bytes = new Uint8Array(1027).map((_, index) => (index * 151 + 7) % 256);
    for (const length of [0, 1, 2, 3, 4, 5, 255, 256, 257, 1027]) {
      const text = bytesToBase64(bytes.subarray(0, length));
      expect(largeBase64ToBytes(text), String(length)).toEqual(base64ToBytes(text));
    }
    for (const text of ['A', 'AA=', 'A===', 'AA=A', 'AB C', 'AB-_', 'AAÀA', '====', '=AAA']) {
      expect(largeBase64ToBytes(text), text).toBe(base64ToBytes(text));
    }
  });
});
