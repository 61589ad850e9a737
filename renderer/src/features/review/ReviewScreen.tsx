import './ReviewScreen.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState } from 'react';
import { routeHref } from '../../app/route';
import { useServices } from '../../app/services';
import { useI18n } from '../../i18n/I18nProvider';
import { readFilesBytes } from '../../platform';
import { findReview, listQueue } from '../../storage/review-repository';
import { AppHeader } from '../../ui/AppHeader';
import { Notice } from '../../ui/Notice';
import { useFileDrop } from '../../ui/use-file-drop';
import { AnalyticsLink } from './analytics/AnalyticsLink';
import { handedOver, takeHandedOver } from './cohort-handoff';
import { ClassroomLink } from './ClassroomLink';
import { FeedbackExportButton } from './handback/FeedbackExportButton';
import { useColleagueTotals } from './merge/ColleagueTotals';
import { ReviewMergePanel } from './merge/ReviewMergePanel';
import { CohortImportPanel } from './CohortImportPanel';
import { GradesPanel } from './grades/GradesPanel';
import { QueueTable } from './QueueTable';
import { ShowNamesToggle } from './ShowNamesToggle';
import { TrainerKeyPanel } from './TrainerKeyPanel';
import { useCohortImport } from './use-cohort-import';
import { useShowNames } from './use-show-names';

/**
 * One review: its trainer key, the import of the cohort's submissions (choose, or drop on the page), and the queue.
 * Anonymous unless the trainer showed names for this review: no name reaches the page before that.
 */
export function ReviewScreen({ reviewKey }: { reviewKey: string }) {
  const { db } = useServices();
  const { t } = useI18n();
  const id = useId();
  const review = useLiveQuery(async () => (await findReview(db, reviewKey)) ?? null, [db, reviewKey]);
  const queue = useLiveQuery(() => listQueue(db, reviewKey), [db, reviewKey]);
  const [showNames, setShowNames] = useShowNames(reviewKey);
  const { state, run, cancel, dismiss } = useCohortImport(review ?? undefined);
  const colleagueTotals = useColleagueTotals(reviewKey, review?.case.rubric);

  // A review the trainer started again is said to be the one already there.
  const [openedExisting, setOpenedExisting] = useState(() => handedOver(reviewKey)?.existed === true);

  // Files the review was started from are imported as soon as the review is here.
  useEffect(() => {
    if (!review) return;
    const files = takeHandedOver(review.key)?.files;
    if (files) void run(() => Promise.resolve(files));
  }, [review, run]);

  const importFiles = (files: FileList) => void run(() => readFilesBytes(files));
  const { dragging, handlers, draggingClass } = useFileDrop((files) => {
    if (review) importFiles(files);
  });

  if (review === null) {
    return (
      <div className="screen review">
        <AppHeader title={t('trainer.reviewsTitle')} />
        <main className="review__body">
          <Notice tone="error">{t('trainer.reviewNotFound')}</Notice>
          <a href={routeHref({ screen: 'reviews' })}>{t('trainer.backToReviews')}</a>
        </main>
      </div>
    );
  }

  return (
    <div className={`screen review${draggingClass}`} {...handlers}>
      <AppHeader
        title={review ? t('trainer.reviewTitle', { case: review.case.title }) : t('trainer.reviewsTitle')}
      >
        <a className="button" href={routeHref({ screen: 'reviews' })}>
          {t('trainer.backToReviews')}
        </a>
      </AppHeader>
      {review && (
        <main className="review__body screen__drop-zone">
          <p className="review__meta">
            {t('trainer.reviewMeta', { pack: review.packTitle, version: review.packVersion })}
          </p>
          {openedExisting && (
            <Notice tone="info" onDismiss={() => setOpenedExisting(false)}>
              {t('trainer.reviewExisted')}
            </Notice>
          )}
          <TrainerKeyPanel review={review} />
          <AnalyticsLink reviewKey={reviewKey} />
          <CohortImportPanel
            state={state}
            dragging={dragging}
            showNames={showNames}
            onFiles={importFiles}
            onCancel={cancel}
            onDismissReport={dismiss}
          />
          <ReviewMergePanel review={review} />
          <section className="review-section" aria-labelledby={`${id}-queue`}>
            <div className="review-section__head">
              <h2 id={`${id}-queue`} className="review-section__title">
                {t('trainer.queueTitle')}
              </h2>
              <ShowNamesToggle showNames={showNames} onChange={(show) => void setShowNames(show)} />
              <FeedbackExportButton review={review} />
            </div>
            <p className="review-section__text">{t('trainer.openToMark')}</p>
            <ClassroomLink reviewKey={reviewKey} />
            {showNames && <p className="review-section__text">{t('trainer.namesShown')}</p>}
            {queue && queue.length === 0 && <p className="review-section__text">{t('trainer.queueEmpty')}</p>}
            {queue && queue.length > 0 && (
              <QueueTable
                entries={queue}
                reviewKey={reviewKey}
                showNames={showNames}
                labelledBy={`${id}-queue`}
                colleagueTotals={colleagueTotals}
              />
            )}
          </section>
          <GradesPanel review={review} showNames={showNames} />
        </main>
      )}
    </div>
  );
}
