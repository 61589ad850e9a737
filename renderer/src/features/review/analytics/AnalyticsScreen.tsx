import './AnalyticsScreen.css';
import { useEffect, useMemo, useState } from 'react';
import { routeHref } from '../../../app/route';
import { useServices } from '../../../app/services';
import type { ActTemplate } from '../../../domain/act/template';
import { requisiteKey } from '../../../domain/act/not-applicable';
import { analyseCohort } from '../../../domain/review/cohort-analytics';
import { useI18n, type Translate } from '../../../i18n/I18nProvider';
import type { ReviewRecord } from '../../../storage/records';
import { findReview } from '../../../storage/review-repository';
import { AppHeader } from '../../../ui/AppHeader';
import { errorDetail } from '../../../ui/error-message';
import { Notice } from '../../../ui/Notice';
import { ClassroomLink } from '../ClassroomLink';
import { useShowNames } from '../use-show-names';
import { AnalyticsView } from './AnalyticsView';
import { loadCohort, type LoadedCohort } from './load-cohort';

type Loaded =
  | { state: 'loading' }
  | { state: 'notFound' }
  | { state: 'failed'; detail: string }
  | { state: 'ready'; review: ReviewRecord; cohort: LoadedCohort };

/**
 * `#/analytics/<reviewKey>`: the cohort at a glance, to show the room or keep for a report. A snapshot of the
 * marks as the screen opens (coming back shows the marks given since). Works are shown by code unless the review
 * shows names.
 */
export function AnalyticsScreen({ reviewKey }: { reviewKey: string }) {
  const { db } = useServices();
  const { t } = useI18n();
  const [showNames] = useShowNames(reviewKey);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    let current = true;
    const settle = (next: Loaded) => current && setLoaded(next);
    void (async () => {
      const review = await findReview(db, reviewKey);
      if (!review) return settle({ state: 'notFound' });
      settle({ state: 'ready', review, cohort: await loadCohort(db, review, showNames) });
    })().catch((error: unknown) => settle({ state: 'failed', detail: errorDetail(error) }));
    return () => {
      current = false;
    };
  }, [db, reviewKey, showNames]);

  const review = loaded.state === 'ready' ? loaded.review : undefined;
  const cohort = loaded.state === 'ready' ? loaded.cohort : undefined;
  const analytics = useMemo(
    () => review && cohort && analyseCohort(review.case.rubric ?? [], cohort.works),
    [review, cohort],
  );
  const requisiteLabels = useMemo(
    () => (review && cohort?.template ? requisiteWords(t, cohort.template, review.case.language) : new Map()),
    [t, review, cohort],
  );

  return (
    <div className="screen analytics-screen">
      <AppHeader title={review ? t('analytics.title', { case: review.case.title }) : t('analytics.open')}>
        <a className="button" href={routeHref({ screen: 'review', reviewKey })}>
          {t('analytics.back')}
        </a>
      </AppHeader>
      <main className="analytics-screen__body">
        {loaded.state === 'loading' && <p role="status">{t('analytics.loading')}</p>}
        {loaded.state === 'notFound' && <Notice tone="error">{t('trainer.reviewNotFound')}</Notice>}
        {loaded.state === 'failed' && (
          <Notice tone="error">{t('analytics.failed', { detail: loaded.detail })}</Notice>
        )}
        {review && cohort && analytics && (
          <>
            <p className="analytics__summary">
              {showNames ? t('analytics.namesShown') : t('analytics.anonymous')}
            </p>
            <ClassroomLink reviewKey={reviewKey} />
            <AnalyticsView
              analytics={analytics}
              rubric={review.case.rubric ?? []}
              requisiteLabel={(id) => requisiteLabels.get(id) ?? id}
              bankText={(id) => cohort.bank.get(id)?.text ?? t('analytics.bank.missing')}
              filePrefix={review.caseId}
            />
          </>
        )}
      </main>
    </div>
  );
}

/** Each requisite of the template in the case's language, as `Part: requisite`, by `partId/requisiteId`. */
function requisiteWords(t: Translate, template: ActTemplate, language: 'ru' | 'kk'): Map<string, string> {
  return new Map(
    template.parts.flatMap((part) =>
      (part.requisites ?? []).map((requisite) => [
        requisiteKey(part.id, requisite.id),
        t('analytics.requisites.label', {
          part: part.heading[language],
          requisite: requisite.label[language],
        }),
      ]),
    ),
  );
}
