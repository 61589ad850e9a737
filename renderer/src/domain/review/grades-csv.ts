import Papa from 'papaparse';
import type { RubricCriterion } from '../pack/pack-fields';
import { type CriterionMark, type MarkSheet, totalPoints } from './marks';
import { neutraliseFormula } from './spreadsheet-formula';

/** The interface languages a grade sheet is written for: they decide its separator and decimal mark. */
export type GradesLocale = 'kk' | 'ru' | 'en';

/**
 * How a spreadsheet in the trainer's language reads a CSV: Excel with Russian or Kazakh regional settings splits
 * columns at `;` and reads `63,5` as a number (the comma being its decimal mark); with English settings, `,` and
 * `63.5`.
 */
export interface CsvForm {
  delimiter: ';' | ',';
  decimalMark: ',' | '.';
}

export function csvFormFor(locale: GradesLocale): CsvForm {
  return locale === 'en' ? { delimiter: ',', decimalMark: '.' } : { delimiter: ';', decimalMark: ',' };
}

/** Points as the sheet writes them: `63,5` or `63.5`; scores are halves, so no rounding is ever needed. */
export function formatPoints(points: number, decimalMark: ',' | '.'): string {
  return String(points).replace('.', decimalMark);
}

/** One participant of the review, as a row of the sheet. */
export interface GradedParticipant {
  /** What the row is headed by: the participant's anonymous code, or their name when the trainer chose names. */
  label: string;
  /** Their marks; absent when nothing was given yet (the row then has only the label). */
  sheet?: MarkSheet;
  /** Who marked: the colleague whose marks were taken over, or this trainer. */
  gradedBy: string;
  /** When the marks were last changed, already written as the trainer reads dates. */
  timeGraded: string;
}

/** The column headings, in the trainer's language (the domain knows no words of its own). */
export interface GradesHeadings {
  participant: string;
  score: (criterion: string) => string;
  comment: (criterion: string) => string;
  total: string;
  overallComment: string;
  gradedBy: string;
  timeGraded: string;
}

export interface GradesCsvInput {
  locale: GradesLocale;
  rubric: readonly RubricCriterion[];
  participants: readonly GradedParticipant[];
  /** Bank comment texts by id: a sheet leaving the app carries the words, never the ids. */
  bankTexts: ReadonlyMap<string, string>;
  headings: GradesHeadings;
}

/**
 * The grade sheet: a row per participant with each criterion's score and comment, the total and the overall
 * comment. UTF-8 with a byte-order mark (without it Excel reads the Cyrillic as cp1251), the separator and decimal
 * mark of the trainer's language, every text cell neutralised against formulas.
 */
export function gradesCsv({ locale, rubric, participants, bankTexts, headings }: GradesCsvInput): string {
  const form = csvFormFor(locale);
  const header = [
    headings.participant,
    ...rubric.flatMap((criterion) => [headings.score(criterion.title), headings.comment(criterion.title)]),
    headings.total,
    headings.overallComment,
  ];
  const rows = participants.map(({ label, sheet }) => [
    label,
    ...rubric.flatMap((criterion) => {
      const mark = sheet?.criteria[criterion.id];
      return [points(mark?.points, form), criterionComment(mark, bankTexts)];
    }),
    sheet ? formatPoints(totalPoints(sheet, rubric), form.decimalMark) : '',
    sheet?.overallComment ?? '',
  ]);
  return writeCsv([header, ...rows], form);
}

/**
 * The per-criterion breakdown, in the shape of the advancedgrading report plugin's export for Moodle rubrics (a row
 * per trainee; per criterion its score and feedback; then the grade, who graded and when), so that it sits beside
 * that report. The plugin's third column per criterion, the chosen level's definition, is left out: CaseDraft's
 * rubric criteria have points, not levels, and a column that is always empty would only mislead.
 */
export function breakdownCsv({ locale, rubric, participants, bankTexts, headings }: GradesCsvInput): string {
  const form = csvFormFor(locale);
  const header = [
    headings.participant,
    ...rubric.flatMap((criterion) => [headings.score(criterion.title), headings.comment(criterion.title)]),
    headings.total,
    headings.gradedBy,
    headings.timeGraded,
    headings.overallComment,
  ];
  const rows = participants.map(({ label, sheet, gradedBy, timeGraded }) => [
    label,
    ...rubric.flatMap((criterion) => {
      const mark = sheet?.criteria[criterion.id];
      return [points(mark?.points, form), criterionComment(mark, bankTexts)];
    }),
    sheet ? formatPoints(totalPoints(sheet, rubric), form.decimalMark) : '',
    sheet ? gradedBy : '',
    sheet ? timeGraded : '',
    sheet?.overallComment ?? '',
  ]);
  return writeCsv([header, ...rows], form);
}

/** A criterion's comment as the trainee reads it: the trainer's own words, then each bank comment's text. */
export function criterionComment(
  mark: CriterionMark | undefined,
  bankTexts: ReadonlyMap<string, string>,
): string {
  if (!mark) return '';
  const bank = mark.bankComments.flatMap((id) => {
    const text = bankTexts.get(id);
    return text === undefined ? [] : [text];
  });
  return [mark.comment.trim(), ...bank].filter((text) => text !== '').join('\n');
}

function points(value: number | undefined, form: CsvForm): string {
  return value === undefined ? '' : formatPoints(value, form.decimalMark);
}

/** Every cell quoted (so a code like `0012` or a date stays text), rows ended by CRLF, a BOM first. */
function writeCsv(rows: string[][], form: CsvForm): string {
  const safe = rows.map((row) => row.map(neutraliseFormula));
  return `\uFEFF${Papa.unparse(safe, { delimiter: form.delimiter, newline: '\r\n', quotes: true })}\r\n`;
}
