import { z } from 'zod';
import { base64ToBytes, bytesToBase64 } from '../keys/base64';
import { concatBytes, utf8 } from '../keys/digest';
import { fingerprintOf, type PublicIdentity, type TrainerIdentity } from '../keys/identity';
import { openSealed, sealBytes, sealedRecipientSchema } from '../keys/seal';
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

/**
 * Submission format version 3, sealed: `SEALED_MAGIC`, then the canonical JSON of this envelope and a line break,
 * then the AES-256-GCM ciphertext of the inner file's bytes as they are. Raw bytes, not base64 in JSON: base64 in
 * a JSON envelope made opening a 1.4 MB file cost 60 to 80 ms more than reading a plain one (parsing the 2 MB
 * string, checking its form, decoding it) and sealing 125 ms (test/bench/sealed-submission, December 2026);
 * now both cost little more than the decryption itself.
 */
export const sealedEnvelopeSchema = z.strictObject({
  format: z.literal(SUBMISSION_FORMAT),
  formatVersion: z.literal(3),
  header: sealedHeaderSchema,
  recipients: z.array(sealedRecipientSchema).min(1).max(10),
  iv: z.string().regex(/^[A-Za-z0-9+/]{16}$/),
});
type SealedEnvelope = z.infer<typeof sealedEnvelopeSchema>;

/** What a sealed file starts with: it tells a sealed file from a plain one (JSON, starting with `{`). */
export const SEALED_MAGIC = utf8('CASEDRAFT-SEALED-SUBMISSION\n');
/** The envelope's JSON is a few kilobytes at most (ten recipients); its line break must come before this. */
const MAX_ENVELOPE_BYTES = 16 * 1024;
const LINE_BREAK = 0x0a;

/** The bytes the header is authenticated as: its canonical JSON in UTF-8. */
const headerAad = (header: SealedHeader) => utf8(canonicalJson(header));

/**
 * A v3 submission sealed to `trainers` (at least one). The envelope is written as canonical JSON, so that no byte
 * of it can change without the file being refused (openSubmissionFile). Also returns the inner bytes, which the
 * trainee's app checks with the trainer's reader before offering the file.
 */
export async function sealSubmissionFile(
  submission: SubmissionV3,
  trainers: readonly PublicIdentity[],
  /** The submission's bytes as a plain file holds them (encodeSubmission), when the caller has them already. */
  inner: Uint8Array = encodeSubmission(submission),
): Promise<{ bytes: Uint8Array<ArrayBuffer>; inner: Uint8Array; sealedTo: string[] }> {
  const header: SealedHeader = {
    packId: submission.pack.id,
    packVersion: submission.pack.version,
    caseId: submission.case.id,
    language: submission.case.language,
    createdAt: submission.exportedAt,
    sealedTo: await Promise.all(trainers.map(fingerprintOf)),
  };
  const sealed = await sealBytes(inner, trainers, headerAad(header));
  const envelope: SealedEnvelope = {
    format: SUBMISSION_FORMAT,
    formatVersion: 3,
    header,
    recipients: sealed.recipients,
    iv: sealed.iv,
  };
  const bytes = concatBytes([SEALED_MAGIC, utf8(`${canonicalJson(envelope)}\n`), sealed.ciphertext]);
  return { bytes, inner, sealedTo: header.sealedTo };
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
  if (!startsWith(bytes, SEALED_MAGIC)) {
    const guarded = parseGuardedJson(bytes, SUBMISSION_LIMITS.maxJsonDepth);
    if (!guarded.ok) return refused(guarded.reason, guarded.detail);
    return checkSubmissionJson(guarded.json);
  }
  const from = SEALED_MAGIC.byteLength;
  const lineEnd = bytes.subarray(from, from + MAX_ENVELOPE_BYTES).indexOf(LINE_BREAK);
  if (lineEnd < 0) return refused('sealedChanged', 'the envelope has no end');
  const envelopeBytes = bytes.subarray(from, from + lineEnd);
  const guarded = parseGuardedJson(envelopeBytes, SUBMISSION_LIMITS.maxJsonDepth);
  if (!guarded.ok) return refused('sealedChanged', `the envelope: ${guarded.detail}`);
  const parsed = sealedEnvelopeSchema.safeParse(guarded.json);
  if (!parsed.success) return refused('sealedChanged', `the envelope: ${parsed.error.message}`);
  const { header, recipients, iv } = parsed.data;
  const { sealedTo } = header;
  const changed = (detail: string) => ({ ...refused('sealedChanged', detail), sealedTo });
  // AES-GCM covers the values; these cover the bytes that carry them: white space, a key's order, a base64
  // character's unused bits. Any change there too makes the file refused, as its receipt then differs.
  if (!sameBytes(utf8(canonicalJson(guarded.json)), envelopeBytes)) {
    return changed('the envelope is not in its written form');
  }
  const base64Values = [iv, ...recipients.flatMap((stanza) => [stanza.ephemeralKey, stanza.iv])];
  if (!base64Values.every(isCanonicalBase64)) return changed('a base64 value is not in its written form');
  const stanzasMatch =
    recipients.length === sealedTo.length &&
    recipients.every((stanza, index) => stanza.fingerprint === sealedTo[index]);
  if (!stanzasMatch) return changed('the recipients are not those the header names');
  if (identities.length === 0) return { ...refused('noTrainerKey', 'no trainer key'), sealedTo };
  const identity = identities.find((candidate) => sealedTo.includes(candidate.fingerprint));
  if (!identity) return { ...refused('sealedForOtherTrainer', sealedTo.join(', ')), sealedTo };
  const ciphertext = bytes.slice(from + lineEnd + 1);
  const inner = await openSealed({ recipients, iv, ciphertext }, headerAad(header), identity);
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

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  if (bytes.byteLength < prefix.byteLength) return false;
  for (let index = 0; index < prefix.byteLength; index++) if (bytes[index] !== prefix[index]) return false;
  return true;
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
