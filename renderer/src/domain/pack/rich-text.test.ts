import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createRichTextSanitizer } from './rich-text';

const sanitize = createRichTextSanitizer(new JSDOM('').window as unknown as Window & typeof globalThis);

describe('rich text sanitiser', () => {
  it('keeps the structure a case document needs', () => {
    const html =
      '<h2>Исковое заявление</h2><p><strong>Истец:</strong> <em>Ахметов</em></p><ol start="2"><li>пункт</li></ol>' +
      '<table><thead><tr><th align="left">Дата</th></tr></thead><tbody><tr><td colspan="2">12.03.2025</td></tr></tbody></table>';
    expect(sanitize(html)).toEqual({ html, removed: [] });
  });

  it.each([
    ['<p>a</p><script>alert(1)</script>', '<script>'],
    ['<p onclick="steal()">a</p>', 'onclick on <p>'],
    ['<img src="https://evil.example/x.png">', '<img>'],
    ['<form action="https://evil.example"><input name="x"></form>', '<form>'],
    ['<a href="https://example.com">link</a>', '<a>'],
    ['<p style="background:url(https://evil.example/t)">a</p>', 'style on <p>'],
    ['<iframe src="about:blank"></iframe>', '<iframe>'],
    ['<svg><circle onload="x()"/></svg>', '<svg>'],
    // What the HTML parser would put in <head> when it comes first must be reported too, not dropped unseen.
    ['<script>alert(1)</script><p>a</p>', '<script>'],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example"><p>a</p>', '<meta>'],
    ['<style>p { color: red }</style><p>a</p>', '<style>'],
    ['<!-- note --><p>a</p>', '<!-- comment -->'],
  ])('reports what it removes from %s', (html, expected) => {
    const result = sanitize(html);
    expect(result.removed).toContain(expected);
    expect(result.html).not.toMatch(/script|onclick|evil|<form|<a |style=|iframe|svg/);
  });

  it('accepts empty rich text as it is', () => {
    expect(sanitize('')).toEqual({ html: '', removed: [] });
  });
});
