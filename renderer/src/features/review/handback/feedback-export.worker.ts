import { deflateFile } from '../../../domain/feedback/feedback-zip';
import { writeInThread } from '../../../domain/feedback/feedback-writer';
import type { FeedbackExportRequest, FeedbackExportResponse } from './feedback-export-protocol';

/**
 * Writes a cohort's feedback files (reading the submission's Blob, building, sealing, encoding) and deflates them
 * off the page's thread (feedback-export-client.ts): the page only reads the database and adds each file to the zip.
 */
addEventListener('message', (event: MessageEvent<FeedbackExportRequest>) => {
  const request = event.data;
  const { id } = request;
  const done =
    'write' in request
      ? writeInThread(request.write).then((written) =>
          reply({ id, written }, [written.buffer as ArrayBuffer]),
        )
      : deflateFile(request.deflate).then((deflated) =>
          reply({ id, deflated }, [deflated.deflated.buffer as ArrayBuffer]),
        );
  done.catch((error: unknown) => reply({ id, error: String(error) }));
});

function reply(response: FeedbackExportResponse, transfer: Transferable[] = []): void {
  postMessage(response, { transfer });
}
