import { useEffect, useEffectEvent } from 'react';
import { SHORTCUTS, type ShortcutAction } from '../editor/core/shortcuts';
import { keyTableHandler, type KeyTable } from './shortcut-handler';

interface WindowShortcutOptions {
  /** Where the key must be pressed (the focused element) for the shortcuts to count; anywhere when not given. */
  within?: (target: Element | null) => boolean;
  /** Any other key pressed there, for a screen that gives one more key a meaning of its own (Escape). */
  onOtherKey?: (event: KeyboardEvent) => void;
}

/**
 * Runs the actions bound to their keys in the shortcut table (SHORTCUTS) whenever one is pressed in the window, as
 * `shortcutHandler` matches them, for as long as the component is mounted. The actions may change at every render:
 * the newest are run, while the listener, and the key map it matches with, are made once.
 */
export function useWindowShortcuts(
  actions: Partial<Record<ShortcutAction, () => void>>,
  options: WindowShortcutOptions = {},
): void {
  useKeyTableShortcuts(SHORTCUTS, actions, options);
}

/** useWindowShortcuts over another screen's table of keys (the marking screen's); the table must not change. */
export function useKeyTableShortcuts<Action extends string>(
  table: KeyTable<Action>,
  actions: Partial<Record<Action, () => void>>,
  { within, onOtherKey }: WindowShortcutOptions = {},
): void {
  const bound = (Object.keys(actions) as Action[]).sort().join(' ');
  const run = useEffectEvent((action: Action) => actions[action]?.());
  const onKeyDown = useEffectEvent((event: KeyboardEvent, handle: (event: KeyboardEvent) => boolean) => {
    if (within && !within(event.target instanceof Element ? event.target : null)) return;
    if (!handle(event)) onOtherKey?.(event);
  });

  useEffect(() => {
    const handle = keyTableHandler(
      table,
      Object.fromEntries(
        bound
          .split(' ')
          .filter(Boolean)
          .map((action) => [action, () => run(action as Action)]),
      ) as Partial<Record<Action, () => void>>,
    );
    const listener = (event: KeyboardEvent) => onKeyDown(event, handle);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [bound, table]);
}

/** Keys pressed in a dialog are the dialog's: Escape above all, which closes it. */
export function outsideDialogs(target: Element | null): boolean {
  return !target?.closest('dialog');
}
