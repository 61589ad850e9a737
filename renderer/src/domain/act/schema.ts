import { Schema, type MarkSpec, type NodeSpec } from 'prosemirror-model';

/**
 * The judicial-act schema. A document is a fixed sequence of parts (one per part of the act's template);
 * each part starts with its heading, an atom whose text lives in an attribute so it cannot be typed into,
 * followed by the trainee's blocks. The sequence of parts is guarded by the editor (see
 * editor/plugins/part-structure.ts); the schema only makes sure every part has a heading and content.
 */
type ActNodeName =
  | 'doc'
  | 'part'
  | 'part_heading'
  | 'paragraph'
  | 'bullet_list'
  | 'ordered_list'
  | 'list_item'
  | 'text'
  | 'hard_break';
type ActMarkName = 'strong' | 'em' | 'underline';

const nodes: Record<ActNodeName, NodeSpec> = {
  doc: {
    content: 'part+',
    attrs: { template: { validate: 'string' }, language: { validate: 'string' } },
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
  text: { group: 'inline' },
  hard_break: {
    inline: true,
    group: 'inline',
    selectable: false,
    parseDOM: [{ tag: 'br' }],
    toDOM: () => ['br'],
  },
};

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
};

/** A pasted list's `start`, or 1 when it is missing or not a whole number of at least 1. */
function listStart(start: string | null): number {
  const value = Number.parseInt(start ?? '', 10);
  return Number.isInteger(value) && value >= 1 ? value : 1;
}

export const actSchema = new Schema<ActNodeName, ActMarkName>({ nodes, marks });
