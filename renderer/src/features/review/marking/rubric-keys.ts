import { keydownHandler } from 'prosemirror-keymap';
import type { EditorView } from 'prosemirror-view';
import { isApplePlatform } from '../../../ui/platform-keys';

/**
 * The rubric panel's keys, in ProseMirror's notation (`Mod` is Ctrl, ⌘ on a Mac), for the panel to bind and the
 * marking screen's key list (F1) to show. Enter in a score field (accepting the criterion's proposal) and the digits
 * that type a score are the score field's own.
 */
export const RUBRIC_KEYS = {
  nextCriterion: ['Alt-ArrowDown'],
  previousCriterion: ['Alt-ArrowUp'],
  commentBank: ['Mod-Shift-b'],
} as const satisfies Record<string, readonly string[]>;

export type RubricKeyAction = keyof typeof RUBRIC_KEYS;

// keydownHandler reads `state` and `dispatch` off the view only to hand them to the bindings, which ignore them.
const noView = { state: null, dispatch: null } as unknown as EditorView;

/** One matcher per action, made once: prosemirror-keymap normalises a key table when it makes its handler. */
const MATCHERS = (Object.keys(RUBRIC_KEYS) as RubricKeyAction[]).map(
  (action) =>
    [
      action,
      keydownHandler(Object.fromEntries(RUBRIC_KEYS[action].map((key) => [key, () => true]))),
    ] as const,
);

/**
 * The action a pressed key is bound to, if any. Matched by prosemirror-keymap, as every key of the app is
 * (ui/shortcut-handler.ts, which serves the workspace's table), so Ctrl+Shift+B works with a Kazakh or Russian
 * layout too, where that key reads «И».
 */
export function rubricKeyAction(event: KeyboardEvent): RubricKeyAction | undefined {
  return MATCHERS.find(([, matches]) => matches(noView, event))?.[0];
}

/** An action's keys as `aria-keyshortcuts` writes them («Control+Shift+B», «Meta+Shift+B» on a Mac). */
export function ariaKeyShortcuts(keys: readonly string[], apple = isApplePlatform()): string {
  return keys
    .map((key) => {
      const parts = key.split('-');
      const name = parts.pop() ?? '';
      const modifiers = parts.map((part) => (part === 'Mod' ? (apple ? 'Meta' : 'Control') : part));
      return [...modifiers, name.length === 1 ? name.toUpperCase() : name].join('+');
    })
    .join(' ');
}
