import { describe, expect, it } from 'vitest';
import { formatArticleReference } from './article-reference';

describe('formatArticleReference', () => {
  it('cites in Russian', () => {
    expect(
      formatArticleReference(
        { code: 'ГК РК', article: '715', part: '1', title: 'Договор займа', text: '…' },
        'ru',
      ),
    ).toBe('ГК РК, ст. 715, ч. 1. Договор займа');
  });

  it('cites in Kazakh', () => {
    expect(formatArticleReference({ code: 'ҚР АК', article: '715', part: '1', text: '…' }, 'kk')).toBe(
      'ҚР АК, 715-бап, 1-бөлік',
    );
  });

  it('leaves out a part the pack does not give', () => {
    expect(formatArticleReference({ code: 'ГПК РК', article: '829-14', text: '…' }, 'ru')).toBe(
      'ГПК РК, ст. 829-14',
    );
  });
});
