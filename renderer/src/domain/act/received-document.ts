import type { MarkType, NodeType } from 'prosemirror-model';
import { excerpt } from '../text/excerpt';
import { actSchema } from './schema';

/**
 * How large an act received from someone else (a submission) may be. A 100-page act with citations and evidence
 * links is about 30,000 nodes and 400,000 characters; every limit leaves several times that, and bounds what a
 * hostile file can make the trainer's computer hold, walk or lay out.
 */
export const RECEIVED_DOCUMENT_LIMITS = {
  /** Nodes from the document down: doc, part, list, list item, list…: lists nested 40 deep are still read. */
  maxDepth: 48,
  maxNodes: 200_000,
  /** Characters of text in all text nodes together. */
  maxTextCharacters: 4_000_000,
  /** Characters of one attribute (a heading, a citation as shown, a material's title). */
  maxAttributeCharacters: 2_000,
  /** Marks on one node: each of the schema's four mark types at most once. */
  maxMarks: Object.keys(actSchema.marks).length,
  /** A cell's colspan or rowspan. */
  maxCellSpan: 100,
  /** Cells of one table's grid, a cell counting colspan × rowspan times. */
  maxTableCells: 20_000,
} as const;

/** A limit of RECEIVED_DOCUMENT_LIMITS an act can be too large for (its depth is a problem of its own). */
export type ReceivedDocumentLimit = Exclude<keyof typeof RECEIVED_DOCUMENT_LIMITS, 'maxDepth'>;

/** Why a received act's JSON was refused before it reached the schema. */
export type ReceivedDocumentProblem =
  /** Something the act schema does not have: a key, node type, mark or attribute (`onclick`, `style`). */
  | { code: 'unknownContent'; detail: string }
  | { code: 'tooDeep'; detail: string }
  /** Over `limit`: the message to the reader names that one limit, not all of them. */
  | { code: 'tooLarge'; limit: ReceivedDocumentLimit; detail: string };

const NODE_KEYS = new Set(['type', 'attrs', 'content', 'marks']);
const TEXT_NODE_KEYS = new Set(['type', 'text', 'marks']);
const MARK_KEYS = new Set(['type', 'attrs']);
const CELL_TYPES = new Set(['table_cell', 'table_header']);

/**
 * Checks an act's JSON against the act schema strictly, and against RECEIVED_DOCUMENT_LIMITS, without recursion
 * and in time linear in its size. ProseMirror's own `fromJSON` drops keys and attributes it does not know (a file
 * could carry `onclick` through it) and recurses per level; this runs first, and `parseActDocument` then checks
 * content and attribute values.
 */
export function receivedDocumentProblem(json: unknown): ReceivedDocumentProblem | undefined {
  const limits = RECEIVED_DOCUMENT_LIMITS;
  const pending: { node: unknown; depth: number }[] = [{ node: json, depth: 1 }];
  // Counted as they are queued, so that a node with millions of children is refused before they are.
  let nodes = 1;
  let textCharacters = 0;
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node, depth } = next;
    if (depth > limits.maxDepth)
      return { code: 'tooDeep', detail: `nodes nested deeper than ${limits.maxDepth}` };
    if (!isObject(node)) return unknown(`a node that is not an object`);
    const type = typeof node.type === 'string' ? nodeType(node.type) : undefined;
    if (!type) return unknown(`unknown node type ${quote(node.type)}`);
    const isText = type.name === 'text';
    const stray = Object.keys(node).find((key) => !(isText ? TEXT_NODE_KEYS : NODE_KEYS).has(key));
    if (stray !== undefined) return unknown(`unknown key ${quote(stray)} in a ${type.name} node`);
    if (isText) {
      if (typeof node.text !== 'string') return unknown('a text node without text');
      textCharacters += node.text.length;
      if (textCharacters > limits.maxTextCharacters)
        return tooLarge('maxTextCharacters', `more than ${limits.maxTextCharacters} characters of text`);
    }
    const problem =
      attributeProblem(node.attrs, type.spec.attrs, type.name) ??
      marksProblem(node.marks) ??
      (type.name === 'table' ? tableProblem(node.content) : undefined);
    if (problem) return problem;
    if (node.content === undefined) continue;
    if (!Array.isArray(node.content)) return unknown(`the content of a ${type.name} node is not a list`);
    nodes += node.content.length;
    if (nodes > limits.maxNodes) return tooLarge('maxNodes', `more than ${limits.maxNodes} nodes`);
    for (const child of node.content as unknown[]) pending.push({ node: child, depth: depth + 1 });
  }
  return undefined;
}

function marksProblem(marks: unknown): ReceivedDocumentProblem | undefined {
  if (marks === undefined) return undefined;
  if (!Array.isArray(marks)) return unknown('marks that are not a list');
  if (marks.length > RECEIVED_DOCUMENT_LIMITS.maxMarks)
    return tooLarge('maxMarks', `more than ${RECEIVED_DOCUMENT_LIMITS.maxMarks} marks on a node`);
  for (const mark of marks as unknown[]) {
    if (!isObject(mark)) return unknown('a mark that is not an object');
    const type = typeof mark.type === 'string' ? markType(mark.type) : undefined;
    if (!type) return unknown(`unknown mark ${quote(mark.type)}`);
    const stray = Object.keys(mark).find((key) => !MARK_KEYS.has(key));
    if (stray !== undefined) return unknown(`unknown key ${quote(stray)} in a ${type.name} mark`);
    const problem = attributeProblem(mark.attrs, type.spec.attrs, type.name);
    if (problem) return problem;
  }
  return undefined;
}

/** Only the attributes the schema declares, strings of bounded length; their values' types the schema checks. */
function attributeProblem(
  attrs: unknown,
  declared: Readonly<Record<string, unknown>> | undefined,
  owner: string,
): ReceivedDocumentProblem | undefined {
  if (attrs === undefined) return undefined;
  if (!isObject(attrs)) return unknown(`attributes of ${owner} that are not an object`);
  for (const [name, value] of Object.entries(attrs)) {
    if (!declared || !Object.hasOwn(declared, name))
      return unknown(`unknown attribute ${quote(name)} of ${owner}`);
    if (typeof value === 'string' && value.length > RECEIVED_DOCUMENT_LIMITS.maxAttributeCharacters)
      return tooLarge(
        'maxAttributeCharacters',
        `attribute ${name} of ${owner} longer than ${RECEIVED_DOCUMENT_LIMITS.maxAttributeCharacters} characters`,
      );
  }
  return CELL_TYPES.has(owner) ? cellAttributeProblem(attrs) : undefined;
}

/** Spans are whole numbers within the limit; `colwidth` (which the schema leaves unchecked) is null or widths. */
function cellAttributeProblem(attrs: Record<string, unknown>): ReceivedDocumentProblem | undefined {
  const { maxCellSpan } = RECEIVED_DOCUMENT_LIMITS;
  for (const name of ['colspan', 'rowspan']) {
    const span = attrs[name];
    if (span === undefined) continue;
    if (!Number.isInteger(span) || (span as number) < 1)
      return unknown(`a ${name} that is not a whole number ≥ 1`);
    if ((span as number) > maxCellSpan)
      return tooLarge('maxCellSpan', `a ${name} of ${String(span)}, more than ${maxCellSpan}`);
  }
  const widths = attrs.colwidth;
  if (widths === undefined || widths === null) return undefined;
  const valid =
    Array.isArray(widths) &&
    widths.length <= maxCellSpan &&
    widths.every((width) => typeof width === 'number' && Number.isFinite(width) && width >= 0);
  return valid ? undefined : unknown('a colwidth that is not a list of column widths');
}

/** A table's grid, counting a cell as often as it spans; its rows and cells are one and two levels down. */
function tableProblem(rows: unknown): ReceivedDocumentProblem | undefined {
  if (!Array.isArray(rows)) return undefined;
  let cells = 0;
  for (const row of rows as unknown[]) {
    if (!isObject(row) || !Array.isArray(row.content)) continue;
    for (const cell of row.content as unknown[]) {
      const attrs = isObject(cell) && isObject(cell.attrs) ? cell.attrs : {};
      cells += spanOf(attrs.colspan) * spanOf(attrs.rowspan);
    }
  }
  const { maxTableCells } = RECEIVED_DOCUMENT_LIMITS;
  return cells > maxTableCells
    ? tooLarge('maxTableCells', `a table of more than ${maxTableCells} cells`)
    : undefined;
}

/** A span as the grid counts it; an invalid one is refused when its cell is reached. */
function spanOf(value: unknown): number {
  return Number.isInteger(value) && (value as number) >= 1
    ? Math.min(value as number, RECEIVED_DOCUMENT_LIMITS.maxCellSpan)
    : 1;
}

function tooLarge(limit: ReceivedDocumentLimit, detail: string): ReceivedDocumentProblem {
  return { code: 'tooLarge', limit, detail };
}

function nodeType(name: string): NodeType | undefined {
  return Object.hasOwn(actSchema.nodes, name)
    ? actSchema.nodes[name as keyof typeof actSchema.nodes]
    : undefined;
}

function markType(name: string): MarkType | undefined {
  return Object.hasOwn(actSchema.marks, name)
    ? actSchema.marks[name as keyof typeof actSchema.marks]
    : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unknown(detail: string): ReceivedDocumentProblem {
  return { code: 'unknownContent', detail };
}

/** A name from the file, quoted short. */
function quote(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(excerpt(value)) : typeof value;
}
