/**
 * Crockford's base32 alphabet: digits and capitals without I, L, O and U, so a code read aloud or copied by hand
 * from a projector is not misread (0/O, 1/I/L).
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The first `length` base32 characters of `bytes` (5 bits each). */
export function base32(bytes: Uint8Array, length: number): string {
  let text = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5 && text.length < length) {
      text += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
    if (text.length >= length) break;
  }
  return text;
}

/** `ABCDEFGHJK` → `ABCDE-FGHJK`: groups of `size`, as a person copies them. */
export function grouped(code: string, size: number): string {
  return code.match(new RegExp(`.{1,${size}}`, 'g'))?.join('-') ?? '';
}

/**
 * A code as typed made comparable: case, spaces and dashes ignored, and the letters Crockford's alphabet leaves out
 * read as the digits they look like (O → 0, I and L → 1).
 */
export function normalizeCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}
