import Papa from 'papaparse';
import { participantKey } from './anonymous-code';

/**
 * Moodle's offline grading worksheet (assignfeedback_offline), read and filled in place: the trainer downloads it
 * from their assignment, the app writes Grade and Feedback comments into the rows of the participants it matches,
 * and every other byte of the file stays as downloaded, so Moodle takes it back (facts and sources:
 * docs/trainer-guide.md, "Grades out", and the research notes on Moodle's importer).
 */

/**
 * The worksheet's headings as Moodle writes them (mod/assign/gradingtable.php, get_string of each column), in
 * English and Russian. Russian from the ru language pack (assign.php: recordid, status, maxgrade,
 * gradecanbechanged, lastmodifiedsubmission, lastmodifiedgrade; moodle.php: fullname, grade;
 * assignfeedback_comments.php: pluginname). Moodle's importer finds its columns by exactly these words.
 */
const HEADINGS = {
  en: {
    identifier: 'Identifier',
    fullName: 'Full name',
    email: 'Email address',
    grade: 'Grade',
    maxGrade: 'Maximum Grade',
    lastModifiedGrade: 'Last modified (grade)',
    feedback: 'Feedback comments',
  },
  ru: {
    identifier: 'Идентификатор',
    fullName: 'Полное имя',
    email: 'Адрес электронной почты',
    grade: 'Оценка',
    maxGrade: 'Максимальная оценка',
    lastModifiedGrade: 'Последнее изменение (оценка)',
    feedback: 'Отзыв в виде комментария',
  },
} as const;

export type WorksheetLanguage = keyof typeof HEADINGS;
type Column = keyof (typeof HEADINGS)['en'];

/** Why a file is not a worksheet the app can fill; each is worded for the trainer in the grades messages. */
export type WorksheetRefusal =
  /** Not UTF-8: most often a worksheet opened and saved again by Excel (cp1251), which Moodle would refuse too. */
  | 'notUtf8'
  /** No rows at all, or not CSV. */
  | 'notCsv'
  /** The columns Moodle's importer needs (Identifier, Grade, Last modified (grade)) are not all there. */
  | 'notWorksheet';

export interface WorksheetRow {
  /** The row's number in the sheet as a spreadsheet counts it: the heading is row 1. */
  number: number;
  cells: string[];
  /** Where the row is in the file's text: from its first character to the end of its line break. */
  start: number;
  end: number;
}

export interface Worksheet {
  /** The file's text as downloaded, byte-order mark included if it had one. */
  text: string;
  delimiter: string;
  language: WorksheetLanguage;
  columns: Partial<Record<Column, number>> & Record<'identifier' | 'grade', number>;
  /** The decimal mark of the worksheet's numbers, which Moodle's importer reads back (unformat_float). */
  decimalMark: ',' | '.';
  rows: WorksheetRow[];
}

export type WorksheetCheck = { ok: true; worksheet: Worksheet } | { ok: false; reason: WorksheetRefusal };

/** Reads a worksheet's bytes; never throws. */
export function readWorksheet(bytes: Uint8Array): WorksheetCheck {
  let text: string;
  try {
    // ignoreBOM keeps a byte-order mark in the text, so encoding the text gives the same bytes back.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'notUtf8' };
  }
  const offset = text.startsWith('\uFEFF') ? 1 : 0;
  let readable = false;
  // Moodle writes commas; a worksheet someone saved again may have semicolons or tabs. Papaparse's own guess needs
  // several rows to be sure, so each separator is tried in turn: the one under which Moodle's headings appear wins.
  for (const delimiter of [',', ';', '\t']) {
    const rows = parseRows(text, offset, delimiter);
    if (!rows) continue;
    const [header, ...data] = rows;
    if (!header) continue;
    readable = true;
    const found = findColumns(header.cells);
    if (!found) continue;
    const { language, columns } = found;
    const decimalMark = decimalMarkOf(data, columns, language);
    return { ok: true, worksheet: { text, delimiter, language, columns, decimalMark, rows: data } };
  }
  return { ok: false, reason: readable ? 'notWorksheet' : 'notCsv' };
}

/**
 * The rows that hold anything, located by papaparse's own cursor (the end of each row, line break included), so the
 * file is parsed by the library and never by hand; undefined when papaparse finds it malformed.
 */
function parseRows(text: string, offset: number, delimiter: string): WorksheetRow[] | undefined {
  const rows: WorksheetRow[] = [];
  let malformed = false;
  let start = offset;
  Papa.parse<string[]>(text.slice(offset), {
    delimiter,
    step: (result, parser) => {
      if (result.errors.length > 0) {
        malformed = true;
        parser.abort();
        return;
      }
      const end = offset + result.meta.cursor;
      if (result.data.some((cell) => cell !== '')) {
        rows.push({ number: rows.length + 1, cells: result.data, start, end });
      }
      start = end;
    },
  });
  return malformed ? undefined : rows;
}

function findColumns(header: readonly string[]): Pick<Worksheet, 'language' | 'columns'> | undefined {
  for (const language of Object.keys(HEADINGS) as WorksheetLanguage[]) {
    const columns: Partial<Record<Column, number>> = {};
    for (const [column, heading] of Object.entries(HEADINGS[language]) as [Column, string][]) {
      const index = header.indexOf(heading);
      if (index >= 0) columns[column] = index;
    }
    const { identifier, grade, lastModifiedGrade } = columns;
    if (identifier !== undefined && grade !== undefined && lastModifiedGrade !== undefined) {
      return { language, columns: { ...columns, identifier, grade } };
    }
  }
  return undefined;
}

/**
 * Moodle writes Maximum Grade (and grades given) with its language's decimal mark (`100,00` in Russian) and reads
 * grades back with the same one (unformat_float swaps the language's mark for a point): the worksheet's own
 * numbers say which it is; without any, its language does.
 */
function decimalMarkOf(
  rows: readonly WorksheetRow[],
  columns: Worksheet['columns'],
  language: WorksheetLanguage,
): ',' | '.' {
  for (const row of rows) {
    for (const index of [columns.maxGrade, columns.grade]) {
      const mark =
        index === undefined ? undefined : /^\d+([.,])\d+$/.exec(row.cells[index]?.trim() ?? '')?.[1];
      if (mark === ',' || mark === '.') return mark;
    }
  }
  return language === 'ru' ? ',' : '.';
}

/** A participant of the review, as the worksheet is filled for them. */
export interface WorksheetParticipant {
  /** What the report calls them: their code, or their name when the trainer shows names. */
  label: string;
  /** The name as their submission gives it: matched against the worksheet's identifier, e-mail or full name. */
  name: string;
  /** Their total; absent until every criterion has a score (a half-marked work is not a grade). */
  total?: number;
  /** The feedback comment to write, as plain text. */
  feedback: string;
}

export type MatchedBy = 'identifier' | 'email' | 'name';

export type RowLeftAlone =
  | 'noParticipant'
  | 'notMarked'
  | 'ambiguous'
  | 'aboveMaximum'
  /** A row papaparse read but whose cells could not be found again in the text (see cellSpans): never touched. */
  | 'unreadableRow';

export interface FillReport {
  filled: { row: number; label: string; matchedBy: MatchedBy }[];
  /** Participants with a grade that no row took. */
  unmatched: string[];
  /**
   * Rows not filled, with the worksheet's own identifier and name for the row (the trainer's download holds them;
   * the screen shows the name only while names are shown).
   */
  leftAlone: { row: number; identifier: string; name: string; reason: RowLeftAlone }[];
}

export interface FilledWorksheet {
  bytes: Uint8Array;
  report: FillReport;
}

/**
 * Writes each matched, fully marked participant's total into Grade and their feedback into Feedback comments; every
 * other byte stays as it was. A participant is matched by the worksheet's identifier, then e-mail, then full name
 * (made uniform: case, spaces, ё/е and word order, as Moodle may show «Фамилия Имя»); a match that is not one to
 * one is left alone and reported, never guessed.
 */
export function fillWorksheet(
  worksheet: Worksheet,
  participants: readonly WorksheetParticipant[],
): FilledWorksheet {
  const { rows, columns } = worksheet;
  const claims = new Map<WorksheetRow, { participant: WorksheetParticipant; matchedBy: MatchedBy }[]>();
  /** Rows that two participants, or one participant and several rows, lay claim to: never filled. */
  const ambiguous = new Set<WorksheetRow>();
  const unmatched = new Set<WorksheetParticipant>();
  for (const participant of participants) {
    const { rows: found, matchedBy } = matchRows(rows, columns, participant.name);
    const [row] = found;
    if (found.length === 1 && row && matchedBy) {
      claims.set(row, [...(claims.get(row) ?? []), { participant, matchedBy }]);
    } else {
      for (const other of found) ambiguous.add(other);
      unmatched.add(participant);
    }
  }

  const report: FillReport = { filled: [], unmatched: [], leftAlone: [] };
  const edits: { start: number; end: number; text: string }[] = [];
  for (const row of rows) {
    const claim = claims.get(row) ?? [];
    const identifier = cell(row, columns.identifier);
    const name = cell(row, columns.fullName);
    const leaveAlone = (reason: RowLeftAlone) =>
      report.leftAlone.push({ row: row.number, identifier, name, reason });
    const [only] = claim;
    if (claim.length > 1 || ambiguous.has(row)) {
      for (const { participant } of claim) unmatched.add(participant);
      leaveAlone('ambiguous');
      continue;
    }
    if (!only) {
      leaveAlone('noParticipant');
      continue;
    }
    const { participant, matchedBy } = only;
    if (participant.total === undefined) {
      leaveAlone('notMarked');
      continue;
    }
    const max = parseNumber(cell(row, columns.maxGrade));
    if (max !== undefined && participant.total > max) {
      leaveAlone('aboveMaximum');
      continue;
    }
    const spans = cellSpans(worksheet.text, row, worksheet.delimiter);
    const gradeSpan = spans?.[columns.grade];
    const feedbackSpan = columns.feedback === undefined ? undefined : spans?.[columns.feedback];
    if (!gradeSpan || (columns.feedback !== undefined && !feedbackSpan)) {
      leaveAlone('unreadableRow');
      continue;
    }
    const grade = formatGrade(participant.total, worksheet.decimalMark);
    edits.push({ ...gradeSpan, text: field(grade, worksheet.delimiter) });
    if (feedbackSpan) {
      edits.push({ ...feedbackSpan, text: field(feedbackHtml(participant.feedback), worksheet.delimiter) });
    }
    report.filled.push({ row: row.number, label: participant.label, matchedBy });
  }
  // Only participants with a grade to give are missed; one not yet marked was never going to be written.
  report.unmatched = [...unmatched].filter(({ total }) => total !== undefined).map(({ label }) => label);

  let text = '';
  let position = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    text += worksheet.text.slice(position, edit.start) + edit.text;
    position = edit.end;
  }
  text += worksheet.text.slice(position);
  return { bytes: new TextEncoder().encode(text), report };
}

function matchRows(
  rows: readonly WorksheetRow[],
  columns: Worksheet['columns'],
  name: string,
): { rows: WorksheetRow[]; matchedBy?: MatchedBy } {
  const tries: [MatchedBy, number | undefined, (value: string) => string][] = [
    ['identifier', columns.identifier, uniformName],
    ['email', columns.email, (value) => value.trim().toLowerCase()],
    ['name', columns.fullName, uniformName],
  ];
  for (const [matchedBy, column, uniform] of tries) {
    if (column === undefined) continue;
    const wanted = uniform(name);
    if (wanted === '') continue;
    const found = rows.filter((row) => uniform(row.cells[column] ?? '') === wanted);
    if (found.length > 0) return { rows: found, matchedBy };
  }
  return { rows: [] };
}

/**
 * A name made uniform for matching: participantKey's case and spacing, ё read as е (Moodle accounts are often
 * typed without ё), and the words in a fixed order (Moodle may show «Фамилия Имя» where the trainee wrote «Имя
 * Фамилия»).
 */
export function uniformName(name: string): string {
  return participantKey(name).replaceAll('ё', 'е').split(' ').sort().join(' ');
}

function cell(row: WorksheetRow, column: number | undefined): string {
  return column === undefined ? '' : (row.cells[column] ?? '');
}

/** A number as Moodle's unformat_float reads it: spaces dropped, either decimal mark. */
function parseNumber(value: string): number | undefined {
  const plain = value.replace(/\s/g, '').replace(',', '.');
  return /^\d+(\.\d+)?$/.test(plain) ? Number(plain) : undefined;
}

function formatGrade(total: number, decimalMark: ',' | '.'): string {
  return String(total).replace('.', decimalMark);
}

/**
 * Moodle keeps feedback comments as HTML (the download writes them so): the text is escaped, its line breaks
 * become <br>, so «ст. 5 < ст. 6» and paragraphs reach the trainee as written. A comment starting like a formula
 * (`=`, `+`, `-`, `@`) starts with that character's HTML entity instead: Moodle shows the character, and a
 * spreadsheet the worksheet is opened in sees text, not a formula (an apostrophe, as in the grade sheet, would
 * reach the trainee in Moodle).
 */
export function feedbackHtml(text: string): string {
  const html = text
    .trim()
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replace(/\r?\n/g, '<br>');
  return /^[=+\-@]/.test(html) ? `&#${html.charCodeAt(0)};${html.slice(1)}` : html;
}

/** One new cell as CSV, by papaparse: quoted only when it must be (the delimiter, a quote or a line break in it). */
function field(value: string, delimiter: string): string {
  return Papa.unparse([[value]], { delimiter, quotes: false, newline: '\r\n' });
}

/**
 * Where each cell of a row is in the text. Not a parser: papaparse has already read the row's cells; this finds
 * each known cell again at the row's start, written either as it is or quoted (inner quotes doubled), each followed
 * by the delimiter and the last by the row's line break. Papaparse gives rows' ends, not cells', and writing the
 * row again would change the quoting of cells Moodle wrote its own way (PHP's fputcsv quotes any cell with a
 * space), so the cells are located rather than rewritten. Anything unexpected gives undefined: the row is then
 * left alone.
 */
export function cellSpans(
  text: string,
  row: WorksheetRow,
  delimiter: string,
): { start: number; end: number }[] | undefined {
  const spans: { start: number; end: number }[] = [];
  let position = row.start;
  for (const [index, value] of row.cells.entries()) {
    if (index > 0) {
      if (!text.startsWith(delimiter, position)) return undefined;
      position += delimiter.length;
    }
    const quoted = `"${value.replaceAll('"', '""')}"`;
    const written = text.startsWith(quoted, position)
      ? quoted
      : text.startsWith(value, position)
        ? value
        : undefined;
    if (written === undefined) return undefined;
    spans.push({ start: position, end: position + written.length });
    position += written.length;
  }
  return /^(\r\n|\n|\r)?$/.test(text.slice(position, row.end)) ? spans : undefined;
}
