import { describe, expect, it } from 'vitest';
import type { QueueEntry } from '../../storage/review-repository';
import { countMarked, queuePosition, viewQueue, type QueueFilter } from './queue-view';

function entry(code: string, name: string, fields: Partial<QueueEntry> = {}): QueueEntry {
  return {
    digest: code,
    reviewKey: 'pack/case@1',
    participantKey: name.toLowerCase(),
    participantName: name,
    anonymousCode: code,
    exportedAt: '2026-11-20T12:00:00.000Z',
    importedAt: '2026-11-21T09:00:00.000Z',
    fileName: `${name}.cdsub`,
    wordCount: 100,
    missingRequisites: 0,
    emptyParts: 0,
    status: 'not-started',
    versions: 1,
    ...fields,
  };
}

const QUEUE = [
  entry('K7QX2', 'Асель Нурланова', { wordCount: 900, missingRequisites: 2 }),
  entry('B3MZ9', 'Бауыржан Сейітов', { wordCount: 300, status: 'marked' }),
  entry('R8TW4', 'Анна Ким', { wordCount: 600, exportedAt: '2026-11-19T08:00:00.000Z', versions: 2 }),
];
const ALL: QueueFilter = { status: 'all', text: '' };
const codes = (entries: QueueEntry[]) => entries.map((row) => row.anonymousCode);

describe('the review queue', () => {
  it('sorts by a column either way, ties ordered by what the participant column shows', () => {
    expect(codes(viewQueue(QUEUE, { column: 'words', direction: 'ascending' }, ALL, false))).toEqual([
      'B3MZ9',
      'R8TW4',
      'K7QX2',
    ]);
    expect(codes(viewQueue(QUEUE, { column: 'missing', direction: 'descending' }, ALL, false))).toEqual([
      'K7QX2',
      'R8TW4',
      'B3MZ9',
    ]);
    expect(codes(viewQueue(QUEUE, { column: 'exported', direction: 'ascending' }, ALL, false))[0]).toBe(
      'R8TW4',
    );
    expect(codes(viewQueue(QUEUE, { column: 'status', direction: 'ascending' }, ALL, false))).toEqual([
      'K7QX2',
      'R8TW4',
      'B3MZ9',
    ]);
  });

  it('orders the participant column by code while anonymous, by name once names are shown', () => {
    const sort = { column: 'participant', direction: 'ascending' } as const;
    expect(codes(viewQueue(QUEUE, sort, ALL, false))).toEqual(['B3MZ9', 'K7QX2', 'R8TW4']);
    expect(viewQueue(QUEUE, sort, ALL, true).map((row) => row.participantName)).toEqual([
      'Анна Ким',
      'Асель Нурланова',
      'Бауыржан Сейітов',
    ]);
  });

  it('filters by status and by text in the code, never in a hidden name', () => {
    const sort = { column: 'participant', direction: 'ascending' } as const;
    expect(codes(viewQueue(QUEUE, sort, { status: 'marked', text: '' }, false))).toEqual(['B3MZ9']);
    expect(codes(viewQueue(QUEUE, sort, { status: 'all', text: 'k7q' }, false))).toEqual(['K7QX2']);
    expect(viewQueue(QUEUE, sort, { status: 'all', text: 'асель' }, false)).toEqual([]);
    expect(codes(viewQueue(QUEUE, sort, { status: 'all', text: 'асель' }, true))).toEqual(['K7QX2']);
  });

  it('sorts by total, the unscored first when ascending', () => {
    const scored = [
      entry('K7QX2', 'Асель Нурланова', { total: 72.5, status: 'marked' }),
      entry('B3MZ9', 'Бауыржан Сейітов'),
      entry('R8TW4', 'Анна Ким', { total: 0, status: 'in-progress' }),
    ];
    expect(codes(viewQueue(scored, { column: 'total', direction: 'ascending' }, ALL, false))).toEqual([
      'B3MZ9',
      'R8TW4',
      'K7QX2',
    ]);
    expect(codes(viewQueue(scored, { column: 'total', direction: 'descending' }, ALL, false))).toEqual([
      'K7QX2',
      'R8TW4',
      'B3MZ9',
    ]);
  });

  it('places the submission being marked in the queue as sorted and filtered, with its neighbours', () => {
    const sort = { column: 'words', direction: 'ascending' } as const;
    const middle = queuePosition(QUEUE, 'R8TW4', sort, ALL, false);
    expect(middle).toMatchObject({ index: 1, count: 3 });
    expect(middle?.previous?.anonymousCode).toBe('B3MZ9');
    expect(middle?.next?.anonymousCode).toBe('K7QX2');
    const first = queuePosition(QUEUE, 'B3MZ9', sort, ALL, false);
    expect(first?.previous).toBeUndefined();
    expect(queuePosition(QUEUE, 'K7QX2', sort, ALL, false)?.next).toBeUndefined();
    expect(queuePosition(QUEUE, 'gone', sort, ALL, false)).toBeUndefined();
  });

  it('keeps the submission being marked in its place when the filter no longer lets it through', () => {
    const sort = { column: 'words', direction: 'ascending' } as const;
    // Filtered to "not started", and B3MZ9 (300 words) has just been marked: the next is still R8TW4 (600 words).
    const notStarted: QueueFilter = { status: 'not-started', text: '' };
    const position = queuePosition(QUEUE, 'B3MZ9', sort, notStarted, false);
    expect(position).toMatchObject({ index: 0, count: 3 });
    expect(position?.next?.anonymousCode).toBe('R8TW4');
    expect(queuePosition(QUEUE, 'R8TW4', sort, notStarted, false)).toMatchObject({ index: 0, count: 2 });
  });

  it('counts the marked participants', () => {
    expect(countMarked(QUEUE)).toBe(1);
  });
});
