import { findActTemplate, isBuiltInTemplate } from '../domain/act/templates';
import { newAnonymitySecret } from '../domain/review/anonymous-code';
import type { ReviewTarget } from '../domain/review/review-match';
import type { Submission } from '../domain/submission/submission';
import type { CaseDraftDatabase } from './database';
import { resolveActTemplate } from './pack-repository';
import { caseKey, reviewKey, type ReviewRecord, type ReviewSubmissionRecord } from './records';

/** Why a review could not be started: the pack or its case is not in the library, or the case's act type unknown. */
export type StartReviewProblem = 'packNotFound' | 'caseNotFound' | 'unknownActType';

/** `existed`: the review had been started before, and is given back as it is. */
export type StartReviewResult =
  { ok: true; review: ReviewRecord; existed: boolean } | { ok: false; reason: StartReviewProblem };

/**
 * Starts the review of a case of a pack in the library, at the pack version stored now, with the case copied in.
 * A review of that case and version already started is returned as it is (never replaced: it may hold marks).
 */
export async function startReview(
  db: CaseDraftDatabase,
  packId: string,
  caseId: string,
  now = new Date(),
): Promise<StartReviewResult> {
  const secret = newAnonymitySecret();
  return db.transaction('rw', [db.packs, db.cases, db.reviews], async (): Promise<StartReviewResult> => {
    const pack = await db.packs.get(packId);
    if (!pack) return { ok: false, reason: 'packNotFound' };
    const stored = await db.cases.get(caseKey(packId, caseId));
    if (!stored || stored.packVersion !== pack.version) return { ok: false, reason: 'caseNotFound' };
    const key = reviewKey(packId, caseId, pack.version);
    const existing = await db.reviews.get(key);
    if (existing) return { ok: true, review: existing, existed: true };
    const template = await resolveActTemplate(db, packId, stored.actType);
    if (!template) return { ok: false, reason: 'unknownActType' };
    const { key: _key, packId: _packId, packVersion: _version, order: _order, ...packCase } = stored;
    const review: ReviewRecord = {
      key,
      packId,
      packVersion: pack.version,
      packTitle: pack.title,
      caseId,
      case: packCase,
      ...(!isBuiltInTemplate(template) && { template }),
      anonymitySecret: secret,
      createdAt: now.toISOString(),
    };
    await db.reviews.add(review);
    return { ok: true, review, existed: false };
  });
}

export async function findReview(db: CaseDraftDatabase, key: string): Promise<ReviewRecord | undefined> {
  return db.reviews.get(key);
}

/** Every review, the most recently started first. */
export async function listReviews(db: CaseDraftDatabase): Promise<ReviewRecord[]> {
  const reviews = await db.reviews.toArray();
  return reviews.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** What a submission is checked against to belong to the review; undefined if its act type is unknown to the app. */
export function reviewTarget(review: ReviewRecord): ReviewTarget | undefined {
  const template = review.template ?? findActTemplate(review.case.actType);
  if (!template) return undefined;
  return {
    packId: review.packId,
    packVersion: review.packVersion,
    caseId: review.caseId,
    actType: review.case.actType,
    template,
  };
}

/** A row of the queue: a participant's newest submission, and how many versions of theirs are stored in all. */
export interface QueueEntry extends ReviewSubmissionRecord {
  versions: number;
  /** The digest of the version they sent just before it, if any: the queue's way to the earlier versions. */
  previousVersion?: string;
}

/**
 * The queue of a review: for each participant, the submission the trainer marks (their newest, by export time; the
 * later import on a tie), with how many versions they sent. Unsorted: the screen sorts and filters.
 */
export async function listQueue(db: CaseDraftDatabase, key: string): Promise<QueueEntry[]> {
  const byParticipant = new Map<string, ReviewSubmissionRecord[]>();
  for (const record of await db.reviewSubmissions.where('reviewKey').equals(key).toArray()) {
    const versions = byParticipant.get(record.participantKey);
    if (versions) versions.push(record);
    else byParticipant.set(record.participantKey, [record]);
  }
  return [...byParticipant.values()].flatMap((versions) => {
    const [shown, previous] = versions.sort(newestFirst);
    return shown
      ? [{ ...shown, versions: versions.length, ...(previous && { previousVersion: previous.digest }) }]
      : [];
  });
}

/** Every version one participant sent for a review, newest first: the earlier ones stay reachable. */
export async function listParticipantVersions(
  db: CaseDraftDatabase,
  key: string,
  participantKey: string,
): Promise<ReviewSubmissionRecord[]> {
  const records = await db.reviewSubmissions
    .where('[reviewKey+participantKey]')
    .equals([key, participantKey])
    .toArray();
  return records.sort(newestFirst);
}

function newestFirst(a: ReviewSubmissionRecord, b: ReviewSubmissionRecord): number {
  return isNewer(a, b) ? -1 : isNewer(b, a) ? 1 : 0;
}

/** Whether a submission is a later version than another: exported later, or on the same instant imported later. */
export function isNewer(a: ReviewSubmissionRecord, b: ReviewSubmissionRecord): boolean {
  const exported = Date.parse(a.exportedAt) - Date.parse(b.exportedAt);
  return exported !== 0 ? exported > 0 : a.importedAt > b.importedAt;
}

/** The stored submission (as validated at import), to open for marking; undefined if there is none. */
export async function readReviewSubmission(
  db: CaseDraftDatabase,
  digest: string,
): Promise<Submission | undefined> {
  const content = await db.reviewSubmissionContents.get(digest);
  if (!content) return undefined;
  const { submissionJson } = content;
  const text = typeof submissionJson === 'string' ? submissionJson : await submissionJson.text();
  return JSON.parse(text) as Submission;
}
