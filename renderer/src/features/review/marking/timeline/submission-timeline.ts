import { parseActDocument } from '../../../../domain/act/document';
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
  // The trainee's app digests the draft's JSON as ProseMirror writes it (`doc.toJSON()`: its own key order), but the
  // import stores a submission as canonical JSON (keys sorted): the act is parsed and written again as the editor
  // writes it, so the same act gives the same digest.
  let documentJson: string;
  try {
    documentJson = JSON.stringify(parseActDocument(document).toJSON());
  } catch {
    return { state: 'damaged' };
  }
  return {
    state: 'present',
    links: parsed.data,
    actDigest: await draftContentDigest(documentJson, worksheet),
  };
}
