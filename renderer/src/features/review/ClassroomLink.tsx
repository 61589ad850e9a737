import { routeHref } from '../../app/route';
import { useI18n } from '../../i18n/I18nProvider';

/** The way from a review to classroom mode, with what it does: anonymous, whatever this review shows. */
export function ClassroomLink({ reviewKey }: { reviewKey: string }) {
  const { t } = useI18n();
  return (
    <p className="review-section__text">
      <a className="link" href={routeHref({ screen: 'classroom', reviewKey })}>
        {t('classroom.open')}
      </a>{' '}
      {t('classroom.openHint')}
    </p>
  );
}
