import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { PageZoom } from './use-page-zoom';

/** How much Ctrl+wheel scrolling makes one zoom step: one notch of a mouse wheel, several of a touchpad pinch. */
const WHEEL_STEP = 60;

/**
 * Zooming from the keyboard and the wheel while the viewer has the focus or the pointer: + and − step, 0 fits
 * the width, Ctrl+wheel (and a touchpad pinch, which the browser reports as one) steps too. Ctrl with + and −
 * stays the app's own zoom, as everywhere else.
 */
export function usePageZoomInput(viewer: RefObject<HTMLElement | null>, zoom: PageZoom): void {
  const latest = useRef(zoom);
  useLayoutEffect(() => {
    latest.current = zoom;
  });

  useEffect(() => {
    const element = viewer.current;
    if (!element) return;
    let wheel = 0;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey) return;
      // React's wheel listeners are passive, so this one is added here to be able to stop the page zooming.
      event.preventDefault();
      wheel += event.deltaMode === WheelEvent.DOM_DELTA_PIXEL ? event.deltaY : event.deltaY * WHEEL_STEP;
      while (Math.abs(wheel) >= WHEEL_STEP) {
        if (wheel < 0) latest.current.zoomIn();
        else latest.current.zoomOut();
        wheel -= Math.sign(wheel) * WHEEL_STEP;
      }
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const action = { '+': 'zoomIn', '=': 'zoomIn', '-': 'zoomOut', '−': 'zoomOut', '0': 'fit' } as const;
      const name = action[event.key as keyof typeof action];
      if (!name) return;
      event.preventDefault();
      latest.current[name]();
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    element.addEventListener('keydown', onKey);
    return () => {
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('keydown', onKey);
    };
  }, [viewer]);
}
