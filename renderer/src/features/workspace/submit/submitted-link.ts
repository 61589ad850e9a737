import { nextLink, type TimelineLink } from '../../../domain/timeline/timeline';
import type { CaseDraftDatabase } from '../../../storage/database';
import { appendTimeline, listTimeline } from '../../../storage/timeline-repository';

/** The draft's timeline as a submission carries it: every link so far and the `submitted` link of this file. */
export interface SubmittedTimeline {
  links: TimelineLink[];
  submitted: TimelineLink;
}

/**
 * The timeline with the `submitted` link made but not yet stored: the file carries it, and it is stored only once
 * the file is saved (keepSubmittedLink), so a cancelled save dialog leaves no hand-in in the record.
 */
export async function timelineWithSubmission(
  db: CaseDraftDatabase,
  draftKey: string,
  now: Date,
): Promise<SubmittedTimeline> {
  const links = await listTimeline(db, draftKey);
  const submitted = await nextLink(links.at(-1), { kind: 'submitted', at: now.toISOString() });
  return { links: [...links, submitted], submitted };
}

/**
 * Stores the `submitted` link the saved file carries, so the draft's chain and the file's agree. If another link
 * was appended meanwhile (the autosave of a second window), this one no longer follows the last: a `submitted`
 * link is then appended after it, so the hand-in is still recorded, in order.
 */
export async function keepSubmittedLink(
  db: CaseDraftDatabase,
  draftKey: string,
  { submitted }: SubmittedTimeline,
): Promise<void> {
  try {
    await db.timeline.add({ ...submitted, draftKey });
  } catch (error) {
    if (!(error instanceof Error && error.name === 'ConstraintError')) throw error;
    await appendTimeline(db, draftKey, { kind: 'submitted', at: submitted.at });
  }
}
