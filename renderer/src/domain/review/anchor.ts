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
    const candidate = { from: text.starts[at] ?? 0, to: text.ends[at + quote.length - 1] ?? 0 };
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
 * The whole act's text as `textBetween(0, size, BLOCK_SEPARATOR)` reads it, with, for each character, the
 * document position before it (`starts`) and after it (`ends`). A block separator stands at the start of its
 * block's content; a leaf's text (a citation's) spans the whole leaf.
 */
function indexedText(doc: ProseMirrorNode): { value: string; starts: number[]; ends: number[] } {
  let value = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (text: string, start: (index: number) => number, end: (index: number) => number) => {
    for (let index = 0; index < text.length; index++) {
      starts.push(start(index));
      ends.push(end(index));
    }
    value += text;
  };
  let first = true;
  doc.descendants((node, pos) => {
    if (node.isTextblock || (node.isBlock && node.isLeaf && leafText(node))) {
      if (first) first = false;
      else
        push(
          BLOCK_SEPARATOR,
          () => pos + 1,
          () => pos + 1,
        );
    }
    if (node.isText) {
      push(
        node.text ?? '',
        (index) => pos + index,
        (index) => pos + index + 1,
      );
    } else if (node.isLeaf) {
      push(
        leafText(node),
        () => pos,
        () => pos + node.nodeSize,
      );
    }
    return true;
  });
  return { value, starts, ends };
}

function leafText(node: ProseMirrorNode): string {
  return node.type.spec.leafText?.(node) ?? '';
}
