import { useId } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { FeedbackRecord } from '../../storage/records';
import { FeedbackResults } from '../act-panels/FeedbackResults';

/**
 * Feedback on cases the library does not have (the pack not imported here, or gone): kept and reachable all the
 * same, by the case's title the file gives; one group per case, its feedback the newest first.
 */
export function OtherCasesFeedback({ groups }: { groups: readonly (readonly FeedbackRecord[])[] }) {
  const { t } = useI18n();
  const id = useId();
  if (groups.length === 0) return null;
  return (
    <section className="library__section" aria-labelledby={id}>
      <h2 id={id} className="library__section-title">
        {t('feedback.otherCases')}
      </h2>
      <p className="library__hint">{t('feedback.otherCasesHint')}</p>
      <ul className="case-list">
        {groups.map((group) => (
          <li key={group[0]?.caseKey} className="case-list__item case-list__item--feedback-only">
            <span className="case-list__title">{group[0]?.caseTitle}</span>
            <FeedbackResults records={group} />
          </li>
        ))}
      </ul>
    </section>
  );
}
