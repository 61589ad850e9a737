import { base32, grouped } from './base32';
import { sha256Bytes } from './digest';

/**
 * A submission's receipt: the first 50 bits of SHA-256 over the file's bytes, as 10 base32 characters
 * (`K7Q2M-9XD4H`). The trainee's app shows it when the file is saved and keeps it; the trainer's app shows it when
 * the file is imported. The same code on both sides means the trainer has exactly the file the trainee handed in.
 */
export async function receiptCode(fileBytes: Uint8Array): Promise<string> {
  return grouped(base32(await sha256Bytes(fileBytes), 10), 5);
}
