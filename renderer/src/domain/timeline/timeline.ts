import { z } from 'zod';
import { canonicalJson } from '../integrity/canonical-json';
import { sha256Hex } from '../integrity/sha256';

/**
 * What a link of the writing timeline records:
 * - `save`: a saved revision of the draft (`chars`, `words`, `contentDigest` of what was saved);
 * - `paste`: text pasted into the act (`chars`; `fromCase` when it matches the case materials);
 * - `deletion`: a long deletion (`chars`);
 * - `examStart`, `examWarning` (`minutesLeft`), `examExtraTime` (`minutes`), `examGap` (`seconds` the app was closed
 *   or stopped while the clock ran), `examEnd`, `examLocked`;
 * - `submitted`: a submission file was made (`contentDigest` of the submission's act).
 */
export const TIMELINE_KINDS = [
  'save',
  'paste',
  'deletion',
  'examStart',
  'examWarning',
  'examExtraTime',
  'examGap',
  'examEnd',
  'examLocked',
  'submitted',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

const hexDigest = z.string().regex(/^[0-9a-f]{64}$/);
const count = z.number().int().nonnegative().max(100_000_000);

export const timelineLinkSchema = z.strictObject({
  /** 0 for the first link of a draft, then one more each. */
  seq: count,
  /** The computer's clock when it was recorded (ISO 8601, UTC). */
  at: z.iso.datetime({ offset: true }),
  kind: z.enum(TIMELINE_KINDS),
  chars: count.optional(),
  words: count.optional(),
  contentDigest: hexDigest.optional(),
  fromCase: z.boolean().optional(),
  minutesLeft: count.optional(),
  minutes: count.optional(),
  seconds: count.optional(),
  /** The previous link's hash; GENESIS for the first. */
  prev: hexDigest,
  /** SHA-256 of the canonical JSON of every other field (timelineLinkHash). */
  hash: hexDigest,
});
export type TimelineLink = z.infer<typeof timelineLinkSchema>;
/** What is recorded: the chain's own fields (`seq`, `prev`, `hash`) are added by nextLink. */
export type TimelineEntry = Omit<TimelineLink, 'seq' | 'prev' | 'hash'>;

/** The writing timeline as it travels in a submission (format version 3), at most this many links. */
export const MAX_TIMELINE_LINKS = 50_000;
export const timelineSchema = z.array(timelineLinkSchema).max(MAX_TIMELINE_LINKS);

export const GENESIS = '0'.repeat(64);

export function timelineLinkHash(link: Omit<TimelineLink, 'hash'>): Promise<string> {
  return sha256Hex(canonicalJson(link));
}

/** The link after `previous` (undefined: the first), recording `entry`. */
export async function nextLink(
  previous: TimelineLink | undefined,
  entry: TimelineEntry,
): Promise<TimelineLink> {
  const unsealed = { ...entry, seq: previous ? previous.seq + 1 : 0, prev: previous?.hash ?? GENESIS };
  return { ...unsealed, hash: await timelineLinkHash(unsealed) };
}

/** Whether a chain holds; where it does not, the first link that breaks it (its index in `links`) and how. */
export type TimelineCheck =
  { holds: true } | { holds: false; brokenAt: number; why: 'hash' | 'prev' | 'seq' };

/**
 * Checks a chain link by link: each numbered one more than the one before, naming its hash, and hashing to what
 * it says. A changed, removed or inserted link breaks it there. An empty chain holds (an older app wrote none).
 */
export async function checkTimeline(links: readonly TimelineLink[]): Promise<TimelineCheck> {
  let previous: TimelineLink | undefined;
  for (const [index, link] of links.entries()) {
    if (link.seq !== (previous ? previous.seq + 1 : 0)) return { holds: false, brokenAt: index, why: 'seq' };
    if (link.prev !== (previous?.hash ?? GENESIS)) return { holds: false, brokenAt: index, why: 'prev' };
    const { hash, ...unsealed } = link;
    if ((await timelineLinkHash(unsealed)) !== hash) return { holds: false, brokenAt: index, why: 'hash' };
    previous = link;
  }
  return { holds: true };
}
