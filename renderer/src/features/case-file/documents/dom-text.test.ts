// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collectText, rangesFor } from './dom-text';
import { findMatches, searchPattern } from '../../../domain/text/search-text';

function element(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

function highlighted(html: string, query: string): string[] {
  const root = element(html);
  const text = collectText(root);
  return rangesFor(text, findMatches(text.text, searchPattern(query)!)).map((range) => range.toString());
}

describe('collectText', () => {
  it('separates blocks and line breaks, and runs inline elements together', () => {
    const root = element(
      '<h2>Иск</h2><p>о <strong>взыс</strong>кании<br>долга</p><ul><li>один</li><li>два</li></ul>',
    );
    expect(collectText(root).text).toBe('Иск\nо взыскании\nдолга\nодин\nдва\n');
  });

  it('separates the cells of a table', () => {
    const root = element(
      '<table><tr><th>Дата</th><th>Сумма</th></tr><tr><td>1.03</td><td>500</td></tr></table>',
    );
    expect(collectText(root).text.split('\n').filter(Boolean)).toEqual(['Дата', 'Сумма', '1.03', '500']);
  });

  it('reads a parsed document body the same way as a rendered element', () => {
    const html = '<p>Первый <em>абзац</em></p><p>Второй</p>';
    const parsed = new DOMParser().parseFromString(html, 'text/html').body;
    expect(collectText(parsed).text).toBe(collectText(element(html)).text);
  });
});

describe('rangesFor', () => {
  it('highlights a match inside one text node', () => {
    expect(highlighted('<p>Истец просит взыскать долг</p>', 'взыскать')).toEqual(['взыскать']);
  });

  it('highlights a match that spans inline elements', () => {
    expect(highlighted('<p>о <strong>взыс</strong>кании</p>', 'взыскании')).toEqual(['взыскании']);
  });

  it('highlights a phrase broken over two blocks without taking the line break', () => {
    const root = element('<p>договор</p><p>займа</p>');
    const text = collectText(root);
    const [range] = rangesFor(text, findMatches(text.text, searchPattern('договор займа')!));
    expect(range?.startContainer.textContent).toBe('договор');
    expect(range?.endContainer.textContent).toBe('займа');
    expect(range?.toString()).toBe('договорзайма');
  });

  it('finds every match, in order, in Kazakh', () => {
    expect(highlighted('<p>Сот <b>ҰЙҒАРДЫ</b>:</p><p>ұйғарды</p>', 'ұйғарды')).toEqual([
      'ҰЙҒАРДЫ',
      'ұйғарды',
    ]);
  });

  it('gives nothing for an empty element', () => {
    const text = collectText(element(''));
    expect(rangesFor(text, [{ start: 0, end: 2 }])).toEqual([]);
  });
});
