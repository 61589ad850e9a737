import { describe, expect, it } from 'vitest';
import {
  examEndsAt,
  formatRemaining,
  gapSeconds,
  minutesLeft,
  remainingMs,
  warningDue,
  warningPassed,
  type ExamClock,
} from './exam-clock';

const MINUTE = 60_000;
const start = Date.parse('2026-03-01T09:00:00Z');
const clock: ExamClock = { startedAt: '2026-03-01T09:00:00.000Z', durationMinutes: 180, extraMinutes: 0 };

/** Runs the clock second by second from `from` ms left to zero, giving warnings as the exam bar does. */
function warningsGiven(session: ExamClock, fromMs: number, lastWarned?: number): number[] {
  const given: number[] = [];
  let last = lastWarned;
  for (let now = examEndsAt(session) - fromMs; now <= examEndsAt(session); now += 1000) {
    const due = warningDue(remainingMs(session, now), last);
    if (due !== undefined) {
      given.push(due);
      last = due;
    }
  }
  return given;
}

describe('the exam clock', () => {
  it('counts the time left from the start, with extra time added', () => {
    expect(remainingMs(clock, start)).toBe(180 * MINUTE);
    expect(remainingMs(clock, start + 170 * MINUTE)).toBe(10 * MINUTE);
    expect(remainingMs({ ...clock, extraMinutes: 15 }, start + 170 * MINUTE)).toBe(25 * MINUTE);
    expect(examEndsAt({ ...clock, extraMinutes: 15 })).toBe(start + 195 * MINUTE);
  });

  it('keeps running while the app is away: after a 5-minute gap at 20 minutes left, 15 are left', () => {
    const closedAt = start + 160 * MINUTE;
    const reopenedAt = closedAt + 5 * MINUTE;
    expect(remainingMs(clock, reopenedAt)).toBe(15 * MINUTE);
    expect(gapSeconds(new Date(closedAt).toISOString(), reopenedAt)).toBe(300);
  });

  it('records no gap for an ordinary reload, and one for a silence longer than 15 seconds', () => {
    const lastSeen = new Date(start).toISOString();
    expect(gapSeconds(lastSeen, start + 5_000)).toBeUndefined();
    expect(gapSeconds(lastSeen, start + 15_000)).toBeUndefined();
    expect(gapSeconds(lastSeen, start + 16_000)).toBe(16);
  });

  it('never goes below zero', () => {
    expect(remainingMs(clock, start + 200 * MINUTE)).toBe(0);
    expect(warningDue(0, undefined)).toBeUndefined();
  });
});

describe('the warnings', () => {
  it('come at 30, 10, 5 and 2 minutes left, each once', () => {
    expect(warningsGiven(clock, 180 * MINUTE)).toEqual([30, 10, 5, 2]);
  });

  it('come exactly when the minute is reached, not a second before', () => {
    expect(warningDue(10 * MINUTE + 1000, 30)).toBeUndefined();
    expect(warningDue(10 * MINUTE, 30)).toBe(10);
    expect(minutesLeft(10 * MINUTE)).toBe(10);
  });

  it('give only the latest one passed when the app reopens with 4 minutes left', () => {
    expect(warningPassed(4 * MINUTE)).toBe(5);
    expect(warningDue(4 * MINUTE, 30)).toBe(5);
    expect(minutesLeft(4 * MINUTE)).toBe(4);
    expect(warningsGiven(clock, 4 * MINUTE, 30)).toEqual([5, 2]);
  });

  it('are not given again after a reload that already gave them', () => {
    expect(warningsGiven(clock, 9 * MINUTE, 10)).toEqual([5, 2]);
  });

  it('start again below the new time left after extra time', () => {
    // 3 minutes left, the 5-minute warning given; 10 minutes added: 13 left, the 30-minute one counts as passed.
    const extended = { ...clock, extraMinutes: 10 };
    const lastWarned = warningPassed(13 * MINUTE);
    expect(lastWarned).toBe(30);
    expect(warningsGiven(extended, 13 * MINUTE, lastWarned)).toEqual([10, 5, 2]);
  });
});

describe('formatRemaining', () => {
  it('shows hours, minutes and seconds, rounding up so zero shows only at the end', () => {
    expect(formatRemaining(180 * MINUTE)).toBe('3:00:00');
    expect(formatRemaining(2 * 3600_000 + 59 * MINUTE + 7_000)).toBe('2:59:07');
    expect(formatRemaining(9 * MINUTE + 7_000)).toBe('9:07');
    expect(formatRemaining(500)).toBe('0:01');
    expect(formatRemaining(0)).toBe('0:00');
  });
});
