import { useEffect, useId, useRef, useState } from 'react';
import { routeHref } from '../../app/route';
import { shortDateTimeFormat } from '../../i18n/format-date';
import { receiptLine } from './receipt-line';
import { useI18n } from '../../i18n/I18nProvider';
import type { ReviewStatus } from '../../storage/records';
import type { QueueEntry } from '../../storage/review-repository';
import { ColleagueTotals, type ColleagueTotal } from './merge/ColleagueTotals';
import {
  countMarked,
  participantLabel,
  viewQueue,
  type QueueColumn,
  type QueueFilter,
  type QueueSort,
} from './queue-view';
import { readQueueState, rememberQueueState, takeMarkedSubmission } from './queue-state';

const STATUSES: ReviewStatus[] = ['not-started', 'in-progress', 'marked'];
/** Columns of counts, right-aligned so that their digits line up. */
const NUMERIC = new Set<QueueColumn>(['total', 'missing', 'words', 'versions']);

/**
 * Every participant's submission, sortable by column and filterable by status and code, with the marking progress;
 * each row's participant opens the submission for marking. The order and filter are kept for the session, so the
 * marking screen's "next" goes through the queue as it is shown here.
 */
export function QueueTable({
  entries,
  reviewKey,
  showNames,
  labelledBy,
  colleagueTotals,
}: {
  entries: QueueEntry[];
  reviewKey: string;
  showNames: boolean;
  /** The id of the heading that names the table. */
  labelledBy: string;
  /** Colleagues' totals of double-marked works, by digest: shown with the difference beside the total. */
  colleagueTotals?: ReadonlyMap<string, ColleagueTotal[]>;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const [state, setState] = useState(() => readQueueState(reviewKey));
  const { sort, filter } = state;
  const setSort = (next: QueueSort) => {
    setState({ ...state, sort: next });
    rememberQueueState(reviewKey, { ...state, sort: next });
  };
  const setFilter = (next: QueueFilter) => {
    setState({ ...state, filter: next });
    rememberQueueState(reviewKey, { ...state, filter: next });
  };
  const rows = viewQueue(entries, sort, filter, showNames);
  const table = useRef<HTMLTableElement>(null);

  // Back from marking, the row of the work just marked is in view and focused: the trainer goes on from there.
  useEffect(() => {
    const digest = takeMarkedSubmission(reviewKey);
    if (digest === undefined) return;
    const link = [...(table.current?.querySelectorAll<HTMLElement>('tr[data-digest]') ?? [])]
      .find((row) => row.dataset.digest === digest)
      ?.querySelector<HTMLElement>('.queue__open');
    if (!link) return;
    link.focus({ preventScroll: true });
    link.scrollIntoView({ block: 'center' });
  }, [reviewKey]);
  const exported = shortDateTimeFormat(locale);
  const points = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });

  const header = (column: QueueColumn) => {
    const sorted = sort.column === column;
    return (
      <th
        scope="col"
        aria-sort={sorted ? sort.direction : undefined}
        className={`queue__head${NUMERIC.has(column) ? ' queue__number' : ''}`}
      >
        <button
          type="button"
          className="queue__sort"
          // A count needs saying what it counts: the heading alone is two words.
          title={column === 'missing' ? t('trainer.column.missingHint') : undefined}
          onClick={() =>
            setSort({
              column,
              direction: sorted && sort.direction === 'ascending' ? 'descending' : 'ascending',
            })
          }
        >
          {t(`trainer.column.${column}`)}
          <span className="queue__sort-mark" aria-hidden="true">
            {sorted ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
          </span>
        </button>
      </th>
    );
  };

  return (
    <>
      <p className="queue__progress" role="status">
        {t('trainer.markedCount', { marked: countMarked(entries), total: entries.length })}
      </p>
      <div className="queue__filters">
        <div className="queue__filter">
          <label htmlFor={`${id}-status`}>{t('trainer.filterStatus')}</label>
          <select
            id={`${id}-status`}
            value={filter.status}
            onChange={(event) =>
              setFilter({ ...filter, status: event.target.value as QueueFilter['status'] })
            }
          >
            <option value="all">{t('trainer.statusAll')}</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`trainer.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="queue__filter">
          <label htmlFor={`${id}-text`}>
            {showNames ? t('trainer.filterTextNames') : t('trainer.filterText')}
          </label>
          <input
            id={`${id}-text`}
            type="search"
            value={filter.text}
            onChange={(event) => setFilter({ ...filter, text: event.target.value })}
          />
        </div>
      </div>
      {rows.length === 0 ? (
        <p className="queue__empty">{t('trainer.queueNoMatch')}</p>
      ) : (
        <table ref={table} className="queue" aria-labelledby={labelledBy}>
          <thead>
            <tr>
              {header('participant')}
              {header('status')}
              {header('total')}
              {header('missing')}
              {header('words')}
              {header('exported')}
              {header('versions')}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.participantKey}
                className="queue__row"
                data-status={row.status}
                data-digest={row.digest}
              >
                <th
                  scope="row"
                  className={`queue__participant${showNames ? '' : ' queue__participant--code'}`}
                >
                  <a
                    className="queue__open"
                    href={routeHref({ screen: 'marking', reviewKey, digest: row.digest })}
                    title={receiptLine(t, row)}
                  >
                    {participantLabel(row, showNames)}
                  </a>
                </th>
                <td>{t(`trainer.status.${row.status}`)}</td>
                <td className="queue__number">
                  {row.total === undefined ? (
                    <>
                      <span aria-hidden="true">—</span>
                      <span className="visually-hidden">{t('trainer.noTotal')}</span>
                    </>
                  ) : (
                    points.format(row.total)
                  )}
                  {colleagueTotals?.has(row.digest) && (
                    <ColleagueTotals totals={colleagueTotals.get(row.digest) ?? []} own={row.total} />
                  )}
                </td>
                <td className="queue__number" title={t('trainer.column.missingHint')}>
                  {row.missingRequisites}
                </td>
                <td className="queue__number">{row.wordCount}</td>
                <td>{exported.format(new Date(row.exportedAt))}</td>
                <td className="queue__number">
                  {row.previousVersion === undefined ? (
                    row.versions
                  ) : (
                    <a
                      href={routeHref({ screen: 'marking', reviewKey, digest: row.previousVersion })}
                      aria-label={t('trainer.openEarlierVersions', { count: row.versions })}
                    >
                      {row.versions}
                    </a>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
