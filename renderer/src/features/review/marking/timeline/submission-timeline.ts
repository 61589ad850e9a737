import { draftContentDigest } from '../../../../domain/timeline/content-digest';
import { timelineSchema, type TimelineLink } from '../../../../domain/timeline/timeline';
import type { Worksheet } from '../../../../domain/worksheet/worksheet';

/** The timeline a submission carries, as the marking screen reads it from the stored submission. */
export type SubmissionTimeline =
  | { state: 'none' }
  | { state: 'damaged' }
  | {
      state: 'present';
      links: TimelineLink[];
      /** The digest a save of the act handed in would carry (draftContentDigest), to match the last save to it. */
      actDigest: string;
    };

/**
 * Reads `timeline` from a stored submission's JSON. Submissions before format 3 have none. It is read here, field
 * by field, rather than from the submission's type: the import checked it, but a record written otherwise must
 * still show as damaged, never throw.
 */
export async function readSubmissionTimeline(submission: unknown): Promise<SubmissionTimeline> {
  if (typeof submission !== 'object' || submission === null) return { state: 'none' };
  const { timeline, document, worksheet } = submission as {
    timeline?: unknown;
    document?: unknown;
    worksheet?: Worksheet;
  };
  if (timeline === undefined) return { state: 'none' };
  const parsed = timelineSchema.safeParse(timeline);
  if (!parsed.success) return { state: 'damaged' };
  // The submission's document is the saved document's JSON parsed: stringified again it is the same text.
  return {
    state: 'present',
    links: parsed.data,
    actDigest: await draftContentDigest(JSON.stringify(document), worksheet),
  };
}
