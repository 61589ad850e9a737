import { describe, expect, it } from 'vitest';
import {
  clampActZoom,
  DEFAULT_ACT_ZOOM,
  MAX_ACT_ZOOM,
  MIN_ACT_ZOOM,
  actZoomIn,
  actZoomOut,
} from './act-zoom-steps';

describe('editor zoom steps', () => {
  it('steps by 10 % each way', () => {
    expect(actZoomIn(100)).toBe(110);
    expect(actZoomIn(actZoomIn(100))).toBe(120);
    expect(actZoomOut(100)).toBe(90);
  });

  it('stops at 50 % and 200 %', () => {
    expect(actZoomIn(MAX_ACT_ZOOM)).toBe(200);
    expect(actZoomOut(MIN_ACT_ZOOM)).toBe(50);
    expect(clampActZoom(500)).toBe(200);
    expect(clampActZoom(10)).toBe(50);
  });

  it('puts a value between steps back on a step', () => {
    expect(clampActZoom(117)).toBe(120);
    expect(actZoomIn(113)).toBe(120);
    expect(actZoomOut(113)).toBe(100);
  });

  it('treats an unreadable stored value as 100 %', () => {
    expect(clampActZoom(Number.NaN)).toBe(DEFAULT_ACT_ZOOM);
    expect(clampActZoom(Number.POSITIVE_INFINITY)).toBe(DEFAULT_ACT_ZOOM);
  });
});
