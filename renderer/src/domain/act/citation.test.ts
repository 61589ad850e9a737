import { describe, expect, it } from 'vitest';
import type { LegislationExcerpt } from '../pack/pack-fields';
import {
  canonicalCode,
  citationEndingAt,
  citationOfExcerpt,
  findExcerpt,
  isOtherPart,
  formatCitation,
  parseCitation,
  sameCode,
  type Citation,
} from './citation';

const cite = (code: string, article: string, part = '', paragraph = ''): Citation => ({
  code,
  article,
  part,
  paragraph,
});

describe('parseCitation in Russian', () => {
  it.each([
    ['ст. 226 ГПК РК', cite('ГПК РК', '226')],
    ['ст.226 ГПК', cite('ГПК РК', '226')],
    ['ст 226 ГПК', cite('ГПК РК', '226')],
    ['статьи 188 УК РК', cite('УК РК', '188')],
    ['статьёй 226 ГПК', cite('ГПК РК', '226')],
    ['статья 951 ГК', cite('ГК РК', '951')],
    ['ч. 2 ст. 188 УК РК', cite('УК РК', '188', '2')],
    ['ч.2 ст.188 УК РК', cite('УК РК', '188', '2')],
    ['п. 1 ч. 2 ст. 397 УПК', cite('УПК РК', '397', '2', '1')],
    ['п. 3) ч. 2 ст. 188 УК РК', cite('УК РК', '188', '2', '3')],
    ['пункт 1 части 2 статьи 397 УПК РК', cite('УПК РК', '397', '2', '1')],
    ['пунктом 3) части второй статьи 188 УК', cite('УК РК', '188', '2', '3')],
    ['пункт 2) части первой статьи 35 УПК РК', cite('УПК РК', '35', '1', '2')],
    ['части третьей статьи 190 УК', cite('УК РК', '190', '3')],
    ['часть четвёртую статьи 10 ГК', cite('ГК РК', '10', '4')],
    ['части 3 статьи 612 КоАП РК', cite('КоАП РК', '612', '3')],
    ['ст. 829-14 КоАП', cite('КоАП РК', '829-14')],
    ['ч. 1 ст. 829-14 КоАП РК', cite('КоАП РК', '829-14', '1')],
    ['ст. 152 АППК Республики Казахстан', cite('АППК РК', '152')],
    ['статья 35 КоБС', cite('КоБС РК', '35')],
    ['ст. 188 ч. 2 п. 3 УК РК', cite('УК РК', '188', '2', '3')],
    ['ст. 10 коап', cite('КоАП РК', '10')],
    ['  ст. 65 ТК  ', cite('ТК РК', '65')],
  ])('reads «%s»', (text, expected) => {
    expect(parseCitation(text)).toEqual(expected);
  });
});

describe('parseCitation in Kazakh', () => {
  it.each([
    ['АПК-нің 226-бабы', cite('ҚР АПК', '226')],
    ['ҚР АПК-нің 226-бабына', cite('ҚР АПК', '226')],
    ['ҚПК 397-бабының 2-бөлігі', cite('ҚР ҚПК', '397', '2')],
    ['ҚК 188-бабы 2-бөлігінің 3) тармағы', cite('ҚР ҚК', '188', '2', '3')],
    ['ҚР ҚК-нің 188-бабы 2-бөлігінің 3) тармағы', cite('ҚР ҚК', '188', '2', '3')],
    ['ҚР ҚК-нің 188-бабының 1-бөлігі', cite('ҚР ҚК', '188', '1')],
    ['ҚР ҚК-нің 188-бабының екінші бөлігі', cite('ҚР ҚК', '188', '2')],
    ['ҚР ҚПК-нің 390-бабындағы', cite('ҚР ҚПК', '390')],
    ['ҚР АК-нің 917-бабы', cite('ҚР АК', '917')],
    ['ӘРПК 152-бабы', cite('ҚР ӘРПК', '152')],
    ['ӘҚБтК-нің 829-14-бабы', cite('ҚР ӘҚБтК', '829-14')],
    ['АПК ҚР 226-бабы', cite('ҚР АПК', '226')],
    ['Қазақстан Республикасының ҚК 188 бабы', cite('ҚР ҚК', '188')],
    ['ҚК 188-бабы 2-бөлігі 3-тармағы', cite('ҚР ҚК', '188', '2', '3')],
  ])('reads «%s»', (text, expected) => {
    expect(parseCitation(text)).toEqual(expected);
  });
});

describe('what is not a citation', () => {
  it.each([
    ['ст. 226', 'an article without a code stays text'],
    ['статистика 226 ГПК', '«статистика» is not «ст.»'],
    ['тест. 226 ГПК', '«ст.» must start a word'],
    ['ст. 226 ГПКА', 'the code must end a word'],
    ['ст. 226 настоящего Кодекса', 'a code not named by abbreviation'],
    ['ч. 2 ст. 188 ч. 3 УК', 'two parts'],
    ['ҚК бабы', 'no article number'],
    ['188-бабы', 'Kazakh without a code'],
    ['пункт 1 договора', 'a paragraph of something else'],
    ['ст. 226 ГПК РК и ст. 227 ГПК РК', 'two citations are not one'],
  ])('«%s»: %s', (text) => {
    expect(parseCitation(text)).toBeNull();
  });
});

describe('citationEndingAt, for the text before the cursor', () => {
  it('finds the whole citation, with its paragraph and part, that ends the text', () => {
    const text = 'Действия подсудимого суд квалифицирует по п. 3) ч. 2 ст. 188 УК';
    expect(citationEndingAt(text)).toEqual({
      citation: cite('УК РК', '188', '2', '3'),
      start: text.indexOf('п. 3)'),
      end: text.length,
      language: 'ru',
    });
  });

  it('finds a Kazakh citation and says so', () => {
    const text = 'Сотталушының әрекеті ҚР ҚК-нің 188-бабы 2-бөлігінің 3) тармағы';
    expect(citationEndingAt(text)).toMatchObject({ start: text.indexOf('ҚР ҚК'), language: 'kk' });
  });

  it('finds nothing when the text goes on after the citation or the code is still missing', () => {
    expect(citationEndingAt('по ст. 188 УК РК подсудимый')).toBeNull();
    expect(citationEndingAt('по ст. 188')).toBeNull();
    expect(citationEndingAt('по статистика 188 УК')).toBeNull();
  });

  it('looks only at the end of a long text, and not inside a word cut off there', () => {
    const long = `${'Суд установил. '.repeat(40)}ч. 2 ст. 188 УК РК`;
    expect(citationEndingAt(long)?.start).toBe(long.indexOf('ч. 2'));
    const spread = `ст.${' '.repeat(151)}188 УК`;
    expect(citationEndingAt(`а ${spread}`)?.start).toBe(2);
    expect(citationEndingAt(`аа${spread}`)).toBeNull();
  });
});

describe('codes', () => {
  it('writes a code the way the act’s language does', () => {
    expect(canonicalCode('УК', 'ru')).toBe('УК РК');
    expect(canonicalCode('ҚР ҚК', 'ru')).toBe('УК РК');
    expect(canonicalCode('УК РК', 'kk')).toBe('ҚР ҚК');
    expect(canonicalCode('ҚПК ҚР', 'kk')).toBe('ҚР ҚПК');
    expect(canonicalCode('КоБС РК', 'kk')).toBe('КоБС РК');
    expect(canonicalCode(' Закон  о госуслугах ', 'ru')).toBe('Закон о госуслугах');
  });

  it('knows when two codes are the same, in either language and with or without the Republic', () => {
    expect(sameCode('УК', 'УК РК')).toBe(true);
    expect(sameCode('ҚР ҚК', 'УК РК')).toBe(true);
    expect(sameCode('ГПК РК', 'ҚР АПК')).toBe(true);
    expect(sameCode('ГПК РК', 'АППК РК')).toBe(false);
    expect(sameCode('Закон о госуслугах', 'закон о госуслугах')).toBe(true);
  });
});

describe('formatCitation', () => {
  it.each([
    [cite('ГПК РК', '226'), 'ст. 226 ГПК РК'],
    [cite('УК', '188', '2'), 'ч. 2 ст. 188 УК РК'],
    [cite('УК РК', '188', '2', '3'), 'п. 3) ч. 2 ст. 188 УК РК'],
    [cite('ҚР ҚПК', '397', '2', '1'), 'п. 1) ч. 2 ст. 397 УПК РК'],
  ])('writes %o in Russian as «%s», which reads back the same', (citation, text) => {
    expect(formatCitation(citation, 'ru')).toBe(text);
    expect(parseCitation(text)).toEqual({ ...citation, code: canonicalCode(citation.code, 'ru') });
  });

  it('writes a law without an abbreviation by its name', () => {
    expect(formatCitation(cite('Закон о госуслугах', '5'), 'ru')).toBe('ст. 5 Закон о госуслугах');
  });

  it.each([
    [cite('ҚР АПК', '226'), 'ҚР АПК-нің 226-бабы'],
    [cite('УПК РК', '397', '2'), 'ҚР ҚПК-нің 397-бабының 2-бөлігі'],
    [cite('ҚР ҚК', '188', '2', '3'), 'ҚР ҚК-нің 188-бабы 2-бөлігінің 3) тармағы'],
    [cite('ҚР ҚК', '3', '', '12'), 'ҚР ҚК-нің 3-бабының 12) тармағы'],
  ])('writes %o in Kazakh as «%s», which reads back the same', (citation, text) => {
    expect(formatCitation(citation, 'kk')).toBe(text);
    expect(parseCitation(text)).toEqual({ ...citation, code: canonicalCode(citation.code, 'kk') });
  });

  it('keeps a code without a Kazakh abbreviation as the excerpt gives it', () => {
    expect(formatCitation(cite('ҚР Неке және отбасы туралы кодексі', '20'), 'kk')).toBe(
      'ҚР Неке және отбасы туралы кодексі 20-бабы',
    );
  });
});

describe('findExcerpt', () => {
  const excerpt = (code: string, article: string, part?: string): LegislationExcerpt => ({
    code,
    article,
    ...(part ? { part } : {}),
    title: `${code} ${article} ${part ?? ''}`,
    text: '…',
  });
  const legislation = [
    excerpt('УК РК', '188', '1'),
    excerpt('УК РК', '188', '2'),
    excerpt('УК РК', '3'),
    excerpt('УПК РК', '397'),
    excerpt('УПК РК', '390', '1'),
    excerpt('ҚР АПК', '226'),
  ];

  it('prefers the excerpt of the same part', () => {
    expect(findExcerpt(cite('УК', '188', '2'), legislation)).toBe(legislation[1]);
    expect(findExcerpt(parseCitation('п. 3) ч. 2 ст. 188 УК РК') ?? cite('', ''), legislation)).toBe(
      legislation[1],
    );
  });

  it('says when what it found is another part of the article, not the part cited or the whole', () => {
    const cited = cite('УК РК', '188', '3');
    const found = findExcerpt(cited, legislation)!;
    expect(found.part).toBe('1');
    expect(isOtherPart(cited, found)).toBe(true);
    expect(isOtherPart(cite('УК РК', '188', '2'), legislation[1]!)).toBe(false);
    expect(isOtherPart(cite('УПК РК', '397', '2'), legislation[3]!)).toBe(false);
    expect(isOtherPart(cite('УК РК', '188'), legislation[0]!)).toBe(false);
  });

  it('falls back to the whole article, then to another part of it', () => {
    expect(findExcerpt(cite('УПК РК', '397', '2', '1'), legislation)).toBe(legislation[3]);
    expect(findExcerpt(cite('УПК РК', '390', '2'), legislation)).toBe(legislation[4]);
    expect(findExcerpt(cite('УК РК', '188'), legislation)).toBe(legislation[0]);
  });

  it('matches across languages and ways of writing the code', () => {
    expect(findExcerpt(cite('ҚР ҚК', '188', '2'), legislation)).toBe(legislation[1]);
    expect(findExcerpt(cite('ГПК РК', '226'), legislation)).toBe(legislation[5]);
  });

  it('finds nothing for an article or code the case does not have', () => {
    expect(findExcerpt(cite('УК РК', '189'), legislation)).toBeNull();
    expect(findExcerpt(cite('ГК РК', '188', '2'), legislation)).toBeNull();
  });

  it('cites a whole excerpt in the act’s language', () => {
    expect(citationOfExcerpt(legislation[1]!, 'kk')).toEqual(cite('ҚР ҚК', '188', '2'));
    expect(formatCitation(citationOfExcerpt(legislation[5]!, 'ru'), 'ru')).toBe('ст. 226 ГПК РК');
  });
});
