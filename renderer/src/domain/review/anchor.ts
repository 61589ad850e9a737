import type { Node as ProseMirrorNode } from 'prosemirror-model';
import type { PassageAnchor } from './marks';

/**
 * Anchors of comments on passages of a submitted act. The act never changes, so the positions normally hold; the
 * quote guards them all the same (a document rebuilt by a newer app may count positions differently) and finds
 * the passage again if it moved. Quotes are read with `doc.textBetween` and one block separator on both sides,
 * with citations as the text they show (their `leafText`).
 */
const BLOCK_SEPARATOR = '\n';

/** The anchor of a selection; undefined when nothing but white space is selected. */
export function anchorOf(doc: ProseMirrorNode, from: number, to: number): PassageAnchor | undefined {
  const size = doc.content.size;
  if (!Number.isFinite(from) || !Number.isFinite(to)) return undefined;
  const start = clamp(Math.min(from, to), 0, size);
  const end = clamp(Math.max(from, to), 0, size);
  const quote = quoteBetween(doc, start, end);
  if (!quote.trim()) return undefined;
  return { from: start, to: end, quote };
}

/**
 * Where an anchor's passage is: its positions while the quote still reads there, else the occurrence of the quote
 * nearest the old place; undefined when the quote is nowhere in the act (or the anchor is malformed, as one read
 * from a file may be).
 */
export function resolveAnchor(
  doc: ProseMirrorNode,
  anchor: PassageAnchor,
): { from: number; to: number } | undefined {
  const { from, to, quote } = anchor;
  if (typeof quote !== 'string' || !quote.trim()) return undefined;
  const size = doc.content.size;
  if (Number.isInteger(from) && Number.isInteger(to) && from >= 0 && from <= to && to <= size) {
    if (quoteBetween(doc, from, to) === quote) return { from, to };
  }
  const text = indexedText(doc);
  let best: { from: number; to: number } | undefined;
  const oldPlace = Number.isFinite(from) ? from : 0;
  for (let at = text.value.indexOf(quote); at !== -1; at = text.value.indexOf(quote, at + 1)) {
    const candidate = { from: text.startOf(at), to: text.endOf(at + quote.length - 1) };
    // The index follows textBetween's rules; checking the candidate with textBetween itself keeps them one rule.
    if (quoteBetween(doc, candidate.from, candidate.to) !== quote) continue;
    if (!best || Math.abs(candidate.from - oldPlace) < Math.abs(best.from - oldPlace)) best = candidate;
  }
  return best;
}

function quoteBetween(doc: ProseMirrorNode, from: number, to: number): string {
  return doc.textBetween(from, to, BLOCK_SEPARATOR);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * The whole act's text as `textBetween(0, size, BLOCK_SEPARATOR)` reads it, and for a character the document
 * position before it (`startOf`) and after it (`endOf`). A block separator stands at the start of its block's
 * content; a leaf's text (a citation's) spans the whole leaf. Kept as runs, one per text node, leaf or separator,
 * found by binary search, so that a hundred-page act is indexed without an entry per character.
 */
function indexedText(doc: ProseMirrorNode): {
  value: string;
  startOf: (offset: number) => number;
  endOf: (offset: number) => number;
} {
  const chunks: string[] = [];
  const runs: Run[] = [];
  let length = 0;
  const push = (text: string, run: Omit<Run, 'offset'>) => {
    if (!text) return;
    runs.push({ ...run, offset: length });
    chunks.push(text);
    length += text.length;
  };
  let first = true;
  doc.descendants((node, pos) => {
    if (node.isTextblock || (node.isBlock && node.isLeaf && leafText(node))) {
      if (first) first = false;
      else push(BLOCK_SEPARATOR, { kind: 'separator', pos: pos + 1, size: 0 });
    }
    if (node.isText) push(node.text ?? '', { kind: 'text', pos, size: node.nodeSize });
    else if (node.isLeaf) push(leafText(node), { kind: 'leaf', pos, size: node.nodeSize });
    return true;
  });
  const runAt = (offset: number): Run => {
    let low = 0;
    let high = runs.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((runs[middle]?.offset ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return runs[low] ?? { kind: 'separator', pos: 0, size: 0, offset: 0 };
  };
  return {
    value: chunks.join(''),
    startOf: (offset) => {
      const run = runAt(offset);
      return run.kind === 'text' ? run.pos + offset - run.offset : run.pos;
    },
    endOf: (offset) => {
      const run = runAt(offset);
      return run.kind === 'text' ? run.pos + offset - run.offset + 1 : run.pos + run.size;
    },
  };
}

/** A stretch of the indexed text: a text node's characters, a leaf's text or a block separator. */
interface Run {
  kind: 'text' | 'leaf' | 'separator';
  /** Where the stretch starts in the text. */
  offset: number;
  /** The document position of the node (of the block's content, for a separator). */
  pos: number;
  size: number;
}

function leafText(node: ProseMirrorNode): string {
  return node.type.spec.leafText?.(node) ?? '';
}
