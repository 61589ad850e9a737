import './ReviewsScreen.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { routeHref } from '../../app/route';
import { useServices } from '../../app/services';
import { useI18n } from '../../i18n/I18nProvider';
import { listQueue, listReviews } from '../../storage/review-repository';
import { AppHeader } from '../../ui/AppHeader';
import { TrainerIdentityPanel } from './identity/TrainerIdentityPanel';
import { countMarked } from './queue-view';
import { SignPackPanel } from './sign-pack/SignPackPanel';
import { StartReview } from './StartReview';

/** The trainer's area: every review on this computer, with its progress, and the ways to start another. */
export function ReviewsScreen() {
  const { db } = useServices();
  const { t } = useI18n();
  const reviews = useLiveQuery(
    async () =>
      Promise.all(
        (await listReviews(db)).map(async (review) => ({ review, queue: await listQueue(db, review.key) })),
      ),
    [db],
  );

  return (
    <div className="screen reviews">
      <AppHeader title={t('trainer.reviewsTitle')} />
      <main className="reviews__body">
        <p className="reviews__lead">{t('trainer.reviewsLead')}</p>
        <TrainerIdentityPanel />
        {reviews?.length === 0 && <p className="reviews__empty">{t('trainer.reviewsEmpty')}</p>}
        {reviews && reviews.length > 0 && (
          <ul className="reviews__list">
            {reviews.map(({ review, queue }) => (
              <li key={review.key} className="reviews__item">
                <a className="reviews__link" href={routeHref({ screen: 'review', reviewKey: review.key })}>
                  <span className="reviews__case" lang={review.case.language}>
                    {review.case.title}
                  </span>
                  <span className="reviews__meta">
                    {t('trainer.reviewMeta', { pack: review.packTitle, version: review.packVersion })}
                  </span>
                  <span className="reviews__meta">
                    {t('trainer.submissionCount', { count: queue.length })} ·{' '}
                    {t('trainer.markedCount', { marked: countMarked(queue), total: queue.length })}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        )}
        <StartReview />
        <SignPackPanel />
      </main>
    </div>
  );
}
