import { z } from 'zod';
import { base64ToBytes, bytesToBase64 } from '../keys/base64';
import { utf8 } from '../keys/digest';
import { fingerprintOf, type PublicIdentity, type TrainerIdentity } from '../keys/identity';
import { openSealed, sealBytes, sealedRecipientSchema } from '../keys/seal';
import { largeBase64ToBytes, largeBytesToBase64 } from './base64-large';
import { canonicalJson } from '../integrity/canonical-json';
import { CONTENT_LANGUAGES } from '../language';
import { parseGuardedJson } from '../text/json-shape';
import {
  checkSubmissionJson,
  encodeSubmission,
  readSubmission,
  refused,
  SUBMISSION_LIMITS,
  type SubmissionCheck,
} from './submission';
import { SUBMISSION_FORMAT } from './submission-v1';
import type { SubmissionV3 } from './submission-v3';

const fingerprint = z.string().regex(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

/**
 * What a sealed file says in clear: enough to sort a folder of files by case, never who wrote it. Authenticated
 * with the content (the AAD), so changing it makes the file refused.
 */
export const sealedHeaderSchema = z.strictObject({
  packId: z.string().min(1).max(64),
  packVersion: z.number().int().positive(),
  caseId: z.string().min(1).max(64),
  language: z.enum(CONTENT_LANGUAGES),
  createdAt: z.iso.datetime({ offset: true }),
  /** The fingerprints of the trainers it is sealed to, in the order of `recipients`. */
  sealedTo: z.array(fingerprint).min(1).max(10),
});
export type SealedHeader = z.infer<typeof sealedHeaderSchema>;

/** Submission format version 3, sealed: the inner submission (submission-v3.ts) encrypted to the pack's trainers. */
export const sealedSubmissionSchema = z.strictObject({
  format: z.literal(SUBMISSION_FORMAT),
  formatVersion: z.literal(3),
  sealed: z.strictObject({
    header: sealedHeaderSchema,
    recipients: z.array(sealedRecipientSchema).min(1).max(10),
    iv: z.string().regex(/^[A-Za-z0-9+/]{16}$/),
    /** AES-256-GCM ciphertext of the inner file's bytes, base64 (checked when decoded). */
    ciphertext: z.string().min(24),
  }),
});

/** The bytes the header is authenticated as: its canonical JSON in UTF-8. */
const headerAad = (header: SealedHeader) => utf8(canonicalJson(header));

/**
 * A v3 submission sealed to `trainers` (at least one): the file's bytes are the canonical JSON of its values, so
 * that no byte of it can change without the file being refused (openSubmissionFile). Also returns the inner bytes,
 * which the trainee's app checks with the trainer's reader before offering the file.
 */
export async function sealSubmissionFile(
  submission: SubmissionV3,
  trainers: readonly PublicIdentity[],
): Promise<{ bytes: Uint8Array<ArrayBuffer>; inner: Uint8Array; sealedTo: string[] }> {
  const inner = encodeSubmission(submission);
  const header: SealedHeader = {
    packId: submission.pack.id,
    packVersion: submission.pack.version,
    caseId: submission.case.id,
    language: submission.case.language,
    createdAt: submission.exportedAt,
    sealedTo: await Promise.all(trainers.map(fingerprintOf)),
  };
  const sealed = await sealBytes(inner, trainers, headerAad(header));
  const file = {
    format: SUBMISSION_FORMAT,
    formatVersion: 3,
    sealed: {
      header,
      recipients: sealed.recipients,
      iv: sealed.iv,
      ciphertext: largeBytesToBase64(sealed.ciphertext),
    },
  };
  return { bytes: utf8(canonicalJson(file)), inner, sealedTo: header.sealedTo };
}

/** What openSubmissionFile adds to readSubmission's answer: the fingerprints a sealed file was sealed to. */
export type OpenedSubmission = SubmissionCheck & { sealedTo?: string[] };

/**
 * Reads any submission file: a plain one (versions 1-3) as readSubmission does, parsed once; a sealed one opened
 * with whichever of `identities` it is sealed to, then read as its inner plain file. A sealed file is refused when
 * no trainer key is on this computer (`noTrainerKey`), when it is sealed to other trainers (`sealedForOtherTrainer`,
 * naming their fingerprints), and when any of its bytes changed (`sealedChanged`). Never throws.
 */
export async function openSubmissionFile(
  bytes: Uint8Array,
  identities: readonly TrainerIdentity[],
): Promise<OpenedSubmission> {
  if (bytes.byteLength > SUBMISSION_LIMITS.maxFileBytes) {
    return refused('tooLarge', `${bytes.byteLength} bytes, more than ${SUBMISSION_LIMITS.maxFileBytes}`);
  }
  const guarded = parseGuardedJson(bytes, SUBMISSION_LIMITS.maxJsonDepth);
  if (!guarded.ok) return refused(guarded.reason, guarded.detail);
  const { json } = guarded;
  if (!isSealedShape(json)) return checkSubmissionJson(json);
  const parsed = sealedSubmissionSchema.safeParse(json);
  if (!parsed.success) return refused('invalidStructure', parsed.error.message);
  const { header, recipients, iv, ciphertext } = parsed.data.sealed;
  const { sealedTo } = header;
  const changed = (detail: string) => ({ ...refused('sealedChanged', detail), sealedTo });
  // AES-GCM covers the values; these cover the bytes that carry them: white space, a key's order, a base64
  // character's unused bits. Any change there too makes the file refused, as its receipt then differs.
  if (!sameBytes(utf8(canonicalJson(json)), bytes)) return changed('the file is not in its written form');
  const base64Values = [iv, ciphertext, ...recipients.flatMap((stanza) => [stanza.ephemeralKey, stanza.iv])];
  if (!base64Values.every(isCanonicalBase64)) return changed('a base64 value is not in its written form');
  const stanzasMatch =
    recipients.length === sealedTo.length &&
    recipients.every((stanza, index) => stanza.fingerprint === sealedTo[index]);
  if (!stanzasMatch) return changed('the recipients are not those the header names');
  if (identities.length === 0) return { ...refused('noTrainerKey', 'no trainer key'), sealedTo };
  const identity = identities.find((candidate) => sealedTo.includes(candidate.fingerprint));
  if (!identity) return { ...refused('sealedForOtherTrainer', sealedTo.join(', ')), sealedTo };
  const ciphertextBytes = largeBase64ToBytes(ciphertext);
  if (!ciphertextBytes) return changed('the content is not base64');
  const inner = await openSealed(
    { recipients, iv, ciphertext: ciphertextBytes },
    headerAad(header),
    identity,
  );
  if (!inner) return changed('the content does not open with this trainer key');
  const check = await readSubmission(inner);
  if (!check.ok) return { ...check, sealedTo };
  const { submission } = check;
  if (
    submission.formatVersion !== 3 ||
    submission.pack.id !== header.packId ||
    submission.pack.version !== header.packVersion ||
    submission.case.id !== header.caseId ||
    submission.case.language !== header.language
  ) {
    return {
      ...refused('invalidStructure', 'the sealed submission is not the one its header names'),
      sealedTo,
    };
  }
  return { ...check, sealedTo };
}

/** A file that means to be sealed: version 3 with a `sealed` part (which the schema then checks). */
function isSealedShape(json: unknown): boolean {
  return (
    typeof json === 'object' &&
    json !== null &&
    (json as { formatVersion?: unknown }).formatVersion === 3 &&
    'sealed' in json
  );
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let index = 0; index < a.byteLength; index++) if (a[index] !== b[index]) return false;
  return true;
}

/**
 * Whether base64 text is the one encoding of its bytes: atob ignores the unused bits of the last character, so
 * `…E=` and `…F=` may give the same bytes. Only the last four characters can differ that way.
 */
function isCanonicalBase64(text: string): boolean {
  const tail = text.slice(-4);
  const bytes = base64ToBytes(tail);
  return bytes !== undefined && bytesToBase64(bytes) === tail;
}
