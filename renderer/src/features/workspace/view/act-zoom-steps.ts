/** The editor's text size, in percent of its normal size: 50 % to 200 % in steps of 10. */
export const MIN_ACT_ZOOM = 50;
export const MAX_ACT_ZOOM = 200;
export const DEFAULT_ACT_ZOOM = 100;
const ZOOM_STEP = 10;

/** A stored or computed zoom made valid: on a step, within the limits; anything unreadable is 100 %. */
export function clampActZoom(percent: number): number {
  if (!Number.isFinite(percent)) return DEFAULT_ACT_ZOOM;
  const onStep = Math.round(percent / ZOOM_STEP) * ZOOM_STEP;
  return Math.min(MAX_ACT_ZOOM, Math.max(MIN_ACT_ZOOM, onStep));
}

export function actZoomIn(percent: number): number {
  return clampActZoom(clampActZoom(percent) + ZOOM_STEP);
}

export function actZoomOut(percent: number): number {
  return clampActZoom(clampActZoom(percent) - ZOOM_STEP);
}
