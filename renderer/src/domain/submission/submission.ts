import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { cooperate } from '../cooperate';
import { canonicalJson } from '../integrity/canonical-json';
import { sha256Hex, sha256HexOfBytes, withUtf8 } from '../integrity/sha256';
import { assertMatchesTemplate, parseActDocument } from '../act/document';
import { receivedDocumentProblem, type ReceivedDocumentLimit } from '../act/received-document';
import type { ActTemplate } from '../act/template';
import { parseActTemplate } from '../act/template-schema';
import { findActTemplate, isBuiltInTemplateId } from '../act/templates';
import type { ContentLanguage } from '../language';
import { excerpt } from '../text/excerpt';
import { fileNamePart } from '../text/file-name';
import { parseGuardedJson } from '../text/json-shape';
import { SUBMISSION_EXTENSION, submissionV1, type SubmissionV1 } from './submission-v1';
import { submissionV2, type SubmissionV2 } from './submission-v2';
import { submissionV3, type SubmissionV3 } from './submission-v3';

/** A submission of any format version this app reads; it writes the newest (3). */
export type Submission = SubmissionV1 | SubmissionV2 | SubmissionV3;
export type SubmissionContent =
  Omit<SubmissionV1, 'digest'> | Omit<SubmissionV2, 'digest'> | Omit<SubmissionV3, 'digest'>;

/**
 * Which submission it is and what it answers: what a feedback file restates of the submission it marks. Kept beside a
 * stored submission (ReviewSubmissionContentRecord), so a cohort's feedback is written without parsing each again.
 */
export interface SubmissionHeader {
  digest: string;
  packId: string;
  packVersion: number;
  caseId: string;
  language: ContentLanguage;
}

export function submissionHeader(submission: Submission): SubmissionHeader {
  return {
    digest: submission.digest.value,
    packId: submission.pack.id,
    packVersion: submission.pack.version,
    caseId: submission.case.id,
    language: submission.case.language,
  };
}

/** Seals a submission: the digest covers the canonical JSON of every field but the digest itself. */
export async function sealSubmission<Content extends SubmissionContent>(
  content: Content,
): Promise<Content & Pick<Submission, 'digest'>> {
  return { ...content, digest: { algorithm: 'SHA-256', value: await sha256Hex(canonicalJson(content)) } };
}

export function encodeSubmission(submission: Submission): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(submission, null, 2)}\n`);
}

/** Why a file was refused, in the order they are checked; docs/formats/submission.md says what each means. */
export type SubmissionProblem =
  | 'tooLarge'
  | 'notJson'
  | 'tooDeep'
  | 'duplicateKey'
  | 'invalidStructure'
  | 'unsupportedVersion'
  | 'invalidWorksheet'
  | 'builtInTemplate'
  | 'invalidTemplate'
  | 'documentTooLarge'
  | 'invalidDocument'
  | 'digestMismatch'
  | 'noTrainerKey'
  | 'sealedForOtherTrainer'
  | 'sealedChanged';

/**
 * What a submission file may be (the act inside it: RECEIVED_DOCUMENT_LIMITS). A 100-page act with citations,
 * evidence links and a worksheet is about 1 MB; the worksheet alone may hold up to 7 million characters.
 */
export const SUBMISSION_LIMITS = {
  maxFileBytes: 16 * 1024 * 1024,
  /** Objects and arrays inside one another; the deepest act the reader takes is about 100. */
  maxJsonDepth: 128,
} as const;

/** The most characters of a parser's own words kept in `detail`: they may quote the file. */
const MAX_DETAIL = 300;

export type SubmissionCheck =
  | {
      ok: true;
      submission: Submission;
      /** The template the act was checked against: the one the file carries, or the built-in one it names. */
      template: ActTemplate;
      /** The act, parsed and checked against the act schema: for a reader to use rather than parse it again. */
      act: ProseMirrorNode;
      /**
       * The file's values as JSON text (UTF-8), to store: the digest, then the canonical JSON it was checked over.
       * Made from the bytes hashed, so storing the submission costs no second JSON.stringify of a 1 MB act, nor a
       * second encoding of its text.
       */
      storedJson: Blob;
    }
  | SubmissionRefusal;

/**
 * Why a submission was refused, and the checker's own words (for the log), in excerpt; for `documentTooLarge`,
 * which limit of RECEIVED_DOCUMENT_LIMITS the act is over, so that the message names that one.
 */
export interface SubmissionRefusal {
  ok: false;
  reason: SubmissionProblem;
  detail: string;
  limit?: ReceivedDocumentLimit;
  /** For a sealed file this computer cannot open: the fingerprints of the trainers it is sealed to. */
  sealedTo?: string[];
}

export function refused(reason: SubmissionProblem, detail: string): SubmissionRefusal {
  return { ok: false, reason, detail: excerpt(detail, MAX_DETAIL) };
}

/** Readers of a version keep reading every older one. */
const VALIDATORS = { 1: submissionV1, 2: submissionV2, 3: submissionV3 } as const;

/**
 * Reads a submission file of any known version and checks its size and nesting, its structure, its worksheet, its
 * act template, its document against the act schema and that template, and its digest. Any bytes get an answer:
 * the submission, or a refusal; it never throws, and takes time linear in the file's size. Each check of a 1 MB
 * file takes tens of milliseconds, so the thread is offered to the page between them (cooperate): reading a
 * cohort's files, the screen still answers.
 */
export async function readSubmission(bytes: Uint8Array): Promise<SubmissionCheck> {
  if (bytes.byteLength > SUBMISSION_LIMITS.maxFileBytes) {
    return refused('tooLarge', `${bytes.byteLength} bytes, more than ${SUBMISSION_LIMITS.maxFileBytes}`);
  }
  // Before anything builds or walks the values: every reader after this one may recurse per level.
  const guarded = parseGuardedJson(bytes, SUBMISSION_LIMITS.maxJsonDepth);
  if (!guarded.ok) return refused(guarded.reason, guarded.detail);
  await cooperate();
  return checkSubmissionJson(guarded.json);
}

/**
 * readSubmission's checks after the file's JSON is parsed: for openSubmissionFile, which parses a file once to
 * tell a sealed one from a plain one.
 */
export async function checkSubmissionJson(json: unknown): Promise<SubmissionCheck> {
  const version =
    typeof json === 'object' && json !== null
      ? (json as { formatVersion?: unknown }).formatVersion
      : undefined;
  if (typeof version === 'number' && version > 3 && Number.isInteger(version)) {
    return refused('unsupportedVersion', `format version ${version} is newer than this app reads`);
  }
  const validator = version === 1 || version === 2 || version === 3 ? VALIDATORS[version] : submissionV3;
  const parsed = validator.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    // Only the worksheet is wrong (too long, unknown fields): say so, rather than "not a submission".
    const reason = issues.every((issue) => issue.path[0] === 'worksheet')
      ? 'invalidWorksheet'
      : 'invalidStructure';
    return refused(reason, parsed.error.message);
  }
  const submission: Submission = parsed.data;
  await cooperate();

  let template: ActTemplate | undefined;
  if ('template' in submission && submission.template !== undefined) {
    // The pack importer refuses the same (parse-pack.ts): a built-in act is checked against the app's parts.
    if (isBuiltInTemplateId(submission.case.actType)) {
      return refused('builtInTemplate', `the file carries its own template for ${submission.case.actType}`);
    }
    try {
      template = parseActTemplate(submission.template);
    } catch (error) {
      return refused('invalidTemplate', String(error));
    }
    if (template.id !== submission.case.actType) {
      return refused(
        'invalidTemplate',
        `the template is ${excerpt(template.id)}, the case's act type ${submission.case.actType}`,
      );
    }
  } else {
    template = findActTemplate(submission.case.actType);
  }
  if (!template) return refused('invalidDocument', `unknown act type ${submission.case.actType}`);
  const documentProblem = receivedDocumentProblem(submission.document);
  if (documentProblem?.code === 'tooLarge') {
    return { ...refused('documentTooLarge', documentProblem.detail), limit: documentProblem.limit };
  }
  if (documentProblem) {
    const reason = { unknownContent: 'invalidDocument', tooDeep: 'tooDeep' } as const;
    return refused(reason[documentProblem.code], documentProblem.detail);
  }
  await cooperate();
  let act: ProseMirrorNode;
  try {
    act = parseActDocument(submission.document);
    assertMatchesTemplate(act, template);
  } catch (error) {
    return refused('invalidDocument', String(error));
  }
  await cooperate();
  // The digest covers the file's own values, exactly as written, not the validator's copy of them.
  const { digest, ...content } = json as Record<string, unknown>;
  const { hashed, storedJson } = withUtf8(canonicalJson(content), (bytes) => ({
    hashed: sha256HexOfBytes(bytes),
    // The validator took only objects with these keys, so `content` is never empty and its text starts with `{"`.
    // The Blob takes the bytes just hashed rather than the text: `new Blob([text])` encodes 1.2 million
    // characters again, some three times the time of copying their bytes (Chromium, December 2026).
    storedJson: new Blob([`{"digest":${canonicalJson(digest)},`, bytes.subarray(1)], {
      type: 'application/json',
    }),
  }));
  const expected = await hashed;
  if (expected !== submission.digest.value) {
    return refused('digestMismatch', `expected ${expected}, file says ${submission.digest.value}`);
  }
  return { ok: true, submission, template, act, storedJson };
}

/** `Асель Нурланова` + `loan-dispute` → `Асель-Нурланова-loan-dispute.cdsub`, safe on every file system. */
export function submissionFileName(participantName: string, caseId: string): string {
  const name = fileNamePart(participantName);
  return `${name ? `${name}-` : ''}${caseId}.${SUBMISSION_EXTENSION}`;
}
