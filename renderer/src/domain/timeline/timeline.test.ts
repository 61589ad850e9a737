import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../integrity/canonical-json';
import { sha256Hex } from '../integrity/sha256';
import {
  GENESIS,
  MAX_TIMELINE_LINKS,
  checkTimeline,
  nextLink,
  timelineLinkHash,
  timelineSchema,
  type TimelineEntry,
  type TimelineLink,
} from './timeline';

const digest = 'ab'.repeat(32);
const entries: TimelineEntry[] = [
  { at: '2026-12-08T09:00:00.000Z', kind: 'examStart' },
  { at: '2026-12-08T09:01:00.000Z', kind: 'save', chars: 120, words: 18, contentDigest: digest },
  { at: '2026-12-08T09:02:00.000Z', kind: 'paste', chars: 640, fromCase: true },
  { at: '2026-12-08T09:03:00.000Z', kind: 'deletion', chars: 250 },
  { at: '2026-12-08T09:30:00.000Z', kind: 'examWarning', minutesLeft: 30 },
  { at: '2026-12-08T09:40:00.000Z', kind: 'examGap', seconds: 95 },
  { at: '2026-12-08T09:45:00.000Z', kind: 'examExtraTime', minutes: 15 },
  { at: '2026-12-08T10:00:00.000Z', kind: 'save', chars: 900, words: 130, contentDigest: 'cd'.repeat(32) },
];

async function chainOf(list: readonly TimelineEntry[]): Promise<TimelineLink[]> {
  const links: TimelineLink[] = [];
  for (const entry of list) links.push(await nextLink(links.at(-1), entry));
  return links;
}

let chain: TimelineLink[];
beforeAll(async () => {
  chain = await chainOf(entries);
});

describe('nextLink', () => {
  it('numbers links from 0, names the previous link’s hash, and hashes the rest of the link', async () => {
    expect(chain.map((link) => link.seq)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(chain[0]!.prev).toBe(GENESIS);
    for (const [index, link] of chain.entries()) {
      if (index > 0) expect(link.prev).toBe(chain[index - 1]!.hash);
      const { hash, ...rest } = link;
      expect(hash).toBe(await sha256Hex(canonicalJson(rest)));
      expect(link).toMatchObject(entries[index]!);
    }
  });

  it('gives the same link for the same entry after the same link', async () => {
    expect(await nextLink(chain[2], entries[3]!)).toEqual(chain[3]);
  });
});

describe('checkTimeline', () => {
  it('holds for a chain as made, and after it went through a submission file’s JSON', async () => {
    expect(await checkTimeline(chain)).toEqual({ holds: true });
    const travelled = timelineSchema.parse(JSON.parse(JSON.stringify(chain)));
    expect(await checkTimeline(travelled)).toEqual({ holds: true });
  });

  it('holds for an entry with an optional field left undefined, which JSON drops', async () => {
    const links = await chainOf([{ at: entries[2]!.at, kind: 'paste', chars: 10, fromCase: undefined }]);
    expect(await checkTimeline(JSON.parse(JSON.stringify(links)) as TimelineLink[])).toEqual({ holds: true });
  });

  it('holds for an empty chain (an older app wrote none)', async () => {
    expect(await checkTimeline([])).toEqual({ holds: true });
  });

  it('breaks at a changed link, whichever field was changed', async () => {
    const changes: Partial<TimelineLink>[] = [
      { chars: 641 },
      { fromCase: false },
      { at: '2026-12-08T09:02:01.000Z' },
      { kind: 'save' },
      { words: 5 },
    ];
    for (const change of changes) {
      const links = chain.with(2, { ...chain[2]!, ...change });
      expect(await checkTimeline(links), JSON.stringify(change)).toEqual({
        holds: false,
        brokenAt: 2,
        why: 'hash',
      });
    }
    const { fromCase: _fromCase, ...withoutField } = chain[2]!;
    expect(await checkTimeline(chain.with(2, withoutField))).toEqual({
      holds: false,
      brokenAt: 2,
      why: 'hash',
    });
  });

  it('breaks at the next link when a changed link was given a fresh hash', async () => {
    const { hash: _hash, ...changed } = { ...chain[3]!, chars: 5 };
    const rehashed = { ...changed, hash: await timelineLinkHash(changed) };
    expect(await checkTimeline(chain.with(3, rehashed))).toEqual({ holds: false, brokenAt: 4, why: 'prev' });
  });

  it('breaks where a link was removed', async () => {
    for (const removed of [0, 3, 6]) {
      const links = chain.toSpliced(removed, 1);
      expect(await checkTimeline(links), `removed ${removed}`).toEqual({
        holds: false,
        brokenAt: removed,
        why: 'seq',
      });
    }
  });

  it('breaks after a link inserted with its own hash, and at a link inserted as it stands', async () => {
    const forged = await nextLink(chain[1], { at: '2026-12-08T09:01:30.000Z', kind: 'save', chars: 3000 });
    expect(await checkTimeline(chain.toSpliced(2, 0, forged))).toEqual({
      holds: false,
      brokenAt: 3,
      why: 'seq',
    });
    expect(await checkTimeline(chain.toSpliced(5, 0, chain[1]!))).toEqual({
      holds: false,
      brokenAt: 5,
      why: 'seq',
    });
  });

  it('breaks where two links were swapped, and at a link renumbered to fit', async () => {
    const swapped = chain.with(3, chain[4]!).with(4, chain[3]!);
    expect(await checkTimeline(swapped)).toEqual({ holds: false, brokenAt: 3, why: 'seq' });
    const renumbered = chain
      .toSpliced(3, 1)
      .map((link, index) => (index >= 3 ? { ...link, seq: index } : link));
    expect(await checkTimeline(renumbered)).toEqual({ holds: false, brokenAt: 3, why: 'prev' });
  });

  it('breaks at the first link when it does not start the chain', async () => {
    expect(await checkTimeline(chain.slice(1))).toEqual({ holds: false, brokenAt: 0, why: 'seq' });
    const { hash: _hash, ...first } = { ...chain[0]!, prev: chain[7]!.hash };
    const rehashed = { ...first, hash: await timelineLinkHash(first) };
    expect(await checkTimeline([rehashed])).toEqual({ holds: false, brokenAt: 0, why: 'prev' });
  });
});

describe('timelineSchema', () => {
  it('refuses links with an unknown kind, a field it does not know, a bad digest or a negative count', () => {
    const link = chain[1]!;
    for (const bad of [
      { ...link, kind: 'typing' },
      { ...link, text: 'the act itself' },
      { ...link, contentDigest: 'AB'.repeat(32) },
      { ...link, chars: -1 },
      { ...link, at: 'yesterday' },
    ]) {
      expect(timelineSchema.safeParse([bad]).success).toBe(false);
    }
  });

  it('takes at most 50,000 links', () => {
    const link = chain[0]!;
    expect(timelineSchema.safeParse(Array(MAX_TIMELINE_LINKS).fill(link)).success).toBe(true);
    expect(timelineSchema.safeParse(Array(MAX_TIMELINE_LINKS + 1).fill(link)).success).toBe(false);
  });
});
