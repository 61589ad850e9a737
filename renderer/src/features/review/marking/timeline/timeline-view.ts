import { checkTimeline, type TimelineCheck, type TimelineLink } from '../../../../domain/timeline/timeline';

/** What the trainer's «Timeline» tab shows of a submission's writing timeline. */
export interface TimelineView {
  check: TimelineCheck;
  /** Whether the last save recorded is the act handed in; 'noSave' when the timeline has no save. */
  lastSave: 'matches' | 'differs' | 'noSave';
  /** Words after each save, in time (milliseconds since 1970). */
  words: { at: number; words: number }[];
  /** Pastes, long deletions, exam events and submissions, first first. */
  events: TimelineEvent[];
  /** The time the timeline spans (for the chart's axis). */
  from: number;
  to: number;
}

export type TimelineEvent = Omit<TimelineLink, 'at' | 'prev' | 'hash' | 'kind'> & {
  at: number;
  kind: Exclude<TimelineLink['kind'], 'save'>;
};

/**
 * Builds the view of a timeline: whether its chain holds (a changed, removed or inserted link breaks it), whether
 * its last save is the act handed in (`actDigest`, see submission-timeline.ts), the words over time and the events.
 */
export async function describeTimeline(
  links: readonly TimelineLink[],
  actDigest: string,
): Promise<TimelineView> {
  const check = await checkTimeline(links);
  const words: TimelineView['words'] = [];
  const events: TimelineEvent[] = [];
  let lastDigest: string | undefined;
  let lastSaved = false;
  for (const { at, prev: _prev, hash: _hash, kind, ...rest } of links) {
    const time = Date.parse(at);
    if (kind === 'save') {
      words.push({ at: time, words: rest.words ?? 0 });
      lastDigest = rest.contentDigest;
      lastSaved = true;
    } else {
      events.push({ ...rest, at: time, kind });
    }
  }
  // A loop rather than Math.min(...times): a timeline may hold 50,000 links, too many arguments for one call.
  let from = Infinity;
  let to = -Infinity;
  for (const link of links) {
    const time = Date.parse(link.at);
    from = Math.min(from, time);
    to = Math.max(to, time);
  }
  return {
    check,
    lastSave: !lastSaved ? 'noSave' : lastDigest === actDigest ? 'matches' : 'differs',
    words,
    events,
    from: links.length ? from : 0,
    to: links.length ? to : 0,
  };
}
