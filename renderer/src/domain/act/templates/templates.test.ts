import { describe, expect, it } from 'vitest';
import { CONTENT_LANGUAGES } from '../../language';
import { assertMatchesTemplate, createActDocument } from '../document';
import { ACT_TEMPLATES } from './index';

describe.each([...ACT_TEMPLATES.values()])('act template $id', (template) => {
  it('has unique part ids', () => {
    const ids = template.parts.map((part) => part.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(CONTENT_LANGUAGES)('has a title, headings and hints in %s', (language) => {
    expect(template.title[language].trim()).not.toBe('');
    for (const part of template.parts) {
      expect(part.heading[language].trim(), part.id).not.toBe('');
      expect(part.hint[language].trim(), part.id).not.toBe('');
    }
  });

  it.each(CONTENT_LANGUAGES)('creates a valid %s document that matches it', (language) => {
    const doc = createActDocument(template, language);
    expect(() => doc.check()).not.toThrow();
    expect(() => assertMatchesTemplate(doc, template)).not.toThrow();
  });
});
