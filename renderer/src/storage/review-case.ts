import { mostNamedCase, type SubmissionCaseRef } from '../domain/review/case-refs';
import type { CaseDraftDatabase } from './database';
import { caseKey } from './records';

/**
 * The case to review, found from the submissions alone: the one most of them name, if the library holds it.
 * - `noSubmissions`: no file names a case;
 * - `packNotInLibrary`: import the pack (`packId`) first;
 * - `otherPackVersion`: the library holds the pack at `libraryVersion`, the submissions were written on
 *   `packVersion`, and a review is of the version the submissions were written on;
 * - `caseNotInPack`: the pack here has no such case.
 * `otherCases` counts the submissions naming some other case: the import will refuse those, one by one.
 */
export type FindReviewCaseResult =
  | { ok: true; ref: SubmissionCaseRef; submissions: number; otherCases: number }
  | { ok: false; reason: 'noSubmissions' }
  | { ok: false; reason: 'packNotInLibrary' | 'caseNotInPack'; ref: SubmissionCaseRef }
  | { ok: false; reason: 'otherPackVersion'; ref: SubmissionCaseRef; libraryVersion: number };

export async function findReviewCase(
  db: CaseDraftDatabase,
  refs: readonly SubmissionCaseRef[],
): Promise<FindReviewCaseResult> {
  const named = mostNamedCase(refs);
  if (!named) return { ok: false, reason: 'noSubmissions' };
  const { ref } = named;
  const pack = await db.packs.get(ref.packId);
  if (!pack) return { ok: false, reason: 'packNotInLibrary', ref };
  if (pack.version !== ref.packVersion) {
    return { ok: false, reason: 'otherPackVersion', ref, libraryVersion: pack.version };
  }
  const stored = await db.cases.get(caseKey(ref.packId, ref.caseId));
  if (!stored || stored.packVersion !== pack.version) return { ok: false, reason: 'caseNotInPack', ref };
  return { ok: true, ref, submissions: named.count, otherCases: refs.length - named.count };
}
