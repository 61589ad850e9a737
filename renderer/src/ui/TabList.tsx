import type { KeyboardEvent } from 'react';

interface TabListProps<Tab extends string> {
  tabs: readonly Tab[];
  selected: Tab;
  onSelect: (tab: Tab) => void;
  /** The accessible name of the whole list. */
  label: string;
  labelOf: (tab: Tab) => string;
  /** The element ids of each tab and of the panel it controls, so the panels can name their tab. */
  tabId: (tab: Tab) => string;
  panelId: (tab: Tab) => string;
  /** The block class: the list gets `<block>__tabs`, each tab `<block>__tab`. */
  block: string;
}

/**
 * A row of tabs as the ARIA tabs pattern has it: one tab in the Tab order (the selected one), Left and Right move
 * to the previous and next tab (wrapping), Home and End to the first and last, selecting as they go.
 */
export function TabList<Tab extends string>({
  tabs,
  selected,
  onSelect,
  label,
  labelOf,
  tabId,
  panelId,
  block,
}: TabListProps<Tab>) {
  function key(event: KeyboardEvent<HTMLButtonElement>) {
    const index = tabs.indexOf(selected);
    const targets: Record<string, number> = {
      ArrowRight: (index + 1) % tabs.length,
      ArrowLeft: (index - 1 + tabs.length) % tabs.length,
      Home: 0,
      End: tabs.length - 1,
    };
    const target = tabs[targets[event.key] ?? -1];
    if (target === undefined) return;
    event.preventDefault();
    onSelect(target);
    document.getElementById(tabId(target))?.focus();
  }

  return (
    <div className={`${block}__tabs`} role="tablist" aria-label={label}>
      {tabs.map((name) => (
        <button
          key={name}
          id={tabId(name)}
          type="button"
          role="tab"
          className={`${block}__tab`}
          aria-selected={selected === name}
          aria-controls={panelId(name)}
          tabIndex={selected === name ? 0 : -1}
          onClick={() => onSelect(name)}
          onKeyDown={key}
        >
          {labelOf(name)}
        </button>
      ))}
    </div>
  );
}
