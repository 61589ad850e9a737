import { namedCases, type NamedCase, type SubmissionCaseRef } from '../domain/review/case-refs';
import type { CaseDraftDatabase } from './database';
import { caseKey } from './records';

/**
 * Whether a case named by submissions can be reviewed:
 * - `packNotInLibrary`: import the pack (`packId`) first;
 * - `otherPackVersion`: the library holds the pack at `libraryVersion`, the submissions were written on
 *   `packVersion`, and a review is of the version the submissions were written on;
 * - `caseNotInPack`: the pack here has no such case.
 */
export type FindReviewCaseResult =
  | { ok: true; ref: SubmissionCaseRef }
  | { ok: false; reason: 'packNotInLibrary' | 'caseNotInPack'; ref: SubmissionCaseRef }
  | { ok: false; reason: 'otherPackVersion'; ref: SubmissionCaseRef; libraryVersion: number };

export async function findReviewCase(
  db: CaseDraftDatabase,
  ref: SubmissionCaseRef,
): Promise<FindReviewCaseResult> {
  const pack = await db.packs.get(ref.packId);
  if (!pack) return { ok: false, reason: 'packNotInLibrary', ref };
  if (pack.version !== ref.packVersion) {
    return { ok: false, reason: 'otherPackVersion', ref, libraryVersion: pack.version };
  }
  const stored = await db.cases.get(caseKey(ref.packId, ref.caseId));
  if (!stored || stored.packVersion !== pack.version) return { ok: false, reason: 'caseNotInPack', ref };
  return { ok: true, ref };
}

/** A case the submissions name, with its and its pack's titles when the library holds that very version. */
export interface NamedCaseChoice extends NamedCase {
  caseTitle?: string;
  caseLanguage?: string;
  packTitle?: string;
}

/**
 * The cases the submissions name, the most named first, as a trainer chooses among them when the files are for
 * more than one: each with its count, and named by its titles where the library has them (by its ids otherwise).
 */
export async function listNamedCases(
  db: CaseDraftDatabase,
  refs: readonly SubmissionCaseRef[],
): Promise<NamedCaseChoice[]> {
  return Promise.all(
    namedCases(refs).map(async (named): Promise<NamedCaseChoice> => {
      const { packId, packVersion, caseId } = named.ref;
      const pack = await db.packs.get(packId);
      if (pack?.version !== packVersion) return named;
      const stored = await db.cases.get(caseKey(packId, caseId));
      return {
        ...named,
        packTitle: pack.title,
        ...(stored?.packVersion === packVersion && {
          caseTitle: stored.title,
          caseLanguage: stored.language,
        }),
      };
    }),
  );
}
