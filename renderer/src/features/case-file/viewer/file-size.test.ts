import { describe, expect, it } from 'vitest';
import { formatFileSize } from './file-size';

describe('formatFileSize', () => {
  it('uses kilobytes below a megabyte and megabytes with one decimal above', () => {
    expect(formatFileSize(250_400, 'en')).toBe('250 kB');
    expect(formatFileSize(1_540_000, 'en')).toBe('1.5 MB');
  });

  it('never says a small file has no size', () => {
    expect(formatFileSize(12, 'en')).toBe('1 kB');
  });

  it('writes the number the locale’s way', () => {
    expect(formatFileSize(1_540_000, 'ru')).toMatch(/^1,5\s/u);
  });
});
