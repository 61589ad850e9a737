import type { CDPSession } from 'playwright-core';

/**
 * The physical keys of the Russian (ЙЦУКЕН) layout, by the character they type. Playwright's keyboard knows only
 * the US layout and would send Cyrillic as bare text input, with no key events at all; a trainee's keyboard sends
 * keydown and keyup with the character's key and the physical key's code, which is what is sent here.
 */
const RUSSIAN_LAYOUT: Record<string, { code: string; keyCode: number }> = Object.fromEntries(
  [
    ['ё', '`'],
    ['йцукенгшщзхъ', 'QWERTYUIOP[]'],
    ['фывапролджэ', "ASDFGHJKL;'"],
    ['ячсмитьбю.', 'ZXCVBNM,./'],
  ].flatMap(([letters, latin]) =>
    [...letters!].map((letter, index) => [letter, physicalKey(latin![index]!)] as const),
  ),
);

function physicalKey(latin: string): { code: string; keyCode: number } {
  const named: Record<string, { code: string; keyCode: number }> = {
    '`': { code: 'Backquote', keyCode: 192 },
    '[': { code: 'BracketLeft', keyCode: 219 },
    ']': { code: 'BracketRight', keyCode: 221 },
    ';': { code: 'Semicolon', keyCode: 186 },
    "'": { code: 'Quote', keyCode: 222 },
    ',': { code: 'Comma', keyCode: 188 },
    '.': { code: 'Period', keyCode: 190 },
    '/': { code: 'Slash', keyCode: 191 },
  };
  return named[latin] ?? { code: `Key${latin}`, keyCode: latin.charCodeAt(0) };
}

/** Presses and releases the key that types `char` (a lower-case Russian letter, '.', ' ' or '\n' for Enter). */
export async function pressKey(cdp: CDPSession, char: string): Promise<void> {
  const key =
    char === '\n'
      ? { key: 'Enter', code: 'Enter', keyCode: 13, text: '\r' }
      : char === ' '
        ? { key: ' ', code: 'Space', keyCode: 32, text: ' ' }
        : { key: char, ...RUSSIAN_LAYOUT[char], text: char };
  if (!key.code) throw new Error(`No key types “${char}” on the Russian layout.`);
  const { code, keyCode, text } = key;
  const common = { key: key.key, code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode };
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...common, text, unmodifiedText: text });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...common });
}
