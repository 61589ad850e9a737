import { describe, expect, it } from 'vitest';
import { b } from '../act/test-builders';
import { actNormReferences, articleKey, normReferences } from './norm-references';

/** Citations as «code article part/paragraph», for short expectations. */
function read(text: string): string[] {
  return normReferences(text).map(
    ({ code, article, part, paragraph }) =>
      `${code} ${article}${part || paragraph ? ` ${part}/${paragraph}` : ''}`,
  );
}

describe('normReferences in Russian', () => {
  it.each([
    ['ст. 226 ГПК', ['ГПК РК 226']],
    ['статьи 190 ч.3 п.1 УК', ['УК РК 190 3/1']],
    ['п.1 ч.3 ст.190 УК РК', ['УК РК 190 3/1']],
    ['частью 1 статьи 400 УПК', ['УПК РК 400 1/']],
    ['по части второй статьи 129 АППК', ['АППК РК 129 2/']],
    ['пункт 5 статьи 635 ГК', ['ГК РК 635 /5']],
    ['статьями 223–226 ГПК', ['ГПК РК 223', 'ГПК РК 224', 'ГПК РК 225', 'ГПК РК 226']],
    ['статьями 223-226 ГПК РК', ['ГПК РК 223', 'ГПК РК 224', 'ГПК РК 225', 'ГПК РК 226']],
    ['статьями 16, 122 и 129 АППК', ['АППК РК 16', 'АППК РК 122', 'АППК РК 129']],
    ['статьи 829-16 КоАП РК', ['КоАП РК 829-16']],
    ['статьи 917 Гражданского кодекса Республики Казахстан', ['ГК РК 917']],
    ['статьи 400 Уголовно-процессуального кодекса', ['УПК РК 400']],
    ['статьи 19 Кодекса Республики Казахстан «О браке (супружестве) и семье»', ['КоБС РК 19']],
  ])('reads «%s»', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('gives articles without a code the code of the next article they run into', () => {
    expect(read('часть третья статьи 434, часть первая статьи 436 ГПК')).toEqual([
      'ГПК РК 434 3/',
      'ГПК РК 436 1/',
    ]);
    expect(read('по статье 5 договора, а статья 297 ГК')).toEqual(['ГК РК 297']);
  });

  it('reads a code under the short name the text gives it', () => {
    const text =
      'Кодекса Республики Казахстан «О браке (супружестве) и семье» (далее — Кодекс). По пункту 1 статьи 22 Кодекса брак расторгается.';
    expect(read(text)).toEqual(['КоБС РК 22 /1']);
  });

  it('reads nothing that cites no code', () => {
    expect(read('статьи 5 и 6 договора; 20 МРП; ст. 5 настоящего кодекса; статистика 72 ГК')).toEqual([]);
  });
});

describe('normReferences in Kazakh', () => {
  it.each([
    ['ҚПК 400-бабы', ['УПК РК 400']],
    ['ҚР ҚК-нің 188-бабы үшінші бөлігінің 3) тармағы', ['УК РК 188 3/3']],
    ['АПК-нің 403-бабының 3-бөлігі', ['ГПК РК 403 3/']],
    ['ҚР АК-нің 917-бабының 1-тармағына', ['ГК РК 917 /1']],
    ['ҚР ҚК-нің 98-1, 98-2-баптары', ['УК РК 98-1', 'УК РК 98-2']],
    [
      'ҚР ҚПК-нің 390, 392, 395–397-баптарын',
      ['УПК РК 390', 'УПК РК 392', 'УПК РК 395', 'УПК РК 396', 'УПК РК 397'],
    ],
    ['Қазақстан Республикасы Азаматтық кодексінің 917-бабы', ['ГК РК 917']],
    ['Еңбек кодексінің 52-бабы', ['ТК РК 52']],
  ])('reads «%s»', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('gives the following articles of a list the code named first, keeping a part it can read', () => {
    expect(read('ҚР ҚПК-нің 390-бабы бірінші бөлігінің 7-1) тармағы, 397-бабының екінші бөлігі')).toEqual([
      'УПК РК 390 1/',
      'УПК РК 397 2/',
    ]);
  });

  it('reads a code under the short name the text gives it', () => {
    const text =
      'Қазақстан Республикасының «Неке (ерлі-зайыптылық) және отбасы туралы» кодексі (бұдан әрі — Кодекс). Сот азаматтық істі қарап, Кодекстің 19-бабының 3-тармағы бойынша';
    expect(read(text)).toEqual(['КоБС РК 19 /3']);
  });

  it('reads nothing that cites no article', () => {
    expect(read('2026 жылғы АЕК 4 325 теңге; ҚК бойынша; ЕК (86 500 теңге)')).toEqual([]);
  });
});

describe('actNormReferences', () => {
  it('reads citation nodes by their attributes and citations typed as text, not a node’s text twice', () => {
    const act = b.doc(
      { template: 'civil-decision', language: 'ru' },
      b.part(
        { id: 'reasoning' },
        b.part_heading({ text: 'Мотивировочная часть' }),
        b.paragraph(
          'Согласно ',
          b.citation({ code: 'ҚР АК', article: '917', part: '', paragraph: '1', text: 'п. 1 ст. 917 ГК РК' }),
          ' и статье 297 ГК.',
        ),
      ),
    );
    expect(actNormReferences(act)).toEqual([
      { code: 'ГК РК', article: '917', part: '', paragraph: '1' },
      { code: 'ГК РК', article: '297', part: '', paragraph: '' },
    ]);
  });

  it('keys citations by code and article, whatever the language of the code', () => {
    expect(articleKey({ code: 'ҚР ҚПК', article: '19' })).toBe(articleKey({ code: 'УПК', article: '19' }));
    expect(articleKey({ code: 'УПК РК', article: '19' })).not.toBe(
      articleKey({ code: 'УК РК', article: '19' }),
    );
  });
});
