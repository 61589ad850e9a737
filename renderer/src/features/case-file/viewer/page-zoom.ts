/**
 * PageZoom for the PDF and image viewers: fixed steps (as in every document viewer, so + and − always land on round
 * numbers), or fitting the width of the pane, which follows the pane as it is resized.
 */
export const MIN_PAGE_ZOOM = 0.25;
export const MAX_PAGE_ZOOM = 4;
export const PAGE_ZOOM_STEPS: readonly number[] = [
  MIN_PAGE_ZOOM, 0.33, 0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, MAX_PAGE_ZOOM,
]; // prettier-ignore

export type PageZoomMode = { kind: 'fit' } | { kind: 'scale'; scale: number };

/** Two zoom levels this close are the same level: fitting can land a hair away from a step. */
const SAME = 0.005;

export function clampPageZoom(scale: number): number {
  if (!Number.isFinite(scale)) return 1;
  return Math.min(MAX_PAGE_ZOOM, Math.max(MIN_PAGE_ZOOM, scale));
}

/** The next step above the current zoom, which may be anywhere between steps after fitting. */
export function pageZoomIn(scale: number): number {
  return PAGE_ZOOM_STEPS.find((step) => step > scale + SAME) ?? MAX_PAGE_ZOOM;
}

/** The next step below the current zoom. */
export function pageZoomOut(scale: number): number {
  return [...PAGE_ZOOM_STEPS].reverse().find((step) => step < scale - SAME) ?? MIN_PAGE_ZOOM;
}

/**
 * The zoom at which content `contentWidth` wide (at zoom 1) fills `availableWidth`, never more than `max`
 * (an image is not blown up beyond its own size just to fill a wide pane).
 */
export function fitPageZoom(availableWidth: number, contentWidth: number, max = MAX_PAGE_ZOOM): number {
  if (!(availableWidth > 0) || !(contentWidth > 0)) return 1;
  return clampPageZoom(Math.min(max, availableWidth / contentWidth));
}

/** The zoom a mode gives, with the fitting zoom for the pane as it is now. */
export function effectivePageZoom(mode: PageZoomMode, fit: number): number {
  return mode.kind === 'fit' ? fit : clampPageZoom(mode.scale);
}

/** The zoom as a whole percentage, as shown between the buttons. */
export function pageZoomPercent(scale: number): number {
  return Math.round(scale * 100);
}
