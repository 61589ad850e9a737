import { useId, useState } from 'react';
import { useServices } from '../../app/services';
import type { ImportReport } from '../../domain/review/import-report';
import { useI18n } from '../../i18n/I18nProvider';
import { errorDetail } from '../../ui/error-message';
import { Notice } from '../../ui/Notice';
import { reportCsv, reportLines, reportSummary, reportText } from './report-lines';

/**
 * What became of every file of the last import, in words, with counts; it can be saved as text or CSV, and closed
 * (until then it is shown again whenever the trainer comes back to the review).
 */
export function ImportReportView({
  report,
  showNames,
  onDismiss,
}: {
  report: ImportReport;
  showNames: boolean;
  /** Closes the report and forgets it. */
  onDismiss: () => void;
}) {
  const { platform } = useServices();
  const { t } = useI18n();
  const id = useId();
  const [saved, setSaved] = useState<{ ok: boolean; text: string } | null>(null);

  async function save(format: 'txt' | 'csv') {
    const content = format === 'csv' ? reportCsv(t, report, showNames) : reportText(t, report, showNames);
    try {
      const result = await platform.saveFile({
        title: t('trainer.reportSaveTitle'),
        suggestedName: `import-report.${format}`,
        filters: [
          {
            name: format === 'csv' ? t('trainer.reportCsvFilter') : t('trainer.reportTextFilter'),
            extensions: [format],
          },
        ],
        // A byte-order mark, so a spreadsheet reads the Cyrillic of the CSV as UTF-8.
        bytes: new TextEncoder().encode(format === 'csv' ? `\uFEFF${content}` : content),
      });
      if (result.saved) setSaved({ ok: true, text: t('trainer.reportSaved', { name: result.name }) });
    } catch (error) {
      setSaved({ ok: false, text: t('trainer.reportNotSaved', { detail: errorDetail(error) }) });
    }
  }

  return (
    <section className="import-report" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="import-report__title">
        {t('trainer.reportTitle')}
      </h3>
      <p className="import-report__summary" role="status">
        {reportSummary(t, report)}
      </p>
      {!showNames && report.entries.some((entry) => entry.outcome.kind === 'refused') && (
        <p className="review-section__text">{t('trainer.reportRefusedAnonymous')}</p>
      )}
      {/* A long report scrolls in its box: focusable and named, so the keyboard can scroll it too. */}
      <ol className="import-report__list" tabIndex={0} aria-labelledby={`${id}-title`}>
        {reportLines(t, report, showNames).map((line) => (
          <li key={line.number} className="import-report__line">
            <span className="import-report__file">{line.file}</span>
            {' — '}
            <span className="import-report__outcome">{line.outcome}</span>
          </li>
        ))}
      </ol>
      <p className="review-section__text">{t('trainer.reportKeep')}</p>
      <div className="review-section__actions">
        <button type="button" className="button" onClick={() => void save('txt')}>
          {t('trainer.reportSave')}
        </button>
        <button type="button" className="button" onClick={() => void save('csv')}>
          {t('trainer.reportSaveCsv')}
        </button>
        <button type="button" className="button" onClick={onDismiss}>
          {t('trainer.reportClose')}
        </button>
      </div>
      {saved && (
        <Notice tone={saved.ok ? 'success' : 'error'} onDismiss={() => setSaved(null)}>
          {saved.text}
        </Notice>
      )}
    </section>
  );
}
