import { JSDOM } from 'jsdom';
import { DOMParser } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { actSchema } from './schema';
import {
  ActDocumentError,
  actLanguage,
  assertMatchesTemplate,
  createActDocument,
  openActDocument,
  parseActDocument,
  partIds,
} from './document';
import { civilDecision } from './templates/civil-decision';

describe('createActDocument', () => {
  it('gives a civil decision the four parts of ГПК art. 226 and the signature block, in order', () => {
    const doc = createActDocument(civilDecision, 'ru');
    expect(partIds(doc)).toEqual(['introductory', 'descriptive', 'reasoning', 'operative', 'signature']);
    expect(doc.child(0).firstChild?.attrs.text).toBe('Вводная часть');
    expect(doc.child(0).textContent).toContain('ИМЕНЕМ РЕСПУБЛИКИ КАЗАХСТАН');
    expect(doc.attrs).toEqual({
      template: 'civil-decision',
      language: 'ru',
      numberedReasoning: false,
      notApplicable: [],
    });
  });

  it('writes headings and the act title in Kazakh for a Kazakh case', () => {
    const doc = createActDocument(civilDecision, 'kk');
    expect(doc.child(3).firstChild?.attrs.text).toBe('Қарар бөлігі');
    expect(doc.child(0).textContent).toContain('ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ АТЫНАН');
  });
});

describe('actLanguage', () => {
  it('reads the language the act is written in, and falls back to Russian for one acts are not written in', () => {
    expect(actLanguage(createActDocument(civilDecision, 'kk'))).toBe('kk');
    expect(actLanguage(createActDocument(civilDecision, 'ru'))).toBe('ru');
    const unknown = actSchema.nodeFromJSON({
      ...createActDocument(civilDecision, 'kk').toJSON(),
      attrs: { template: civilDecision.id, language: 'de' },
    });
    expect(actLanguage(unknown)).toBe('ru');
    expect(actLanguage(undefined)).toBe('ru');
  });
});

describe('parseActDocument', () => {
  it('round-trips a document through JSON unchanged', () => {
    const doc = createActDocument(civilDecision, 'ru');
    const json = JSON.parse(JSON.stringify(doc.toJSON())) as unknown;
    const parsed = parseActDocument(json);
    expect(parsed.eq(doc)).toBe(true);
    expect(() => assertMatchesTemplate(parsed, civilDecision)).not.toThrow();
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['a string', 'doc'],
  ])('rejects %s as not an object', (_, json) => {
    expect(() => parseActDocument(json)).toThrow(expect.objectContaining({ reason: 'notAnObject' }));
  });

  it('rejects an unknown node type, naming it', () => {
    const json = createActDocument(civilDecision, 'ru').toJSON() as { content: { content: unknown[] }[] };
    json.content[0]?.content.push({ type: 'script', content: [] });
    expect(() => parseActDocument(json)).toThrow(/script/);
  });

  it('rejects a part without its heading', () => {
    const json = {
      type: 'doc',
      attrs: { template: 'civil-decision', language: 'ru' },
      content: [{ type: 'part', attrs: { id: 'introductory' }, content: [{ type: 'paragraph' }] }],
    };
    expect(() => parseActDocument(json)).toThrow(ActDocumentError);
  });

  it('rejects an unknown mark', () => {
    const json = {
      type: 'doc',
      attrs: { template: 'civil-decision', language: 'ru' },
      content: [
        {
          type: 'part',
          attrs: { id: 'x' },
          content: [
            { type: 'part_heading', attrs: { text: 'X' } },
            { type: 'paragraph', content: [{ type: 'text', text: 'a', marks: [{ type: 'link' }] }] },
          ],
        },
      ],
    };
    expect(() => parseActDocument(json)).toThrow(expect.objectContaining({ reason: 'invalidContent' }));
  });
});

describe('assertMatchesTemplate', () => {
  it('refuses a document whose parts differ from the template', () => {
    const doc = createActDocument(civilDecision, 'ru');
    const shorter = doc.copy(doc.content.cut(0, doc.child(0).nodeSize));
    expect(() => assertMatchesTemplate(shorter, civilDecision)).toThrow(
      expect.objectContaining({ reason: 'templateMismatch' }),
    );
  });
});

describe('openActDocument', () => {
  it('opens a draft whose headings a later template reworded, showing the new headings and keeping the text', () => {
    let doc = createActDocument(civilDecision, 'kk');
    const reworded = {
      ...civilDecision,
      parts: civilDecision.parts.map((part) =>
        part.id === 'operative' ? { ...part, heading: { ...part.heading, kk: 'Қарарлы бөлігі' } } : part,
      ),
    };
    doc = openActDocument(doc.toJSON(), reworded);
    expect(doc.child(3).firstChild?.attrs.text).toBe('Қарарлы бөлігі');
    expect(doc.child(0).textContent).toContain('ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ АТЫНАН');
  });

  it('returns the same document when the headings are current', () => {
    const doc = createActDocument(civilDecision, 'ru');
    expect(openActDocument(doc.toJSON(), civilDecision).eq(doc)).toBe(true);
  });

  it('refuses a document of another template', () => {
    const json = {
      ...(createActDocument(civilDecision, 'ru').toJSON() as object),
      attrs: { template: 'other', language: 'ru' },
    };
    expect(() => openActDocument(json, civilDecision)).toThrow(
      expect.objectContaining({ reason: 'templateMismatch' }),
    );
  });
});

describe('pasted lists', () => {
  it.each([
    ['<ol start="3"><li><p>x</p></li></ol>', 3],
    ['<ol start="a"><li><p>x</p></li></ol>', 1],
    ['<ol start="-2"><li><p>x</p></li></ol>', 1],
    ['<ol><li><p>x</p></li></ol>', 1],
  ])('%s starts at %i', (html, order) => {
    const dom = new JSDOM(`<body>${html}</body>`).window.document.body;
    const slice = DOMParser.fromSchema(actSchema).parseSlice(dom);
    expect(slice.content.firstChild?.attrs.order).toBe(order);
  });

  it('refuses a stored list whose start is not a whole number', () => {
    const json = createActDocument(civilDecision, 'ru').toJSON() as { content: { content: unknown[] }[] };
    json.content[0]?.content.push({
      type: 'ordered_list',
      attrs: { order: Number.NaN },
      content: [{ type: 'list_item', content: [{ type: 'paragraph' }] }],
    });
    expect(() => parseActDocument(json)).toThrow(ActDocumentError);
  });
});
