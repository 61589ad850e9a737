// Which dates in an exercise's text must be working days. The rule, in docs/calendar.md:
// A. The date of an act: «<act> … от <date>» in Russian, with a word for an act of a court or body among the eight
//    words before «от»; «<date>-ғы/-дағы … <act>» in Kazakh, with the act among the five words after the date.
//    «протокол (судебного) заседания от <date>» is a hearing's date.
// B. The date of an event (a date not after «от»): a phrase for a hearing, a consideration or pronouncement, a
//    dismissal, a claim accepted for proceedings, or an absence from work among the six words before the date or the
//    five after it.
// C. In the record of a hearing (a file whose title names a hearing), a heading that starts with a date.
// Words are counted within the clause: a word ending in , ; : or a full stop ends the count. A date that opens or
// closes a period («с … по …», «… – …») is not checked: a period may start or end on any day.
import { datesInText, type DateInText } from './dates-in-text';

export interface WorkingDayDate {
  date: DateInText;
  /** Why it must be a working day, as `the date of an act of a court or body`. */
  reason: string;
  /** The words of the text that say so, as written. */
  phrase: string;
}

interface Trigger {
  pattern: RegExp;
  reason: string;
}

const ACT_REASON = 'the date of an act of a court or body';
const ACTS_RU =
  /^(?:приказ|решени|постановлени|определени|приговор|распоряжени|предписани|заседани|слушани)/u;
const HEARINGS_RU = /^(?:заседани|слушани)/u;
/** Papers of a party, or a law: a date after one of these is that paper's, which may fall on any day. */
const PAPERS_RU =
  /^(?:заявлени|жалоб|иск|ходатайств|письм|договор|справк|доверенност|расписк|квитанци|выписк|отзыв|закон)/u;
const ACTS_KK = /^(?:бұйрық|бұйрығ|шешім|қаулы|ұйғарым|үкім|нұсқама)/u;
const KAZAKH_ATTRIBUTIVE = /^(?:ғы|гі|қы|кі|дағы|дегі|тағы|тегі)$/u;

const EVENTS: Trigger[] = [
  {
    pattern: /судебн\p{L}*\s+заседани\p{L}*|заседани\p{L}*|слушани\p{L}*|сот\s+отырыс\p{L}*|отырыс\p{L}*/iu,
    reason: 'a hearing',
  },
  {
    pattern:
      /рассмотр\p{L}*|оглаш\p{L}*|провозглаш\p{L}*|вынесен\p{L}*|вынес\p{L}*\s+(?:решени|постановлени|определени|приговор)\p{L}*|қарады|қаралды|жарияла\p{L}*/iu,
    reason: 'a court or body deciding',
  },
  {
    pattern:
      /уволен\p{L}*|увольнени\p{L}*|уволить|расторгнут\p{L}*|жұмыстан\s+шығар\p{L}*|жұмыстан\s+босат\p{L}*/iu,
    reason: 'a dismissal',
  },
  {
    pattern: /принят\p{L}*\s+к\s+производству|іс\s+жүргізуге\s+қабылда\p{L}*/iu,
    reason: 'a claim accepted for proceedings',
  },
  {
    pattern:
      /отсутств\p{L}*\s+на\s+(?:работе|рабочем\s+месте)|не\s+вышел\p{L}*\s+на\s+работу|жұмыс\s+орнында\s+болма\p{L}*|жұмысқа\s+шықпа\p{L}*/iu,
    reason: 'an absence from work',
  },
];

/**
 * The dates in a line that the rule says must be working days, with the reason and the words behind it.
 * `hearingRecord` is the title of the file when it is the record of a hearing: there, a heading that starts with a
 * date names a day of the hearing (rule C).
 */
export function workingDayDates(line: string, hearingRecord?: string): WorkingDayDate[] {
  const found: WorkingDayDate[] = [];
  const dates = datesInText(line);
  const heading = /^#{1,6}\s+/u.exec(line);
  if (hearingRecord && heading && dates[0]?.start === heading[0].length) {
    found.push({ date: dates[0], reason: 'a day of a hearing', phrase: hearingRecord });
    dates.shift();
  }
  for (const date of dates) {
    const before = line.slice(0, date.start);
    const after = line.slice(date.end);
    if (opensOrClosesPeriod(before, after)) continue;
    const dated = /(?:^|\s)от\s*$/iu.test(before);
    const match = dated ? actBefore(before) : (actAfter(date, after) ?? eventAround(before, after));
    if (match) found.push({ date, ...match });
  }
  return found;
}

function opensOrClosesPeriod(before: string, after: string): boolean {
  return /(?:^|\s)(?:с|со|по)\s*$/iu.test(before) || /[–—-]\s*$/u.test(before) || /^\s*[–—-]/u.test(after);
}

/**
 * Rule A in Russian: the nearest act among the eight words before «от», unless a party's paper is nearer
 * («решение … по заявлению от» dates the application), except after «по» («решение по жалобе от» dates the decision).
 */
function actBefore(before: string): Omit<WorkingDayDate, 'date'> | undefined {
  const words = clauseBefore(before.replace(/от\s*$/iu, ''), 8);
  for (let index = words.length - 1; index >= 0; index--) {
    const word = bare(words[index] ?? '');
    if (ACTS_RU.test(word)) {
      const reason = HEARINGS_RU.test(word) ? 'the date of a hearing' : ACT_REASON;
      return { reason, phrase: [...words.slice(index), 'от'].join(' ') };
    }
    if (PAPERS_RU.test(word) && bare(words[index - 1] ?? '') !== 'по') return undefined;
  }
  return undefined;
}

/** Rule A in Kazakh: «2026 жылғы 12 мамырдағы № 318-к бұйрық». */
function actAfter(date: DateInText, after: string): Omit<WorkingDayDate, 'date'> | undefined {
  if (!KAZAKH_ATTRIBUTIVE.test(date.kazakhEnding)) return undefined;
  const words = clauseAfter(after, 5);
  const index = words.findIndex((word) => ACTS_KK.test(bare(word)));
  if (index < 0) return undefined;
  return { reason: ACT_REASON, phrase: [date.text, ...words.slice(0, index + 1)].join(' ') };
}

/** Rule B: an event phrase among the six words before the date or the five after it. */
function eventAround(before: string, after: string): Omit<WorkingDayDate, 'date'> | undefined {
  const windows = [clauseBefore(before, 6).join(' '), clauseAfter(after, 5).join(' ')];
  for (const trigger of EVENTS) {
    for (const text of windows) {
      const match = trigger.pattern.exec(text);
      if (match) return { reason: trigger.reason, phrase: match[0] };
    }
  }
  return undefined;
}

/**
 * Up to `count` words before the date, back to the end of the previous clause. A word with a colon introduces the
 * dates after it («Отырыстар: 24.03.2026, 07.04.2026») and belongs to their clause.
 */
function clauseBefore(text: string, count: number): string[] {
  const kept: string[] = [];
  for (const word of text.split(/\s+/u).filter(Boolean).reverse()) {
    if (kept.length < count && /:$/u.test(word)) return [word, ...kept];
    if (kept.length === count || endsClause(word)) break;
    kept.unshift(word);
  }
  return kept;
}

/** Up to `count` words after the date, to the end of its clause. */
function clauseAfter(text: string, count: number): string[] {
  if (/^[,;:.)]/u.test(text)) return [];
  const kept: string[] = [];
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    if (kept.length === count) break;
    kept.push(word);
    if (endsClause(word)) break;
  }
  return kept;
}

/**
 * A word followed by , ; : or a full stop that is not an abbreviation (г., ст., Д.М.). A comma in a list of dates
 * («заседания 24.03.2026, 07.04.2026») does not end the clause.
 */
function endsClause(marked: string): boolean {
  const word = marked.replace(/[*_]+$/u, '');
  if (/^(?:\d{1,2}\.\d{1,2}\.\d{4}|года|г\.),$/u.test(word)) return false;
  if (/[,;:]["»)]?$/u.test(word)) return true;
  return /\.["»)]?$/u.test(word) && !/^(?:\p{L}{1,3}\.)+$/u.test(word);
}

function bare(word: string): string {
  return word.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
}
