import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkTimeline, type TimelineEntry } from '../domain/timeline/timeline';
import type { CaseDraftDatabase } from './database';
import { createTestDatabase } from './test-database';
import { appendTimeline, lastLink, listTimeline } from './timeline-repository';

const save = (chars: number): TimelineEntry => ({
  at: '2026-12-08T09:00:00.000Z',
  kind: 'save',
  chars,
  words: Math.round(chars / 7),
  contentDigest: 'ab'.repeat(32),
});

let db: CaseDraftDatabase;
beforeEach(() => {
  db = createTestDatabase();
});
afterEach(() => db.close());

describe('appendTimeline', () => {
  it('chains each draft’s entries in the order they were appended, each draft on its own', async () => {
    expect(await lastLink(db, 'p/c')).toBeUndefined();
    expect(await listTimeline(db, 'p/c')).toEqual([]);
    const first = await appendTimeline(db, 'p/c', save(100));
    await appendTimeline(db, 'p/other', save(5));
    const second = await appendTimeline(db, 'p/c', {
      at: '2026-12-08T09:01:00.000Z',
      kind: 'paste',
      chars: 300,
    });
    const third = await appendTimeline(db, 'p/c', save(450));

    const links = await listTimeline(db, 'p/c');
    expect(links).toEqual([first, second, third]);
    expect(links.map((link) => link.seq)).toEqual([0, 1, 2]);
    expect(links.map((link) => link.kind)).toEqual(['save', 'paste', 'save']);
    expect(await checkTimeline(links)).toEqual({ holds: true });
    expect(await lastLink(db, 'p/c')).toEqual(third);
    // Another draft's chain starts at 0 and does not mix in.
    expect((await listTimeline(db, 'p/other')).map((link) => link.seq)).toEqual([0]);
  });

  it('keeps both of two appends made at the same moment (two windows), in one chain that holds', async () => {
    await appendTimeline(db, 'p/c', save(100));
    const [paste, saved] = await Promise.all([
      appendTimeline(db, 'p/c', { at: '2026-12-08T09:01:00.000Z', kind: 'paste', chars: 300 }),
      appendTimeline(db, 'p/c', save(400)),
    ]);
    const links = await listTimeline(db, 'p/c');
    expect(links).toHaveLength(3);
    expect(links.map((link) => link.seq)).toEqual([0, 1, 2]);
    expect(links.slice(1)).toEqual(expect.arrayContaining([paste, saved]));
    expect(await checkTimeline(links)).toEqual({ holds: true });
  });

  it('keeps all of several appends racing on an empty timeline', async () => {
    const appended = await Promise.all([1, 2, 3, 4].map((chars) => appendTimeline(db, 'p/c', save(chars))));
    const links = await listTimeline(db, 'p/c');
    expect(links.map((link) => link.chars).sort()).toEqual([1, 2, 3, 4]);
    expect(links).toEqual(expect.arrayContaining(appended));
    expect(await checkTimeline(links)).toEqual({ holds: true });
  });
});
