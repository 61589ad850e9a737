import { excerpt } from './excerpt';

/** What makes well-formed JSON unfit to read further: nested deeper than allowed, or a key given twice. */
export type JsonShapeProblem =
  | { code: 'tooDeep'; maxDepth: number }
  /** `key` is the repeated key, decoded and in excerpt. */
  | { code: 'duplicateKey'; key: string };

/** One open object (with the keys it has so far) or array. */
interface Frame {
  keys: Set<string> | undefined;
  expectingKey: boolean;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;

/**
 * Looks at JSON text before it is parsed, in one pass with no recursion and no regular expression, for what
 * `JSON.parse` lets through: it keeps the last of two equal keys without a word (so two readers of one file may
 * see different values), and it builds values nested as deep as the text goes, which every recursive reader after
 * it (canonical JSON, ProseMirror, zod) would then overflow the stack on. No package in the app's dependencies
 * reports duplicate keys (and the JSON parsers that do recurse per level), hence this scanner.
 *
 * It does not check the grammar: on text that is not JSON it stops at the first bracket that closes nothing (or
 * goes on harmlessly), and `JSON.parse` says what is wrong. A problem it reports is in the text either way.
 */
export function jsonShapeProblem(text: string, maxDepth: number): JsonShapeProblem | undefined {
  const stack: Frame[] = [];
  const length = text.length;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) {
      const end = stringEnd(text, index);
      if (end < 0) return undefined;
      const frame = stack[stack.length - 1];
      if (frame?.keys && frame.expectingKey) {
        const key = decodeKey(text, index, end);
        if (key === undefined) return undefined;
        if (frame.keys.has(key)) return { code: 'duplicateKey', key: excerpt(key) };
        frame.keys.add(key);
        frame.expectingKey = false;
      }
      index = end;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (stack.length >= maxDepth) return { code: 'tooDeep', maxDepth };
      stack.push({ keys: code === OPEN_BRACE ? new Set() : undefined, expectingKey: code === OPEN_BRACE });
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      const frame = stack.pop();
      if (!frame || (code === CLOSE_BRACE) !== (frame.keys !== undefined)) return undefined;
    } else if (code === COMMA) {
      const frame = stack[stack.length - 1];
      if (frame?.keys) frame.expectingKey = true;
    }
  }
  return undefined;
}

/**
 * The index of the quote closing the string that opens at `start`, or -1 when it is never closed. A quote after
 * an odd run of backslashes is escaped; each backslash is looked at once, so this stays linear.
 */
function stringEnd(text: string, start: number): number {
  for (let quote = text.indexOf('"', start + 1); quote >= 0; quote = text.indexOf('"', quote + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote;
  }
  return -1;
}

/** A key as JSON.parse reads it (`"\u0061"` is `a`), or undefined when its escapes are broken. */
function decodeKey(text: string, start: number, end: number): string | undefined {
  const raw = text.slice(start + 1, end);
  if (!raw.includes('\\')) return raw;
  try {
    // One flat string: parsing it cannot recurse.
    return JSON.parse(text.slice(start, end + 1)) as string;
  } catch {
    return undefined;
  }
}

/** Why a file's bytes are not JSON a reader may go on with, in the words its refusals use. */
export interface GuardedJsonRefusal {
  reason: 'notJson' | 'tooDeep' | 'duplicateKey';
  detail: string;
}

/**
 * The first steps of every reader of an untrusted file (a submission, a feedback file, a review file): strict
 * UTF-8, then the shape (jsonShapeProblem) before `JSON.parse` builds anything, so no reader after it recurses
 * deeper than `maxDepth` or sees one of two equal keys.
 */
export function parseGuardedJson(
  bytes: Uint8Array,
  maxDepth: number,
): { ok: true; json: unknown } | ({ ok: false } & GuardedJsonRefusal) {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    return { ok: false, reason: 'notJson', detail: String(error) };
  }
  const shape = jsonShapeProblem(text, maxDepth);
  if (shape?.code === 'tooDeep')
    return { ok: false, reason: 'tooDeep', detail: `nested deeper than ${shape.maxDepth}` };
  if (shape?.code === 'duplicateKey')
    return { ok: false, reason: 'duplicateKey', detail: `the key "${shape.key}" twice` };
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    return { ok: false, reason: 'notJson', detail: String(error) };
  }
}
