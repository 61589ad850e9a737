import './PickerList.css';
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

interface PickerListProps<T> {
  filterLabel: string;
  listLabel: string;
  items: readonly T[];
  itemKey: (item: T) => string;
  /** What the filter box searches in: every word typed must occur in it. */
  itemText: (item: T) => string;
  render: (item: T) => ReactNode;
  /** Said when nothing matches what was typed. */
  empty: (query: string) => string;
  onChoose: (item: T) => void;
}

/**
 * A filter box over a list of choices, for the citation and evidence pickers. Keyboard: type to filter, ↓ into the
 * list, ↑/↓ between choices, Enter to choose, Esc (the dialog's) to cancel.
 */
export function PickerList<T>({
  filterLabel,
  listLabel,
  items,
  itemKey,
  itemText,
  render,
  empty,
  onChoose,
}: PickerListProps<T>) {
  const id = useId();
  const list = useRef<HTMLUListElement>(null);
  const [query, setQuery] = useState('');
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const shown = items.filter((item) => {
    const text = itemText(item).toLowerCase();
    return words.every((word) => text.includes(word));
  });

  function focusChoice(event: KeyboardEvent, step: 1 | -1) {
    const buttons = [...(list.current?.querySelectorAll('button') ?? [])];
    if (!buttons.length) return;
    event.preventDefault();
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = current < 0 ? (step === 1 ? 0 : buttons.length - 1) : current + step;
    buttons[Math.min(Math.max(next, 0), buttons.length - 1)]?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown') focusChoice(event, 1);
    else if (event.key === 'ArrowUp') focusChoice(event, -1);
  }

  return (
    <div className="picker-list" onKeyDown={onKeyDown}>
      <label className="field picker-list__filter">
        <span>{filterLabel}</span>
        <input
          type="search"
          autoFocus
          value={query}
          aria-controls={`${id}-list`}
          onChange={(event) => setQuery(event.target.value)}
        />
      </label>
      <ul className="picker-list__items" id={`${id}-list`} aria-label={listLabel} ref={list}>
        {shown.map((item) => (
          <li key={itemKey(item)}>
            <button type="button" className="picker-list__item" onClick={() => onChoose(item)}>
              {render(item)}
            </button>
          </li>
        ))}
      </ul>
      {shown.length === 0 && (
        <p className="picker-list__empty" role="status">
          {empty(query)}
        </p>
      )}
    </div>
  );
}
