import './MarkingScreen.css';
import { routeHref } from '../../../app/route';
import { useI18n } from '../../../i18n/I18nProvider';
import { AppHeader } from '../../../ui/AppHeader';
import { Notice } from '../../../ui/Notice';
import { MarkingDesk } from './MarkingDesk';
import { useMarkingData } from './use-marking-data';

/**
 * Marking one submission of a review (`#/review/<reviewKey>/<digest>`): the submitted act read-only beside the
 * model answer, the grading notes, the case materials, the worksheet and the checker's findings, with the rubric
 * and comments on passages. Anonymous unless the trainer showed names for this review.
 */
export function MarkingScreen({ reviewKey, digest }: { reviewKey: string; digest: string }) {
  const { t } = useI18n();
  const data = useMarkingData(reviewKey, digest);

  // One desk for the review: going to the next submission builds its act anew, not the panels beside it. Until
  // the next is read the desk shows the last, whole, under its own digest.
  if (data.state === 'ready')
    return <MarkingDesk data={data} reviewKey={reviewKey} digest={data.record.digest} />;
  return (
    <div className="screen marking">
      <AppHeader title={t('marking.screenTitle')}>
        <a className="button" href={routeHref({ screen: 'review', reviewKey })}>
          {t('marking.backToQueue')}
        </a>
      </AppHeader>
      <main className="marking__message">
        {data.state === 'loading' && <p role="status">{t('marking.opening')}</p>}
        {data.state === 'notFound' && <Notice tone="error">{t('marking.notFound')}</Notice>}
        {data.state === 'unreadable' && (
          <Notice tone="error">{t('marking.unreadable', { detail: data.detail })}</Notice>
        )}
      </main>
    </div>
  );
}
