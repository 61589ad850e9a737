import type { ReviewStatus } from '../../storage/records';
import type { QueueEntry } from '../../storage/review-repository';

/** The queue's sortable columns. The total is not one yet: no submission has a mark before the marking screen. */
export type QueueColumn = 'participant' | 'status' | 'missing' | 'words' | 'exported' | 'versions';

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
export function participantLabel(entry: QueueEntry, showNames: boolean): string {
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
