import { describe, expect, it } from 'vitest';
import { findArticleTexts, type CodeArticleTexts, type LegalSource } from './article-text';

const source: LegalSource = {
  adiletId: 'K1500000377',
  repository: 'owner/copy',
  path: 'gpk.txt',
  commit: '0'.repeat(40),
  amendedTo: '2026-01-09',
  checked: '2026-12-07',
};
const CODE_NAMES = {
  gpk: { ru: 'ГПК РК' },
  upk: { ru: 'УПК РК' },
  appk: { ru: 'АППК РК' },
  koap: { ru: 'КоАП РК' },
};
const TABLE: CodeArticleTexts[] = [
  {
    code: 'gpk',
    source,
    articles: [
      {
        article: '226',
        title: { ru: 'Содержание решения' },
        complete: false,
        parts: [
          { part: '3', ru: '3. Во вводной части…' },
          { part: '5-1', ru: '5-1. Суд вправе…' },
          { part: '6', ru: '6. Резолютивная часть…' },
          { part: '7', ru: '7. В случае…' },
        ],
      },
      {
        article: '267-4',
        title: { ru: 'Решение…' },
        complete: true,
        parts: [{ part: '1', ru: '1. По делу…' }],
      },
      { article: '431', title: { ru: 'Законная сила…' }, complete: true, parts: [{ ru: 'Судебные акты…' }] },
    ],
  },
  {
    code: 'upk',
    source,
    articles: [
      {
        article: '398',
        title: { ru: 'Резолютивная…' },
        complete: false,
        parts: [{ part: '1', ru: '1. В…' }],
      },
      { article: '399', title: { ru: 'Описательно…' }, complete: false, parts: [{ part: '1', ru: '1. В…' }] },
      { article: '401', title: { ru: 'Иные вопросы…' }, complete: true, parts: [{ ru: 'В резолютивной…' }] },
    ],
  },
];

const find = (code: string, article: string, part?: string) =>
  findArticleTexts({ code: { ru: code }, article, part }, TABLE, CODE_NAMES);
const shown = (lookup: ReturnType<typeof find>) =>
  lookup.matches.map((match) => [match.text.article, match.parts.map((part) => part.part ?? '—')]);

describe('findArticleTexts', () => {
  it('gives the part cited, and its source', () => {
    const lookup = find('ГПК РК', '226', '3');
    expect(shown(lookup)).toEqual([['226', ['3']]]);
    expect(lookup.matches[0]?.citedPartMissing).toBe(false);
    expect(lookup.matches[0]?.source.checked).toBe('2026-12-07');
    expect(lookup.missing).toEqual([]);
  });

  it('reads a dash between parts as a range, and a hyphen as part of a number', () => {
    expect(shown(find('ГПК РК', '226', '6–7'))).toEqual([['226', ['6', '7']]]);
    expect(shown(find('ГПК РК', '226', '5-1'))).toEqual([['226', ['5-1']]]);
    expect(shown(find('ГПК РК', '267-4', '1'))).toEqual([['267-4', ['1']]]);
  });

  it('falls back to the article when the part cited is not shipped, and says so', () => {
    const lookup = find('ГПК РК', '226', '4');
    expect(shown(lookup)).toEqual([['226', ['3', '5-1', '6', '7']]]);
    expect(lookup.matches[0]?.citedPartMissing).toBe(true);
    expect(find('ГПК РК', '226', '6–8').matches[0]?.citedPartMissing).toBe(true);
  });

  it('shows every part shipped when no part is cited, and an article without parts whole', () => {
    expect(shown(find('ГПК РК', '226'))).toEqual([['226', ['3', '5-1', '6', '7']]]);
    expect(shown(find('ГПК РК', '431'))).toEqual([['431', ['—']]]);
  });

  it('finds each of several articles, and a range of articles', () => {
    expect(shown(find('УПК РК', '398, 401'))).toEqual([
      ['398', ['1']],
      ['401', ['—']],
    ]);
    const range = find('УПК РК', '398–401');
    expect(range.matches.map((match) => match.text.article)).toEqual(['398', '399', '401']);
    expect(range.missing).toEqual(['400']);
  });

  it('names what it has no text of: an article, or a code it does not ship', () => {
    expect(find('ГПК РК', '999')).toEqual({ matches: [], missing: ['999'] });
    expect(find('ГК РК', '952', '2')).toEqual({ matches: [], missing: ['952'] });
  });
});
