import { describe, expect, it } from 'vitest';
import { htmlText, inlineHtmlText } from './html-text';

describe('htmlText', () => {
  it('puts blocks on lines of their own and reads character references', () => {
    expect(
      htmlText(
        '<p><strong>РЕШЕНИЕ</strong></p>\n<p>Иск «А» &amp; &lt;Б&gt;&nbsp;&#1040;&#x411;</p><ul><li>один</li><li>два</li></ul>',
      ),
    ).toBe('РЕШЕНИЕ\nИск «А» & <Б>\u00a0АБ\nодин\nдва');
  });

  it('steps over a ">" inside a quoted attribute value', () => {
    expect(htmlText('<p title="a > b">текст</p>')).toBe('текст');
  });
});

describe('inlineHtmlText', () => {
  it('drops inline tags without splitting words and collapses white space', () => {
    expect(inlineHtmlText('Ввод<em>ная</em>\n  <strong>часть</strong>&nbsp;')).toBe('Вводная часть');
  });
});
