import type { SubmissionHeader } from '../submission/submission';
import { writeFeedback, writeFeedbackOfBytes, type FeedbackInput } from './feedback';

/** What a feedback file is written from: the submission as stored (its text, or the Blob holding it), and the rest. */
export interface FeedbackSource {
  submission: string | Blob;
  /** Stored beside a Blob since the field exists: the Blob's bytes then go into the file neither decoded nor parsed. */
  header?: SubmissionHeader;
  input: Omit<FeedbackInput, 'submissionText'>;
}

/** Writes one feedback file: writeInThread, or a worker doing the same (the cohort export's workers). */
export type FeedbackWriter = (source: FeedbackSource) => Promise<Uint8Array>;

/** Reads the submission and writes its feedback file (writeFeedback or writeFeedbackOfBytes) in this thread. */
export async function writeInThread({ submission, header, input }: FeedbackSource): Promise<Uint8Array> {
  if (typeof submission === 'string') return writeFeedback({ ...input, submissionText: submission });
  if (!header) return writeFeedback({ ...input, submissionText: await submission.text() });
  const submissionBytes = new Uint8Array(await submission.arrayBuffer());
  return writeFeedbackOfBytes({ ...input, submissionBytes, header });
}
