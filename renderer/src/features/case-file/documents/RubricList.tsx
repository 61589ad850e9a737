import type { RubricCriterion } from '../../../domain/pack/pack';
import { useI18n } from '../../../i18n/I18nProvider';

/** The assessment criteria, with the points each is worth (in the interface's language). */
export function RubricList({ criteria }: { criteria: RubricCriterion[] }) {
  const { t, locale } = useI18n();
  return (
    <ul className="rubric">
      {criteria.map((criterion) => (
        <li key={criterion.id}>
          <strong>{criterion.title}</strong> —{' '}
          <span lang={locale}>{t('reader.rubricPoints', { points: criterion.maxPoints })}</span>
          {criterion.description && <p>{criterion.description}</p>}
        </li>
      ))}
    </ul>
  );
}
