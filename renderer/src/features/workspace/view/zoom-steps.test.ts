import { describe, expect, it } from 'vitest';
import { clampZoom, DEFAULT_ZOOM, MAX_ZOOM, MIN_ZOOM, zoomIn, zoomOut } from './zoom-steps';

describe('editor zoom steps', () => {
  it('steps by 10 % each way', () => {
    expect(zoomIn(100)).toBe(110);
    expect(zoomIn(zoomIn(100))).toBe(120);
    expect(zoomOut(100)).toBe(90);
  });

  it('stops at 50 % and 200 %', () => {
    expect(zoomIn(MAX_ZOOM)).toBe(200);
    expect(zoomOut(MIN_ZOOM)).toBe(50);
    expect(clampZoom(500)).toBe(200);
    expect(clampZoom(10)).toBe(50);
  });

  it('puts a value between steps back on a step', () => {
    expect(clampZoom(117)).toBe(120);
    expect(zoomIn(113)).toBe(120);
    expect(zoomOut(113)).toBe(100);
  });

  it('treats an unreadable stored value as 100 %', () => {
    expect(clampZoom(Number.NaN)).toBe(DEFAULT_ZOOM);
    expect(clampZoom(Number.POSITIVE_INFINITY)).toBe(DEFAULT_ZOOM);
  });
});
