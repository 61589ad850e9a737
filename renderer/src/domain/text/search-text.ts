/**
 * Finding text in the case file. Matching ignores case in every script (Cyrillic with the Kazakh letters ә ғ қ
 * ң ө ұ ү һ і included: the regular expression's Unicode case folding covers them), treats ё and е as the same
 * letter, and lets any run of whitespace in the query match any run in the text, so a phrase broken over two
 * lines of a PDF is still found. Offsets are those of the original text, so a match can be highlighted where it is.
 */

export interface TextMatch {
  start: number;
  end: number;
}

/** A single letter matches far too much to be useful, and costs the most. */
export const MIN_QUERY_LENGTH = 2;

/** Beyond this many matches in one text, counting stops: the trainee needs a narrower query, not a number. */
export const MAX_MATCHES_PER_TEXT = 1000;

const SYNTAX_CHARACTER = /[\\^$.*+?()[\]{}|/]/;

/** The pattern for a query, or null when the query is too short to search for. */
export function searchPattern(query: string): RegExp | null {
  const letters = [...query.normalize('NFC').trim()];
  if (letters.filter((letter) => !/\s/u.test(letter)).length < MIN_QUERY_LENGTH) return null;
  let source = '';
  let inSpace = false;
  for (const letter of letters) {
    if (/\s/u.test(letter)) {
      if (!inSpace) source += '\\s+';
      inSpace = true;
      continue;
    }
    inSpace = false;
    if (/[её]/iu.test(letter)) source += '[её]';
    else source += SYNTAX_CHARACTER.test(letter) ? `\\${letter}` : letter;
  }
  return new RegExp(source, 'giu');
}

/** Where the pattern occurs in the text, in order, at most `limit` of them. */
export function findMatches(text: string, pattern: RegExp, limit = MAX_MATCHES_PER_TEXT): TextMatch[] {
  const matches: TextMatch[] = [];
  // matchAll works on a copy of the pattern, so its lastIndex is never shared between callers.
  for (const match of text.matchAll(pattern)) {
    if (matches.length >= limit) break;
    matches.push({ start: match.index, end: match.index + match[0].length });
  }
  return matches;
}

export interface Snippet {
  before: string;
  match: string;
  after: string;
}

/**
 * The match with some words either side, on one line: whitespace is collapsed, a cut word is dropped rather
 * than shown in part, and an ellipsis marks where text was left out.
 */
export function snippetAround(text: string, match: TextMatch, context = 40): Snippet {
  const from = Math.max(0, match.start - context);
  const to = Math.min(text.length, match.end + context);
  let before = oneLine(text.slice(from, match.start)).trimStart();
  let after = oneLine(text.slice(match.end, to)).trimEnd();
  if (from > 0) {
    if (!/\s/u.test(text[from - 1] ?? '')) before = before.replace(/^\S*\s/u, '');
    before = `…${before.replace(/^…/u, '')}`;
  }
  if (to < text.length) {
    if (!/\s/u.test(text[to] ?? '')) after = after.replace(/\s\S*$/u, '');
    after = `${after.replace(/…$/u, '')}…`;
  }
  return { before, match: oneLine(text.slice(match.start, match.end)), after };
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

/** A document to search: one text, or one per page for a PDF. */
export interface SearchSource {
  documentId: string;
  segments: string[];
}

/** One match: in which document, in which segment (page) and which match of that segment it is. */
export interface SearchHit {
  documentId: string;
  segment: number;
  index: number;
  snippet: Snippet;
}

export interface DocumentResult {
  documentId: string;
  /** Every match of the document (up to MAX_MATCHES_PER_TEXT per segment), in reading order. */
  hits: SearchHit[];
}

/** The documents that contain the pattern, in the order given, with each match and a snippet around it. */
export function searchSources(sources: readonly SearchSource[], pattern: RegExp): DocumentResult[] {
  const results: DocumentResult[] = [];
  for (const source of sources) {
    const hits: SearchHit[] = [];
    source.segments.forEach((text, segment) => {
      findMatches(text, pattern).forEach((match, index) =>
        hits.push({ documentId: source.documentId, segment, index, snippet: snippetAround(text, match) }),
      );
    });
    if (hits.length > 0) results.push({ documentId: source.documentId, hits });
  }
  return results;
}

/** Whether two hits are the same match (a new search of the same text makes new, equal hits). */
export function sameHit(a: SearchHit | null, b: SearchHit | null): boolean {
  return (
    a !== null &&
    b !== null &&
    a.documentId === b.documentId &&
    a.segment === b.segment &&
    a.index === b.index
  );
}
