import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isFolder, listFiles } from '../source-files';
import { displayPath, type SourceProblem } from '../source-problem';
import { CALENDAR_YEARS } from './kz-calendar';
import { workingDayDates } from './working-day-dates';
import { dayStatus } from './working-days';

export interface CalendarCheck {
  /** A date that must be a working day falls on a weekend or a day off. */
  warnings: SourceProblem[];
  /** A date that must be a working day lies outside the calendar's years: not checked. */
  notes: SourceProblem[];
}

const YEARS = `${CALENDAR_YEARS[0]}–${CALENDAR_YEARS[CALENDAR_YEARS.length - 1]}`;

/**
 * `npm run pack:check`'s calendar check: every Markdown and YAML file of an exercise's source folder, line by line,
 * against the working calendar (kz-calendar.ts), by the rule of working-day-dates.ts.
 */
export async function checkCalendar(packDir: string): Promise<CalendarCheck> {
  const check: CalendarCheck = { warnings: [], notes: [] };
  if (!(await isFolder(packDir))) return check;
  for (const relative of await listFiles(packDir)) {
    if (!/\.(?:md|ya?ml)$/iu.test(relative)) continue;
    const file = path.join(packDir, relative);
    const lines = (await readFile(file, 'utf8')).split(/\r?\n/u);
    const title = lines.find((line) => /^#\s/u.test(line))?.replace(/^#\s+/u, '');
    const hearingRecord = title && /заседани|отырыс/iu.test(title) ? title : undefined;
    for (const [index, line] of lines.entries()) {
      for (const { date, reason, phrase } of workingDayDates(line, hearingRecord)) {
        const status = dayStatus(date.iso);
        const where = { file: displayPath(file), line: index + 1 };
        if (status.kind === 'dayOff') {
          const unverified = status.entry?.unverified ? ` (not confirmed: ${status.entry.unverified})` : '';
          check.warnings.push({
            ...where,
            message:
              `${date.text} is a day off (${status.what})${unverified}, but «${phrase}» makes it ${reason}, ` +
              'which falls on a working day.',
          });
        } else if (status.kind === 'notCovered') {
          check.notes.push({
            ...where,
            message: `${date.text} is ${reason} («${phrase}»), but the calendar covers ${YEARS} only: not checked.`,
          });
        }
      }
    }
  }
  return check;
}
