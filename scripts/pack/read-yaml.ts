import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type YAMLError,
} from 'yaml';
import type { SourceProblem } from './source-problem';

/** A YAML file read for the pack compiler: its value, and where each field is, for messages. */
export interface YamlSource {
  value: unknown;
  /** The line (from 1) of the field at `fieldPath`, or of the nearest field above it that exists. */
  lineOf(fieldPath: readonly (string | number)[]): number | undefined;
}

export type YamlResult = { ok: true; source: YamlSource } | { ok: false; problems: SourceProblem[] };

const SYNTAX_HINT =
  'Check the indentation (spaces, not tabs) and put quotes around texts that contain ": " or start with ' +
  'one of - ? : , [ ] { } # & * ! | > \' " % @ `';

/** Parses YAML 1.2 (so `2026-11-22` and `yes` stay texts). Syntax errors are problems with their line. */
export function parseYaml(text: string, file: string): YamlResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: true });
  if (document.errors.length) {
    // After its first error the parser is often confused: the first one is the place to fix.
    return {
      ok: false,
      problems: document.errors.slice(0, 1).map((error) => {
        const position = error.linePos?.[0];
        return {
          file,
          ...(position ? { line: position.line } : {}),
          message: syntaxMessage(error, position?.col),
        };
      }),
    };
  }
  const value: unknown = document.toJS({ maxAliasCount: 100 });
  return {
    ok: true,
    source: { value, lineOf: (fieldPath) => lineOf(document, lineCounter, fieldPath) },
  };
}

function syntaxMessage(error: YAMLError, column: number | undefined): string {
  const at = column === undefined ? '' : ` (column ${column})`;
  if (error.code === 'DUPLICATE_KEY') return `The same field is written twice${at}; keep only one of them.`;
  if (error.code === 'TAB_AS_INDENT') return `A tab is used for indentation${at}; indent with spaces.`;
  // The parser's own words, without the position and excerpt it appends.
  const words = error.message.replace(/ at line \d+, column \d+.*$/s, '').trim();
  return `YAML syntax error${at}: ${words.endsWith('.') ? words.slice(0, -1) : words}. ${SYNTAX_HINT}.`;
}

function lineOf(
  document: Document,
  lineCounter: LineCounter,
  fieldPath: readonly (string | number)[],
): number | undefined {
  let node: unknown = document.contents;
  let offset: number | undefined;
  for (const segment of fieldPath) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && item.key.value === segment,
      );
      if (!pair) break;
      offset = (isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item: unknown = node.items[segment];
      if (!item) break;
      offset = (item as { range?: [number, number, number] }).range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}
