import { useId } from 'react';
import type { MergeReport } from '../../../domain/review/review-merge-report';
import { useI18n } from '../../../i18n/I18nProvider';
import { SignerLine } from '../../../ui/SignerLine';
import { mergeReportLines, mergeReportSummary } from './merge-report-lines';

/**
 * What a colleague's review file did to every work it carries, with counts, and who signed the file (or that nobody
 * did); names no participant.
 */
export function MergeReportView({
  report,
  onDismiss,
}: {
  report: Extract<MergeReport, { kind: 'merged' }>;
  onDismiss: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <section className="import-report" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="import-report__title">
        {t('reviewMerge.reportTitle', { name: report.markerName })}
      </h3>
      <SignerLine className="review-section__text" signer={report.signedBy} />
      <p className="import-report__summary" role="status">
        {mergeReportSummary(t, report.entries)}
      </p>
      {report.bankCommentsAdded > 0 && (
        <p className="review-section__text">
          {t('reviewMerge.bankAdded', { count: report.bankCommentsAdded })}
        </p>
      )}
      <ol className="import-report__list" tabIndex={0} aria-labelledby={`${id}-title`}>
        {mergeReportLines(t, report.entries).map((line) => (
          <li key={line.digest} className="import-report__line">
            <span className="import-report__file">{line.work}</span>
            {' — '}
            <span className="import-report__outcome">{line.outcome}</span>
          </li>
        ))}
      </ol>
      <button type="button" className="button" onClick={onDismiss}>
        {t('reviewMerge.close')}
      </button>
    </section>
  );
}
