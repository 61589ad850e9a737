import { describe, expect, it } from 'vitest';
import { stackMarginItems } from './margin-layout';

describe('the comments in the margin', () => {
  it('sit level with their passages while there is room', () => {
    expect(stackMarginItems([0, 200, 500], [50, 50, 50], 8)).toEqual([0, 200, 500]);
  });

  it('go below the comment above when their passages are close, never overlapping it', () => {
    expect(stackMarginItems([100, 120, 130, 400], [60, 40, 40, 20], 8)).toEqual([100, 168, 216, 400]);
  });
});
