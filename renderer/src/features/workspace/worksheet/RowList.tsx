import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { WORKSHEET_LIMITS } from '../../../domain/worksheet/worksheet';
import { useI18n } from '../../../i18n/I18nProvider';
import { IconButton } from '../../../ui/IconButton';

/** Changes a list of the worksheet from its newest value (a state updater: it never works on a stale copy). */
export type RowsSetter<Row> = (update: (rows: Row[]) => Row[]) => void;

interface RowListProps<Row> {
  rows: Row[];
  setRows: RowsSetter<Row>;
  createRow: () => Row;
  /** The row's legend, e.g. «Факт 2», and the remove button's label, by row number (from 1). */
  rowLabel: (number: number) => string;
  removeLabel: (number: number) => string;
  addLabel: string;
  /** One row's fields: a memoised component, given a `setRow` that stays the same for the list's life. */
  renderRow: (row: Row, index: number, setRow: (index: number, row: Row) => void) => ReactNode;
  /** Ready-made rows to add from a drop-down beside the add button, e.g. norms from the case legislation. */
  presets?: RowPresets<Row>;
}

export interface RowPresets<Row> {
  /** The drop-down's label, also its first (empty) option. */
  label: string;
  /** The language the options are written in (the case's). */
  language: string;
  options: { label: string; row: () => Row }[];
}

/**
 * The rows of one worksheet list, each a fieldset with a remove button, and an add button below. Rows keep a key
 * of their own, so removing one in the middle leaves the others' fields (and focus) where they are. A new row's
 * first field takes the focus; after a removal the add button does, so the keyboard never loses its place.
 */
export function RowList<Row>({
  rows,
  setRows,
  createRow,
  rowLabel,
  removeLabel,
  addLabel,
  renderRow,
  presets,
}: RowListProps<Row>) {
  const { t } = useI18n();
  const [keys, setKeys] = useState(() => rows.map((_row, index) => index));
  const nextKey = useRef(rows.length);
  const focusTarget = useRef<'new' | 'add' | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const full = rows.length >= WORKSHEET_LIMITS.rows;

  useEffect(() => {
    if (focusTarget.current === 'new') {
      list.current?.lastElementChild?.querySelector<HTMLElement>('textarea, input, select')?.focus();
    } else if (focusTarget.current === 'add') {
      addButton.current?.focus();
    }
    focusTarget.current = null;
  }, [keys]);

  const setRow = useCallback(
    (index: number, row: Row) => setRows((current) => current.map((old, at) => (at === index ? row : old))),
    [setRows],
  );

  function add(row: Row) {
    if (full) return;
    const key = nextKey.current++;
    focusTarget.current = 'new';
    setKeys((current) => [...current, key]);
    setRows((current) => [...current, row]);
  }

  function remove(index: number) {
    focusTarget.current = 'add';
    setKeys((current) => current.filter((_key, at) => at !== index));
    setRows((current) => current.filter((_row, at) => at !== index));
  }

  return (
    <>
      {rows.length > 0 && (
        <ol ref={list} className="worksheet-rows">
          {rows.map((row, index) => (
            <li key={keys[index] ?? `extra-${index}`} className="worksheet-row">
              <fieldset className="worksheet-row__fields">
                <legend className="worksheet-row__legend">{rowLabel(index + 1)}</legend>
                {renderRow(row, index, setRow)}
              </fieldset>
              <IconButton
                className="worksheet-row__remove"
                label={removeLabel(index + 1)}
                onClick={() => remove(index)}
              >
                ×
              </IconButton>
            </li>
          ))}
        </ol>
      )}
      <div className="worksheet-section__actions">
        <button
          ref={addButton}
          type="button"
          className="button button--small"
          disabled={full}
          title={full ? t('worksheet.rowLimit', { count: WORKSHEET_LIMITS.rows }) : undefined}
          onClick={() => add(createRow())}
        >
          {addLabel}
        </button>
        {presets && presets.options.length > 0 && (
          <select
            className="worksheet-section__picker"
            aria-label={presets.label}
            value=""
            disabled={full}
            onChange={(event) => {
              const preset = presets.options[Number(event.target.value)];
              if (preset) add(preset.row());
            }}
          >
            <option value="">{presets.label}</option>
            {presets.options.map((option, index) => (
              <option key={index} value={index} lang={presets.language}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </div>
    </>
  );
}
