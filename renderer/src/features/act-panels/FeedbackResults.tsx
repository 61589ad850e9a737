import './FeedbackResults.css';
import { routeHref } from '../../app/route';
import { shortDateTimeFormat } from '../../i18n/format-date';
import { formatPoints } from '../../i18n/format-points';
import { useI18n } from '../../i18n/I18nProvider';
import type { FeedbackRecord } from '../../storage/records';

/**
 * The results of a case's marked work, «Проверено: 63,5 из 100», each a link to its feedback: the newest first,
 * every other one (a re-mark, another trainer) below it, never hidden. Shown by the library and the case.
 */
export function FeedbackResults({ records }: { records: readonly FeedbackRecord[] }) {
  const { t, locale } = useI18n();
  if (records.length === 0) return null;
  const date = shortDateTimeFormat(locale);
  return (
    <ul className="feedback-results" aria-label={t('feedback.results')}>
      {records.map((record) => (
        <li key={record.id} className="feedback-results__item" data-feedback={record.id}>
          <a
            className="feedback-results__link"
            href={routeHref({ screen: 'feedback', feedbackId: record.id })}
          >
            {t('feedback.result', {
              points: formatPoints(locale, record.total),
              max: formatPoints(locale, record.maxTotal),
            })}
          </a>{' '}
          <span className="feedback-results__by">
            {t('feedback.resultBy', {
              trainer: record.trainerName,
              date: date.format(new Date(record.createdAt)),
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}
