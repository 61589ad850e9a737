import { describe, expect, it } from 'vitest';
import { ActDocumentError, createActDocument, parseActDocument } from './document';
import { notApplicableKeys, withRequisiteMarked } from './not-applicable';
import { criminalVerdictGuilty } from './templates/criminal-verdict-guilty';

/** A fresh guilty verdict's JSON with `notApplicable` set to `value`, or without the attribute at all. */
function verdictJson(value?: unknown): Record<string, unknown> {
  const json = createActDocument(criminalVerdictGuilty, 'ru').toJSON() as { attrs: Record<string, unknown> };
  const { notApplicable: _omitted, ...attrs } = json.attrs;
  return { ...json, attrs: value === undefined ? attrs : { ...attrs, notApplicable: value } };
}

describe('the “not applicable” marks of a draft', () => {
  it('are none in a new draft and in a draft or submission saved before they existed', () => {
    expect(notApplicableKeys(createActDocument(criminalVerdictGuilty, 'kk'))).toEqual([]);
    expect(notApplicableKeys(parseActDocument(verdictJson()))).toEqual([]);
  });

  it('are read back from a stored document', () => {
    const doc = parseActDocument(verdictJson(['introductory/interpreter']));
    expect(notApplicableKeys(doc)).toEqual(['introductory/interpreter']);
  });

  it.each([
    ['not a list', 'introductory/interpreter'],
    ['a number in the list', [3]],
    ['an entry without a part', ['interpreter']],
    ['markup in an entry', ['introductory/<img src=x>']],
    ['an overlong entry', [`introductory/${'a'.repeat(200)}`]],
    ['more entries than a template has requisites', Array.from({ length: 601 }, (_, i) => `part/r${i}`)],
  ])('refuse a document whose marks are %s', (_what, value) => {
    expect(() => parseActDocument(verdictJson(value))).toThrow(ActDocumentError);
  });

  it('stay sorted and free of duplicates as requisites are marked and unmarked', () => {
    const marked = withRequisiteMarked(['operative/b'], 'introductory/a', true);
    expect(marked).toEqual(['introductory/a', 'operative/b']);
    expect(withRequisiteMarked(marked, 'introductory/a', true)).toEqual(marked);
    expect(withRequisiteMarked(marked, 'operative/b', false)).toEqual(['introductory/a']);
  });
});
