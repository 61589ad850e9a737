import { writeFeedback, type FeedbackInput } from './feedback';

/** What a feedback file is written from: the submission as stored (its text, or the Blob holding it), and the rest. */
export interface FeedbackSource {
  submission: string | Blob;
  input: Omit<FeedbackInput, 'submissionText'>;
}

/** Writes one feedback file: writeInThread, or a worker doing the same (the cohort export's workers). */
export type FeedbackWriter = (source: FeedbackSource) => Promise<Uint8Array>;

/** Reads the submission and writes its feedback file (writeFeedback) in this thread. */
export async function writeInThread({ submission, input }: FeedbackSource): Promise<Uint8Array> {
  const submissionText = typeof submission === 'string' ? submission : await submission.text();
  return writeFeedback({ ...input, submissionText });
}
