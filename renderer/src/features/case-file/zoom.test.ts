import { describe, expect, it } from 'vitest';
import { canvasPixelRatio } from './pdf-units';
import { clampZoom, effectiveZoom, fitZoom, MAX_ZOOM, MIN_ZOOM, zoomIn, zoomOut, zoomPercent } from './zoom';

describe('zoom steps', () => {
  it('steps up and down through the fixed levels', () => {
    expect(zoomIn(1)).toBe(1.1);
    expect(zoomOut(1)).toBe(0.9);
    expect(zoomIn(0.5)).toBe(0.67);
    expect(zoomOut(0.67)).toBe(0.5);
  });

  it('goes from a fitted zoom between steps to the nearest step in that direction', () => {
    expect(zoomIn(0.83)).toBe(0.9);
    expect(zoomOut(0.83)).toBe(0.8);
  });

  it('does not stay put when a fitted zoom is a hair away from a step', () => {
    expect(zoomIn(0.999)).toBe(1.1);
    expect(zoomOut(1.001)).toBe(0.9);
  });

  it('stops at the limits', () => {
    expect(zoomIn(MAX_ZOOM)).toBe(MAX_ZOOM);
    expect(zoomOut(MIN_ZOOM)).toBe(MIN_ZOOM);
    expect(zoomIn(10)).toBe(MAX_ZOOM);
    expect(zoomOut(0.01)).toBe(MIN_ZOOM);
  });
});

describe('fitZoom', () => {
  it('fills the available width', () => {
    expect(fitZoom(600, 800)).toBe(0.75);
    expect(fitZoom(1600, 800)).toBe(2);
  });

  it('never goes past the maximum given, or the limits', () => {
    expect(fitZoom(1600, 800, 1)).toBe(1);
    expect(fitZoom(100_000, 10)).toBe(MAX_ZOOM);
    expect(fitZoom(10, 100_000)).toBe(MIN_ZOOM);
  });

  it('falls back to 100 % when there is nothing to measure yet', () => {
    expect(fitZoom(0, 800)).toBe(1);
    expect(fitZoom(600, 0)).toBe(1);
    expect(fitZoom(Number.NaN, 800)).toBe(1);
  });
});

describe('effectiveZoom and zoomPercent', () => {
  it('uses the fitted zoom in fit mode and the chosen one otherwise', () => {
    expect(effectiveZoom({ kind: 'fit' }, 0.8)).toBe(0.8);
    expect(effectiveZoom({ kind: 'scale', scale: 1.5 }, 0.8)).toBe(1.5);
    expect(effectiveZoom({ kind: 'scale', scale: 99 }, 0.8)).toBe(MAX_ZOOM);
  });

  it('clamps nonsense and rounds to whole percent', () => {
    expect(clampZoom(Number.POSITIVE_INFINITY)).toBe(1);
    expect(zoomPercent(0.667)).toBe(67);
    expect(zoomPercent(1)).toBe(100);
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
