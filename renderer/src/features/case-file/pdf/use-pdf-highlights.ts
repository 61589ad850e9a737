import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { collectText, rangesFor } from '../documents/dom-text';
import { clearMatches, scrollToRange, showMatches } from '../search/search-highlights';
import { findMatches } from '../../../domain/text/search-text';
import type { MatchTarget } from '../search/use-document-highlights';

/**
 * Search highlights in a PDF. Only pages near the view have a text layer, so highlights are painted on the text
 * layers there are, again whenever a page's text layer appears or goes. A jump from the results scrolls to the
 * page at once (`scrollToPage`, once the pages are laid out: `ready`), then to the match itself once that page's
 * text layer is drawn.
 * Returns the callback each page calls with its text layer (or null when it is cleared).
 */
export function usePdfHighlights(
  scroller: RefObject<HTMLElement | null>,
  pattern: RegExp | null,
  target: MatchTarget | null,
  ready: boolean,
  scrollToPage: (page: number) => void,
): (page: number, layer: HTMLElement | null) => void {
  const layers = useRef(new Map<number, HTMLElement>());
  /** The jump still to be scrolled to its match, once its page has a text layer. */
  const pending = useRef<MatchTarget | null>(null);

  const paint = useCallback(() => {
    if (!pattern) return clearMatches();
    const all: Range[] = [];
    let current: Range | undefined;
    for (const [page, layer] of layers.current) {
      const text = collectText(layer);
      const ranges = rangesFor(text, findMatches(text.text, pattern));
      all.push(...ranges);
      if (target?.segment === page) current = ranges[Math.min(target.index, ranges.length - 1)];
    }
    showMatches(all, current);
    if (current && pending.current === target && scroller.current) {
      pending.current = null;
      scrollToRange(current, scroller.current);
    }
  }, [pattern, target, scroller]);

  const latestPaint = useRef(paint);
  useLayoutEffect(() => {
    latestPaint.current = paint;
  });

  useEffect(() => {
    if (!target || !ready) return;
    pending.current = target;
    scrollToPage(target.segment);
    // scrollToPage is left out on purpose: a jump happens once, when the target changes or the pages appear.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target, ready]);

  useEffect(() => {
    paint();
    return clearMatches;
  }, [paint]);

  return useCallback((page: number, layer: HTMLElement | null) => {
    if (layer) layers.current.set(page, layer);
    else layers.current.delete(page);
    latestPaint.current();
  }, []);
}
