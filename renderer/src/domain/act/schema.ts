import { Schema, type MarkSpec, type NodeSpec } from 'prosemirror-model';
import { validateNotApplicable } from './not-applicable';

/**
 * The judicial-act schema. A document is a fixed sequence of parts (one per part of the act's template);
 * each part starts with its heading, an atom whose text lives in an attribute so it cannot be typed into,
 * followed by the trainee's blocks. The sequence of parts is guarded by the editor (see
 * editor/structure/part-structure.ts); the schema only makes sure every part has a heading and content.
 */
type ActNodeName =
  | 'doc'
  | 'part'
  | 'part_heading'
  | 'paragraph'
  | 'bullet_list'
  | 'ordered_list'
  | 'list_item'
  | 'table'
  | 'table_row'
  | 'table_cell'
  | 'table_header'
  | 'text'
  | 'hard_break'
  | 'citation';
type ActMarkName = 'strong' | 'em' | 'underline' | 'evidence';

const nodes: Record<ActNodeName, NodeSpec> = {
  doc: {
    content: 'part+',
    attrs: {
      template: { validate: 'string' },
      language: { validate: 'string' },
      // Paragraphs of the reasoning part are numbered 1., 2., … on screen, in print and in exports.
      numberedReasoning: { default: false, validate: 'boolean' },
      // The requisites the trainee marked not applicable to the case, as `part-id/requisite-id` (not-applicable.ts).
      notApplicable: { default: [], validate: validateNotApplicable },
    },
  },
  part: {
    content: 'part_heading block+',
    // Defaults only make the node generatable for ProseMirror's fitting; real parts always carry their id.
    attrs: { id: { default: '', validate: 'string' } },
    // Commands never join, split or lift across a part boundary.
    isolating: true,
    defining: true,
    parseDOM: [
      { tag: 'section[data-part]', getAttrs: (dom) => ({ id: dom.getAttribute('data-part') ?? '' }) },
    ],
    toDOM: (node) => ['section', { class: 'act-part', 'data-part': node.attrs.id as string }, 0],
  },
  part_heading: {
    atom: true,
    selectable: false,
    attrs: { text: { default: '', validate: 'string' } },
    parseDOM: [{ tag: 'h2.act-part-heading', getAttrs: (dom) => ({ text: dom.textContent ?? '' }) }],
    toDOM: (node) => [
      'h2',
      { class: 'act-part-heading', contenteditable: 'false' },
      node.attrs.text as string,
    ],
  },
  paragraph: {
    content: 'inline*',
    group: 'block',
    parseDOM: [{ tag: 'p' }],
    toDOM: () => ['p', 0],
  },
  bullet_list: {
    content: 'list_item+',
    group: 'block',
    parseDOM: [{ tag: 'ul' }],
    toDOM: () => ['ul', 0],
  },
  ordered_list: {
    content: 'list_item+',
    group: 'block',
    attrs: {
      order: {
        default: 1,
        // A list's first number; anything else (NaN from a pasted start="a") would make the draft unexportable.
        validate: (value: unknown) => {
          if (!Number.isInteger(value) || (value as number) < 1)
            throw new RangeError('order must be a whole number ≥ 1');
        },
      },
    },
    parseDOM: [
      {
        tag: 'ol',
        getAttrs: (dom) => ({ order: listStart(dom.getAttribute('start')) }),
      },
    ],
    toDOM: (node) => ['ol', node.attrs.order === 1 ? {} : { start: node.attrs.order as number }, 0],
  },
  list_item: {
    content: 'paragraph block*',
    defining: true,
    parseDOM: [{ tag: 'li' }],
    toDOM: () => ['li', 0],
  },
  // Tables, for cost calculations. The attributes and `tableRole`s are those prosemirror-tables works with.
  table: {
    content: 'table_row+',
    group: 'block',
    tableRole: 'table',
    isolating: true,
    parseDOM: [{ tag: 'table' }],
    toDOM: () => ['table', { class: 'act-table' }, ['tbody', 0]],
  },
  table_row: {
    content: '(table_cell | table_header)*',
    tableRole: 'row',
    parseDOM: [{ tag: 'tr' }],
    toDOM: () => ['tr', 0],
  },
  table_cell: tableCellSpec('td', 'cell'),
  table_header: tableCellSpec('th', 'header_cell'),
  text: { group: 'inline' },
  hard_break: {
    inline: true,
    group: 'inline',
    selectable: false,
    parseDOM: [{ tag: 'br' }],
    toDOM: () => ['br'],
  },
  /**
   * A statute citation, e.g. «п. 1 ч. 2 ст. 397 УПК РК»: an atom whose parts are attributes, so a checker and an
   * export can read the article without parsing prose. `text` is the citation as shown, in the act's language.
   */
  citation: {
    inline: true,
    group: 'inline',
    atom: true,
    attrs: {
      code: { validate: 'string' },
      article: { validate: 'string' },
      part: { default: '', validate: 'string' },
      paragraph: { default: '', validate: 'string' },
      text: { validate: 'string' },
    },
    leafText: (node) => node.attrs.text as string,
    parseDOM: [
      {
        tag: 'span[data-citation]',
        getAttrs: (dom) => ({
          code: dom.getAttribute('data-code') ?? '',
          article: dom.getAttribute('data-article') ?? '',
          part: dom.getAttribute('data-part') ?? '',
          paragraph: dom.getAttribute('data-paragraph') ?? '',
          text: dom.textContent ?? '',
        }),
      },
    ],
    toDOM: (node) => [
      'span',
      {
        class: 'citation',
        'data-citation': '',
        'data-code': node.attrs.code as string,
        'data-article': node.attrs.article as string,
        'data-part': node.attrs.part as string,
        'data-paragraph': node.attrs.paragraph as string,
      },
      node.attrs.text as string,
    ],
  },
};

/** A table cell or header cell with the attributes prosemirror-tables expects. */
function tableCellSpec(tag: 'td' | 'th', tableRole: 'cell' | 'header_cell'): NodeSpec {
  return {
    content: 'paragraph+',
    tableRole,
    isolating: true,
    attrs: {
      colspan: { default: 1, validate: 'number' },
      rowspan: { default: 1, validate: 'number' },
      colwidth: { default: null },
    },
    parseDOM: [
      {
        tag,
        getAttrs: (dom) => ({
          colspan: cellSpan(dom.getAttribute('colspan')),
          rowspan: cellSpan(dom.getAttribute('rowspan')),
        }),
      },
    ],
    toDOM: (node) => {
      const attrs: Record<string, number> = {};
      if (node.attrs.colspan !== 1) attrs.colspan = node.attrs.colspan as number;
      if (node.attrs.rowspan !== 1) attrs.rowspan = node.attrs.rowspan as number;
      return [tag, attrs, 0];
    },
  };
}

/** A pasted cell's span, clamped to 1…20 so a hostile paste cannot build a huge grid. */
function cellSpan(value: string | null): number {
  const span = Number.parseInt(value ?? '', 10);
  return Number.isInteger(span) && span >= 1 ? Math.min(span, 20) : 1;
}

const marks: Record<ActMarkName, MarkSpec> = {
  strong: {
    parseDOM: [
      { tag: 'strong' },
      // Word and Google Docs paste bold as <b style="font-weight: normal"> wrappers; only real bold counts.
      { tag: 'b', getAttrs: (dom) => dom.style.fontWeight !== 'normal' && null },
      { style: 'font-weight=700' },
      { style: 'font-weight=bold' },
    ],
    toDOM: () => ['strong', 0],
  },
  em: {
    parseDOM: [{ tag: 'em' }, { tag: 'i' }, { style: 'font-style=italic' }],
    toDOM: () => ['em', 0],
  },
  underline: {
    parseDOM: [{ tag: 'u' }, { style: 'text-decoration=underline' }],
    toDOM: () => ['u', 0],
  },
  /** Text tied to a material of the case (`material` is its id in the pack); clicking it opens the material. */
  evidence: {
    attrs: { material: { validate: 'string' }, title: { default: '', validate: 'string' } },
    inclusive: false,
    parseDOM: [
      {
        tag: 'span[data-evidence]',
        getAttrs: (dom) => ({
          material: dom.getAttribute('data-evidence') ?? '',
          title: dom.getAttribute('title') ?? '',
        }),
      },
    ],
    toDOM: (mark) => [
      'span',
      {
        class: 'evidence',
        'data-evidence': mark.attrs.material as string,
        title: mark.attrs.title as string,
      },
      0,
    ],
  },
};

/** A pasted list's `start`, or 1 when it is missing or not a whole number of at least 1. */
function listStart(start: string | null): number {
  const value = Number.parseInt(start ?? '', 10);
  return Number.isInteger(value) && value >= 1 ? value : 1;
}

/**
 * The parts whose top-level paragraphs `numberedReasoning` numbers; styles/prosemirror.css numbers the same ones
 * on screen.
 */
export const NUMBERED_PART_IDS: readonly string[] = ['reasoning', 'descriptive-reasoning'];

export const actSchema = new Schema<ActNodeName, ActMarkName>({ nodes, marks });
