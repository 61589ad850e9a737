import { redo, undo } from 'prosemirror-history';
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { TextSelection, type EditorState, type Transaction } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { buildDraft, FILLED_DRAFTS } from '../../domain/act/completeness.fixtures';
import { createActDocument } from '../../domain/act/document';
import { actSchema } from '../../domain/act/schema';
import { b } from '../../domain/act/test-builders';
import { ACT_TEMPLATES } from '../../domain/act/templates';
import { civilDecision } from '../../domain/act/templates/civil-decision';
import { criminalVerdictGuilty } from '../../domain/act/templates/criminal-verdict-guilty';
import type { ContentLanguage } from '../../domain/language';
import { generateAct } from '../../../../test/bench/editor/generate-act';
import { mulberry32 } from '../../../../test/bench/random';
import { documentJsonText } from './document-json';
import { createActEditorState } from './editor-state';

/** What drafts, submissions and rescue copies have always stored: the text must not change by a byte. */
const reference = (doc: ProseMirrorNode) => JSON.stringify(doc.toJSON());

const LANGUAGES: ContentLanguage[] = ['kk', 'ru'];

/** An act with every kind of node, mark and attribute, and text JSON has to escape. */
function richAct(): ProseMirrorNode {
  const { marks, nodes } = actSchema;
  const evidence = marks.evidence.create({ material: 'm-1', title: 'Протокол «осмотра»' });
  const citation = nodes.citation.create({
    code: 'УПК РК',
    article: '397',
    part: '2',
    paragraph: '1',
    text: 'п. 1 ч. 2 ст. 397 УПК РК',
  });
  const cell = (text: string, attrs?: Record<string, unknown>) =>
    nodes.table_cell.create(attrs, nodes.paragraph.create(null, text ? actSchema.text(text) : null));
  const table = nodes.table.create(null, [
    nodes.table_row.create(null, [
      nodes.table_header.create(null, nodes.paragraph.create(null, actSchema.text('Статья'))),
      nodes.table_header.create({ colwidth: [120] }, nodes.paragraph.create(null, actSchema.text('Сумма'))),
    ]),
    nodes.table_row.create(null, [cell('Госпошлина', { colspan: 1, rowspan: 2 }), cell('')]),
  ]);
  return b.doc(
    { template: 'civil-decision', language: 'ru', numberedReasoning: true },
    b.part(
      { id: 'introductory' },
      b.part_heading({ text: 'Вводная часть' }),
      b.paragraph('12 марта 2024 года \t "город" Караганда \\ \u2028 \u{1F600}'),
    ),
    b.part(
      { id: 'reasoning' },
      b.part_heading({ text: 'Мотивировочная часть' }),
      nodes.paragraph.create(null, [
        actSchema.text('Согласно ', [marks.strong.create(), marks.em.create()]),
        citation,
        actSchema.text(', что подтверждается '),
        actSchema.text('протоколом', [marks.underline.create(), evidence]),
        nodes.hard_break.create(),
        actSchema.text('.'),
      ]),
      b.ordered_list(
        { order: 3 },
        b.list_item(b.paragraph('первое'), b.bullet_list(b.list_item(b.paragraph('а')))),
      ),
      table,
      b.paragraph(),
    ),
  );
}

describe('documentJsonText', () => {
  it('gives the same text as JSON.stringify for every new act, in every template and language', () => {
    for (const template of ACT_TEMPLATES.values()) {
      for (const language of LANGUAGES) {
        const doc = createActDocument(template, language);
        expect(documentJsonText(doc)).toBe(reference(doc));
      }
    }
  });

  it('gives the same text for filled-in drafts with citations and evidence links', () => {
    let drafts = 0;
    for (const [templateId, byLanguage] of Object.entries(FILLED_DRAFTS)) {
      for (const [language, text] of Object.entries(byLanguage)) {
        const doc = buildDraft(ACT_TEMPLATES.get(templateId)!, language as ContentLanguage, text);
        expect(documentJsonText(doc)).toBe(reference(doc));
        drafts++;
      }
    }
    expect(drafts).toBeGreaterThan(10);
  });

  it('gives the same text for tables, lists, marks, citations, numbered paragraphs and escaped characters', () => {
    const doc = richAct();
    doc.check();
    expect(documentJsonText(doc)).toBe(reference(doc));
    // Asked again, the cached text is the same.
    expect(documentJsonText(doc)).toBe(reference(doc));
  });

  it('gives the same text for a long generated act', () => {
    const doc = generateAct(criminalVerdictGuilty, { paragraphs: 400, seed: 7 });
    expect(documentJsonText(doc)).toBe(reference(doc));
  });

  it('stays the same as JSON.stringify through a long random sequence of edits, undos and redos', () => {
    const random = mulberry32(20261207);
    let state = createActEditorState(richAct(), new Map());
    const apply = (tr: Transaction) => {
      state = state.apply(tr);
    };
    const command = (run: (state: EditorState, dispatch: (tr: Transaction) => void) => boolean) =>
      run(state, apply);
    // Compared before the first edit too, so every later document is built from a cached one.
    expect(documentJsonText(state.doc)).toBe(reference(state.doc));
    let changed = 0;
    for (let step = 0; step < 400; step++) {
      const before = state.doc;
      const edit = EDITS[Math.floor(random() * EDITS.length)]!;
      edit(state, random, apply, command);
      if (state.doc !== before) changed++;
      expect(documentJsonText(state.doc), `after step ${step} (${edit.name})`).toBe(reference(state.doc));
    }
    // Most steps really changed the act (a few find nothing to do, e.g. redo with nothing undone).
    expect(changed).toBeGreaterThan(250);
  });

  it('stays the same for a civil decision typed into paragraph by paragraph', () => {
    let state = createActEditorState(createActDocument(civilDecision, 'kk'), new Map());
    for (let i = 0; i < 30; i++) {
      const end = state.doc.content.size - 2;
      state = state.apply(state.tr.insertText(`сөз ${i}`, end));
      if (i % 5 === 4) state = state.apply(state.tr.split(state.doc.content.size - 2));
      expect(documentJsonText(state.doc)).toBe(reference(state.doc));
    }
  });
});

type Edit = (
  state: EditorState,
  random: () => number,
  apply: (tr: Transaction) => void,
  command: (run: (state: EditorState, dispatch: (tr: Transaction) => void) => boolean) => boolean,
) => void;

/** The positions inside textblocks (not headings) where text can go: [start, end] of each block's content. */
function textblockRanges(doc: ProseMirrorNode): [number, number][] {
  const ranges: [number, number][] = [];
  doc.descendants((node, pos) => {
    if (node.isTextblock) ranges.push([pos + 1, pos + 1 + node.content.size]);
    return !node.isTextblock;
  });
  return ranges;
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** A random range inside one textblock. */
function rangeIn(doc: ProseMirrorNode, random: () => number): [number, number] {
  const [start, end] = pick(random, textblockRanges(doc));
  const from = start + Math.floor(random() * (end - start + 1));
  return [from, from + Math.floor(random() * (end - from + 1))];
}

const EDITS: Edit[] = [
  function typeText(state, random, apply) {
    const [from] = rangeIn(state.doc, random);
    apply(state.tr.insertText(pick(random, ['а', 'суд ', '"', '\\', 'x\ny', '‐', 'Қ']), from));
  },
  function deleteText(state, random, apply) {
    const [from, to] = rangeIn(state.doc, random);
    if (to > from) apply(state.tr.delete(from, to));
  },
  function markText(state, random, apply) {
    const [from, to] = rangeIn(state.doc, random);
    const { marks } = actSchema;
    const mark = pick(random, [
      marks.strong.create(),
      marks.em.create(),
      marks.evidence.create({ material: `m-${Math.floor(random() * 3)}` }),
    ]);
    apply(random() < 0.7 ? state.tr.addMark(from, to, mark) : state.tr.removeMark(from, to, mark.type));
  },
  function splitParagraph(state, random, apply) {
    const [from] = rangeIn(state.doc, random);
    if (state.doc.resolve(from).parent.type === actSchema.nodes.paragraph) apply(state.tr.split(from));
  },
  function joinBackward(state, random, apply) {
    const [from] = rangeIn(state.doc, random);
    const $from = state.doc.resolve(from);
    const before = $from.before();
    if (
      state.doc.resolve(before).nodeBefore?.type === actSchema.nodes.paragraph &&
      $from.parent.isTextblock
    ) {
      try {
        apply(state.tr.join(before));
      } catch {
        // Not joinable here (a table cell's first paragraph, a list item's): another edit instead.
      }
    }
  },
  function insertCitation(state, random, apply) {
    const [from] = rangeIn(state.doc, random);
    const citation = actSchema.nodes.citation.create({
      code: 'ГПК РК',
      article: String(from),
      text: 'ст. ГПК',
    });
    if (state.doc.resolve(from).parent.type.spec.content === 'inline*')
      apply(state.tr.insert(from, citation));
  },
  function toggleNumbering(state, _random, apply) {
    apply(state.tr.setDocAttribute('numberedReasoning', !(state.doc.attrs.numberedReasoning as boolean)));
  },
  function resizeColumn(state, random, apply) {
    const cells: [ProseMirrorNode, number][] = [];
    state.doc.descendants((node, pos) => {
      if (node.type === actSchema.nodes.table_cell || node.type === actSchema.nodes.table_header) {
        cells.push([node, pos]);
      }
    });
    if (cells.length === 0) return;
    const [cell, pos] = pick(random, cells);
    apply(state.tr.setNodeMarkup(pos, null, { ...cell.attrs, colwidth: [Math.floor(random() * 300)] }));
  },
  function selectAndReplace(state, random, apply) {
    const [from, to] = rangeIn(state.doc, random);
    const tr = state.tr.setSelection(TextSelection.create(state.doc, from, to));
    apply(tr.replaceSelectionWith(actSchema.text('замена')));
  },
  function undoEdit(_state, _random, _apply, command) {
    command(undo);
  },
  function redoEdit(_state, _random, _apply, command) {
    command(redo);
  },
];
