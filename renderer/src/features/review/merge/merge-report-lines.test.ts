import { describe, expect, it } from 'vitest';
import type { MergeReportEntry } from '../../../domain/review/review-merge-report';
import { formatMessage } from '../../../i18n/format-message';
import type { Translate } from '../../../i18n/I18nProvider';
import { catalogs } from '../../../i18n/messages';
import { mergeReportLines, mergeReportSummary } from './merge-report-lines';

const translate =
  (locale: 'en' | 'ru'): Translate =>
  (key, params) =>
    formatMessage(locale, catalogs[locale][key], params);

const ENTRIES: MergeReportEntry[] = [
  {
    digest: 'a',
    anonymousCode: 'K7QX2',
    markerName: 'Гульнара Ахметова',
    outcome: { kind: 'adopted', submissionImported: true },
  },
  {
    digest: 'b',
    anonymousCode: 'M3RT9',
    markerName: 'Гульнара Ахметова',
    outcome: { kind: 'colleagueAdded', submissionImported: false },
  },
  {
    digest: 'c',
    markerName: 'Гульнара Ахметова',
    outcome: {
      kind: 'refused',
      reason: 'submission',
      submission: { kind: 'refused', reason: 'digestMismatch', detail: 'x' },
    },
  },
  {
    digest: 'd',
    anonymousCode: 'P4WZ8',
    markerName: 'Гульнара Ахметова',
    outcome: { kind: 'refused', reason: 'invalidScore', detail: 'form' },
  },
];

describe('the report of a colleague’s marks merged', () => {
  it('names each work by its code, or its place in the file when it is not here, and says what became of it', () => {
    const lines = mergeReportLines(translate('en'), ENTRIES);
    expect(lines.map((line) => line.work)).toEqual([
      'Work K7QX2',
      'Work M3RT9',
      'Work 3 of the file',
      'Work P4WZ8',
    ]);
    expect(lines[0]?.outcome).toBe(
      'you had not marked it: Гульнара Ахметова’s marks are now its marks. (The work was not in your review and was imported.)',
    );
    expect(lines[1]?.outcome).toContain('shown beside yours, with the difference');
    expect(lines[2]?.outcome).toMatch(/^not taken: /);
    expect(lines[3]?.outcome).toBe('not taken: a score the rubric does not allow.');
  });

  it('counts the outcomes in the trainer’s language', () => {
    expect(mergeReportSummary(translate('ru'), ENTRIES)).toBe(
      '1 работа получила оценки коллеги, проверено вами обоими: 1, не взято: 2',
    );
  });
});
