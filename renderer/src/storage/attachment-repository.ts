import type { CaseDraftDatabase } from './database';
import type { AttachmentRecord } from './records';

/** An attachment ready to display: a Blob for object URLs, or to read back as bytes for pdf.js. */
export type Attachment = AttachmentRecord;

/** The stored PDF or image with this SHA-256, or undefined when no pack holds it (any more). */
export async function readAttachment(db: CaseDraftDatabase, sha256: string): Promise<Attachment | undefined> {
  return db.attachments.get(sha256);
}
