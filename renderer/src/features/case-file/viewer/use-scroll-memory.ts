import { useLayoutEffect, useRef, type RefObject } from 'react';
import { rememberedScroll, rememberScroll } from '../reader-session';

type Centre = { x: number; y: number };

/** Where the middle of the view is, as a share of the content's width and height: it survives a zoom. */
function centreOf(element: HTMLElement): Centre {
  return {
    x: (element.scrollLeft + element.clientWidth / 2) / (element.scrollWidth || 1),
    y: (element.scrollTop + element.clientHeight / 2) / (element.scrollHeight || 1),
  };
}

/**
 * Keeps the reader's place in a scrolling document: where the middle of the view was is remembered for the
 * session under `key`, put back when the document is opened again (once `ready`, when its content has its
 * size), and kept in the middle when `scale` changes, so zooming does not lose the line being read.
 * Returns the scroll handler to attach to the scroller.
 */
export function useScrollMemory(
  scroller: RefObject<HTMLElement | null>,
  key: string,
  ready: boolean,
  scale = 1,
): () => void {
  const centre = useRef<Centre | undefined>(rememberedScroll(key));

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || !ready) return;
    if (centre.current) {
      const { x, y } = centre.current;
      element.scrollTo({
        left: x * element.scrollWidth - element.clientWidth / 2,
        top: y * element.scrollHeight - element.clientHeight / 2,
      });
    }
    // Measured again even if the trainee never scrolled: the next zoom keeps this middle in view.
    centre.current = centreOf(element);
  }, [scroller, ready, scale]);

  return () => {
    const element = scroller.current;
    if (!element || !ready) return;
    centre.current = centreOf(element);
    rememberScroll(key, centre.current);
  };
}
