/**
 * A string's UTF-8 bytes are written into this buffer, reused from call to call, rather than into a new array:
 * `TextEncoder.encode` of a 100-page act's canonical JSON (1.2 million characters) took 15 ms in Chromium, and
 * `encodeInto` a fresh array of the worst-case size as long, but `encodeInto` a buffer already there 4.5 ms
 * (test/bench, December 2026). WebCrypto copies its input when `digest` is called, so the buffer is free again
 * at once. Strings needing more than SCRATCH_MAX_BYTES get a buffer of their own, so a hostile 16 MB file does not
 * leave 48 MB behind.
 */
let scratch = new Uint8Array(0);
const SCRATCH_MAX_BYTES = 8 * 1024 * 1024;

/** SHA-256 of a string's UTF-8 bytes as lowercase hex, with WebCrypto (present in Chromium, Electron and Node). */
export async function sha256Hex(text: string): Promise<string> {
  return withUtf8(text, sha256HexOfBytes);
}

/**
 * Hands `read` a string's UTF-8 bytes, written into the reused buffer: they are valid only until `read` returns, so
 * `read` copies what it keeps (WebCrypto's `digest` and `new Blob` copy their input when called).
 */
export function withUtf8<T>(text: string, read: (bytes: Uint8Array<ArrayBuffer>) => T): T {
  // UTF-8 takes at most 3 bytes per UTF-16 code unit (a surrogate pair's 4 bytes are 2 per unit).
  const maxBytes = text.length * 3;
  let buffer = scratch;
  if (maxBytes > buffer.byteLength) {
    buffer = new Uint8Array(maxBytes);
    if (maxBytes <= SCRATCH_MAX_BYTES) scratch = buffer;
  }
  const { written } = new TextEncoder().encodeInto(text, buffer);
  return read(buffer.subarray(0, written));
}

/** SHA-256 of bytes as lowercase hex. WebCrypto hashes off the main thread's JavaScript, so large files are cheap. */
export async function sha256HexOfBytes(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
