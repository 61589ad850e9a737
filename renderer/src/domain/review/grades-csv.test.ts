import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { RubricCriterion } from '../pack/pack-fields';
import { breakdownCsv, gradesCsv, type GradesCsvInput } from './grades-csv';

const RUBRIC: RubricCriterion[] = [
  { id: 'form', title: 'Форма', maxPoints: 10 },
  { id: 'reasoning', title: 'Мотивировка', maxPoints: 20 },
];

const INPUT: Omit<GradesCsvInput, 'locale'> = {
  rubric: RUBRIC,
  bankTexts: new Map([['bank-1', 'Нет ссылки на норму']]),
  headings: {
    participant: 'Участник',
    score: (title) => `${title}: баллы`,
    comment: (title) => `${title}: комментарий`,
    total: 'Итого',
    overallComment: 'Общий комментарий',
    gradedBy: 'Оценил',
    timeGraded: 'Когда',
  },
  participants: [
    {
      label: '7KQ2M',
      gradedBy: 'Айгерим Сапарова',
      timeGraded: '01.12.2026 10:15',
      sheet: {
        criteria: {
          form: { points: 8.5, comment: 'Реквизиты на месте', bankComments: [] },
          reasoning: { points: 12, comment: '', bankComments: ['bank-1'] },
        },
        anchored: [],
        overallComment: '=1+1 «формула»',
      },
    },
    { label: 'ZZ3P4', gradedBy: 'Айгерим Сапарова', timeGraded: '' },
  ],
};

function parse(csv: string, delimiter: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(csv.slice(1), { delimiter, skipEmptyLines: true }).data;
}

describe('the grade sheet', () => {
  it('has a row per participant with scores, comments (bank text, not ids), total and overall comment', () => {
    const rows = parse(gradesCsv({ ...INPUT, locale: 'ru' }), ';');
    expect(rows).toEqual([
      [
        'Участник',
        'Форма: баллы',
        'Форма: комментарий',
        'Мотивировка: баллы',
        'Мотивировка: комментарий',
        'Итого',
        'Общий комментарий',
      ],
      ['7KQ2M', '8,5', 'Реквизиты на месте', '12', 'Нет ссылки на норму', '20,5', "'=1+1 «формула»"],
      ['ZZ3P4', '', '', '', '', '', ''],
    ]);
  });

  it('uses `;` and a decimal comma for Russian and Kazakh, `,` and a point for English', () => {
    expect(gradesCsv({ ...INPUT, locale: 'kk' })).toContain('"7KQ2M";"8,5";');
    const english = gradesCsv({ ...INPUT, locale: 'en' });
    expect(english).toContain('"7KQ2M","8.5",');
    expect(parse(english, ',')[1]?.[5]).toBe('20.5');
  });

  it('ends every row with CRLF', () => {
    const csv = gradesCsv({ ...INPUT, locale: 'en' });
    expect(csv.split('\r\n')).toHaveLength(4);
  });
});

describe('the per-criterion breakdown', () => {
  it('follows the advancedgrading report: scores and feedback per criterion, then grade, grader, time', () => {
    const rows = parse(breakdownCsv({ ...INPUT, locale: 'ru' }), ';');
    expect(rows[0]).toEqual([
      'Участник',
      'Форма: баллы',
      'Форма: комментарий',
      'Мотивировка: баллы',
      'Мотивировка: комментарий',
      'Итого',
      'Оценил',
      'Когда',
      'Общий комментарий',
    ]);
    expect(rows[1]).toEqual([
      '7KQ2M',
      '8,5',
      'Реквизиты на месте',
      '12',
      'Нет ссылки на норму',
      '20,5',
      'Айгерим Сапарова',
      '01.12.2026 10:15',
      "'=1+1 «формула»",
    ]);
    expect(rows[2]).toEqual(['ZZ3P4', '', '', '', '', '', '', '', '']);
  });
});
