import type { Command, EditorState } from 'prosemirror-state';
import { addColumnAfter, addColumnBefore, addRowAfter, addRowBefore, isInTable } from 'prosemirror-tables';
import {
  Fragment,
  useId,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
  type ToggleEvent,
} from 'react';
import type { ActEditorController } from '../../../editor/core/act-editor-controller';
import { useActEditor } from '../../../editor/core/act-editor-context';
import {
  deleteTableColumns,
  deleteTableKeepingText,
  deleteTableRows,
  insertTable,
  MAX_TABLE_COLUMNS,
  MAX_TABLE_ROWS,
  type TableSize,
} from '../../../editor/tables/table-commands';
import { useEditorSelector } from '../../../editor/core/use-editor';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/messages';
import { IconButton } from '../../../ui/IconButton';

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

/** The actions from this one on are deletions: a rule sets them apart from the additions. */
const FIRST_DELETION = 'deleteRow';

/**
 * Keyboard focus for the toolbar's table popovers: opening one takes the focus to its first field or button,
 * Escape closes it and gives the focus back to the text (where Escape alone would take it out of the text),
 * and a popover closed by a click on nothing in particular does the same.
 */
function popoverFocus(controller: ActEditorController | null) {
  return {
    onToggle(event: ToggleEvent<HTMLElement>) {
      const popover = event.currentTarget;
      if (event.newState === 'open') {
        const first = popover.querySelector<HTMLElement>('input, button:not(:disabled)');
        first?.focus();
        if (first instanceof HTMLInputElement) first.select();
        return;
      }
      const focused = document.activeElement;
      if (!focused || focused === document.body || popover.contains(focused)) controller?.view.focus();
    },
    onKeyDown(event: KeyboardEvent<HTMLElement>) {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.currentTarget.hidePopover();
      controller?.view.focus();
    },
  };
}

/**
 * The toolbar's table controls: "insert a table" outside tables; inside one, a single "Table" button whose menu
 * holds the row and column actions, so the toolbar keeps its width and its place as the cursor enters a table.
 */
export function TableControls() {
  const available = new Set(useEditorSelector(useActEditor(), availableActions, '').split(' '));
  return available.has('table') ? (
    <TableTools available={available} />
  ) : (
    <TableInsert enabled={available.has('insert')} />
  );
}

function TableInsert({ enabled }: { enabled: boolean }) {
  const controller = useActEditor();
  const { t } = useI18n();
  const popoverId = useId();
  const popover = useRef<HTMLFormElement>(null);
  const [size, setSize] = useState(DEFAULT_SIZE);

  function insert(event: FormEvent) {
    event.preventDefault();
    popover.current?.hidePopover();
    controller?.run(insertTable(size));
  }

  return (
    <>
      <IconButton
        className="toolbar__button table-controls__button"
        label={t('table.insert')}
        disabled={!enabled}
        popoverTarget={popoverId}
        // Keep the editor's selection: the table goes where the cursor is.
        onMouseDown={(event) => event.preventDefault()}
      >
        ▦
      </IconButton>
      <form
        ref={popover}
        id={popoverId}
        popover="auto"
        className="table-controls__popover table-insert"
        aria-label={t('table.insertTitle')}
        onSubmit={insert}
        {...popoverFocus(controller)}
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

function TableTools({ available }: { available: Set<string> }) {
  const { t } = useI18n();
  const controller = useActEditor();
  const popoverId = useId();
  const popover = useRef<HTMLDivElement>(null);
  const focus = popoverFocus(controller);

  function perform(command: Command) {
    popover.current?.hidePopover();
    controller?.run(command);
  }

  /** Up and down arrows move between the menu's buttons, as in a menu. */
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    focus.onKeyDown(event);
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const step = event.key === 'ArrowDown' ? 1 : -1;
    buttons.at((current + step) % buttons.length)?.focus();
  }

  return (
    <>
      <IconButton
        className="toolbar__button table-controls__button table-tools__button"
        label={t('table.tools')}
        popoverTarget={popoverId}
        onMouseDown={(event) => event.preventDefault()}
      >
        ▦<span aria-hidden="true">▾</span>
      </IconButton>
      <div
        ref={popover}
        id={popoverId}
        popover="auto"
        className="table-controls__popover table-tools"
        role="group"
        aria-label={t('table.tools')}
        onToggle={focus.onToggle}
        onKeyDown={onKeyDown}
      >
        {TABLE_ACTIONS.map((action) => (
          <Fragment key={action.id}>
            {action.id === FIRST_DELETION && <hr className="table-tools__rule" />}
            <button
              type="button"
              className={`table-tools__action table-tools__${action.id}`}
              disabled={!available.has(action.id)}
              onClick={() => perform(action.command)}
            >
              <span className="table-tools__symbol" aria-hidden="true">
                {action.text}
              </span>
              {t(action.label)}
            </button>
          </Fragment>
        ))}
      </div>
    </>
  );
}
