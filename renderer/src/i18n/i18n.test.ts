import { describe, expect, it } from 'vitest';
import { formatMessage } from './format-message';
import { UI_LOCALES, localeFromSystem } from './locales';
import { catalogs } from './messages';

const en = catalogs.en;

/** The parameter names a message uses, e.g. `{name}` and `{count, plural, …}` → name, count. */
function parameters(message: string): string[] {
  return [...message.matchAll(/\{(\w+)(?:,[^{}]*(?:\{[^{}]*\}[^{}]*)*)?\}/g)]
    .map((match) => match[1] ?? '')
    .sort();
}

describe('catalogs', () => {
  it.each(UI_LOCALES)('%s translates every message, with the same parameters as English', (locale) => {
    const catalog = catalogs[locale];
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
    for (const [key, message] of Object.entries(en)) {
      const translated = catalog[key as keyof typeof en];
      expect(translated.trim(), key).not.toBe('');
      expect(parameters(translated), key).toEqual(parameters(message));
    }
  });

  it.each(UI_LOCALES)('%s renders every message without leftover placeholders', (locale) => {
    for (const [key, message] of Object.entries(catalogs[locale])) {
      const params = Object.fromEntries(parameters(message).map((name) => [name, 2]));
      expect(formatMessage(locale, message, params), key).not.toMatch(/[{}]/);
    }
  });

  it('is actually translated, not a copy of English', () => {
    expect(catalogs.ru['library.title']).not.toBe(en['library.title']);
    expect(catalogs.kk['library.title']).not.toBe(en['library.title']);
  });
});

describe('formatMessage', () => {
  it('fills named parameters', () => {
    expect(formatMessage('en', 'Saved as {name}.', { name: 'a.cdsub' })).toBe('Saved as a.cdsub.');
  });

  it('picks Russian plural forms by the number', () => {
    const message = '{count, plural, one {# слово} few {# слова} many {# слов} other {# слова}}';
    expect([1, 2, 5, 21, 111].map((count) => formatMessage('ru', message, { count }))).toEqual([
      '1 слово',
      '2 слова',
      '5 слов',
      '21 слово',
      '111 слов',
    ]);
  });

  it('leaves an unknown parameter visible rather than dropping text', () => {
    expect(formatMessage('en', 'Hello {who}')).toBe('Hello {who}');
  });

  it('refuses an unbalanced message', () => {
    expect(() => formatMessage('en', 'Hello {who')).toThrow(SyntaxError);
  });
});

describe('localeFromSystem', () => {
  it.each([
    ['kk-KZ', 'kk'],
    ['ru_RU', 'ru'],
    ['ru', 'ru'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    [undefined, 'en'],
  ])('%s → %s', (system, locale) => {
    expect(localeFromSystem(system)).toBe(locale);
  });
});
