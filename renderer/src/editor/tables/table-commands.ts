import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { Selection, TextSelection, type Command } from 'prosemirror-state';
import {
  addRow,
  deleteColumn,
  deleteRow,
  goToNextCell,
  isInTable,
  selectedRect,
  TableMap,
} from 'prosemirror-tables';
import { actSchema } from '../../domain/act/schema';

const {
  paragraph,
  table,
  table_cell: tableCell,
  table_header: tableHeader,
  table_row: tableRow,
} = actSchema.nodes;

export interface TableSize {
  rows: number;
  columns: number;
  /** Whether the first row is a row of header cells. */
  headerRow: boolean;
}

/** Enough for any cost calculation; a mistyped 500 must not freeze the editor. */
export const MAX_TABLE_ROWS = 50;
export const MAX_TABLE_COLUMNS = 12;

/** A table of empty cells; the sizes are clamped to 1…MAX_TABLE_ROWS and 1…MAX_TABLE_COLUMNS. */
export function createTable({ rows, columns, headerRow }: TableSize): ProseMirrorNode {
  const rowCount = clamp(rows, MAX_TABLE_ROWS);
  const columnCount = clamp(columns, MAX_TABLE_COLUMNS);
  return table.create(
    null,
    Array.from({ length: rowCount }, (_, row) =>
      tableRow.create(
        null,
        Array.from({ length: columnCount }, () =>
          (row === 0 && headerRow ? tableHeader : tableCell).create(null, paragraph.create()),
        ),
      ),
    ),
  );
}

/**
 * Inserts a table at the cursor (splitting the paragraph when the cursor is inside its text), keeps a paragraph
 * after it so the trainee can write on below the table, and puts the cursor in its first cell. Tables do not nest.
 */
export function insertTable(size: TableSize): Command {
  return (state, dispatch) => {
    const { $from } = state.selection;
    if ($from.depth === 0 || isInTable(state)) return false;
    if (!dispatch) return true;
    const node = createTable(size);
    const tr = state.tr.replaceSelectionWith(node, false);
    let tablePos = -1;
    // Where the last step (the insertion) put the table.
    tr.mapping.maps.at(-1)?.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      tr.doc.nodesBetween(newStart, newEnd, (child, pos) => {
        if (tablePos < 0 && child.type === table) tablePos = pos;
        return tablePos < 0;
      });
    });
    if (tablePos < 0) return false;
    const after = tablePos + node.nodeSize;
    if (!tr.doc.resolve(after).nodeAfter) tr.insert(after, paragraph.create());
    // Inside the table, its first row, its first cell and that cell's paragraph.
    tr.setSelection(TextSelection.create(tr.doc, tablePos + 4));
    dispatch(tr.scrollIntoView());
    return true;
  };
}

/** Tab in a table: the next cell, or from the last cell a new row, as in a word processor. */
export const goToNextCellOrAddRow: Command = (state, dispatch) => {
  if (!isInTable(state)) return false;
  if (goToNextCell(1)(state, dispatch)) return true;
  if (!dispatch) return true;
  const rect = selectedRect(state);
  const tr = addRow(state.tr, rect, rect.bottom);
  const grown = tr.doc.nodeAt(rect.tableStart - 1);
  if (!grown) return false;
  const cellPos = rect.tableStart + TableMap.get(grown).positionAt(rect.bottom, 0, grown);
  // Inside the new row's first cell and its paragraph.
  tr.setSelection(TextSelection.create(tr.doc, cellPos + 2));
  dispatch(tr.scrollIntoView());
  return true;
};

/**
 * Deletes the selected rows, unless they are all the table has (that is deleting the table). prosemirror-tables'
 * deleteRow says it can even then, so a button would look usable and do nothing.
 */
export const deleteTableRows: Command = (state, dispatch) => {
  if (!isInTable(state)) return false;
  const { top, bottom, map } = selectedRect(state);
  return !(top === 0 && bottom === map.height) && deleteRow(state, dispatch);
};

/** Deletes the selected columns, unless they are all the table has. */
export const deleteTableColumns: Command = (state, dispatch) => {
  if (!isInTable(state)) return false;
  const { left, right, map } = selectedRect(state);
  return !(left === 0 && right === map.width) && deleteColumn(state, dispatch);
};

/**
 * Deletes the table around the cursor. A part (or list item) that held only the table keeps an empty paragraph,
 * since a part may never be left without text.
 */
export const deleteTableKeepingText: Command = (state, dispatch) => {
  const { $anchor } = state.selection;
  for (let depth = $anchor.depth; depth > 0; depth--) {
    if ($anchor.node(depth).type !== table) continue;
    if (!dispatch) return true;
    const from = $anchor.before(depth);
    const to = $anchor.after(depth);
    const parent = $anchor.node(depth - 1);
    const index = $anchor.index(depth - 1);
    const tr = parent.canReplace(index, index + 1)
      ? state.tr.delete(from, to)
      : state.tr.replaceWith(from, to, paragraph.create());
    const $pos = tr.doc.resolve(from);
    tr.setSelection(Selection.near($pos, $pos.nodeAfter ? 1 : -1));
    dispatch(tr.scrollIntoView());
    return true;
  }
  return false;
};

function clamp(value: number, max: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(Math.trunc(value), 1), max) : 1;
}
