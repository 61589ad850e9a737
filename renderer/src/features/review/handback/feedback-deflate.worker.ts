import { deflateFile } from '../../../domain/feedback/feedback-zip';
import type { FeedbackDeflateRequest, FeedbackDeflateResponse } from './feedback-deflate-protocol';

/**
 * Deflates a cohort's feedback files and takes their CRC-32 off the page's thread (feedback-deflate-client.ts), so
 * the page only builds each file while the one before is compressed.
 */
addEventListener('message', (event: MessageEvent<FeedbackDeflateRequest>) => {
  const { id, bytes } = event.data;
  deflateFile(bytes).then(
    (file) => reply({ id, file }, [file.deflated.buffer as ArrayBuffer]),
    (error: unknown) => reply({ id, error: String(error) }),
  );
});

function reply(response: FeedbackDeflateResponse, transfer: Transferable[] = []): void {
  postMessage(response, { transfer });
}
