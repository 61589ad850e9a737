import { describe, expect, it } from 'vitest';
import { CRIMINAL_QUESTIONS, CRIMINAL_QUESTION_IDS } from './criminal-questions';
import {
  WORKSHEET_LIMITS,
  WorksheetError,
  emptyFact,
  emptyWorksheet,
  isWorksheetBlank,
  parseWorksheet,
  worksheetForCase,
  worksheetKind,
  type Worksheet,
} from './worksheet';

function filled(): Worksheet {
  return {
    ...emptyWorksheet('criminal'),
    facts: [
      {
        statement: 'Сарсенбаев проник в квартиру через балкон',
        evidence: ['protocols', 'hearing'],
        assessment: 'Протокол осмотра относим и допустим.',
      },
    ],
    issues: [{ question: 'Допустим ли протокол явки с повинной?' }],
    norms: [
      { text: 'Кража с проникновением в жилище', code: 'УК РК', article: '188', part: '2', paragraph: '3' },
    ],
    analysis: 'Умысел возник до проникновения.',
    conclusions: [{ claim: 'Гражданский иск на 565 000 тенге', conclusion: 'Удовлетворить частично.' }],
  };
}

describe('the worksheet a case gets', () => {
  it('asks the questions of УПК art. 390 in criminal cases, by branch or by act type', () => {
    expect(worksheetKind('criminal', 'some-pack-template')).toBe('criminal');
    expect(worksheetKind('other', 'criminal-verdict-acquittal')).toBe('criminal');
    expect(worksheetKind('civil', 'civil-decision')).toBe('general');
    expect(Object.keys(emptyWorksheet('criminal').criminalQuestions ?? {})).toEqual([
      ...CRIMINAL_QUESTION_IDS,
    ]);
    expect(emptyWorksheet('general').criminalQuestions).toBeUndefined();
  });

  it('lists the thirteen questions with their wording in Russian and Kazakh', () => {
    expect(CRIMINAL_QUESTIONS).toHaveLength(13);
    expect(new Set(CRIMINAL_QUESTION_IDS).size).toBe(13);
    for (const { question } of CRIMINAL_QUESTIONS) {
      expect(question.ru).toMatch(/\?$/);
      expect(question.kk).toMatch(/\?$/);
    }
  });

  it('keeps a stored worksheet, adding the art. 390 answers when the case has become criminal', () => {
    const general = { ...emptyWorksheet('general'), analysis: 'Анализ' };
    expect(worksheetForCase(general, 'general')).toBe(general);
    expect(worksheetForCase(general, 'criminal')).toMatchObject({
      analysis: 'Анализ',
      criminalQuestions: { guilt: '' },
    });
    expect(worksheetForCase(undefined, 'criminal')).toEqual(emptyWorksheet('criminal'));
  });
});

describe('isWorksheetBlank', () => {
  it('is true for an untouched worksheet and for rows left empty', () => {
    expect(isWorksheetBlank(emptyWorksheet('criminal'))).toBe(true);
    expect(isWorksheetBlank({ ...emptyWorksheet('general'), facts: [emptyFact()] })).toBe(true);
  });

  it('is false once anything is written or a material is cited', () => {
    expect(isWorksheetBlank({ ...emptyWorksheet('general'), analysis: 'x' })).toBe(false);
    expect(
      isWorksheetBlank({ ...emptyWorksheet('general'), facts: [{ ...emptyFact(), evidence: ['claim'] }] }),
    ).toBe(false);
    const answered = emptyWorksheet('criminal');
    answered.criminalQuestions = { ...answered.criminalQuestions, guilt: 'Виновен' };
    expect(isWorksheetBlank(answered)).toBe(false);
  });
});

describe('parseWorksheet', () => {
  it('reads back a worksheet as written', () => {
    expect(parseWorksheet(JSON.parse(JSON.stringify(filled())))).toEqual(filled());
  });

  it('refuses unknown fields and unknown art. 390 questions', () => {
    expect(() => parseWorksheet({ ...filled(), script: '<b>' })).toThrow(WorksheetError);
    expect(() => parseWorksheet({ ...filled(), criminalQuestions: { 'made-up': 'x' } })).toThrow(/made-up/);
  });

  it('refuses oversized text and too many rows, naming where', () => {
    const longAnalysis = { ...filled(), analysis: 'а'.repeat(WORKSHEET_LIMITS.analysis + 1) };
    expect(() => parseWorksheet(longAnalysis)).toThrow(/analysis/);
    const manyIssues = {
      ...filled(),
      issues: Array.from({ length: WORKSHEET_LIMITS.rows + 1 }, () => ({ question: '?' })),
    };
    expect(() => parseWorksheet(manyIssues)).toThrow(/issues/);
  });

  it('refuses evidence that is not a material id, or a material cited twice', () => {
    const fact = filled().facts[0]!;
    expect(() => parseWorksheet({ ...filled(), facts: [{ ...fact, evidence: ['../x'] }] })).toThrow(
      /facts\.0\.evidence/,
    );
    expect(() => parseWorksheet({ ...filled(), facts: [{ ...fact, evidence: ['claim', 'claim'] }] })).toThrow(
      /twice/,
    );
  });
});
