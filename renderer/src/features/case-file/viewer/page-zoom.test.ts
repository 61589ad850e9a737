import { describe, expect, it } from 'vitest';
import { canvasPixelRatio } from '../pdf/pdf-units';
import {
  clampPageZoom,
  effectivePageZoom,
  fitPageZoom,
  MAX_PAGE_ZOOM,
  MIN_PAGE_ZOOM,
  pageZoomIn,
  pageZoomOut,
  pageZoomPercent,
} from './page-zoom';

describe('zoom steps', () => {
  it('steps up and down through the fixed levels', () => {
    expect(pageZoomIn(1)).toBe(1.1);
    expect(pageZoomOut(1)).toBe(0.9);
    expect(pageZoomIn(0.5)).toBe(0.67);
    expect(pageZoomOut(0.67)).toBe(0.5);
  });

  it('goes from a fitted zoom between steps to the nearest step in that direction', () => {
    expect(pageZoomIn(0.83)).toBe(0.9);
    expect(pageZoomOut(0.83)).toBe(0.8);
  });

  it('does not stay put when a fitted zoom is a hair away from a step', () => {
    expect(pageZoomIn(0.999)).toBe(1.1);
    expect(pageZoomOut(1.001)).toBe(0.9);
  });

  it('stops at the limits', () => {
    expect(pageZoomIn(MAX_PAGE_ZOOM)).toBe(MAX_PAGE_ZOOM);
    expect(pageZoomOut(MIN_PAGE_ZOOM)).toBe(MIN_PAGE_ZOOM);
    expect(pageZoomIn(10)).toBe(MAX_PAGE_ZOOM);
    expect(pageZoomOut(0.01)).toBe(MIN_PAGE_ZOOM);
  });
});

describe('fitPageZoom', () => {
  it('fills the available width', () => {
    expect(fitPageZoom(600, 800)).toBe(0.75);
    expect(fitPageZoom(1600, 800)).toBe(2);
  });

  it('never goes past the maximum given, or the limits', () => {
    expect(fitPageZoom(1600, 800, 1)).toBe(1);
    expect(fitPageZoom(100_000, 10)).toBe(MAX_PAGE_ZOOM);
    expect(fitPageZoom(10, 100_000)).toBe(MIN_PAGE_ZOOM);
  });

  it('falls back to 100 % when there is nothing to measure yet', () => {
    expect(fitPageZoom(0, 800)).toBe(1);
    expect(fitPageZoom(600, 0)).toBe(1);
    expect(fitPageZoom(Number.NaN, 800)).toBe(1);
  });
});

describe('effectivePageZoom and zoomPercent', () => {
  it('uses the fitted zoom in fit mode and the chosen one otherwise', () => {
    expect(effectivePageZoom({ kind: 'fit' }, 0.8)).toBe(0.8);
    expect(effectivePageZoom({ kind: 'scale', scale: 1.5 }, 0.8)).toBe(1.5);
    expect(effectivePageZoom({ kind: 'scale', scale: 99 }, 0.8)).toBe(MAX_PAGE_ZOOM);
  });

  it('clamps nonsense and rounds to whole percent', () => {
    expect(clampPageZoom(Number.POSITIVE_INFINITY)).toBe(1);
    expect(pageZoomPercent(0.667)).toBe(67);
    expect(pageZoomPercent(1)).toBe(100);
  });
});

describe('canvasPixelRatio', () => {
  it('draws at the screen’s pixel ratio while the canvas stays within budget', () => {
    expect(canvasPixelRatio(800, 1100, 2)).toBe(2);
    expect(canvasPixelRatio(800, 1100, 0)).toBe(1);
  });

  it('draws fewer pixels for a page zoomed far in, within 4096 × 4096', () => {
    const ratio = canvasPixelRatio(3200, 4400, 2);
    expect(ratio).toBeLessThan(2);
    expect(3200 * 4400 * ratio * ratio).toBeCloseTo(4096 * 4096, -2);
  });
});
