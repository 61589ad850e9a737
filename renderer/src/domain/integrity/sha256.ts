/** SHA-256 of a string's UTF-8 bytes as lowercase hex, with WebCrypto (present in Chromium, Electron and Node). */
export async function sha256Hex(text: string): Promise<string> {
  return sha256HexOfBytes(new TextEncoder().encode(text));
}

/** SHA-256 of bytes as lowercase hex. WebCrypto hashes off the main thread's JavaScript, so large files are cheap. */
export async function sha256HexOfBytes(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
