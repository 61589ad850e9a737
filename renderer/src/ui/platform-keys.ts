/** The part of the User-Agent Client Hints API this file reads (not in TypeScript's DOM types yet). */
interface NavigatorWithUserAgentData {
  userAgentData?: { platform?: string };
}

/**
 * Whether the keyboard is a Mac's, where `Mod` is ⌘ (Cmd). The same test as prosemirror-keymap's, which decides
 * what `Mod` means for the keys themselves, with the newer User-Agent Client Hints tried first.
 */
export function isApplePlatform(navigatorLike: Navigator = navigator): boolean {
  const platform =
    (navigatorLike as Navigator & NavigatorWithUserAgentData).userAgentData?.platform ??
    navigatorLike.platform;
  return /Mac|iP(hone|[oa]d)/i.test(platform) || platform === 'macOS';
}

/** Modifier names as a Mac shows them, in the order it shows them. */
const APPLE_MODIFIERS: Record<string, string> = { Ctrl: '⌃', Alt: '⌥', Shift: '⇧', Mod: '⌘', Cmd: '⌘' };
const APPLE_ORDER = ['Ctrl', 'Alt', 'Shift', 'Mod', 'Cmd'];
const PC_MODIFIERS: Record<string, string> = {
  Ctrl: 'Ctrl',
  Alt: 'Alt',
  Shift: 'Shift',
  Mod: 'Ctrl',
  Cmd: 'Win',
};
const PC_ORDER = ['Mod', 'Ctrl', 'Cmd', 'Alt', 'Shift'];
const KEY_NAMES: Record<string, string> = {
  Escape: 'Esc',
  ' ': 'Space',
  Space: 'Space',
  '+': 'Plus',
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
};

/**
 * A key in ProseMirror's notation ('Mod-Shift-z', 'Mod--', 'F1') as the keyboard's owner reads it:
 * «Ctrl+Shift+Z» on Windows and Linux, «⇧⌘Z» on a Mac.
 */
export function displayKey(key: string, apple: boolean): string {
  // As prosemirror-keymap splits it: the last part is the key even when it is '-'.
  const parts = key.split(/-(?!$)/);
  const name = parts.pop() ?? '';
  const shown = KEY_NAMES[name] ?? (name.length === 1 ? name.toUpperCase() : name);
  const order = apple ? APPLE_ORDER : PC_ORDER;
  const labels = apple ? APPLE_MODIFIERS : PC_MODIFIERS;
  const modifiers = parts
    .map((part) => (part === 'Control' ? 'Ctrl' : part === 'Meta' ? 'Cmd' : part))
    .sort((a, b) => order.indexOf(a) - order.indexOf(b))
    .map((part) => labels[part] ?? part);
  return apple ? [...modifiers, shown].join('') : [...modifiers, shown].join('+');
}
