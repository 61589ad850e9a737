import { useState, type RefObject } from 'react';
import { useAvailableWidth } from './use-available-width';
import { effectivePageZoom, fitPageZoom, pageZoomIn, pageZoomOut, type PageZoomMode } from './page-zoom';

export interface PageZoom {
  /** The zoom now: 1 shows the content at its own size. */
  scale: number;
  fitting: boolean;
  /** False until the viewer has been measured: nothing should be drawn at a zoom about to change. */
  measured: boolean;
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
}

/**
 * PageZoom for a viewer whose content is `contentWidth` wide at zoom 1. It starts fitting the width of the viewer
 * (less `padding`), and keeps fitting as the pane is resized until the trainee picks a zoom of their own.
 * `maxFit` caps the fitting zoom: an image is not blown up past its own size just because the pane is wide.
 */
export function usePageZoom(
  viewer: RefObject<HTMLElement | null>,
  contentWidth: number,
  { padding, maxFit }: { padding: number; maxFit?: number },
): PageZoom {
  const [mode, setMode] = useState<PageZoomMode>({ kind: 'fit' });
  const available = useAvailableWidth(viewer);
  const scale = effectivePageZoom(mode, fitPageZoom(available - padding, contentWidth, maxFit));
  return {
    scale,
    fitting: mode.kind === 'fit',
    measured: available > 0,
    zoomIn: () => setMode({ kind: 'scale', scale: pageZoomIn(scale) }),
    zoomOut: () => setMode({ kind: 'scale', scale: pageZoomOut(scale) }),
    fit: () => setMode({ kind: 'fit' }),
  };
}
