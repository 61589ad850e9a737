import type { TextMatch } from '../../../domain/text/search-text';

/**
 * The text of a rendered element as search sees it, and a way back from offsets in that text to the DOM. Block
 * elements and line breaks become a line break, so words of two paragraphs never run together into a false
 * match; those line breaks belong to no text node. The same function reads a parsed material for the search
 * index and the rendered one for highlighting, so both see the same text.
 */
export interface DomText {
  text: string;
  /** The text nodes in document order, and where each one starts in `text`. */
  nodes: Text[];
  starts: number[];
}

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]); // prettier-ignore

export function collectText(root: Node): DomText {
  const out: DomText = { text: '', nodes: [], starts: [] };
  const lineBreak = () => {
    if (out.text !== '' && !out.text.endsWith('\n')) out.text += '\n';
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node as Text;
      out.nodes.push(text);
      out.starts.push(out.text.length);
      out.text += text.data;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    const block = node.nodeType === Node.ELEMENT_NODE && BLOCKS.has((node as Element).tagName.toUpperCase());
    if (block) lineBreak();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) lineBreak();
  };
  for (let child = root.firstChild; child; child = child.nextSibling) walk(child);
  return out;
}

/** DOM ranges for matches in a collected text; a match may span several text nodes (bold inside a word). */
export function rangesFor(domText: DomText, matches: readonly TextMatch[]): Range[] {
  const ranges: Range[] = [];
  for (const match of matches) {
    const start = position(domText, match.start, 'start');
    const end = position(domText, match.end, 'end');
    if (!start || !end) continue;
    const range = start.node.ownerDocument.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    ranges.push(range);
  }
  return ranges;
}

/**
 * The text node and offset at an offset of the collected text. An offset on a line break added between blocks
 * moves to the next text node for a start, and stays at the end of the previous one for an end.
 */
function position(
  domText: DomText,
  offset: number,
  edge: 'start' | 'end',
): { node: Text; offset: number } | null {
  const { nodes, starts } = domText;
  // The last node starting at or before the offset (for an end, strictly before: an end belongs to its left).
  let low = 0;
  let high = nodes.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = starts[middle] ?? 0;
    if (edge === 'start' ? start <= offset : start < offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  if (found === -1) {
    const first = nodes[0];
    return first ? { node: first, offset: 0 } : null;
  }
  const node = nodes[found];
  if (!node) return null;
  const within = offset - (starts[found] ?? 0);
  if (within <= node.data.length) return { node, offset: within };
  // In a line break after this node: a start goes to the next node, an end stays at the end of this one.
  if (edge === 'end') return { node, offset: node.data.length };
  const next = nodes[found + 1];
  return next ? { node: next, offset: 0 } : { node, offset: node.data.length };
}
