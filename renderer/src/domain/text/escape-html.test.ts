import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html';

describe('escapeHtml', () => {
  it('escapes markup characters so text cannot become elements or leave an attribute', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')"> & co`)).toBe(
      '&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt; &amp; co',
    );
  });

  it('leaves Cyrillic and Kazakh letters alone', () => {
    expect(escapeHtml('Сот шешімі — ҚР АПК')).toBe('Сот шешімі — ҚР АПК');
  });
});
