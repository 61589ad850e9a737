import './ReviewMerge.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../../app/services';
import type { RubricCriterion } from '../../../domain/pack/pack';
import { totalPoints } from '../../../domain/review/marks';
import { useI18n } from '../../../i18n/I18nProvider';
import { listReviewColleagueMarks } from '../../../storage/colleague-marks-repository';

/** A colleague's total of a double-marked work. */
export interface ColleagueTotal {
  markerId: string;
  name: string;
  total: number;
}

/** The colleagues' totals of the review's double-marked works, by submission digest. */
export function useColleagueTotals(
  reviewKey: string,
  rubric: readonly RubricCriterion[] | undefined,
): ReadonlyMap<string, ColleagueTotal[]> | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const totals = new Map<string, ColleagueTotal[]>();
    if (!rubric) return totals;
    for (const { digest, markerId, markerName, sheet } of await listReviewColleagueMarks(db, reviewKey)) {
      const entry = { markerId, name: markerName, total: totalPoints(sheet, rubric) };
      totals.set(digest, [...(totals.get(digest) ?? []), entry]);
    }
    return totals;
  }, [db, reviewKey, rubric]);
}

/** In the queue's total cell of a double-marked work: each colleague's total and the difference from one's own. */
export function ColleagueTotals({
  totals,
  own,
}: {
  totals: readonly ColleagueTotal[];
  own: number | undefined;
}) {
  const { t, locale } = useI18n();
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (
    <span className="colleague-totals">
      {totals.map(({ markerId, name, total }) => (
        <span key={markerId} className="colleague-totals__item">
          {t('reviewMerge.queue.second', {
            name,
            total: format.format(total),
            difference: format.format(Math.abs((own ?? 0) - total)),
          })}
        </span>
      ))}
    </span>
  );
}
