import { zipSync, type Zippable } from 'fflate';
import { canonicalJson } from '../integrity/canonical-json';
import { sha256Hex } from '../integrity/sha256';
import type { TrainerIdentity } from '../keys/identity';
import { checkSignedDigest, digestedFields, signDigest, type Signer } from '../keys/signed-digest';
import { PackError } from '../pack/pack-error';
import { extractEntry, isZipArchive, openZip, type ZipArchive } from '../pack/zip/read-zip';
import type { ZipLimits } from '../pack/zip/zip-limits';
import { SUBMISSION_LIMITS, submissionFileName } from '../submission/submission';
import { SUBMISSION_EXTENSION } from '../submission/submission-v1';
import { excerpt } from '../text/excerpt';
import { parseGuardedJson } from '../text/json-shape';
import { REVIEW_FILE_EXTENSION, REVIEW_JSON, reviewFileV1, submissionEntryName } from './review-file-v1';
import { reviewFileV2, type ReviewFile, type ReviewFileV2 } from './review-file-v2';

/**
 * Why a review file was refused as a whole (`reviewMerge.refused.<reason>` in the catalogues); nothing of it is
 * then imported. A file's single submissions are refused one by one by the merge (review-merge.ts), not here.
 */
export type ReviewFileProblem =
  | 'tooLarge'
  | 'notArchive'
  | 'unreadableArchive'
  | 'noReviewJson'
  | 'unexpectedEntry'
  | 'notJson'
  | 'tooDeep'
  | 'duplicateKey'
  | 'unsupportedVersion'
  | 'invalidStructure'
  | 'digestMismatch'
  | 'signatureMismatch'
  | 'duplicateSubmission';

export type ReviewFileCheck =
  | {
      ok: true;
      file: ReviewFile;
      /** Who signed review.json (format 2), the signature checked; undefined for an unsigned file. */
      signedBy?: Signer;
      /** The submission file the archive carries for a digest (unpacked only when asked); undefined when none. */
      submission: (digest: string) => Promise<Uint8Array> | undefined;
    }
  | { ok: false; reason: ReviewFileProblem; detail: string };

/** A cohort of 150 (1000 with room) submissions of up to a submission's size, as a cohort's zip allows. */
export const REVIEW_ZIP_LIMITS: ZipLimits = {
  maxArchiveBytes: 200 * 1024 * 1024,
  maxEntries: 1001,
  maxTotalBytes: 512 * 1024 * 1024,
  maxEntryBytes: SUBMISSION_LIMITS.maxFileBytes,
  maxCompressionRatio: 100,
  ratioCheckFromBytes: 1024 * 1024,
};

/** review.json of 1000 sheets of long comments is well under this. */
const MAX_REVIEW_JSON_BYTES = 16 * 1024 * 1024;
const MAX_JSON_DEPTH = 16;
const FIXED_MTIME = new Date('2020-01-01T00:00:00Z');

/**
 * Writes a review file: review.json, then each submission's file. Submissions are deflated at the fastest level:
 * the export runs on the page, and level 1 takes a third of the default's time for a file a little larger.
 */
export function encodeReviewFile(file: ReviewFile, submissions: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const entries: Zippable = {
    [REVIEW_JSON]: [new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`), { level: 6 }],
  };
  for (const [digest, bytes] of submissions) entries[submissionEntryName(digest)] = [bytes, { level: 1 }];
  return zipSync(entries, { mtime: FIXED_MTIME });
}

/**
 * review.json sealed (format 2): the digest over every field but itself, and with a signer (the marker's keys) their
 * signature over the digest, the signer covered by the digest.
 */
export async function sealReviewFile(
  content: Omit<ReviewFileV2, 'digest' | 'signature'>,
  signer?: TrainerIdentity,
): Promise<ReviewFileV2> {
  const digest = await sha256Hex(canonicalJson(digestedFields(content, signer?.public)));
  const signature = signer && (await signDigest(signer, digest));
  return { ...content, digest, ...(signature && { signature }) };
}

/** The trainer's name and the case, as a submission's file is named (submissionFileName), with this extension. */
export function reviewFileName(markerName: string, caseId: string): string {
  const submissionName = submissionFileName(markerName, caseId);
  return `${submissionName.slice(0, -SUBMISSION_EXTENSION.length)}${REVIEW_FILE_EXTENSION}`;
}

/**
 * Reads a review file: the archive's structure (openZip's checks), review.json's size, nesting, keys and structure,
 * review.json's digest and signature (format 2), that no digest is given twice and that the archive holds nothing but review.json and the submissions it names.
 * Never throws: any bytes get the file or a refusal. The submissions themselves are read by the cohort import.
 */
export async function readReviewFile(bytes: Uint8Array): Promise<ReviewFileCheck> {
  const refused = (reason: ReviewFileProblem, detail: string): ReviewFileCheck => ({
    ok: false,
    reason,
    detail: excerpt(detail, 300),
  });
  if (bytes.byteLength > REVIEW_ZIP_LIMITS.maxArchiveBytes)
    return refused('tooLarge', `${bytes.byteLength} bytes`);
  if (!isZipArchive(bytes)) return refused('notArchive', 'no zip signature');
  let archive: ZipArchive;
  let jsonBytes: Uint8Array;
  try {
    archive = openZip(bytes, REVIEW_ZIP_LIMITS);
    const entry = archive.entries.get(REVIEW_JSON);
    if (!entry) return refused('noReviewJson', `no ${REVIEW_JSON}`);
    if (entry.size > MAX_REVIEW_JSON_BYTES) return refused('tooLarge', `${REVIEW_JSON}: ${entry.size} bytes`);
    jsonBytes = await extractEntry(archive, entry);
  } catch (error) {
    if (error instanceof PackError) return refused('unreadableArchive', error.message);
    return refused('unreadableArchive', String(error));
  }
  const guarded = parseGuardedJson(jsonBytes, MAX_JSON_DEPTH);
  if (!guarded.ok) return refused(guarded.reason, guarded.detail);
  const { json } = guarded;
  const version =
    typeof json === 'object' && json !== null ? (json as { formatVersion?: unknown }).formatVersion : 0;
  if (typeof version === 'number' && Number.isInteger(version) && version > 2) {
    return refused('unsupportedVersion', `format version ${version} is newer than this app reads`);
  }
  const parsed = (version === 2 ? reviewFileV2 : reviewFileV1).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refused('invalidStructure', `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`);
  }
  const file: ReviewFile = parsed.data;
  let signedBy: Signer | undefined;
  if (file.formatVersion === 2) {
    const { signature } = file;
    const fields = json as Record<string, unknown>;
    const expected = await sha256Hex(canonicalJson(digestedFields(fields, signature?.signer)));
    signedBy = signature && (await checkSignedDigest(signature, expected));
    // A signed file changed after signing is refused as such, whether or not its digest was made again.
    if (signature && (!signedBy || expected !== file.digest)) {
      return refused('signatureMismatch', `signed by ${signature.signer.name}; digest ${expected}`);
    }
    if (expected !== file.digest) return refused('digestMismatch', `expected ${expected}`);
  }
  const named = new Set<string>();
  for (const { digest } of file.submissions) {
    if (named.has(digest)) return refused('duplicateSubmission', digest);
    named.add(digest);
  }
  const allowed = new Set([REVIEW_JSON, ...[...named].map(submissionEntryName)]);
  const stray = [...archive.entries.keys()].find((name) => !allowed.has(name));
  if (stray !== undefined) return refused('unexpectedEntry', stray);
  return {
    ok: true,
    file,
    ...(signedBy && { signedBy }),
    submission: (digest) => {
      const entry = archive.entries.get(submissionEntryName(digest));
      return entry && extractEntry(archive, entry);
    },
  };
}
