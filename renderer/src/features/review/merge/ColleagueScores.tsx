import './ReviewMerge.css';
import type { ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../../app/services';
import type { RubricCriterion } from '../../../domain/pack/pack';
import type { CriterionMark } from '../../../domain/review/marks';
import { useI18n } from '../../../i18n/I18nProvider';
import { listColleagueMarks } from '../../../storage/colleague-marks-repository';
import type { ColleagueMarkRecord } from '../../../storage/records';
import { setPoints, type SheetChange } from '../marking/sheet-changes';

/** What the rubric panel shows under a criterion's score: here, the colleagues' scores of a double-marked work. */
export type BesideScore = (criterion: RubricCriterion, mark: CriterionMark | undefined) => ReactNode;

/**
 * For a double-marked work, what to show under each criterion's score: each colleague's score and the difference
 * from the trainer's own, with a button that makes the colleague's score the trainer's (the agreed mark, saved as
 * any score is). Undefined for a work no colleague marked, so the panel shows nothing more.
 */
export function useColleagueScores(
  digest: string,
  update: (change: SheetChange) => void,
): BesideScore | undefined {
  const { db } = useServices();
  const colleagues = useLiveQuery(() => listColleagueMarks(db, digest), [db, digest]);
  if (!colleagues?.length) return undefined;
  return (criterion, mark) => (
    <ColleagueScores criterion={criterion} own={mark?.points} colleagues={colleagues} update={update} />
  );
}

function ColleagueScores({
  criterion,
  own,
  colleagues,
  update,
}: {
  criterion: RubricCriterion;
  own: number | undefined;
  colleagues: readonly ColleagueMarkRecord[];
  update: (change: SheetChange) => void;
}) {
  const { t, locale } = useI18n();
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (
    <ul className="colleague-scores">
      {colleagues.map(({ markerId, markerName: name, sheet }) => {
        const points = sheet.criteria[criterion.id]?.points;
        if (points === undefined) {
          return (
            <li key={markerId} className="colleague-scores__item">
              {t('reviewMerge.colleague.noScore', { name })}
            </li>
          );
        }
        const shown = format.format(points);
        return (
          <li
            key={markerId}
            className="colleague-scores__item"
            data-differs={own !== undefined && own !== points}
          >
            {t('reviewMerge.colleague.score', { name, points: shown })}
            {own !== undefined && (
              <>
                {' '}
                ·{' '}
                {t('reviewMerge.colleague.difference', { difference: format.format(Math.abs(own - points)) })}
              </>
            )}
            {own !== points && (
              <button
                type="button"
                className="button button--small"
                aria-label={t('reviewMerge.colleague.takeLabel', {
                  name,
                  points: shown,
                  criterion: criterion.title,
                })}
                onClick={() => update(setPoints(criterion.id, points))}
              >
                {t('reviewMerge.colleague.take', { points: shown })}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
