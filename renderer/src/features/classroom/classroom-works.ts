import type { Node as ProseMirrorNode } from 'prosemirror-model';
import type { CaseDraftDatabase } from '../../storage/database';
import { listQueue } from '../../storage/review-repository';

/** A work as classroom mode knows it: its digest and its participant's anonymous code, never a name. */
export interface ClassroomWork {
  digest: string;
  code: string;
  /** Its place on the trainer's shortlist, when it is on it. */
  shortlistIndex?: number;
}

/**
 * The works classroom mode offers: the shortlisted first, in the order the trainer chose them (an earlier version
 * shortlisted from the marking screen included), then every other participant's newest work by code. Codes have no
 * order of their own (domain/review/anonymous-code.ts), so the list's order says nothing of names or of the order
 * files were imported in. The records read hold names; only digests and codes leave this function.
 */
export async function readClassroomWorks(db: CaseDraftDatabase, reviewKey: string): Promise<ClassroomWork[]> {
  const [review, queue] = await Promise.all([db.reviews.get(reviewKey), listQueue(db, reviewKey)]);
  const codes = new Map(queue.map((entry) => [entry.digest, entry.anonymousCode]));
  const shortlist = review?.shortlist ?? [];
  const notQueued = shortlist.filter((digest) => !codes.has(digest));
  for (const record of await db.reviewSubmissions.bulkGet(notQueued))
    if (record?.reviewKey === reviewKey) codes.set(record.digest, record.anonymousCode);

  const shortlisted = shortlist
    .filter((digest) => codes.has(digest))
    .map((digest, shortlistIndex) => ({ digest, code: codes.get(digest) ?? '', shortlistIndex }));
  const listed = new Set(shortlist);
  const others = queue
    .filter((entry) => !listed.has(entry.digest))
    .map((entry) => ({ digest: entry.digest, code: entry.anonymousCode }))
    .sort((a, b) => a.code.localeCompare(b.code));
  return [...shortlisted, ...others];
}

/**
 * How a work is named to the class: a shortlisted one by a letter of `letters` (the interface language's
 * alphabet), easier to say aloud than a code; beyond the last letter, and off the shortlist, by its code.
 */
export function workLabel(work: ClassroomWork, letters: string): string {
  const letter = work.shortlistIndex === undefined ? undefined : [...letters][work.shortlistIndex];
  return letter ?? work.code;
}

/** The act reduced to one of its parts (its attributes kept, so numbering shows as in the whole act). */
export function actPart(act: ProseMirrorNode, partId: string): ProseMirrorNode | undefined {
  let part: ProseMirrorNode | undefined;
  act.forEach((child) => {
    if (child.attrs.id === partId) part = child;
  });
  return part && act.type.create(act.attrs, part);
}
