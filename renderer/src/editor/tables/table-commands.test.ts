import { undo } from 'prosemirror-history';
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { AllSelection, TextSelection, type Command, type EditorState } from 'prosemirror-state';
import { addRowAfter, CellSelection, TableMap } from 'prosemirror-tables';
import { describe, expect, it } from 'vitest';
import { createActDocument } from '../../domain/act/document';
import { b } from '../../domain/act/test-builders';
import { civilDecision } from '../../domain/act/templates/civil-decision';
import { createActEditorState } from '../core/editor-state';
import { actKeymaps } from '../core/keymap';
import { partRange } from '../structure/part-range';
import { sameParts } from '../structure/part-structure';
import { deleteAcrossParts } from '../structure/delete-across-parts';
import {
  createTable,
  deleteTableColumns,
  deleteTableKeepingText,
  deleteTableRows,
  insertTable,
} from './table-commands';

const attrs = { template: 'civil-decision', language: 'ru' };

function run(state: EditorState, command: Command): EditorState {
  let next = state;
  command(state, (tr) => {
    next = next.apply(tr);
  });
  return next;
}

/** The state after pressing a key the act's keymap binds (Tab, Shift-Tab…). */
function press(state: EditorState, key: string): EditorState {
  let next = state;
  const shiftKey = key.startsWith('Shift-');
  const event = { key: key.replace('Shift-', ''), shiftKey } as unknown as KeyboardEvent;
  const view = {
    get state() {
      return next;
    },
    dispatch: (tr: Parameters<Parameters<Command>[1] & object>[0]) => {
      next = next.apply(tr);
    },
  };
  for (const plugin of actKeymaps()) {
    const handled = plugin.props.handleKeyDown?.call(plugin, view as never, event);
    if (handled) break;
  }
  return next;
}

function typeText(state: EditorState, text: string): EditorState {
  return state.apply(state.tr.insertText(text));
}

/** The part (by id) of a document. */
function part(doc: ProseMirrorNode, id: string): ProseMirrorNode {
  let found: ProseMirrorNode | undefined;
  doc.forEach((child) => {
    if (child.attrs.id === id) found = child;
  });
  if (!found) throw new Error(`no part ${id}`);
  return found;
}

function inReasoning(text = ''): EditorState {
  let state = createActEditorState(createActDocument(civilDecision, 'ru'), new Map());
  let reasoning = 0;
  state.doc.forEach((child, _offset, childIndex) => {
    if (child.attrs.id === 'reasoning') reasoning = childIndex;
  });
  const start = partRange(state.doc, reasoning).contentStart + 1;
  state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, start)));
  return text ? typeText(state, text) : state;
}

describe('tables in the act', () => {
  it('inserts a valid table with a header row inside the part, the cursor in its first cell', () => {
    const state = run(inReasoning('Расчёт:'), insertTable({ rows: 3, columns: 3, headerRow: true }));
    state.doc.check();
    const reasoning = part(state.doc, 'reasoning');
    const table = reasoning.child(2);
    expect(reasoning.child(1).textContent).toBe('Расчёт:');
    expect(table.type.name).toBe('table');
    expect(table.childCount).toBe(3);
    expect(table.child(0).child(0).type.name).toBe('table_header');
    expect(table.child(1).child(2).type.name).toBe('table_cell');
    // A paragraph after the table, to write on below it.
    expect(reasoning.lastChild?.type.name).toBe('paragraph');
    expect(state.selection.$from.node(-1).type.name).toBe('table_header');
    expect(sameParts(inReasoning().doc, state.doc)).toBe(true);
  });

  it('refuses to put a table inside a table', () => {
    const state = run(inReasoning(), insertTable({ rows: 2, columns: 2, headerRow: false }));
    expect(insertTable({ rows: 2, columns: 2, headerRow: false })(state)).toBe(false);
  });

  it('keeps sizes sensible whatever is typed into the size fields', () => {
    const table = createTable({ rows: 500, columns: Number.NaN, headerRow: false });
    expect(table.childCount).toBe(50);
    expect(table.child(0).childCount).toBe(1);
  });

  it('moves to the next cell with Tab, back with Shift+Tab, and adds a row after the last cell', () => {
    let state = run(inReasoning(), insertTable({ rows: 2, columns: 2, headerRow: true }));
    state = typeText(state, 'Сумма');
    state = press(state, 'Tab');
    state = typeText(state, 'Тенге');
    state = press(state, 'Tab');
    state = typeText(state, 'Долг');
    state = press(state, 'Tab');
    state = typeText(state, '500 000');
    state = press(state, 'Shift-Tab');
    state = typeText(state, 'Основной долг');
    const table = part(state.doc, 'reasoning').child(1);
    expect(table.child(0).child(0).textContent).toBe('Сумма');
    expect(table.child(0).child(1).textContent).toBe('Тенге');
    // Shift+Tab selected the cell's text, so typing replaced it.
    expect(table.child(1).child(0).textContent).toBe('Основной долг');
    expect(table.child(1).child(1).textContent).toBe('500 000');

    state = press(state, 'Tab');
    state = press(state, 'Tab');
    state = typeText(state, 'Пеня');
    const grown = part(state.doc, 'reasoning').child(1);
    expect(grown.childCount).toBe(3);
    expect(grown.child(2).child(0).textContent).toBe('Пеня');
  });

  it('adds and deletes rows and columns, but never the last row or column', () => {
    let state = run(inReasoning(), insertTable({ rows: 1, columns: 2, headerRow: false }));
    expect(deleteTableRows(state)).toBe(false);
    state = run(state, addRowAfter);
    expect(part(state.doc, 'reasoning').child(1).childCount).toBe(2);
    state = run(state, deleteTableColumns);
    expect(part(state.doc, 'reasoning').child(1).child(0).childCount).toBe(1);
    expect(deleteTableColumns(state)).toBe(false);
    state.doc.check();
  });

  it('deletes a table, leaving an empty paragraph where the table was all the part held', () => {
    const doc = b.doc(
      attrs,
      b.part(
        { id: 'reasoning' },
        b.part_heading({ text: 'Мотивы' }),
        createTable({ rows: 2, columns: 2, headerRow: false }),
      ),
      b.part({ id: 'operative' }, b.part_heading({ text: 'Резолюция' }), b.paragraph('Решил')),
    );
    let state = createActEditorState(doc, new Map());
    state = state.apply(
      state.tr.setSelection(TextSelection.create(state.doc, 1 + doc.child(0).child(0).nodeSize + 4)),
    );
    state = run(state, deleteTableKeepingText);
    state.doc.check();
    expect(state.doc.child(0).childCount).toBe(2);
    expect(state.doc.child(0).child(1).type.name).toBe('paragraph');
    expect(sameParts(doc, state.doc)).toBe(true);
    expect(run(state, undo).doc.eq(doc)).toBe(true);
  });

  it('keeps the parts when a selection from one part into a table of the next is deleted', () => {
    let state = run(inReasoning('Мотивы'), insertTable({ rows: 2, columns: 2, headerRow: false }));
    state = typeText(state, 'ячейка');
    const before = state.doc;
    const descriptiveStart = partRange(before, 1).contentStart + 1;
    state = state.apply(
      state.tr.setSelection(TextSelection.create(before, descriptiveStart, state.selection.from - 2)),
    );
    state = run(state, deleteAcrossParts);
    state.doc.check();
    expect(sameParts(before, state.doc)).toBe(true);
    expect(state.doc.childCount).toBe(before.childCount);
  });

  it('clears selected cells with Delete, and select-all with Delete keeps every part', () => {
    let state = run(inReasoning(), insertTable({ rows: 2, columns: 2, headerRow: false }));
    state = typeText(state, 'A');
    const tableStart = state.selection.$from.start(-3);
    const table = state.selection.$from.node(-3);
    const map = TableMap.get(table);
    const cell = (row: number, column: number) =>
      state.doc.resolve(tableStart + map.positionAt(row, column, table));
    state = state.apply(state.tr.setSelection(new CellSelection(cell(0, 0), cell(1, 1))));
    state = press(state, 'Delete');
    expect(part(state.doc, 'reasoning').child(1).textContent).toBe('');
    state.doc.check();

    state = state.apply(state.tr.setSelection(new AllSelection(state.doc)));
    const before = state.doc;
    state = press(state, 'Delete');
    state.doc.check();
    expect(sameParts(before, state.doc)).toBe(true);
  });
});
