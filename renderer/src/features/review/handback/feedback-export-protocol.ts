import type { DeflatedFile } from '../../../domain/feedback/feedback-zip';
import type { FeedbackSource } from '../../../domain/feedback/feedback-writer';

/** One task for the feedback export worker: write a file (writeFeedback), or deflate one (its bytes transferred). */
export type FeedbackExportRequest =
  { id: number; write: FeedbackSource } | { id: number; deflate: Uint8Array };

/** The worker's answer, its bytes transferred back; or what went wrong. */
export type FeedbackExportResponse =
  | { id: number; written: Uint8Array }
  | { id: number; deflated: DeflatedFile }
  | { id: number; error: string };
