import russian from 'dictionary-ru';
import { describe, expect, it } from 'vitest';
import kazakhAff from '../../../dictionaries/kk/kk_KZ.aff?raw';
import kazakhDic from '../../../dictionaries/kk/kk_KZ.dic?raw';
import { HunspellDictionary } from './hunspell-dictionary';

// The dictionaries the app ships: Russian from the dictionary-ru package, Kazakh from renderer/dictionaries/kk.
const decoder = new TextDecoder();
const ru = new HunspellDictionary(decoder.decode(russian.aff), decoder.decode(russian.dic));
const kk = new HunspellDictionary(kazakhAff, kazakhDic);

const misspelt = (dictionary: HunspellDictionary, sentence: string) =>
  sentence.split(/[^\p{L}-]+/u).filter((word) => word && !dictionary.isCorrect(word));

describe('the Russian dictionary', () => {
  it('finds no error in a correct sentence of a court decision', () => {
    const sentence =
      'Суд, рассмотрев в открытом судебном заседании гражданское дело по иску о взыскании задолженности ' +
      'по договору займа, установил, что ответчик не возвратил истцу полученные денежные средства ' +
      'и ещё не уплатил проценты за пользование чужими деньгами.';
    expect(misspelt(ru, sentence)).toEqual([]);
  });

  it('accepts «привет» and flags «превет», suggesting «привет» first', () => {
    expect(ru.isCorrect('привет')).toBe(true);
    expect(ru.isCorrect('превет')).toBe(false);
    expect(ru.suggest('превет')[0]).toBe('привет');
  });

  it('finds the misspelt words of a sentence', () => {
    expect(misspelt(ru, 'Истец обратился в суд с исковым заевлением к атветчику.')).toEqual([
      'заевлением',
      'атветчику',
    ]);
  });

  it('accepts a capitalised word and one in capitals, and suggests in the same case', () => {
    expect(ru.isCorrect('Ответчик')).toBe(true);
    expect(ru.isCorrect('ОТВЕТЧИК')).toBe(true);
    expect(ru.suggest('Ответчек')).toContain('Ответчик');
  });

  it('checks a hyphenated word piece by piece', () => {
    expect(ru.isCorrect('кто-то')).toBe(true);
    expect(ru.isCorrect('северо-восток')).toBe(true);
    expect(ru.isCorrect('северо-васток')).toBe(false);
  });

  it('gives at most five suggestions', () => {
    expect(ru.suggest('сут').length).toBeLessThanOrEqual(5);
    expect(ru.suggest('сут').length).toBeGreaterThan(0);
  });
});

describe('the Kazakh dictionary', () => {
  it('checks a sentence with ә, ғ, қ, ң, ө, ұ, ү, һ and і correctly', () => {
    const sentence =
      'Сот шешім қабылдады: әділ заң бойынша азаматтық істі қарады, мұғалім мен оқушы және ' +
      'өкілі келді, үкім шықты, һәм ақшаны өндіру туралы сұрады.';
    expect(misspelt(kk, sentence)).toEqual([]);
  });

  it('flags a word written with a Russian letter for a Kazakh one and suggests the right one', () => {
    expect(kk.isCorrect('мұғалім')).toBe(true);
    expect(kk.isCorrect('мұгалім')).toBe(false);
    expect(kk.suggest('мұгалім')).toEqual(['мұғалім']);
    expect(kk.isCorrect('шешимі')).toBe(false);
    expect(kk.suggest('шешимі')).toContain('шешімі');
  });
});

describe('HunspellDictionary', () => {
  it("accepts the trainee's own words, a lowercase one also capitalised", () => {
    const dictionary = new HunspellDictionary('SET UTF-8\nTRY ае', '1\nдом\n');
    expect(dictionary.isCorrect('Караганда')).toBe(false);
    dictionary.addOwnWord('караганда');
    expect(dictionary.isCorrect('Караганда')).toBe(true);
    expect(dictionary.isCorrect('караганда')).toBe(true);
  });

  it('applies suffix rules only to stems that carry their flag and meet their condition', () => {
    const aff = 'SET UTF-8\nSFX A Y 2\nSFX A 0 а [^ь]\nSFX A ь я ь\n';
    const dictionary = new HunspellDictionary(aff, '3\nдом/A\nконь/A\nкот\n');
    expect(['дом', 'дома', 'коня'].every((word) => dictionary.isCorrect(word))).toBe(true);
    expect(['кота', 'коньа', 'домя'].some((word) => dictionary.isCorrect(word))).toBe(false);
  });

  it('refuses an affix file that needs more than it implements, instead of checking wrongly', () => {
    expect(() => new HunspellDictionary('SET UTF-8\nPFX A Y 1\nPFX A 0 не .\n', '0\n')).toThrow(/PFX/);
    expect(() => new HunspellDictionary('SET KOI8-R\n', '0\n')).toThrow(/UTF-8/);
    expect(() => new HunspellDictionary('SFX A Y 1\nSFX A 0 а/B .\n', '0\n')).toThrow(/own flags/);
  });
});
