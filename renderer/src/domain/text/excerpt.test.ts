import { describe, expect, it } from 'vitest';
import { excerpt, excerptOfJson, MAX_EXCERPT } from './excerpt';

describe('excerpt', () => {
  it('quotes short input whole', () => {
    expect(excerpt('manifest.json')).toBe('manifest.json');
    expect(excerpt('x'.repeat(MAX_EXCERPT))).toBe('x'.repeat(MAX_EXCERPT));
  });

  it('quotes a 19 MB value as its start and end around an ellipsis', () => {
    const huge = `start${'x'.repeat(19 * 1024 * 1024)}end`;
    const quoted = excerpt(huge);
    expect(quoted.length).toBeLessThanOrEqual(MAX_EXCERPT);
    expect(quoted).toMatch(/^startx+…x+end$/);
  });

  it('never splits a character written as two code units', () => {
    const quoted = excerpt('𝕏'.repeat(200));
    expect(quoted).toMatch(/^(𝕏)+…(𝕏)+$/u);
  });
});

describe('excerptOfJson', () => {
  it('quotes scalars as written and lists and objects by their brackets alone', () => {
    expect(excerptOfJson(4)).toBe('4');
    expect(excerptOfJson(undefined)).toBe('undefined');
    expect(excerptOfJson('4')).toBe('"4"');
    expect(excerptOfJson('9'.repeat(1000)).length).toBeLessThanOrEqual(MAX_EXCERPT + 2);
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(excerptOfJson(deep)).toBe('[…]');
    expect(excerptOfJson({ a: 1 })).toBe('{…}');
  });
});
