/** The editor's text size, in percent of its normal size: 50 % to 200 % in steps of 10. */
export const MIN_ZOOM = 50;
export const MAX_ZOOM = 200;
export const DEFAULT_ZOOM = 100;
const ZOOM_STEP = 10;

/** A stored or computed zoom made valid: on a step, within the limits; anything unreadable is 100 %. */
export function clampZoom(percent: number): number {
  if (!Number.isFinite(percent)) return DEFAULT_ZOOM;
  const onStep = Math.round(percent / ZOOM_STEP) * ZOOM_STEP;
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, onStep));
}

export function zoomIn(percent: number): number {
  return clampZoom(clampZoom(percent) + ZOOM_STEP);
}

export function zoomOut(percent: number): number {
  return clampZoom(clampZoom(percent) - ZOOM_STEP);
}
