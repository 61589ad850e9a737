import { useState, type RefObject } from 'react';
import { useAvailableWidth } from './use-available-width';
import { effectiveZoom, fitZoom, zoomIn, zoomOut, type ZoomMode } from './zoom';

export interface Zoom {
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
 * Zoom for a viewer whose content is `contentWidth` wide at zoom 1. It starts fitting the width of the viewer
 * (less `padding`), and keeps fitting as the pane is resized until the trainee picks a zoom of their own.
 * `maxFit` caps the fitting zoom: an image is not blown up past its own size just because the pane is wide.
 */
export function useZoom(
  viewer: RefObject<HTMLElement | null>,
  contentWidth: number,
  { padding, maxFit }: { padding: number; maxFit?: number },
): Zoom {
  const [mode, setMode] = useState<ZoomMode>({ kind: 'fit' });
  const available = useAvailableWidth(viewer);
  const scale = effectiveZoom(mode, fitZoom(available - padding, contentWidth, maxFit));
  return {
    scale,
    fitting: mode.kind === 'fit',
    measured: available > 0,
    zoomIn: () => setMode({ kind: 'scale', scale: zoomIn(scale) }),
    zoomOut: () => setMode({ kind: 'scale', scale: zoomOut(scale) }),
    fit: () => setMode({ kind: 'fit' }),
  };
}
