import { useEffect, useState, type RefObject } from 'react';

/** Pages within this distance of the view (a screenful above and below) are drawn; the rest are empty boxes. */
const NEAR = '100% 0px';

/**
 * The pages of a PDF near enough to the view to be drawn, by index. Pages are the scroller's elements with a
 * `data-page` attribute; drawing only these keeps a long scan from filling memory with canvases.
 */
export function useNearPages(
  scroller: RefObject<HTMLElement | null>,
  pageCount: number,
): ReadonlySet<number> {
  const [near, setNear] = useState<ReadonlySet<number>>(() => new Set());
  useEffect(() => {
    const root = scroller.current;
    if (!root) return;
    const observer = new IntersectionObserver(
      (entries) =>
        setNear((previous) => {
          const next = new Set(previous);
          for (const entry of entries) {
            const page = Number((entry.target as HTMLElement).dataset.page);
            if (entry.isIntersecting) next.add(page);
            else next.delete(page);
          }
          return next;
        }),
      { root, rootMargin: NEAR },
    );
    root.querySelectorAll('[data-page]').forEach((page) => observer.observe(page));
    return () => observer.disconnect();
  }, [scroller, pageCount]);
  return near;
}
