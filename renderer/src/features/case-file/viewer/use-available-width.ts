import { useEffect, useState, type RefObject } from 'react';

/** While the split handle is dragged, re-fitting waits until the width has stayed put this long. */
const SETTLE_MS = 120;

/**
 * The inner width of an element (without its scrollbar), followed as the pane is resized: the first
 * measurement at once, later ones once the width settles, so a PDF is not re-rendered on every pixel of a drag.
 * 0 until measured.
 */
export function useAvailableWidth(element: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let measured = false;
    const observer = new ResizeObserver(() => {
      clearTimeout(timer);
      if (!measured) {
        measured = true;
        setWidth(target.clientWidth);
      } else timer = setTimeout(() => setWidth(target.clientWidth), SETTLE_MS);
    });
    observer.observe(target);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
    };
  }, [element]);
  return width;
}
