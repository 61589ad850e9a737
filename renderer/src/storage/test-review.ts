import type { ReadCohortFile } from '../domain/review/cohort-files';
import { readPackOf, validPack } from '../domain/pack/test-pack';
import { encodeSubmission, sealSubmission, type SubmissionContent } from '../domain/submission/submission';
import { validSubmissionContent } from '../domain/submission/test-submission';
import type { CaseDraftDatabase } from './database';
import { importPack } from './pack-repository';
import type { ReviewRecord } from './records';
import { startReview } from './review-repository';

/** The test pack (validPack) in the library, and a review of its one case. */
export async function startTestReview(db: CaseDraftDatabase): Promise<ReviewRecord> {
  await importPack(db, await readPackOf(validPack()));
  const started = await startReview(db, 'test-pack', 'case-one');
  if (!started.ok) throw new Error(`test review not started: ${started.reason}`);
  return started.review;
}

/** A submission for the test review's case, changed as a test needs, sealed, as a file. */
export async function submissionFile(
  name: string,
  change: (content: SubmissionContent) => SubmissionContent = (content) => content,
): Promise<ReadCohortFile> {
  const content = validSubmissionContent();
  const forTestCase: SubmissionContent = {
    ...content,
    pack: { ...content.pack, id: 'test-pack', version: 1 },
    case: { ...content.case, id: 'case-one' },
  };
  return { name, bytes: encodeSubmission(await sealSubmission(change(forTestCase))) };
}

/** A participant's submission exported at `exportedAt`. */
export function byParticipant(participant: string, exportedAt = '2026-11-20T12:30:00.000Z') {
  return (content: SubmissionContent): SubmissionContent => ({
    ...content,
    participant: { name: participant },
    exportedAt,
  });
}
