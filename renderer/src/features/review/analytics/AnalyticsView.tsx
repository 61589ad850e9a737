import type { CohortAnalytics, ScoreDistribution } from '../../../domain/review/cohort-analytics';
import type { RubricCriterion } from '../../../domain/pack/pack-fields';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatPoints } from '../../../i18n/format-points';
import { ChartFigure } from './ChartFigure';
import { DistributionChart } from './DistributionChart';
import { RankedChart, type RankedBar } from './RankedChart';

/**
 * Below this many fully marked works an average or a spread says nothing (with one work, «average 79,5, median
 * 79,5» is that work's own score): the score charts wait until there are at least this many.
 */
export const FEWEST_MARKED_FOR_FIGURES = 3;

export interface AnalyticsViewProps {
  analytics: CohortAnalytics;
  rubric: readonly RubricCriterion[];
  /** A requisite's words (`Part: requisite`), by its `partId/requisiteId`. */
  requisiteLabel: (id: string) => string;
  /** A bank comment's text, by its id. */
  bankText: (id: string) => string;
  /** What the saved images' names begin with (the case's id: never a name). */
  filePrefix: string;
}

/** The cohort's charts, from figures already worked out (analyseCohort): the screen's body, and the benchmark's. */
export function AnalyticsView({
  analytics,
  rubric,
  requisiteLabel,
  bankText,
  filePrefix,
}: AnalyticsViewProps) {
  const { t, locale } = useI18n();
  const points = (value: number | undefined) => (value === undefined ? '—' : formatPoints(locale, value));
  const binLabel = (from: number, to: number) =>
    from === to ? points(from) : `${points(from)}–${points(to)}`;
  const worksOf = (count: number) => t('analytics.worksOf', { count, total: analytics.works });

  const distributionFigure = (distribution: ScoreDistribution, title: string, name: string) => {
    const note = t('analytics.stats', {
      mean: points(distribution.mean),
      median: points(distribution.median),
      lowest: points(distribution.lowest),
      highest: points(distribution.highest),
    });
    return (
      <ChartFigure
        key={name}
        title={title}
        fileName={`${filePrefix}-${name}.png`}
        table={{
          columns: [t('analytics.scoreColumn'), t('analytics.worksColumn')],
          rows: [
            ...distribution.bins.map((bin) => [binLabel(bin.from, bin.to), String(bin.count)]),
            [note, ''],
          ],
        }}
      >
        <DistributionChart
          distribution={distribution}
          title={title}
          points={points}
          scoreAxis={t('analytics.scoreAxis')}
          worksAxis={t('analytics.worksAxis')}
          note={note}
        />
      </ChartFigure>
    );
  };

  const rankedFigure = ({
    name,
    title,
    text,
    columns,
    bars,
    scaleMax,
    none,
  }: {
    name: string;
    title: string;
    text: string;
    columns: string[];
    bars: RankedBar[];
    scaleMax: number;
    none: string;
  }) =>
    bars.length === 0 ? (
      <section key={name} className="analytics-chart">
        <h2 className="analytics-chart__empty-title">{title}</h2>
        <p className="analytics-chart__text">{none}</p>
      </section>
    ) : (
      <ChartFigure
        key={name}
        title={title}
        text={text}
        fileName={`${filePrefix}-${name}.png`}
        table={{
          columns,
          rows: bars.map((bar) => [bar.label, bar.valueText, ...(bar.detail ? [bar.detail] : [])]),
        }}
      >
        <RankedChart bars={bars} title={title} scaleMax={scaleMax} />
      </ChartFigure>
    );

  const enoughMarked = analytics.markedWorks >= FEWEST_MARKED_FOR_FIGURES;
  const maxTotal = analytics.total.maxPoints;
  const side = (total: number) => {
    const mean = analytics.meanTotal ?? total;
    return t(
      total > mean
        ? 'analytics.distant.above'
        : total < mean
          ? 'analytics.distant.below'
          : 'analytics.distant.at',
    );
  };
  const distantBars: RankedBar[] = analytics.distantWorks.map((work) => ({
    key: work.digest,
    label: work.label,
    detail: t('analytics.distant.total', { total: points(work.total), side: side(work.total) }),
    value: work.distance,
    valueText: t('analytics.distant.distance', { distance: Math.round(work.distance * 100) }),
  }));

  return (
    <div className="analytics">
      <p className="analytics__summary">
        {t('analytics.summary', { marked: analytics.markedWorks, count: analytics.works })}
      </p>
      {rubric.length === 0 && <p className="analytics__summary">{t('analytics.noRubric')}</p>}
      {rubric.length > 0 && analytics.markedWorks === 0 && (
        <p className="analytics__summary">{t('analytics.noneMarked')}</p>
      )}
      {rubric.length > 0 && analytics.markedWorks > 0 && !enoughMarked && (
        <p className="analytics__summary">
          {t('analytics.tooFewMarked', { marked: analytics.markedWorks, fewest: FEWEST_MARKED_FOR_FIGURES })}
        </p>
      )}
      {rubric.length > 0 && enoughMarked && (
        <>
          {distributionFigure(
            analytics.total,
            t('analytics.total.title', { max: points(maxTotal) }),
            'total',
          )}
          {rubric.map((criterion, index) => {
            const distribution = analytics.criteria[index];
            return (
              distribution &&
              distributionFigure(
                distribution,
                t('analytics.criterion.title', {
                  criterion: criterion.title,
                  max: points(criterion.maxPoints),
                }),
                `criterion-${criterion.id}`,
              )
            );
          })}
        </>
      )}
      {rankedFigure({
        name: 'missing-requisites',
        title: t('analytics.requisites.title'),
        text: t('analytics.requisites.text'),
        columns: [t('analytics.requisites.column'), t('analytics.worksColumn')],
        bars: analytics.missingRequisites.map(({ id, works }) => ({
          key: id,
          label: requisiteLabel(id),
          value: works,
          valueText: worksOf(works),
        })),
        scaleMax: analytics.works,
        none: t('analytics.requisites.none'),
      })}
      {rankedFigure({
        name: 'bank-comments',
        title: t('analytics.bank.title'),
        text: t('analytics.bank.text'),
        columns: [t('analytics.bank.column'), t('analytics.worksColumn')],
        bars: analytics.bankComments.map(({ id, works }) => ({
          key: id,
          label: bankText(id),
          value: works,
          valueText: worksOf(works),
        })),
        scaleMax: analytics.works,
        none: t('analytics.bank.none'),
      })}
      {enoughMarked &&
        rankedFigure({
          name: 'furthest-works',
          title: t('analytics.distant.title'),
          text: t('analytics.distant.text'),
          columns: [
            t('analytics.distant.column'),
            t('analytics.distant.distanceColumn'),
            t('analytics.distant.totalColumn'),
          ],
          bars: distantBars,
          scaleMax: Math.max(...distantBars.map((bar) => bar.value), 0),
          none: t('analytics.distant.none'),
        })}
    </div>
  );
}
