import { nextLink, type TimelineEntry, type TimelineLink } from '../domain/timeline/timeline';
import type { CaseDraftDatabase } from './database';

/**
 * Appends `entry` to the draft's writing timeline and returns the new link. The hash is made outside any transaction
 * (WebCrypto's promise would end an IndexedDB transaction), so two windows may reach for the same number: `add`
 * then refuses the second, which takes the new last link and tries again.
 */
export async function appendTimeline(
  db: CaseDraftDatabase,
  draftKey: string,
  entry: TimelineEntry,
): Promise<TimelineLink> {
  for (let attempt = 0; ; attempt++) {
    const link = await nextLink(await lastLink(db, draftKey), entry);
    try {
      await db.timeline.add({ ...link, draftKey });
      return link;
    } catch (error) {
      if (!(error instanceof Error && error.name === 'ConstraintError') || attempt >= 5) throw error;
    }
  }
}

/** The draft's last link; undefined before the first. */
export async function lastLink(db: CaseDraftDatabase, draftKey: string): Promise<TimelineLink | undefined> {
  const record = await db.timeline
    .where('[draftKey+seq]')
    .between([draftKey, 0], [draftKey, Infinity])
    .last();
  return record && withoutKey(record);
}

/** The draft's whole timeline, first link first. */
export async function listTimeline(db: CaseDraftDatabase, draftKey: string): Promise<TimelineLink[]> {
  const records = await db.timeline
    .where('[draftKey+seq]')
    .between([draftKey, 0], [draftKey, Infinity])
    .toArray();
  return records.map(withoutKey);
}

function withoutKey({ draftKey: _draftKey, ...link }: TimelineLink & { draftKey: string }): TimelineLink {
  return link;
}
