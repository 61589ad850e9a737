import { useEffect, type RefObject } from 'react';
import { collectText, rangesFor } from '../documents/dom-text';
import { clearMatches, scrollToRange, showMatches } from './search-highlights';
import { findMatches } from '../../../domain/text/search-text';

/** Which match of the document to show, as the search found it; a new object each time the trainee jumps. */
export interface MatchTarget {
  segment: number;
  index: number;
}

/**
 * Highlights every match of the search in a rendered document and, after a jump from the results, scrolls to
 * the chosen match and marks it as the current one.
 */
export function useDocumentHighlights(
  content: RefObject<HTMLElement | null>,
  scroller: RefObject<HTMLElement | null>,
  pattern: RegExp | null,
  target: MatchTarget | null,
): void {
  useEffect(() => {
    const root = content.current;
    if (!root || !pattern) return;
    const text = collectText(root);
    const ranges = rangesFor(text, findMatches(text.text, pattern));
    const current = target ? ranges[Math.min(target.index, ranges.length - 1)] : undefined;
    showMatches(ranges, current);
    if (current && scroller.current) scrollToRange(current, scroller.current);
    return clearMatches;
  }, [content, scroller, pattern, target]);
}
