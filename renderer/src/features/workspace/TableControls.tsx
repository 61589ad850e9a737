import type { Command, EditorState } from 'prosemirror-state';
import { addColumnAfter, addColumnBefore, addRowAfter, addRowBefore, isInTable } from 'prosemirror-tables';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { ActEditorController } from '../../editor/act-editor-controller';
import {
  deleteTableColumns,
  deleteTableKeepingText,
  deleteTableRows,
  insertTable,
  MAX_TABLE_COLUMNS,
  MAX_TABLE_ROWS,
  type TableSize,
} from '../../editor/commands/table';
import { useEditorSelector } from '../../editor/use-editor';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';

interface TableAction {
  id: string;
  label: MessageKey;
  text: string;
  command: Command;
}

const TABLE_ACTIONS: TableAction[] = [
  { id: 'addRowBefore', label: 'table.addRowBefore', text: '↑+', command: addRowBefore },
  { id: 'addRowAfter', label: 'table.addRowAfter', text: '↓+', command: addRowAfter },
  { id: 'addColumnBefore', label: 'table.addColumnBefore', text: '←+', command: addColumnBefore },
  { id: 'addColumnAfter', label: 'table.addColumnAfter', text: '→+', command: addColumnAfter },
  { id: 'deleteRow', label: 'table.deleteRow', text: '−↕', command: deleteTableRows },
  { id: 'deleteColumn', label: 'table.deleteColumn', text: '−↔', command: deleteTableColumns },
  { id: 'deleteTable', label: 'table.delete', text: '✕', command: deleteTableKeepingText },
];

/**
 * What the selection allows: 'table' and the table actions inside a table, 'insert' where a table may go; as a
 * space-separated list, a primitive for useEditorSelector.
 */
function availableActions(state: EditorState): string {
  if (!isInTable(state)) return insertTable(DEFAULT_SIZE)(state) ? 'insert' : '';
  return [
    'table',
    ...TABLE_ACTIONS.filter((action) => action.command(state)).map((action) => action.id),
  ].join(' ');
}

const DEFAULT_SIZE: TableSize = { rows: 3, columns: 3, headerRow: true };

/** The toolbar's table controls: "insert a table" outside tables, row and column buttons inside one. */
export function TableControls({ controller }: { controller: ActEditorController | null }) {
  const { t } = useI18n();
  const available = new Set(useEditorSelector(controller, availableActions, '').split(' '));
  const popoverId = useId();
  const popover = useRef<HTMLFormElement>(null);
  const [size, setSize] = useState(DEFAULT_SIZE);

  function insert(event: FormEvent) {
    event.preventDefault();
    popover.current?.hidePopover();
    controller?.run(insertTable(size));
  }

  if (!available.has('table')) {
    return (
      <>
        <button
          type="button"
          className="toolbar__button table-insert__button"
          aria-label={t('table.insert')}
          title={t('table.insert')}
          disabled={!available.has('insert')}
          popoverTarget={popoverId}
          // Keep the editor's selection: the table goes where the cursor is.
          onMouseDown={(event) => event.preventDefault()}
        >
          ▦
        </button>
        <form
          ref={popover}
          id={popoverId}
          popover="auto"
          className="table-insert"
          aria-label={t('table.insertTitle')}
          onSubmit={insert}
        >
          <label className="field">
            <span>{t('table.rows')}</span>
            <input
              type="number"
              min={1}
              max={MAX_TABLE_ROWS}
              required
              value={size.rows}
              onChange={(event) => setSize({ ...size, rows: event.target.valueAsNumber })}
            />
          </label>
          <label className="field">
            <span>{t('table.columns')}</span>
            <input
              type="number"
              min={1}
              max={MAX_TABLE_COLUMNS}
              required
              value={size.columns}
              onChange={(event) => setSize({ ...size, columns: event.target.valueAsNumber })}
            />
          </label>
          <label className="table-insert__header">
            <input
              type="checkbox"
              checked={size.headerRow}
              onChange={(event) => setSize({ ...size, headerRow: event.target.checked })}
            />
            {t('table.headerRow')}
          </label>
          <button type="submit" className="button button--primary">
            {t('table.insertButton')}
          </button>
        </form>
      </>
    );
  }

  return (
    <span className="table-tools" role="group" aria-label={t('table.tools')}>
      {TABLE_ACTIONS.map((action) => (
        <button
          key={action.id}
          type="button"
          className={`toolbar__button table-tools__${action.id}`}
          aria-label={t(action.label)}
          title={t(action.label)}
          disabled={!available.has(action.id)}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => controller?.run(action.command)}
        >
          {action.text}
        </button>
      ))}
    </span>
  );
}
