import { describe, expect, it } from 'vitest';
import {
  findMatches,
  MAX_MATCHES_PER_TEXT,
  searchPattern,
  searchSources,
  snippetAround,
  type TextMatch,
} from './search-text';

function found(text: string, query: string): string[] {
  const pattern = searchPattern(query);
  if (!pattern) throw new Error(`no pattern for ${query}`);
  return findMatches(text, pattern).map(({ start, end }) => text.slice(start, end));
}

describe('searchPattern', () => {
  it('refuses a query shorter than two letters, spaces not counted', () => {
    expect(searchPattern('')).toBeNull();
    expect(searchPattern('  а  ')).toBeNull();
    expect(searchPattern('а б')).not.toBeNull();
    expect(searchPattern('ст')).not.toBeNull();
  });

  it('takes regular-expression characters literally', () => {
    expect(found('ст. 152 (ч. 1) и ст 152', 'ст. 152 (ч. 1)')).toEqual(['ст. 152 (ч. 1)']);
    expect(found('a+b a*b [x] {y} $5 ^ | \\ /', '[x]')).toEqual(['[x]']);
    expect(found('цена 1.5 и 105', '1.5')).toEqual(['1.5']);
    expect(found('ИИН 850101-300123', '850101-300')).toEqual(['850101-300']);
  });
});

describe('findMatches', () => {
  it('ignores case in Russian', () => {
    expect(found('Истец СЕЙТКАЛИ и истец Сейткали', 'сейткали')).toEqual(['СЕЙТКАЛИ', 'Сейткали']);
  });

  it('ignores case in every Kazakh letter', () => {
    const upper = 'ӘҒҚҢӨҰҮҺІ';
    const lower = 'әғқңөұүһі';
    expect(found(`сөз ${upper} сөз`, lower)).toEqual([upper]);
    expect(found(`сөз ${lower} сөз`, upper)).toEqual([lower]);
    expect(found('Қазақстан Республикасының Азаматтық кодексі', 'қазақстан')).toEqual(['Қазақстан']);
    expect(found('ҰЙҒАРДЫ: талап қанағаттандырылсын', 'ұйғарды')).toEqual(['ҰЙҒАРДЫ']);
  });

  it('treats ё and е as one letter, either way and in either case', () => {
    expect(found('Решение обжаловано; ЕЁ ДОВОДЫ', 'её')).toEqual(['ЕЁ']);
    expect(found('учёт и учет', 'учет')).toEqual(['учёт', 'учет']);
    expect(found('учёт и учет', 'УЧЁТ')).toEqual(['учёт', 'учет']);
  });

  it('lets any whitespace in the query match any run of whitespace, line breaks included', () => {
    expect(found('договор\n  займа и договор займа', 'договор займа')).toEqual([
      'договор\n  займа',
      'договор займа',
    ]);
    expect(found('договор\u00a0займа', 'договор  займа')).toEqual(['договор\u00a0займа']);
  });

  it('finds a query inside a word and every occurrence in order', () => {
    expect(found('займ, заём, займодавец', 'займ')).toEqual(['займ', 'займ']);
  });

  it('returns the offsets of the original text', () => {
    const text = 'Сумма: 1 500 000 тенге.';
    const pattern = searchPattern('1 500 000')!;
    expect(findMatches(text, pattern)).toEqual([{ start: 7, end: 16 }]);
  });

  it('stops counting at the limit', () => {
    const text = 'аб '.repeat(MAX_MATCHES_PER_TEXT + 10);
    expect(findMatches(text, searchPattern('аб')!)).toHaveLength(MAX_MATCHES_PER_TEXT);
    expect(findMatches(text, searchPattern('аб')!, 3)).toHaveLength(3);
  });

  it('can be used twice with the same pattern', () => {
    const pattern = searchPattern('иск')!;
    expect(findMatches('иск и иск', pattern)).toHaveLength(2);
    expect(findMatches('иск и иск', pattern)).toHaveLength(2);
  });
});

describe('snippetAround', () => {
  const at = (text: string, word: string): TextMatch => {
    const start = text.indexOf(word);
    return { start, end: start + word.length };
  };

  it('shows the whole text when it is short', () => {
    const text = 'Истец просит взыскать долг.';
    expect(snippetAround(text, at(text, 'взыскать'))).toEqual({
      before: 'Истец просит ',
      match: 'взыскать',
      after: ' долг.',
    });
  });

  it('cuts at whole words and marks the cuts with an ellipsis', () => {
    const text = 'первое второе третье четвёртое ДОЛГ пятое шестое седьмое восьмое';
    const snippet = snippetAround(text, at(text, 'ДОЛГ'), 12);
    expect(snippet).toEqual({ before: '…четвёртое ', match: 'ДОЛГ', after: ' пятое…' });
  });

  it('keeps a word that starts exactly at the cut', () => {
    const text = 'аааа бббб ДОЛГ';
    expect(snippetAround(text, at(text, 'ДОЛГ'), 5).before).toBe('…бббб ');
  });

  it('puts line breaks and runs of spaces on one line', () => {
    const text = 'Решил:\n\n  взыскать\nс ответчика';
    expect(snippetAround(text, at(text, 'взыскать'))).toEqual({
      before: 'Решил: ',
      match: 'взыскать',
      after: ' с ответчика',
    });
  });
});

describe('searchSources', () => {
  it('lists the documents with matches in the given order, each match with its page and index', () => {
    const results = searchSources(
      [
        { documentId: 'task', segments: ['Составьте решение по иску.'] },
        { documentId: 'material-empty', segments: ['Ничего нет.'] },
        { documentId: 'material-scan', segments: ['стр. 1 иск', '', 'стр. 3 иск и ещё иск'] },
      ],
      searchPattern('ИСК')!,
    );
    expect(results.map((result) => result.documentId)).toEqual(['task', 'material-scan']);
    expect(results[1]!.hits.map(({ segment, index }) => [segment, index])).toEqual([
      [0, 0],
      [2, 0],
      [2, 1],
    ]);
    expect(results[0]!.hits[0]!.snippet).toEqual({
      before: 'Составьте решение по ',
      match: 'иск',
      after: 'у.',
    });
  });

  it('shows one ellipsis where the cut falls next to one in the text', () => {
    const text = `${'слово '.repeat(10)}…признать договор займа незаключённым…${' слово'.repeat(10)}`;
    const [match] = findMatches(text, searchPattern('договор')!);
    const snippet = snippetAround(text, match!, 12);
    expect(snippet.before).not.toMatch(/^……/u);
    expect(snippet.after).not.toMatch(/……$/u);
  });
});
