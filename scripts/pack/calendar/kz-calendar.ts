// Kazakhstan's working calendar for 2025–2027 (five-day week, the week of courts and state bodies): every weekday
// that is not a working day and every weekend day that is. Documented in docs/calendar.md, which says how to add a year.
// Saturdays and Sundays are days off unless listed here as `workingWeekendDay`.

/** The years this file covers completely; a date in another year cannot be checked. */
export const CALENDAR_YEARS = [2025, 2026, 2027] as const;

export type CalendarEntryKind =
  /** A national or state holiday (Law «О праздниках в Республике Казахстан», arts. 2, 3, 5). */
  | 'holiday'
  /** A day off that is not a holiday and is never carried over: 7 January and the first day of Курбан айт (ТК 84 п.5). */
  | 'statutoryDayOff'
  /** The working day after a holiday that fell on a Saturday or Sunday (Law on holidays, art. 5). */
  | 'carriedOver'
  /** A day off moved from another day by an order of the Minister of Labour (ТК 85 п.3). */
  | 'movedDayOff'
  /** A Saturday or Sunday worked because its day off was moved (ТК 85 п.3). */
  | 'workingWeekendDay';

export interface CalendarEntry {
  /** `YYYY-MM-DD`. */
  date: string;
  kind: CalendarEntryKind;
  /** What the day is, as a trainer reads it: the holiday's own name, or where the day off came from. */
  name: string;
  /** Where the fact was read: the law for fixed holidays, a public calendar or news report for the rest. */
  sources: readonly string[];
  /** Set when no source confirms the date: why, in a sentence. The check says so in its warning. */
  unverified?: string;
}

export const LAW_ON_HOLIDAYS = 'https://adilet.zan.kz/rus/docs/Z010000267_';
export const LABOUR_CODE = 'https://adilet.zan.kz/rus/docs/K1500000414';

const CALENDAR_2025 = [
  'https://pobipb.kz/kalendar-vyxodnyx-i-prazdnichnyx-dnej-na-2025-god',
  'https://rus.azattyq-ruhy.kz/index.php/society/77649-prazdniki-i-vykhodnye-kak-kazakhstantsy-otdokhnut-v-2025-godu/amp',
];
const MOVE_2025_JANUARY = [
  'https://energy-city.kz/pavlodar/kazahstanczy-poluchat-chetyre-vyhodnyh-dnya-na-novyj-god',
  'https://informburodata.com/novosti/v-novyi-god-kazaxstancy-otdoxnut-cetyre-dnya-podryad',
  'https://rus.azattyq-ruhy.kz/index.php/society/77649-prazdniki-i-vykhodnye-kak-kazakhstantsy-otdokhnut-v-2025-godu/amp',
];
const KURBAN_2025 = [
  'https://mgorod.kz/news/skolko-dnej-otdohnut-kazahstancy-na-kurban-ajt-v-2025-godu',
  'https://pobipb.kz/kalendar-vyxodnyx-i-prazdnichnyx-dnej-na-2025-god',
];
/** The eGov calendar for 2026 as Kazinform reported it on 02.01.2026, before Constitution Day moved. */
const CALENDAR_2026 = [
  'https://www.inform.kz/ru/kak-budut-otdihat-kazahstantsi-v-2026-godu-947dd6',
  'https://www.zakon.kz/pravo/6503812-skolko-dney-kazakhstantsy-otdokhnut-v-2026-godu.html',
];
const NAURYZ_2026 = ['https://news.mail.ru/society/69646456/', ...CALENDAR_2026];
const KURBAN_2026 = [
  'https://www.zakon.kz/obshestvo/6496885-ramazan2026-oraza-i-kurban-ayt-opublikovan-kalendar-musulmanskikh-prazdnikov-v-kazakhstane.html',
  'https://www.inform.kz/ru/kak-budut-otdihat-kazahstantsi-v-2026-godu-947dd6',
];
/** The Constitution adopted by the referendum of 15.03.2026 makes that day Constitution Day, from 2027. */
const CONSTITUTION_DAY_MOVED = [
  'https://taspanews.kz/novosti-kazakhstana/v-etom-godu-u-kazakhstantsev-ne-budet-odnogo-vykhodnogo-795514517615',
  'https://aimaqaqshamy.kz/ru/news/v-sluchae-prinyatiya-na-referendume-kogda-vstupit-v-silu-novaya-konstitutsiya',
  'https://oskemencity.kz/news/2506-prezident-objavil-15-marta-dnem-konstitucii-v-kazahstane.html',
];
const NO_2027_CALENDAR =
  'carried over by the rule of art. 5 of the Law on holidays; no official 2027 calendar was found to confirm it';

const holiday = (
  date: string,
  name: string,
  sources: readonly string[] = [LAW_ON_HOLIDAYS],
): CalendarEntry => ({
  date,
  kind: 'holiday',
  name,
  sources,
});
const carriedOver = (
  date: string,
  from: string,
  sources: readonly string[],
  unverified?: string,
): CalendarEntry => ({
  date,
  kind: 'carriedOver',
  name: `day off carried over from ${from}`,
  sources: [LAW_ON_HOLIDAYS, ...sources],
  ...(unverified ? { unverified } : {}),
});
const christmas = (date: string): CalendarEntry => ({
  date,
  kind: 'statutoryDayOff',
  name: 'Православное Рождество',
  sources: [LABOUR_CODE],
});

export const KZ_CALENDAR: readonly CalendarEntry[] = [
  // 2025
  holiday('2025-01-01', 'Новый год'),
  holiday('2025-01-02', 'Новый год'),
  {
    date: '2025-01-03',
    kind: 'movedDayOff',
    name: 'day off moved from Sunday 05.01.2025 (order of the Minister of Labour)',
    sources: MOVE_2025_JANUARY,
  },
  {
    date: '2025-01-05',
    kind: 'workingWeekendDay',
    name: 'working Sunday: its day off moved to 03.01.2025',
    sources: MOVE_2025_JANUARY,
  },
  christmas('2025-01-07'),
  holiday('2025-03-08', 'Международный женский день'),
  carriedOver('2025-03-10', 'Международный женский день (Saturday 08.03.2025)', CALENDAR_2025),
  holiday('2025-03-21', 'Наурыз мейрамы'),
  holiday('2025-03-22', 'Наурыз мейрамы'),
  holiday('2025-03-23', 'Наурыз мейрамы'),
  carriedOver('2025-03-24', 'Наурыз мейрамы (Saturday 22.03.2025)', CALENDAR_2025),
  carriedOver('2025-03-25', 'Наурыз мейрамы (Sunday 23.03.2025)', CALENDAR_2025),
  holiday('2025-05-01', 'Праздник единства народа Казахстана'),
  holiday('2025-05-07', 'День защитника Отечества'),
  holiday('2025-05-09', 'День Победы'),
  { date: '2025-06-06', kind: 'statutoryDayOff', name: 'Курбан айт (first day)', sources: KURBAN_2025 },
  holiday('2025-07-06', 'День Столицы'),
  carriedOver('2025-07-07', 'День Столицы (Sunday 06.07.2025)', CALENDAR_2025),
  holiday('2025-08-30', 'День Конституции'),
  carriedOver('2025-09-01', 'День Конституции (Saturday 30.08.2025)', CALENDAR_2025),
  holiday('2025-10-25', 'День Республики'),
  carriedOver('2025-10-27', 'День Республики (Saturday 25.10.2025)', CALENDAR_2025),
  holiday('2025-12-16', 'День Независимости'),

  // 2026. No moved days off: none was ordered for 2026 (CALENDAR_2026). 30 August is no longer a holiday
  // (CONSTITUTION_DAY_MOVED), so Monday 31.08.2026, a day off in the calendar first published, is a working day.
  holiday('2026-01-01', 'Новый год'),
  holiday('2026-01-02', 'Новый год'),
  christmas('2026-01-07'),
  holiday('2026-03-08', 'Международный женский день'),
  carriedOver('2026-03-09', 'Международный женский день (Sunday 08.03.2026)', CALENDAR_2026),
  holiday('2026-03-21', 'Наурыз мейрамы'),
  holiday('2026-03-22', 'Наурыз мейрамы'),
  holiday('2026-03-23', 'Наурыз мейрамы'),
  carriedOver('2026-03-24', 'Наурыз мейрамы (Saturday 21.03.2026)', NAURYZ_2026),
  carriedOver('2026-03-25', 'Наурыз мейрамы (Sunday 22.03.2026)', NAURYZ_2026),
  holiday('2026-05-01', 'Праздник единства народа Казахстана'),
  holiday('2026-05-07', 'День защитника Отечества'),
  holiday('2026-05-09', 'День Победы'),
  carriedOver('2026-05-11', 'День Победы (Saturday 09.05.2026)', CALENDAR_2026),
  { date: '2026-05-27', kind: 'statutoryDayOff', name: 'Курбан айт (first day)', sources: KURBAN_2026 },
  holiday('2026-07-06', 'День Столицы'),
  holiday('2026-10-25', 'День Республики'),
  carriedOver('2026-10-26', 'День Республики (Sunday 25.10.2026)', CALENDAR_2026),
  holiday('2026-12-16', 'День Независимости'),

  // 2027. Moved days off for 2027 are not known yet (none found): add them when the order is published.
  holiday('2027-01-01', 'Новый год'),
  holiday('2027-01-02', 'Новый год'),
  carriedOver('2027-01-04', 'Новый год (Saturday 02.01.2027)', [], NO_2027_CALENDAR),
  christmas('2027-01-07'),
  holiday('2027-03-08', 'Международный женский день'),
  {
    ...holiday('2027-03-15', 'День Конституции', CONSTITUTION_DAY_MOVED),
    unverified:
      'reported as the new Constitution Day from 2027; the amended Law on holidays listing it as a day off was not read',
  },
  holiday('2027-03-21', 'Наурыз мейрамы'),
  holiday('2027-03-22', 'Наурыз мейрамы'),
  holiday('2027-03-23', 'Наурыз мейрамы'),
  carriedOver('2027-03-24', 'Наурыз мейрамы (Sunday 21.03.2027)', [], NO_2027_CALENDAR),
  holiday('2027-05-01', 'Праздник единства народа Казахстана'),
  carriedOver(
    '2027-05-03',
    'Праздник единства народа Казахстана (Saturday 01.05.2027)',
    [],
    NO_2027_CALENDAR,
  ),
  holiday('2027-05-07', 'День защитника Отечества'),
  holiday('2027-05-09', 'День Победы'),
  carriedOver('2027-05-10', 'День Победы (Sunday 09.05.2027)', [], NO_2027_CALENDAR),
  {
    date: '2027-05-16',
    kind: 'statutoryDayOff',
    name: 'Курбан айт (first day, expected)',
    sources: [LABOUR_CODE],
    unverified:
      'no ДУМК calendar for 2027 was found; 16 May is the lunar calendar estimate (27.05.2026 less 11 days), ±1 day',
  },
  holiday('2027-07-06', 'День Столицы'),
  holiday('2027-10-25', 'День Республики'),
  holiday('2027-12-16', 'День Независимости'),
];
