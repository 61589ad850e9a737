import { describe, expect, it } from 'vitest';
import type { LegalReference } from '../act/template';
import { ACT_TEMPLATES } from '../act/templates';
import { BUNDLED_ARTICLE_TEXTS, findBundledArticleTexts } from './bundled-article-texts';

/**
 * References of the bundled templates whose text the app knowingly does not ship, with the reason; the checklist
 * then says the text is not included. Empty while every reference has its text.
 */
const NOT_SHIPPED: ReadonlyMap<string, string> = new Map();

function referencesOfBundledTemplates(): Map<string, LegalReference> {
  const references = new Map<string, LegalReference>();
  const add = (reference: LegalReference | undefined) => {
    if (reference) references.set(nameOf(reference), reference);
  };
  for (const template of ACT_TEMPLATES.values()) {
    add(template.reference);
    for (const part of template.parts) {
      add(part.reference);
      for (const requisite of part.requisites ?? []) add(requisite.reference);
    }
  }
  return references;
}

const nameOf = (reference: LegalReference) =>
  `${reference.code.ru} ${reference.article}${reference.part ? ` ч.${reference.part}` : ''}`;

describe('article texts shipped with the app', () => {
  it('has the text of every provision the bundled templates cite, down to the part cited', () => {
    const references = referencesOfBundledTemplates();
    // a sanity floor: the walk must reach the requisites, or the check below proves nothing
    expect(references.size).toBeGreaterThan(25);
    const withoutText = [...references]
      .filter(([name]) => !NOT_SHIPPED.has(name))
      .filter(([, reference]) => {
        const lookup = findBundledArticleTexts(reference);
        return lookup.missing.length > 0 || lookup.matches.some((match) => match.citedPartMissing);
      })
      .map(([name]) => name);
    expect(withoutText).toEqual([]);
  });

  it('gives every article text a source with the date it was checked, and parts in Russian', () => {
    for (const code of BUNDLED_ARTICLE_TEXTS) {
      expect(code.source.adiletId).toMatch(/^K\d{10}$/);
      expect(code.source.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(code.source.repository).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(code.source.path).not.toBe('');
      expect(code.source.amendedTo).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(code.source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const article of code.articles) {
        expect(article.title.ru, `${code.code} ${article.article}`).not.toBe('');
        expect(article.parts.length, `${code.code} ${article.article}`).toBeGreaterThan(0);
        for (const part of article.parts) {
          // the text of a numbered part begins with its number, as in the code: proof it is the part it says
          if (part.part)
            expect(part.ru.startsWith(`${part.part}. `), `${code.code} ${article.article}`).toBe(true);
          else expect(part.ru.trim()).not.toBe('');
        }
      }
    }
  });

  it('keeps each article once per code, so a lookup cannot pick a stale copy', () => {
    for (const code of BUNDLED_ARTICLE_TEXTS) {
      const articles = code.articles.map((article) => article.article);
      expect(new Set(articles).size).toBe(articles.length);
    }
  });
});
