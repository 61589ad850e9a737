import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { sha256Hex } from './sha256';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops white space', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'я' } })).toBe(
      '{"a":{"c":"я","d":[3,{"y":null,"z":true}]},"b":1}',
    );
  });

  it('gives the same text whatever the key order', () => {
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });

  it('orders keys by UTF-16 code unit, not by code point or locale, and leaves out undefined values', () => {
    // U+1F600 is the surrogate pair D83D DE00, so it comes before U+FF5E by code unit (after it by code point).
    expect(canonicalJson({ '～': 1, '😀': 2, b: 3, B: 4, é: 5, z: undefined, '': [false] })).toBe(
      '{"":[false],"B":4,"b":3,"é":5,"😀":2,"～":1}',
    );
  });

  it('writes what JSON.stringify writes for the same data in sorted order', () => {
    const data = { s: 'кавычка " и \\ и \n', n: [0, -1.5, 1e21, 2e-7], nested: [[], {}, [{ a: null }]] };
    expect(canonicalJson(data)).toBe(JSON.stringify({ n: data.n, nested: data.nested, s: data.s }));
  });

  it('refuses numbers JSON cannot carry', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
  });
});

describe('sha256Hex', () => {
  it('matches the published digest of "abc"', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
