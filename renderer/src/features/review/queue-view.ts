import type { ReviewStatus } from '../../storage/records';
import type { QueueEntry } from '../../storage/review-repository';

/** The queue's sortable columns. */
export type QueueColumn = 'participant' | 'status' | 'total' | 'missing' | 'words' | 'exported' | 'versions';

export interface QueueSort {
  column: QueueColumn;
  direction: 'ascending' | 'descending';
}

export interface QueueFilter {
  status: ReviewStatus | 'all';
  /** Matched, whatever its case, within the code, or within the name when names are shown. */
  text: string;
}

/** What the participant column shows: the anonymous code, or the name once the trainer revealed names. */
export function participantLabel(
  entry: Pick<QueueEntry, 'participantName' | 'anonymousCode'>,
  showNames: boolean,
): string {
  return showNames ? entry.participantName : entry.anonymousCode;
}

const STATUS_ORDER: Record<ReviewStatus, number> = { 'not-started': 0, 'in-progress': 1, marked: 2 };

/** Compares two rows by a column; 0 for the participant column, which viewQueue orders by what it shows. */
function compare(a: QueueEntry, b: QueueEntry, column: QueueColumn): number {
  switch (column) {
    case 'participant':
      return 0;
    case 'status':
      return STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
    case 'total':
      // Not scored yet comes before any score, as nothing comes before something.
      return (a.total ?? -1) - (b.total ?? -1);
    case 'missing':
      return a.missingRequisites - b.missingRequisites;
    case 'words':
      return a.wordCount - b.wordCount;
    case 'exported':
      return Date.parse(a.exportedAt) - Date.parse(b.exportedAt);
    case 'versions':
      return a.versions - b.versions;
  }
}

/** The rows the queue shows: those the filter lets through, in the order asked for. */
export function viewQueue(
  entries: readonly QueueEntry[],
  sort: QueueSort,
  filter: QueueFilter,
  showNames: boolean,
): QueueEntry[] {
  const text = filter.text.trim().toLocaleLowerCase();
  // Ties fall back to the participant, so the order never depends on import order.
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byLabel = (a: QueueEntry, b: QueueEntry) =>
    participantLabel(a, showNames).localeCompare(participantLabel(b, showNames));
  return entries
    .filter((entry) => filter.status === 'all' || entry.status === filter.status)
    .filter((entry) => !text || participantLabel(entry, showNames).toLocaleLowerCase().includes(text))
    .sort((a, b) => sign * (compare(a, b, sort.column) || byLabel(a, b)));
}

/** How many of the queue's participants are marked, for "3 of 41 marked". */
export function countMarked(entries: readonly QueueEntry[]): number {
  return entries.filter((entry) => entry.status === 'marked').length;
}

/** Where a submission stands in the queue the trainer sees, and the submissions before and after it. */
export interface QueuePosition {
  /** 0-based. */
  index: number;
  count: number;
  entry: QueueEntry;
  previous?: QueueEntry;
  next?: QueueEntry;
}

/**
 * The place of the submission being marked in the queue's order, with its filter. The submission itself always
 * counts, even when the filter would now leave it out (scoring moves it from "not started" to "in progress"), so
 * the next one is the one after it, not the queue's first. Undefined when the submission is not in the queue.
 */
export function queuePosition(
  entries: readonly QueueEntry[],
  digest: string,
  sort: QueueSort,
  filter: QueueFilter,
  showNames: boolean,
): QueuePosition | undefined {
  const current = entries.find((entry) => entry.digest === digest);
  if (!current) return undefined;
  const shown = viewQueue(entries, sort, filter, showNames);
  const rows = shown.includes(current)
    ? shown
    : viewQueue(entries, sort, { status: 'all', text: '' }, showNames).filter(
        (entry) => entry === current || shown.includes(entry),
      );
  const index = rows.indexOf(current);
  return {
    index,
    count: rows.length,
    entry: current,
    ...(index > 0 && { previous: rows[index - 1] }),
    ...(index < rows.length - 1 && { next: rows[index + 1] }),
  };
}
