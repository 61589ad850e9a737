/**
 * The text of sanitised rich text (a trainer key's model answer): tags dropped, character references read, a line
 * break where a block ends. No DOM: the domain runs without one, and sanitised HTML is regular enough for this —
 * DOMPurify's serialiser escapes every `<` and `&` in text and quotes every attribute value, so a `>` inside an
 * attribute value is the only trap, and the tag pattern steps over quoted values.
 */

/** A tag, its attribute values read whole so that a `>` inside one does not end it. */
const TAG = /<\/?([a-z][a-z0-9]*)(?:[^>"']|"[^"]*"|'[^']*')*>/gi;

/** Elements after which the text continues on a new line. */
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'table',
  'ul',
  'ol',
  'hr',
]);

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** The text of an HTML fragment, blocks on lines of their own. */
export function htmlText(html: string): string {
  const text = html.replace(TAG, (_tag, name: string) => (BLOCK.has(name.toLowerCase()) ? '\n' : ''));
  return decodeCharacterReferences(text)
    .replace(/[ \t\u00a0]*\n\s*/g, '\n')
    .trim();
}

/** The text of an inline fragment such as a heading's content: tags dropped, white space collapsed. */
export function inlineHtmlText(html: string): string {
  const text = html.replace(TAG, (_tag, name: string) => (BLOCK.has(name.toLowerCase()) ? ' ' : ''));
  return decodeCharacterReferences(text).replace(/\s+/g, ' ').trim();
}

function decodeCharacterReferences(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]+));/gi, (reference, decimal, hex, name) => {
    if (name !== undefined) return NAMED[(name as string).toLowerCase()] ?? reference;
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex as string, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
  });
}
