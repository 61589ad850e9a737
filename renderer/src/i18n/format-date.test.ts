import { describe, expect, it } from 'vitest';
import { shortDateTimeFormat } from './format-date';

describe('short dates with their time', () => {
  const moment = new Date(2026, 11, 7, 19, 45);

  it('are written day first with points in Kazakh, as in Russian', () => {
    expect(shortDateTimeFormat('kk').format(moment)).toBe('07.12.2026, 19:45');
    expect(shortDateTimeFormat('ru').format(moment)).toBe('07.12.2026, 19:45');
  });

  it('are written the English way in English', () => {
    expect(shortDateTimeFormat('en').format(moment)).toMatch(/^12\/7\/26, 7:45\sPM$/);
  });
});
