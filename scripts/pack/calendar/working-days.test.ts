import { describe, expect, it } from 'vitest';
import { CALENDAR_YEARS, KZ_CALENDAR } from './kz-calendar';
import { dayStatus } from './working-days';

const isWeekend = (date: string): boolean => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

describe('the Kazakhstan working calendar', () => {
  it('knows the first day of Курбан айт, which is never carried over', () => {
    expect(dayStatus('2026-05-27')).toMatchObject({
      kind: 'dayOff',
      what: 'Wednesday, Курбан айт (first day)',
    });
    expect(dayStatus('2025-06-06')).toMatchObject({ kind: 'dayOff', what: 'Friday, Курбан айт (first day)' });
    expect(dayStatus('2026-05-28')).toEqual({ kind: 'working' });
  });

  it('carries a holiday that falls on a weekend over to the next working day', () => {
    expect(dayStatus('2026-03-23')).toMatchObject({ what: 'Monday, Наурыз мейрамы' });
    expect(dayStatus('2026-03-24')).toMatchObject({
      what: 'Tuesday, day off carried over from Наурыз мейрамы (Saturday 21.03.2026)',
    });
    expect(dayStatus('2026-03-25')).toMatchObject({
      what: 'Wednesday, day off carried over from Наурыз мейрамы (Sunday 22.03.2026)',
    });
    expect(dayStatus('2026-03-26')).toEqual({ kind: 'working' });
    expect(dayStatus('2026-05-11')).toMatchObject({ kind: 'dayOff' });
  });

  it('knows the moved day off of January 2025 and the Sunday worked for it', () => {
    expect(dayStatus('2025-01-03')).toMatchObject({
      what: 'Friday, day off moved from Sunday 05.01.2025 (order of the Minister of Labour)',
    });
    expect(dayStatus('2025-01-05')).toEqual({ kind: 'working' });
    expect(dayStatus('2025-01-04')).toEqual({ kind: 'dayOff', what: 'Saturday' });
  });

  it('follows the move of Constitution Day to 15 March: 31.08.2026 is a working day', () => {
    expect(dayStatus('2025-09-01')).toMatchObject({ kind: 'dayOff' });
    expect(dayStatus('2026-08-31')).toEqual({ kind: 'working' });
    expect(dayStatus('2027-08-30')).toEqual({ kind: 'working' });
    expect(dayStatus('2027-03-15')).toMatchObject({
      kind: 'dayOff',
      entry: { unverified: expect.any(String) },
    });
  });

  it('says a date outside 2025–2027 cannot be checked', () => {
    expect(dayStatus('2024-05-08')).toEqual({ kind: 'notCovered' });
    expect(dayStatus('2028-01-03')).toEqual({ kind: 'notCovered' });
  });

  it('lists each date once, in order, inside the years covered, each with a source', () => {
    const dates = KZ_CALENDAR.map((entry) => entry.date);
    expect(dates).toEqual([...new Set(dates)].sort());
    for (const entry of KZ_CALENDAR) {
      expect(CALENDAR_YEARS).toContain(Number(entry.date.slice(0, 4)));
      expect(entry.sources.length, entry.date).toBeGreaterThan(0);
      expect(new Date(`${entry.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(entry.date);
    }
  });

  it('has a carried-over day for every holiday on a weekend, and carries over nothing else', () => {
    // The rule of art. 5 of the Law on holidays applied to the list: a check on the data when a year is added.
    // The day off goes to the next day that is neither a weekend, nor a day off already, nor taken by another.
    const offAlready = new Set(KZ_CALENDAR.filter((e) => e.kind !== 'carriedOver').map((e) => e.date));
    const expected: string[] = [];
    for (const entry of KZ_CALENDAR.filter((e) => e.kind === 'holiday' && isWeekend(e.date))) {
      let next = entry.date;
      do next = nextDay(next);
      while (isWeekend(next) || offAlready.has(next) || expected.includes(next));
      expected.push(next);
    }
    expect(KZ_CALENDAR.filter((entry) => entry.kind === 'carriedOver').map((e) => e.date)).toEqual(expected);
  });
});

function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}
