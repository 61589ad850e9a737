/** Bytes as standard base64 (with padding), the form keys, signatures and sealed bytes take in JSON files. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let at = 0; at < bytes.length; at += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return btoa(binary);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * The bytes of standard base64 text; undefined for anything else (a file's value is never trusted). Only the one
 * spelling `bytesToBase64` writes is read: `atob` ignores the unused bits of the last character before padding, so
 * `AQ==` and `AR==` would both be the byte 1, and a signed or sealed file with that character edited would still
 * check; "any changed byte is refused" needs each value to have one spelling.
 */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return undefined;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const unusedBits = padding === 2 ? 0b1111 : padding === 1 ? 0b11 : 0;
  if (ALPHABET.indexOf(text.charAt(text.length - padding - 1)) & unusedBits) return undefined;
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
    return bytes;
  } catch {
    return undefined;
  }
}
