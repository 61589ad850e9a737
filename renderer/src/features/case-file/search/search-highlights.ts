/**
 * Search matches are painted with the CSS Custom Highlight API: no element is added to the document, so
 * sanitised material and pdf.js's text layer stay as they are. Where the API is missing nothing is painted,
 * and jumping to a match still scrolls to it.
 */
const MATCHES = 'reader-match';
const CURRENT = 'reader-match-current';

function registry(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function'
    ? CSS.highlights
    : null;
}

export function showMatches(ranges: readonly Range[], current: Range | undefined): void {
  const highlights = registry();
  if (!highlights) return;
  highlights.set(MATCHES, new Highlight(...ranges.filter((range) => range !== current)));
  if (current) highlights.set(CURRENT, new Highlight(current));
  else highlights.delete(CURRENT);
}

export function clearMatches(): void {
  const highlights = registry();
  highlights?.delete(MATCHES);
  highlights?.delete(CURRENT);
}

/** Scrolls the scroller so the range sits a third of the way down it, where the eye expects it. */
export function scrollToRange(range: Range, scroller: HTMLElement): void {
  const box = range.getBoundingClientRect();
  const view = scroller.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return;
  scroller.scrollTo({
    top: scroller.scrollTop + box.top - view.top - scroller.clientHeight / 3,
    left: Math.max(0, scroller.scrollLeft + box.left - view.left - scroller.clientWidth / 3),
  });
}
