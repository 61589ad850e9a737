/** The most characters of outside input a message quotes. */
export const MAX_EXCERPT = 100;

/**
 * A piece of outside input short enough to quote in a message: the text itself when short, otherwise its start
 * and its end around an ellipsis (a file's name stays recognisable by both). A file once gave a 19 MB value that
 * a message repeated in full. Never splits a character written as a surrogate pair.
 */
export function excerpt(text: string, max = MAX_EXCERPT): string {
  if (text.length <= max) return text;
  let head = Math.ceil(((max - 1) * 2) / 3);
  let tail = max - 1 - head;
  if (isHighSurrogate(text.charCodeAt(head - 1))) head--;
  if (isLowSurrogate(text.charCodeAt(text.length - tail))) tail--;
  return `${text.slice(0, head)}…${text.slice(text.length - tail)}`;
}

/**
 * A JSON value as a message quotes it: a string or number as written (in excerpt), a list or object only by its
 * brackets, since writing out a deeply nested one would overflow the stack and a large one the message.
 */
export function excerptOfJson(value: unknown): string {
  if (Array.isArray(value)) return '[…]';
  if (typeof value === 'object' && value !== null) return '{…}';
  if (typeof value === 'string') return `"${excerpt(value)}"`;
  return String(value);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
