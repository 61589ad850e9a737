import { describe, expect, it } from 'vitest';
import { draftContentDigest } from '../../../../domain/timeline/content-digest';
import { nextLink, type TimelineEntry, type TimelineLink } from '../../../../domain/timeline/timeline';
import { readSubmissionTimeline } from './submission-timeline';
import { describeTimeline } from './timeline-view';
import { createActDocument } from '../../../../domain/act/document';
import { canonicalJson } from '../../../../domain/integrity/canonical-json';
import { civilDecision } from '../../../../domain/act/templates/civil-decision';

/** An act as the editor writes it (`doc.toJSON()`), which is what the trainee's save links digest. */
const DOCUMENT = createActDocument(civilDecision, 'ru').toJSON() as Record<string, unknown>;

async function chain(entries: TimelineEntry[]): Promise<TimelineLink[]> {
  const links: TimelineLink[] = [];
  for (const entry of entries) links.push(await nextLink(links.at(-1), entry));
  return links;
}

async function written(): Promise<{ links: TimelineLink[]; actDigest: string }> {
  const actDigest = await draftContentDigest(JSON.stringify(DOCUMENT), undefined);
  const links = await chain([
    { kind: 'examStart', at: '2026-12-08T09:00:00Z' },
    { kind: 'save', at: '2026-12-08T09:01:00Z', chars: 10, words: 2, contentDigest: '1'.repeat(64) },
    { kind: 'paste', at: '2026-12-08T09:02:00Z', chars: 400, fromCase: true },
    { kind: 'deletion', at: '2026-12-08T09:03:00Z', chars: 250 },
    { kind: 'save', at: '2026-12-08T09:04:00Z', chars: 160, words: 25, contentDigest: actDigest },
  ]);
  return { links, actDigest };
}

describe('describeTimeline', () => {
  it('shows a chain that holds, its words over time, its events, and a last save that is the act handed in', async () => {
    const { links, actDigest } = await written();
    const view = await describeTimeline(links, actDigest);
    expect(view.check).toEqual({ holds: true });
    expect(view.lastSave).toBe('matches');
    expect(view.words).toEqual([
      { at: Date.parse('2026-12-08T09:01:00Z'), words: 2 },
      { at: Date.parse('2026-12-08T09:04:00Z'), words: 25 },
    ]);
    expect(view.events.map(({ kind, chars }) => ({ kind, chars }))).toEqual([
      { kind: 'examStart', chars: undefined },
      { kind: 'paste', chars: 400 },
      { kind: 'deletion', chars: 250 },
    ]);
    expect([view.from, view.to]).toEqual([
      Date.parse('2026-12-08T09:00:00Z'),
      Date.parse('2026-12-08T09:04:00Z'),
    ]);
  });

  it('shows where a changed link breaks the chain', async () => {
    const { links, actDigest } = await written();
    const changed = links.map((link, index) => (index === 3 ? { ...link, chars: 20 } : link));
    expect((await describeTimeline(changed, actDigest)).check).toEqual({
      holds: false,
      brokenAt: 3,
      why: 'hash',
    });
    const removed = links.filter((_, index) => index !== 2);
    expect((await describeTimeline(removed, actDigest)).check).toMatchObject({ holds: false, brokenAt: 2 });
  });

  it('tells a last save that is not the act handed in, and a timeline with no save', async () => {
    const { links } = await written();
    const otherAct = await draftContentDigest(JSON.stringify({ ...DOCUMENT, content: [] }), undefined);
    expect((await describeTimeline(links, otherAct)).lastSave).toBe('differs');
    expect((await describeTimeline(links.slice(0, 1), otherAct)).lastSave).toBe('noSave');
  });
});

describe('readSubmissionTimeline', () => {
  it('reads the timeline of a submission and the digest of its act, or says there is none or it is damaged', async () => {
    const { links, actDigest } = await written();
    // Stored as the import stores it: canonical JSON, its keys sorted, not in the editor's order.
    const stored = JSON.parse(canonicalJson(DOCUMENT)) as unknown;
    expect(await readSubmissionTimeline({ document: stored, timeline: links })).toEqual({
      state: 'present',
      links,
      actDigest,
    });
    expect(await readSubmissionTimeline({ formatVersion: 2, document: DOCUMENT })).toEqual({ state: 'none' });
    expect(await readSubmissionTimeline({ document: DOCUMENT, timeline: [{ seq: 'x' }] })).toEqual({
      state: 'damaged',
    });
  });
});
