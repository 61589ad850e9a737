import { z } from 'zod';
import { base32, grouped, normalizeCode } from './base32';
import { base64ToBytes, bytesToBase64 } from './base64';
import { utf8 } from './digest';

/**
 * How a pack checks a code the trainer tells the room or types on a trainee's computer (an exam's start code, the
 * extra-time code) without holding it: PBKDF2-SHA-256 of the code with a salt and the case it is for. Some 100 ms
 * per guess in Chromium (research §4.1), so guessing an 8-character code during an exam is out of reach.
 */
export const codeCheckSchema = z.strictObject({
  salt: z.string().regex(/^[A-Za-z0-9+/]{22}==$/),
  iterations: z.number().int().min(100_000).max(5_000_000),
  digest: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
});
export type CodeCheck = z.infer<typeof codeCheckSchema>;

const ITERATIONS = 600_000;

/** A fresh random code of `length` base32 characters, grouped by four (`K7Q2-M9XD`). */
export function newCode(length = 8): string {
  return grouped(base32(crypto.getRandomValues(new Uint8Array(length)), length), 4);
}

/** The check of `code` for `purpose` (for example `start/<packId>/<caseId>`), to put in a pack. */
export async function makeCodeCheck(
  code: string,
  purpose: string,
  iterations = ITERATIONS,
): Promise<CodeCheck> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { salt: bytesToBase64(salt), iterations, digest: await derive(code, purpose, salt, iterations) };
}

/** Whether the code a person typed is the one `check` was made of (case, spaces, dashes and O/0, I/1 aside). */
export async function codeMatches(typed: string, check: CodeCheck, purpose: string): Promise<boolean> {
  const salt = base64ToBytes(check.salt);
  if (!salt) return false;
  return (await derive(typed, purpose, salt, check.iterations)) === check.digest;
}

async function derive(code: string, purpose: string, salt: Uint8Array, iterations: number): Promise<string> {
  const material = await crypto.subtle.importKey(
    'raw',
    utf8(`${purpose}\n${normalizeCode(code)}`),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
    material,
    256,
  );
  return bytesToBase64(new Uint8Array(bits));
}
