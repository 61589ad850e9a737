import { useId } from 'react';
import { useServices } from '../../../app/services';
import type { FilledWorksheet } from '../../../domain/review/moodle-worksheet';
import { useI18n } from '../../../i18n/I18nProvider';
import { errorDetail } from '../../../ui/error-message';

export interface FilledWorksheetFile {
  /** The worksheet's file name as opened: the filled one is saved under it by default. */
  name: string;
  hasFeedbackColumn: boolean;
  filled: FilledWorksheet;
}

/**
 * What filling the worksheet did, before it is saved: who was filled, who is marked here but not in the worksheet,
 * and which rows stay as they were and why. Rows are named by Moodle's identifier unless names are shown.
 */
export function WorksheetReport({
  file,
  showNames,
  onSaved,
  onFailed,
  onClose,
}: {
  file: FilledWorksheetFile;
  showNames: boolean;
  onSaved: (text: string) => void;
  onFailed: (text: string) => void;
  onClose: () => void;
}) {
  const { platform } = useServices();
  const { t } = useI18n();
  const id = useId();
  const { filled, unmatched, leftAlone } = file.filled.report;

  async function save() {
    try {
      const result = await platform.saveFile({
        title: t('grades.report.save'),
        suggestedName: file.name,
        filters: [{ name: t('grades.csvFilter'), extensions: ['csv'] }],
        bytes: file.filled.bytes,
      });
      if (result.saved) onSaved(t('grades.saved', { name: result.name }));
    } catch (error) {
      onFailed(t('grades.notSaved', { detail: errorDetail(error) }));
    }
  }

  return (
    <section className="import-report worksheet-report" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="import-report__title">
        {t('grades.report.title', { file: file.name })}
      </h3>
      <p className="import-report__summary" role="status">
        {t('grades.report.summary', {
          filled: filled.length,
          unmatched: unmatched.length,
          alone: leftAlone.length,
        })}
      </p>
      {!file.hasFeedbackColumn && (
        <p className="review-section__text">{t('grades.report.noFeedbackColumn')}</p>
      )}
      {filled.length > 0 && (
        <>
          <h4 className="import-report__title">{t('grades.report.filledTitle')}</h4>
          <ul className="import-report__list" aria-label={t('grades.report.filledTitle')} tabIndex={0}>
            {filled.map(({ row, label, matchedBy }) => (
              <li key={row} className="import-report__line">
                {t('grades.report.filled', {
                  row,
                  participant: label,
                  by: t(`grades.matchedBy.${matchedBy}`),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {unmatched.length > 0 && (
        <>
          <h4 className="import-report__title">{t('grades.report.unmatchedTitle')}</h4>
          <ul className="import-report__list" aria-label={t('grades.report.unmatchedTitle')} tabIndex={0}>
            {unmatched.map((label) => (
              <li key={label} className="import-report__line">
                {label}
              </li>
            ))}
          </ul>
        </>
      )}
      {leftAlone.length > 0 && (
        <>
          <h4 className="import-report__title">{t('grades.report.leftAloneTitle')}</h4>
          <ul className="import-report__list" aria-label={t('grades.report.leftAloneTitle')} tabIndex={0}>
            {leftAlone.map(({ row, identifier, name, reason }) => (
              <li key={row} className="import-report__line">
                {t('grades.report.leftAlone', {
                  row,
                  who: showNames && name !== '' ? name : identifier,
                  reason: t(`grades.leftAlone.${reason}`),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="review-section__text">{t('grades.report.uploadHint')}</p>
      <div className="review-section__actions">
        <button type="button" className="button button--primary" onClick={() => void save()}>
          {t('grades.report.save')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('grades.report.close')}
        </button>
      </div>
    </section>
  );
}
