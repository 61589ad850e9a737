import type { DeflatedFile } from '../../../domain/feedback/feedback-zip';

/** One feedback file for the deflate worker; its bytes are transferred, not copied. */
export interface FeedbackDeflateRequest {
  id: number;
  bytes: Uint8Array;
}

/** The worker's answer: the file deflated (its bytes transferred back), or what went wrong. */
export type FeedbackDeflateResponse = { id: number; file: DeflatedFile } | { id: number; error: string };
