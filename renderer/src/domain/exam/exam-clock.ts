/**
 * The exam clock's arithmetic. The clock is the wall clock, not the page's: it keeps running while the app is closed
 * or crashed (an exam does not pause because a laptop did), so the time left is always counted from the start.
 */

/** What the clock needs of an exam session (storage's ExamSessionRecord has these and more). */
export interface ExamClock {
  /** ISO 8601. */
  startedAt: string;
  durationMinutes: number;
  /** Extra time granted with the trainer's code, added up. */
  extraMinutes: number;
}

const MINUTE_MS = 60_000;

/** Minutes left at which the trainee is warned, largest first. */
export const WARNING_MINUTES = [30, 10, 5, 2] as const;
/** At or under this many minutes left the clock turns red. */
export const URGENT_MINUTES = 2;
/** How often a running exam writes that the app is still open. */
export const HEARTBEAT_MS = 5_000;
/** A longer silence than this on reopening (the heartbeat plus margin for a busy machine) is recorded as a gap. */
export const GAP_THRESHOLD_MS = 15_000;

/** When the time runs out: start + duration + extra time. */
export function examEndsAt(clock: ExamClock): number {
  return Date.parse(clock.startedAt) + (clock.durationMinutes + clock.extraMinutes) * MINUTE_MS;
}

/** Milliseconds left at `now`; 0 once the time is up. */
export function remainingMs(clock: ExamClock, now: number): number {
  return Math.max(0, examEndsAt(clock) - now);
}

/**
 * The warning passed at `remaining`: the smallest of WARNING_MINUTES at or above the time left (undefined above 30
 * minutes). Reopening an exam with 4 minutes left passes 30, 10 and 5 at once; only the 5-minute one is told.
 */
export function warningPassed(remaining: number): number | undefined {
  const passed = WARNING_MINUTES.filter((minutes) => remaining <= minutes * MINUTE_MS);
  return passed.length ? Math.min(...passed) : undefined;
}

/**
 * The warning to give now, if any: one passed that is smaller than the last one given (`lastWarned`, undefined
 * before the first). None once the time is up: the lock says it.
 */
export function warningDue(remaining: number, lastWarned: number | undefined): number | undefined {
  if (remaining <= 0) return undefined;
  const passed = warningPassed(remaining);
  return passed !== undefined && passed < (lastWarned ?? Infinity) ? passed : undefined;
}

/**
 * The minutes shown in a warning: the time left rounded up, so the 10-minute warning reads "10 minutes" when it
 * comes on time, and the real time left when the app was closed at that moment.
 */
export function minutesLeft(remaining: number): number {
  return Math.ceil(remaining / MINUTE_MS);
}

/**
 * The seconds the app was away (closed, crashed, the computer asleep) between the last heartbeat and `now`, when
 * longer than GAP_THRESHOLD_MS; undefined for an ordinary reload.
 */
export function gapSeconds(lastSeenAt: string, now: number): number | undefined {
  const away = now - Date.parse(lastSeenAt);
  return away > GAP_THRESHOLD_MS ? Math.round(away / 1000) : undefined;
}

/** The time left as `2:59:07` (or `9:07` under an hour), for the countdown. */
export function formatRemaining(remaining: number): string {
  const totalSeconds = Math.ceil(remaining / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const mmss = `${String(minutes).padStart(hours ? 2 : 1, '0')}:${String(seconds).padStart(2, '0')}`;
  return hours ? `${hours}:${mmss}` : mmss;
}

/** The most extra time one grant may add: a typo of 600 for 60 must not give ten hours. */
export const MAX_EXTRA_MINUTES = 240;
