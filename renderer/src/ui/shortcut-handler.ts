import { keydownHandler } from 'prosemirror-keymap';
import type { EditorView } from 'prosemirror-view';
import { SHORTCUTS, type ShortcutAction } from '../editor/core/shortcuts';

/**
 * A keydown handler for workspace shortcuts outside the editor's keymap (print preview, zoom, focus mode): runs
 * the action bound to the key, stops the browser's own use of it (its print dialog, its page zoom) and says
 * whether it did. Keys match exactly as in the editor's keymap, through prosemirror-keymap, so `Mod` is Ctrl or
 * Cmd and Ctrl+P works with a Russian or Kazakh keyboard layout too (the key reads "з", its code says P).
 */
export function shortcutHandler(
  actions: Partial<Record<ShortcutAction, () => void>>,
): (event: KeyboardEvent) => boolean {
  return keyTableHandler(SHORTCUTS, actions);
}

/** A screen's table of shortcuts: action → its keys in ProseMirror's notation (as SHORTCUTS is the workspace's). */
export type KeyTable<Action extends string> = Readonly<Record<Action, readonly string[]>>;

/** shortcutHandler over another screen's table of keys (the marking screen's). */
export function keyTableHandler<Action extends string>(
  table: KeyTable<Action>,
  actions: Partial<Record<Action, () => void>>,
): (event: KeyboardEvent) => boolean {
  const bindings = Object.fromEntries(
    (Object.keys(actions) as Action[]).flatMap((action) =>
      table[action].map((key) => [
        key,
        () => {
          actions[action]?.();
          return true;
        },
      ]),
    ),
  );
  const handle = keydownHandler(bindings);
  // keydownHandler reads `state` and `dispatch` off the view only to hand them to the bindings, which ignore them.
  const noView = { state: null, dispatch: null } as unknown as EditorView;
  return (event) => {
    if (event.defaultPrevented || !handle(noView, event)) return false;
    event.preventDefault();
    return true;
  };
}
