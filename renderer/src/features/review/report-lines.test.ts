import { describe, expect, it } from 'vitest';
import type { ImportRefusalReason, ImportReport } from '../../domain/review/import-report';
import { formatMessage } from '../../i18n/format-message';
import type { Translate } from '../../i18n/I18nProvider';
import { catalogs } from '../../i18n/messages';
import { UI_LOCALES } from '../../i18n/locales';
import { describeOutcome, reportCsv, reportLines, reportSummary, reportText } from './report-lines';

const t: Translate = (key, params) => formatMessage('en', catalogs.en[key], params);

const REPORT: ImportReport = {
  cancelled: false,
  entries: [
    { fileName: 'Нурланова-loan.cdsub', outcome: { kind: 'imported', digest: 'a', anonymousCode: 'K7QX2' } },
    {
      fileName: 'Нурланова-loan (1).cdsub',
      outcome: { kind: 'duplicate', digest: 'a', anonymousCode: 'K7QX2' },
    },
    {
      fileName: 'Сейітов-loan.cdsub',
      outcome: { kind: 'refused', reason: 'digestMismatch', detail: 'sha-256 differs' },
    },
    { fileName: '=Ким "other".cdsub', outcome: { kind: 'refused', reason: 'otherCase', detail: 'x' } },
  ],
};

describe('the import report', () => {
  it('names no file while names are hidden: a stored file by its code, any other by its place', () => {
    const lines = reportLines(t, REPORT, false);
    expect(lines.map((line) => line.file)).toEqual([
      'Participant K7QX2',
      'Participant K7QX2',
      'File 3',
      'File 4',
    ]);
    for (const text of [reportText(t, REPORT, false), reportCsv(t, REPORT, false)]) {
      expect(text).not.toMatch(/Нурланова|Сейітов|Ким/);
    }
  });

  it('says in words what became of each file, with the reason of a refusal', () => {
    const [imported, duplicate, tampered, other] = reportLines(t, REPORT, false).map((line) => line.outcome);
    expect(imported).toBe(t('review.outcome.imported'));
    expect(duplicate).toBe(t('review.outcome.duplicate'));
    expect(tampered).toBe(t('review.outcome.refused', { reason: t('submissionProblem.digestMismatch') }));
    expect(other).toBe(t('review.outcome.refused', { reason: t('review.refused.otherCase') }));
    expect(reportSummary(t, REPORT)).toBe('1 imported, 1 already imported, 2 refused');
  });

  it('saves as CSV with every field quoted, quotes doubled and no cell a spreadsheet would run', () => {
    const rows = reportCsv(t, REPORT, true).split('\r\n');
    expect(rows[0]).toBe('"No.","File","Outcome"');
    expect(rows[1]).toMatch(/^"1","Нурланова-loan\.cdsub","Imported"$/);
    expect(rows[4]).toMatch(
      /^"4","'=Ким ""other""\.cdsub","Not imported\. The submission is for another case\."$/,
    );
    expect(rows).toHaveLength(6);
  });

  it.each(UI_LOCALES)('words a refusal in %s as a sentence of its own after «Not imported»', (locale) => {
    const tr: Translate = (key, params) => formatMessage(locale, catalogs[locale][key], params);
    // Every reason, the import's own and the reader's, as the catalogue has them.
    const reasons = new Set(
      Object.keys(catalogs[locale])
        .filter((key) => key.startsWith('review.refused.') || key.startsWith('submissionProblem.'))
        .map(
          (key) =>
            key.replace(/^review\.refused\.|^submissionProblem\./, '').split('.')[0] as ImportRefusalReason,
        ),
    );
    expect(reasons.size).toBe(24);
    for (const reason of reasons) {
      const line = describeOutcome(tr, { kind: 'refused', reason, detail: '' });
      // «Не загружено. Файл изменён…», never «Не загружено: Файл…» nor «Не загружено. работа…».
      expect(line, reason).toMatch(/^[^.:]+\. \p{Lu}/u);
    }
  });

  it('names only the limit an act too large is over', () => {
    const line = describeOutcome(t, {
      kind: 'refused',
      reason: 'documentTooLarge',
      detail: 'a table of more than 20000 cells',
      limit: 'maxTableCells',
    });
    expect(line).toBe(
      'Not imported. The act in the file is larger than CaseDraft reads: a table of more than 20,000 cells.',
    );
  });
});
