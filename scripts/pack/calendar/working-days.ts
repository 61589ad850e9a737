import { CALENDAR_YEARS, KZ_CALENDAR, type CalendarEntry } from './kz-calendar';

export type DayStatus =
  | { kind: 'working' }
  /** A day off: `what` says which, as `Saturday` or `Wednesday, Курбан айт (first day)`. */
  | { kind: 'dayOff'; what: string; entry?: CalendarEntry }
  /** Outside the years the calendar covers. */
  | { kind: 'notCovered' };

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const byDate = new Map(KZ_CALENDAR.map((entry) => [entry.date, entry]));

/** Whether an ISO date (`YYYY-MM-DD`, a real date) is a working day in Kazakhstan on the five-day week. */
export function dayStatus(date: string): DayStatus {
  const year = Number(date.slice(0, 4));
  if (!(CALENDAR_YEARS as readonly number[]).includes(year)) return { kind: 'notCovered' };
  const weekday = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()] ?? '';
  const entry = byDate.get(date);
  if (entry?.kind === 'workingWeekendDay') return { kind: 'working' };
  if (entry) return { kind: 'dayOff', what: `${weekday}, ${entry.name}`, entry };
  if (weekday === 'Saturday' || weekday === 'Sunday') return { kind: 'dayOff', what: weekday };
  return { kind: 'working' };
}
