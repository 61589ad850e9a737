import type { PassageHighlight } from '../../editor/core/passage-highlights';

/** A passage highlighted for the class, kept while the screen is open: its place in the part shown, and its text. */
export interface SessionHighlight extends PassageHighlight {
  quote: string;
}

/** The session's highlights, per work and part (positions are within the part shown alone). */
export type SessionHighlights = ReadonlyMap<string, readonly SessionHighlight[]>;

const NONE: readonly SessionHighlight[] = [];

function key(digest: string, partId: string): string {
  return `${digest}\n${partId}`;
}

export function highlightsOf(
  all: SessionHighlights,
  digest: string,
  partId: string,
): readonly SessionHighlight[] {
  return all.get(key(digest, partId)) ?? NONE;
}

/** With one more passage highlighted; the same passage twice is kept once. */
export function withHighlight(
  all: SessionHighlights,
  digest: string,
  partId: string,
  passage: Omit<SessionHighlight, 'id'>,
): SessionHighlights {
  const current = highlightsOf(all, digest, partId);
  if (current.some(({ from, to }) => from === passage.from && to === passage.to)) return all;
  const next = new Map(all);
  next.set(key(digest, partId), [...current, { ...passage, id: `${passage.from}-${passage.to}` }]);
  return next;
}

/** Without the highlights of one work's part. */
export function withoutHighlights(all: SessionHighlights, digest: string, partId: string): SessionHighlights {
  const next = new Map(all);
  next.delete(key(digest, partId));
  return next;
}
