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
