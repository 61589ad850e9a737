import { describe, expect, it } from 'vitest';
import { countWords } from './word-count';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['Суд установил:', 2],
    ['кое-что, 2026-го года', 3],
    ['Сот шешімі қабылданды.', 3],
    ['ст. 226 ГПК РК', 4],
    ['«Истец» — Сейткали Б.М.', 3],
    ['п. 1 ч. 2 ст. 397 УПК', 7],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});

describe('countWords on any text', () => {
  // The definition, as the count was made before it was written as a loop.
  const byDefinition = (text: string) => [...text.matchAll(/[^\s]*[\p{L}\p{N}][^\s]*/gu)].length;
  // Letters and digits of several scripts (one beyond the first 65,536 code points), spaces of several kinds,
  // punctuation, a combining accent, an emoji, and lone surrogates.
  const PIECES = [
    'а',
    'Ә',
    'x',
    '7',
    '٣',
    'Ⅻ',
    '𝐀',
    ' ',
    '\u00a0',
    '\t',
    '\n',
    '\u2003',
    '\ufeff',
    '-',
    '.',
    '«',
    '\u0301',
    '😀',
    '\ud800',
    '\udc00',
  ];

  it('counts as the definition does', () => {
    let seed = 1;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let sample = 0; sample < 2000; sample++) {
      const length = Math.floor(random() * 30);
      const text = Array.from({ length }, () => PIECES[Math.floor(random() * PIECES.length)]).join('');
      expect(countWords(text), JSON.stringify(text)).toBe(byDefinition(text));
    }
  });
});
