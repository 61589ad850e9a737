/** A full date (day, month and year) written in a line of an exercise. */
export interface DateInText {
  /** `YYYY-MM-DD`. */
  iso: string;
  /** As written: `12.05.2026`, `12 мая 2026`, `2026 жылғы 12 мамырдағы`. */
  text: string;
  start: number;
  end: number;
  /** The Kazakh case ending on the month, as `дағы` in `12 мамырдағы` (empty for other forms). */
  kazakhEnding: string;
}

const RU_MONTHS = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
const KK_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];

// `12.05.2026`; `«12» мая 2026`; `2026 жылғы 12 мамыр(да|дағы|…)` and `2026 ж. 12 мамыр`.
const DATE =
  /(?<![\d.])(?<d1>\d{1,2})\.(?<m1>\d{1,2})\.(?<y1>\d{4})(?![\d])|(?<![\d])«?(?<d2>\d{1,2})»?\s+(?<m2>[а-яё]+)\s+(?<y2>\d{4})(?!\d)|(?<![\d])(?<y3>\d{4})\s*ж(?:ылғы|\.)?\s+(?<d3>\d{1,2})\s+(?<m3>[а-яёәіңғүұқөһ]+)/giu;

/** Every full date in `line`, in the three ways exercises write them; impossible dates (31.02) are left out. */
export function datesInText(line: string): DateInText[] {
  const found: DateInText[] = [];
  for (const match of line.matchAll(DATE)) {
    const { d1, m1, y1, d2, m2 = '', y2, d3, m3 = '', y3 } = match.groups ?? {};
    let year: number;
    let month: number;
    let day: number;
    let kazakhEnding = '';
    if (d1 !== undefined) {
      [day, month, year] = [Number(d1), Number(m1), Number(y1)];
    } else if (d2 !== undefined) {
      month = RU_MONTHS.indexOf(m2.toLowerCase()) + 1;
      [day, year] = [Number(d2), Number(y2)];
    } else {
      const word = m3.toLowerCase();
      const stem = KK_MONTHS.find((name) => word.startsWith(name));
      month = stem ? KK_MONTHS.indexOf(stem) + 1 : 0;
      kazakhEnding = stem ? word.slice(stem.length) : '';
      [day, year] = [Number(d3), Number(y3)];
    }
    const iso = isoDate(year, month, day);
    if (iso)
      found.push({
        iso,
        text: match[0],
        start: match.index,
        end: match.index + match[0].length,
        kazakhEnding,
      });
  }
  return found;
}

function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
