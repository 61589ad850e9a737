import type { ReviewStatus } from '../../storage/records';
import type { QueueColumn, QueueFilter, QueueSort } from './queue-view';

/**
 * How the trainer sorted and filtered a review's queue: the marking screen's "next" follows the same order. Kept
 * for the session (the window), per review, so going from the queue to marking and back keeps the order chosen;
 * not in the database: it is a view, not work.
 */
export interface QueueState {
  sort: QueueSort;
  filter: QueueFilter;
}

export const DEFAULT_QUEUE_STATE: QueueState = {
  sort: { column: 'participant', direction: 'ascending' },
  filter: { status: 'all', text: '' },
};

const COLUMNS = new Set<QueueColumn>([
  'participant',
  'status',
  'total',
  'missing',
  'words',
  'exported',
  'versions',
]);
const STATUSES = new Set<ReviewStatus | 'all'>(['all', 'not-started', 'in-progress', 'marked']);

function storageKey(reviewKey: string): string {
  return `casedraft.queue.${reviewKey}`;
}

/** The queue's order and filter as last chosen in this window, or the default (by participant, everything). */
export function readQueueState(reviewKey: string, storage: Storage = sessionStorage): QueueState {
  try {
    const stored = JSON.parse(storage.getItem(storageKey(reviewKey)) ?? 'null') as Partial<QueueState> | null;
    const sort = stored?.sort;
    const filter = stored?.filter;
    if (
      sort &&
      COLUMNS.has(sort.column) &&
      (sort.direction === 'ascending' || sort.direction === 'descending') &&
      filter &&
      STATUSES.has(filter.status) &&
      typeof filter.text === 'string'
    ) {
      return {
        sort: { column: sort.column, direction: sort.direction },
        filter: { status: filter.status, text: filter.text },
      };
    }
  } catch {
    // Unreadable (another version wrote it, or storage is off): the default order serves.
  }
  return DEFAULT_QUEUE_STATE;
}

export function rememberQueueState(
  reviewKey: string,
  state: QueueState,
  storage: Storage = sessionStorage,
): void {
  try {
    storage.setItem(storageKey(reviewKey), JSON.stringify(state));
  } catch {
    // Storage full or off: the order is then only kept while the queue is on screen.
  }
}

function markingKey(reviewKey: string): string {
  return `casedraft.queue.${reviewKey}.marking`;
}

/**
 * The submission the trainer is marking in this window: back in the queue, its row is brought into view and
 * focused, so the trainer goes on from where they were rather than from the top of the page.
 */
export function rememberMarkedSubmission(
  reviewKey: string,
  digest: string,
  storage: Storage = sessionStorage,
): void {
  try {
    storage.setItem(markingKey(reviewKey), digest);
  } catch {
    // Storage full or off: the queue then opens at its top, as it would anyway.
  }
}

/** The submission last marked in this window, once: the queue returns to it when it opens, not on every change. */
export function takeMarkedSubmission(
  reviewKey: string,
  storage: Storage = sessionStorage,
): string | undefined {
  try {
    const digest = storage.getItem(markingKey(reviewKey)) ?? undefined;
    storage.removeItem(markingKey(reviewKey));
    return digest;
  } catch {
    return undefined;
  }
}
