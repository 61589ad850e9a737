const ALPHABET = new TextEncoder().encode('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
const PAD = 61; // '='

/**
 * Standard base64 (with padding) of a sealed submission's content, the same text as keys/base64.ts's bytesToBase64.
 * That one builds a binary string for btoa and took 231 ms for a 1.4 MB submission (Node 20, loaded 2-core machine,
 * December 2026), most of seal_1mb_ms's 50 ms many times over; this loop writes the ASCII bytes directly (a few ms).
 */
export function largeBytesToBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  // Indexes within bounds (the loops' own), so `?? 0` never applies: it only satisfies the type checker.
  const sextet = (triple: number, shift: number) => ALPHABET[(triple >> shift) & 63] ?? PAD;
  let at = 0;
  let index = 0;
  for (; index + 2 < bytes.length; index += 3) {
    const triple = ((bytes[index] ?? 0) << 16) | ((bytes[index + 1] ?? 0) << 8) | (bytes[index + 2] ?? 0);
    out[at++] = sextet(triple, 18);
    out[at++] = sextet(triple, 12);
    out[at++] = sextet(triple, 6);
    out[at++] = sextet(triple, 0);
  }
  const left = bytes.length - index;
  if (left > 0) {
    const triple = ((bytes[index] ?? 0) << 16) | (left === 2 ? (bytes[index + 1] ?? 0) << 8 : 0);
    out[at++] = sextet(triple, 18);
    out[at++] = sextet(triple, 12);
    out[at++] = left === 2 ? sextet(triple, 6) : PAD;
    out[at] = PAD;
  }
  return new TextDecoder().decode(out);
}

/** Each ASCII character's base64 value; 255 for a character that is not one. */
const VALUES = new Uint8Array(128).fill(255);
ALPHABET.forEach((character, value) => (VALUES[character] = value));

/**
 * The bytes of standard base64 text, as keys/base64.ts's base64ToBytes gives them (undefined for anything but
 * base64 with at most two `=` at the end), for a sealed submission's content: that one's regular expression, atob
 * and byte loop took 33 ms of a 1.9 MB text, most of what opening a sealed file adds to reading it (Node 20,
 * December 2026); this one loop a few.
 */
export function largeBase64ToBytes(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (text.length % 4 !== 0) return undefined;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  const value = (index: number) => VALUES[text.charCodeAt(index)] ?? 255;
  let at = 0;
  for (let index = 0; index < text.length; index += 4) {
    const last = index + 4 === text.length;
    const a = value(index);
    const b = value(index + 1);
    const c = last && padding === 2 ? 0 : value(index + 2);
    const d = last && padding > 0 ? 0 : value(index + 3);
    if ((a | b | c | d) > 63) return undefined;
    const triple = (a << 18) | (b << 12) | (c << 6) | d;
    bytes[at++] = triple >> 16;
    if (at < bytes.length) bytes[at++] = (triple >> 8) & 255;
    if (at < bytes.length) bytes[at++] = triple & 255;
  }
  return bytes;
}
