import { describe, expect, it } from 'vitest';
import { b } from '../act/test-builders';
import { anchorOf, resolveAnchor } from './anchor';

const citation = b.citation({
  code: 'ГК РК',
  article: '917',
  part: '',
  paragraph: '1',
  text: 'п. 1 ст. 917 ГК РК',
});

const act = b.doc(
  { template: 'civil-decision', language: 'ru' },
  b.part(
    { id: 'introductory' },
    b.part_heading({ text: 'Вводная часть' }),
    b.paragraph('Суд рассмотрел дело.'),
  ),
  b.part(
    { id: 'reasoning' },
    b.part_heading({ text: 'Мотивировочная часть' }),
    b.paragraph('Долг не возвращён. Согласно ', citation, ' долг взыскивается.'),
    b.paragraph('Долг не возвращён. Иск удовлетворить.'),
  ),
);

/** The document positions where `text` starts in the act's n-th occurrence. */
function positionOf(text: string, occurrence = 0): number {
  const found: number[] = [];
  act.descendants((node, pos) => {
    if (!node.isText) return true;
    let at = node.text?.indexOf(text) ?? -1;
    while (at !== -1) {
      found.push(pos + at);
      at = node.text?.indexOf(text, at + 1) ?? -1;
    }
    return false;
  });
  const position = found[occurrence];
  if (position === undefined) throw new Error(`"${text}" #${occurrence} not in the act`);
  return position;
}

describe('anchorOf', () => {
  it('quotes the selected text, a citation by its text and paragraphs on lines of their own', () => {
    const from = positionOf('Согласно');
    const to = positionOf('Иск') + 'Иск'.length;
    expect(anchorOf(act, from, to)).toEqual({
      from,
      to,
      quote: 'Согласно п. 1 ст. 917 ГК РК долг взыскивается.\nДолг не возвращён. Иск',
    });
  });

  it('takes a selection made backwards', () => {
    const from = positionOf('дело');
    expect(anchorOf(act, from + 4, from)).toEqual({ from, to: from + 4, quote: 'дело' });
  });

  it('gives nothing for an empty or blank selection', () => {
    const at = positionOf('дело');
    expect(anchorOf(act, at, at)).toBeUndefined();
    expect(anchorOf(act, at - 1, at)).toBeUndefined();
    expect(anchorOf(act, Number.NaN, at)).toBeUndefined();
  });
});

describe('resolveAnchor', () => {
  it('keeps positions where the quote still reads', () => {
    const from = positionOf('Долг', 1);
    const anchor = anchorOf(act, from, from + 'Долг не возвращён'.length);
    expect(anchor).toBeDefined();
    if (anchor) expect(resolveAnchor(act, anchor)).toEqual({ from: anchor.from, to: anchor.to });
  });

  it('finds a quote that moved, at the occurrence nearest its old place', () => {
    const first = positionOf('Долг не возвращён', 0);
    const second = positionOf('Долг не возвращён', 1);
    const quote = 'Долг не возвращён';
    expect(resolveAnchor(act, { from: first + 3, to: first + 3 + quote.length, quote })).toEqual({
      from: first,
      to: first + quote.length,
    });
    expect(resolveAnchor(act, { from: second + 5, to: second + 5 + quote.length, quote })).toEqual({
      from: second,
      to: second + quote.length,
    });
  });

  it('finds a moved quote that spans a citation and two paragraphs', () => {
    const from = positionOf('Согласно');
    const to = positionOf('Иск') + 'Иск'.length;
    const anchor = anchorOf(act, from, to);
    expect(anchor).toBeDefined();
    if (!anchor) return;
    expect(resolveAnchor(act, { ...anchor, from: 1, to: 5 })).toEqual({ from, to });
  });

  it('gives nothing when the quote is gone or the anchor is malformed', () => {
    expect(resolveAnchor(act, { from: 3, to: 9, quote: 'Апелляция' })).toBeUndefined();
    expect(resolveAnchor(act, { from: 3, to: 9, quote: '  ' })).toBeUndefined();
    expect(resolveAnchor(act, { from: 10_000, to: 20_000, quote: 'Иск удовлетворить' })).toEqual({
      from: positionOf('Иск'),
      to: positionOf('Иск') + 'Иск удовлетворить'.length,
    });
    expect(resolveAnchor(act, { from: -4, to: Number.NaN, quote: 'дело' })).toEqual({
      from: positionOf('дело'),
      to: positionOf('дело') + 4,
    });
  });
});
