import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
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

  // The HTML parser drops these before DOMPurify sees any element: what they carried never reaches the stored
  // text, but a pack holding them is refused all the same, naming what was found.
  it.each([
    ['<html onload="steal()"><p>a</p>', '<html>'],
    ['<p>a</p><frameset onload="steal()"></frameset>', '<frameset>'],
    ['<frameset onload="steal()"><frame src="javascript:steal()"></frameset>', '<frameset>'],
    ['<p>a</p><frame src="javascript:steal()">', '<frame>'],
    ['<p>a</p><td onclick="steal()">b</td>', 'onclick on <td>'],
    ['<p>a</p><TR ONMOUSEOVER=steal()>', 'onmouseover on <tr>'],
    ['<caption/onclick="steal()">b', 'onclick on <caption>'],
    ['<body onload="steal()"><p>a</p>', '<body>'],
    ['<head><p>a</p>', '<head>'],
    ['<p>a</p onclick="steal()">', 'onclick on </p>'],
    ['<p>a</p></body><!-- note -->', '<!-- comment -->'],
    ['<!DOCTYPE html><p>a</p>', '<!doctype>'],
    ['<p>a</p></html><!-- note -->', '<!-- comment -->'],
    ['<p>a</p><col onclick="steal()">', '<col>'],
  ])('reports what the parser drops unseen from %s', (html, expected) => {
    expect(sanitize(html).removed).toContain(expected);
  });

  it('reads attributes and text as the HTML tokenizer does', () => {
    const html =
      '<p lang="ru" align=left>a < b, 2<3 &lt;td onclick&gt;</p>' +
      '<table><tbody><tr><td colspan=\'2\' rowspan="1">x</td></tr></tbody></table><p lang="a>b">c</p>';
    expect(sanitize(html).removed).toEqual([]);
  });

  it('sanitises a text without copying it (a copy doubled the time and memory of a large one)', () => {
    const { window } = new JSDOM('');
    const cloneNode = vi.spyOn(window.Node.prototype, 'cloneNode');
    const sanitizeCounting = createRichTextSanitizer(window as unknown as Window & typeof globalThis);
    const html = '<h2>Иск</h2>' + '<p><strong>Истец</strong> просит <em>взыскать</em> долг.</p>'.repeat(50);
    expect(sanitizeCounting(html)).toEqual({ html, removed: [] });
    expect(cloneNode).not.toHaveBeenCalled();
  });

  it('accepts empty rich text as it is', () => {
    expect(sanitize('')).toEqual({ html: '', removed: [] });
  });
});
