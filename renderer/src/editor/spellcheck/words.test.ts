import { describe, expect, it } from 'vitest';
import { b } from '../../domain/act/test-builders';
import { dictionaryForm, isCheckable, wordsInTextblock } from './words';

describe('isCheckable', () => {
  it.each(['привет', 'Истец', 'кто-то', 'сотқа', 'еще', 'cуд'])('checks %s', (word) => {
    expect(isCheckable(word)).toBe(true);
  });

  it.each([
    ['a number', '2024'],
    ['a word with a digit', 'п3'],
    ['a number with a case ending', '2024-м'],
    ['an abbreviation in capitals', 'ГПК'],
    ['an abbreviation with a case ending', 'ЖШС-ның'],
    ['a one-letter word', 'в'],
    ['a Latin word', 'Ltd'],
  ])('leaves %s alone (%s)', (_what, word) => {
    expect(isCheckable(word)).toBe(false);
  });
});

describe('wordsInTextblock', () => {
  it('finds the checkable words with their document positions', () => {
    const paragraph = b.paragraph('Суд, 12 мая, ГПК РК: превет!');
    const words = wordsInTextblock(paragraph, 10);
    expect(words.map(({ word }) => word)).toEqual(['Суд', 'мая', 'превет']);
    const [first, , last] = words;
    expect(first).toEqual({ word: 'Суд', from: 11, to: 14 });
    expect(last).toEqual({ word: 'превет', from: 32, to: 38 });
  });

  it('reads a word split across marks as one word', () => {
    const paragraph = b.paragraph('взыс', b.strong('кании'), ' долга');
    expect(wordsInTextblock(paragraph, 0).map(({ word }) => word)).toEqual(['взыскании', 'долга']);
  });

  it('never reads the text of a citation', () => {
    const citation = b.citation({ code: 'ГПК', article: '226', text: 'ст. 226 ГПК РК' });
    const paragraph = b.paragraph('согласно', citation, 'ответчик');
    const words = wordsInTextblock(paragraph, 0);
    expect(words.map(({ word }) => word)).toEqual(['согласно', 'ответчик']);
    // The citation is one position wide: the second word starts right after it.
    expect(words[1]).toEqual({ word: 'ответчик', from: 10, to: 18 });
  });
});

describe('dictionaryForm', () => {
  it('adds a capitalised word in lowercase and keeps inner capitals', () => {
    expect(dictionaryForm('Превет')).toBe('превет');
    expect(dictionaryForm('КазНУ')).toBe('КазНУ');
    expect(dictionaryForm('истица')).toBe('истица');
  });
});
