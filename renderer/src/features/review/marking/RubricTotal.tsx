import type { RubricCriterion } from '../../../domain/pack/pack';
import { maxTotalPoints, scoredCriteria, totalPoints, type MarkSheet } from '../../../domain/review/marks';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatPoints } from '../../../i18n/format-points';

/** The total so far, «63,5 из 100», and how many criteria have a score. */
export function RubricTotal({ sheet, rubric }: { sheet: MarkSheet; rubric: readonly RubricCriterion[] }) {
  const { t, locale } = useI18n();
  return (
    <p className="rubric-total">
      <strong className="rubric-total__points">
        {t('rubric.total.points', {
          points: formatPoints(locale, totalPoints(sheet, rubric)),
          max: formatPoints(locale, maxTotalPoints(rubric)),
        })}
      </strong>{' '}
      <span className="rubric-total__scored">
        {t('rubric.total.scored', { scored: scoredCriteria(sheet, rubric), count: rubric.length })}
      </span>
    </p>
  );
}
