import type { Node as ProseMirrorNode } from 'prosemirror-model';
import type { Mapping } from 'prosemirror-transform';

/** A stretch of the document, as positions in it. */
export interface TextRange {
  from: number;
  to: number;
}

/** A textblock to check and the document position where it starts. */
export interface TextblockAt {
  node: ProseMirrorNode;
  pos: number;
}

/** The stretches a transaction inserted or replaced, in positions of the document after it. A deletion gives an empty one. */
export function changedRanges(mapping: Mapping): TextRange[] {
  const ranges: TextRange[] = [];
  mapping.maps.forEach((map, index) => {
    const later = mapping.slice(index + 1);
    map.forEach((_oldFrom, _oldTo, from, to) => {
      ranges.push({ from: later.map(from, -1), to: later.map(to, 1) });
    });
  });
  return ranges;
}

/** Sorted, with overlapping and touching ranges joined. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.from <= last.to) last.to = Math.max(last.to, range.to);
    else merged.push({ ...range });
  }
  return merged;
}

/** Ranges moved along with the text around them, growing to take in text typed at their edges. */
export function mapRanges(ranges: readonly TextRange[], mapping: Mapping): TextRange[] {
  return ranges.map(({ from, to }) => ({ from: mapping.map(from, -1), to: mapping.map(to, 1) }));
}

/** What is left of sorted ranges once `cut` is taken out of them. */
export function subtractRange(ranges: readonly TextRange[], cut: TextRange): TextRange[] {
  return ranges.flatMap((range): TextRange[] => {
    const empty = range.from === range.to;
    const apart = empty
      ? range.from < cut.from || range.from > cut.to
      : range.to <= cut.from || range.from >= cut.to;
    if (apart) return [range];
    const left = range.from < cut.from ? [{ from: range.from, to: cut.from }] : [];
    const right = range.to > cut.to ? [{ from: cut.to, to: range.to }] : [];
    return [...left, ...right];
  });
}

/**
 * Up to `limit` textblocks touching the pending ranges, in document order, and the stretch of the document
 * they account for (to take out of the pending ranges once they are checked). The work is proportional to
 * the pending text, never to the whole document.
 */
export function takeTextblocks(
  doc: ProseMirrorNode,
  pending: readonly TextRange[],
  limit: number,
): { blocks: TextblockAt[]; covered: TextRange } {
  const blocks: TextblockAt[] = [];
  const taken = new Set<number>();
  const size = doc.content.size;
  let coveredFrom = -1;
  let coveredTo = -1;
  for (const range of pending) {
    // An empty range (a deletion) still names the textblock it sits in.
    const to = Math.min(size, Math.max(range.to, range.from + 1));
    const from = Math.max(0, Math.min(range.from, to - 1));
    if (coveredFrom < 0) coveredFrom = from;
    let full = false;
    doc.nodesBetween(from, to, (node, pos) => {
      if (full) return false;
      if (!node.isTextblock) return true;
      if (taken.has(pos)) return false;
      taken.add(pos);
      blocks.push({ node, pos });
      coveredTo = Math.max(coveredTo, pos + node.nodeSize);
      full = blocks.length >= limit;
      return false;
    });
    if (full) break;
    coveredTo = Math.max(coveredTo, to);
  }
  return { blocks, covered: coveredFrom < 0 ? { from: 0, to: 0 } : { from: coveredFrom, to: coveredTo } };
}
