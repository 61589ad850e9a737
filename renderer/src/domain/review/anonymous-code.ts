/**
 * Anonymous codes: what a trainer sees instead of a participant's name until they reveal names on purpose.
 *
 * A code is derived, not numbered. Numbering participants in import order (У-01, У-02…) would leak: files are
 * usually picked in the order a file manager lists them, and a submission's file name starts with the
 * participant's name, so У-01 would most likely be the first name in the alphabet. A derived code has no order.
 * It is keyed (HMAC-SHA-256 with a random secret kept with the review), not a plain hash of the name: with a plain
 * hash anyone holding the list of trainees could compute every code and undo the anonymity of a projected act or
 * an exported file. The same name in the same review always gives the same code, so a second import of the cohort,
 * or a participant's later version, keeps the code the trainer has already met.
 */

/** Letters and digits that cannot be misread for one another (no 0/O, 1/I): 32 of them, 5 bits a character. */
const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
/** 25 bits: two of 150 participants share a code about once in 3,000 reviews, and then the code grows. */
export const ANONYMOUS_CODE_LENGTH = 5;

/** A new review's secret: 128 random bits as hex. */
export function newAnonymitySecret(): string {
  return toHex(crypto.getRandomValues(new Uint8Array(16)));
}

/**
 * How a participant is told apart from another within a review: their name as written, with Unicode, spacing and
 * case made uniform, so «Асель  Нурланова» and «асель нурланова» are one person.
 */
export function participantKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('ru');
}

/**
 * Every character the code of this participant may take, in order: the code is its first ANONYMOUS_CODE_LENGTH
 * characters, or more when another participant of the review already has those (see codeNotTaken). 51 characters,
 * from the HMAC's first 255 bits.
 */
export async function anonymousCodeCharacters(secret: string, participant: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    fromHex(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(
    await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(participantKey(participant))),
  );
  let code = '';
  for (let bit = 0; bit + 5 <= mac.length * 8; bit += 5) code += CODE_ALPHABET[readBits(mac, bit, 5)];
  return code;
}

/**
 * The shortest prefix of a participant's code characters (at least ANONYMOUS_CODE_LENGTH long) that no other
 * participant of the review holds. Deterministic: it depends only on the characters and on the codes taken.
 */
export function codeNotTaken(characters: string, taken: ReadonlySet<string>): string {
  for (let length = ANONYMOUS_CODE_LENGTH; length <= characters.length; length++) {
    const code = characters.slice(0, length);
    if (!taken.has(code)) return code;
  }
  // 51 characters shared with another participant means the same HMAC, that is the same name.
  return characters;
}

function readBits(bytes: Uint8Array, start: number, count: number): number {
  let value = 0;
  for (let bit = start; bit < start + count; bit++) {
    value = (value << 1) | (((bytes[bit >> 3] ?? 0) >> (7 - (bit & 7))) & 1);
  }
  return value;
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2);
  for (let index = 0; index < bytes.length; index++) {
    bytes[index] = Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16);
  }
  return bytes;
}
