import { routeHref } from '../../../app/route';
import { useI18n } from '../../../i18n/I18nProvider';

/** The review screen's way to the cohort's charts. */
export function AnalyticsLink({ reviewKey }: { reviewKey: string }) {
  const { t } = useI18n();
  return (
    <p className="review-section__text">
      <a className="link" href={routeHref({ screen: 'analytics', reviewKey })}>
        {t('analytics.open')}
      </a>{' '}
      {t('analytics.openHint')}
    </p>
  );
}
