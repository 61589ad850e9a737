import { describe, expect, it } from 'vitest';
import { CONTENT_LANGUAGES } from '../../language';
import { assertMatchesTemplate, createActDocument, parseActDocument, partIds } from '../document';
import { parseActTemplate } from '../template-schema';
import { ACT_TEMPLATES, findActTemplate } from './index';

/** Part ids shared across templates, so that checks and exercises can name a part whatever the act type. */
const KNOWN_PART_IDS = [
  'introductory',
  'descriptive',
  'reasoning',
  'descriptive-reasoning',
  'operative',
  'signature',
];

/**
 * The acts whose content article requires «Именем Республики Казахстан»: decisions (ГПК 226 ч.1, АППК 152 ч.1) and
 * verdicts (УПК 387, 396 п.1); a ruling, a court order, an appeal resolution and a КоАП resolution do not (legal audit
 * 2026-12, section 1.0).
 */
const IN_THE_NAME_OF_THE_REPUBLIC = new Set([
  'civil-decision',
  'civil-decision-simplified',
  'civil-decision-simplified-reasoned',
  'administrative-decision',
  'administrative-decision-short',
  'criminal-verdict-guilty',
  'criminal-verdict-acquittal',
]);

const NAME_OF_THE_REPUBLIC = { ru: 'ИМЕНЕМ РЕСПУБЛИКИ КАЗАХСТАН', kk: 'ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ АТЫНАН' };

describe('ACT_TEMPLATES', () => {
  it('ships exactly the twelve templates of the eight act types, under their stored ids', () => {
    expect([...ACT_TEMPLATES.keys()].sort()).toEqual(
      [
        'administrative-decision',
        'administrative-decision-short',
        'administrative-offence-resolution',
        'administrative-offence-resolution-reasoned',
        'civil-appeal-resolution',
        'civil-decision',
        'civil-decision-simplified',
        'civil-decision-simplified-reasoned',
        'civil-ruling',
        'court-order',
        'criminal-verdict-acquittal',
        'criminal-verdict-guilty',
      ].sort(),
    );
    for (const [id, template] of ACT_TEMPLATES) expect(findActTemplate(id)).toBe(template);
  });
});

describe('the three-part variants the codes give (legal audit 2026-12)', () => {
  it('a reasoned decision in simplified proceedings: introductory, reasoning and operative parts (ГПК 267-4 ч.1)', () => {
    const template = findActTemplate('civil-decision-simplified-reasoned');
    expect(template?.parts.map((part) => part.id)).toEqual([
      'introductory',
      'reasoning',
      'operative',
      'signature',
    ]);
    expect(template?.reference).toMatchObject({ article: '267-4', part: '1', verification: 'confirmed' });
    const requisitesOf = (id: string) =>
      template?.parts.find((part) => part.id === id)?.requisites?.map((item) => item.id);
    // No hearing, so no secretary (ГПК 267-3 ч.5); the reasoning of art. 226 ч.5; the appeal term of 267-4 ч.4.
    expect(requisitesOf('introductory')).not.toContain('secretary');
    expect(requisitesOf('reasoning')).toEqual(['facts', 'evidence', 'rejected-evidence', 'law']);
    expect(
      template?.parts
        .find((part) => part.id === 'operative')
        ?.requisites?.find((item) => item.id === 'appeal-term')?.reference,
    ).toMatchObject({ article: '267-4', part: '4' });
  });

  it('a КоАП resolution: introductory, descriptive-reasoning and operative parts (КоАП 822 ч.5)', () => {
    const template = findActTemplate('administrative-offence-resolution-reasoned');
    expect(template?.parts.map((part) => part.id)).toEqual([
      'introductory',
      'descriptive-reasoning',
      'operative',
      'signature',
    ]);
    expect(template?.reference).toMatchObject({ article: '822', part: '5', verification: 'confirmed' });
    // The same requisites as the four-part resolution, the descriptive part's guidance aside.
    const fourPart = findActTemplate('administrative-offence-resolution');
    const requisitesOf = (source: typeof template, id: string) =>
      source?.parts.find((part) => part.id === id)?.requisites?.map((item) => item.id);
    expect(requisitesOf(template, 'introductory')).toEqual(requisitesOf(fourPart, 'introductory'));
    expect(requisitesOf(template, 'descriptive-reasoning')).toEqual(requisitesOf(fourPart, 'reasoning'));
    expect(requisitesOf(template, 'operative')).toEqual(requisitesOf(fourPart, 'operative'));
  });
});

describe.each([...ACT_TEMPLATES.values()])('act template $id', (template) => {
  it('passes the validator of templates received as data, unchanged', () => {
    expect(parseActTemplate(JSON.parse(JSON.stringify(template)) as unknown)).toEqual(template);
  });

  it('has unique, non-empty part ids from the shared set', () => {
    const ids = template.parts.map((part) => part.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id.trim()).not.toBe('');
      expect(KNOWN_PART_IDS).toContain(id);
    }
  });

  it('starts with the introductory part and ends with the signature block', () => {
    expect(template.parts[0]?.id).toBe('introductory');
    expect(template.parts.at(-1)?.id).toBe('signature');
  });

  it.each(CONTENT_LANGUAGES)('has a title, headings and hints in %s', (language) => {
    expect(template.title[language].trim()).not.toBe('');
    expect(template.reference.code[language].trim()).not.toBe('');
    for (const part of template.parts) {
      expect(part.heading[language].trim(), part.id).not.toBe('');
      expect(part.hint[language].trim(), part.id).not.toBe('');
    }
  });

  it.each(CONTENT_LANGUAGES)(
    'opens with the act title, in the name of the Republic only where the code requires it, in %s',
    (language) => {
      const opening = template.parts[0]?.initialParagraphs?.[language] ?? [];
      expect(opening[0]?.trim()).not.toBe('');
      if (IN_THE_NAME_OF_THE_REPUBLIC.has(template.id))
        expect(opening).toEqual([opening[0], NAME_OF_THE_REPUBLIC[language]]);
      else expect(opening).toEqual([opening[0]]);
    },
  );

  it.each(CONTENT_LANGUAGES)('creates a valid %s document that round-trips through JSON', (language) => {
    const doc = createActDocument(template, language);
    expect(() => doc.check()).not.toThrow();
    expect(() => assertMatchesTemplate(doc, template)).not.toThrow();
    expect(partIds(doc)).toEqual(template.parts.map((part) => part.id));

    const parsed = parseActDocument(JSON.parse(JSON.stringify(doc.toJSON())) as unknown);
    expect(parsed.eq(doc)).toBe(true);
    expect(() => assertMatchesTemplate(parsed, template)).not.toThrow();
    expect(parsed.attrs).toEqual({
      template: template.id,
      language,
      numberedReasoning: false,
      notApplicable: [],
    });
  });
});
