// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { b } from '../../../domain/act/test-builders';
import { isHeadingLine, printSheetClass, renderPrintSheet } from './print-sheet';

const act = (numberedReasoning = false) =>
  b.doc(
    { template: 'civil-decision', language: 'ru', numberedReasoning },
    b.part(
      { id: 'introductory' },
      b.part_heading({ text: 'Вводная часть' }),
      b.paragraph('РЕШЕНИЕ'),
      b.paragraph('ИМЕНЕМ РЕСПУБЛИКИ КАЗАХСТАН'),
      b.paragraph('Павлодарский городской суд в составе председательствующего судьи Сарсеновой М.Б.'),
    ),
    b.part(
      { id: 'reasoning' },
      b.part_heading({ text: 'Мотивировочная часть' }),
      b.paragraph(
        'Согласно ',
        b.citation({ code: 'ГПК РК', article: '226', text: 'ст. 226 ГПК РК' }),
        ', что подтверждается ',
        b.evidence({ material: 'claim' }, 'исковым заявлением'),
        '.',
      ),
    ),
  );

function sheetOf(doc: ReturnType<typeof act>): HTMLElement {
  const sheet = document.createElement('article');
  sheet.append(renderPrintSheet(doc, document));
  return sheet;
}

describe('the print sheet', () => {
  it('leaves out the editor’s part captions', () => {
    const sheet = sheetOf(act());
    expect(sheet.querySelectorAll('section.act-part')).toHaveLength(2);
    expect(sheet.textContent).not.toContain('Вводная часть');
    expect(sheet.textContent).not.toContain('Мотивировочная часть');
  });

  it('centres the act’s name and «ИМЕНЕМ РЕСПУБЛИКИ КАЗАХСТАН», not the text after them', () => {
    const centred = [...sheetOf(act()).querySelectorAll('.print-sheet__heading-line')].map(
      (p) => p.textContent,
    );
    expect(centred).toEqual(['РЕШЕНИЕ', 'ИМЕНЕМ РЕСПУБЛИКИ КАЗАХСТАН']);
  });

  it('keeps citations and evidence links as text of their paragraph', () => {
    const reasoning = sheetOf(act()).querySelector('section[data-part="reasoning"] > p');
    expect(reasoning?.textContent).toBe('Согласно ст. 226 ГПК РК, что подтверждается исковым заявлением.');
  });

  it('numbers the reasoning paragraphs only when the draft does', () => {
    expect(printSheetClass(act(true))).toContain('act-numbered-reasoning');
    expect(printSheetClass(act(false))).not.toContain('act-numbered-reasoning');
  });
});

describe('heading lines', () => {
  it('are short lines in capitals, in Russian or Kazakh', () => {
    expect(isHeadingLine('ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ АТЫНАН')).toBe(true);
    expect(isHeadingLine('УСТАНОВИЛ:')).toBe(true);
    expect(isHeadingLine('Дело № 2-3417/2026')).toBe(false);
    expect(isHeadingLine('№ 2-3417')).toBe(false);
    expect(isHeadingLine('')).toBe(false);
    expect(isHeadingLine('А'.repeat(81))).toBe(false);
  });
});
