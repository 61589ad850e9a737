import type { Node as ProseMirrorNode } from 'prosemirror-model';
import type { ReceivedDocumentLimit } from '../act/received-document';
import type { ActTemplate } from '../act/template';
import { cooperate } from '../cooperate';
import { canonicalJson } from '../integrity/canonical-json';
import { sha256Hex, sha256HexOfBytes, withUtf8 } from '../integrity/sha256';
import type { RubricCriterion } from '../pack/pack-fields';
import type { RichTextSanitizer } from '../pack/rich-text';
import { resolveAnchor } from '../review/anchor';
import { isFeedbackArchive } from './feedback-zip';
import { isValidPoints, maxTotalPoints, totalPoints, type MarkSheet } from '../review/marks';
import {
  readSubmission,
  submissionHeader,
  type Submission,
  type SubmissionHeader,
  type SubmissionProblem,
} from '../submission/submission';
import { excerpt } from '../text/excerpt';
import { fileNamePart } from '../text/file-name';
import { parseGuardedJson } from '../text/json-shape';
import { jsonStringBytes } from '../text/json-string-bytes';
import { concatBytes } from '../keys/digest';
import type { TrainerIdentity } from '../keys/identity';
import { checkSignedDigest, digestedFields, signDigest, type Signer } from '../keys/signed-digest';
import { FEEDBACK_EXTENSION, FEEDBACK_FORMAT, feedbackV1 } from './feedback-v1';
import { feedbackV2, type FeedbackFile, type FeedbackFileV2 } from './feedback-v2';

/** What the trainer's app knows of one marked submission when it writes its feedback file. */
export interface FeedbackInput {
  /** The submission as stored at import (ReviewSubmissionContentRecord): readSubmission reads it back. */
  submissionText: string;
  trainerName: string;
  caseTitle: string;
  rubric: readonly RubricCriterion[];
  sheet: MarkSheet;
  /** The texts of the comment bank's comments, by id: a file leaving the app carries texts, not ids. */
  bankTexts: ReadonlyMap<string, string>;
  /** Only when the trainer chose to send the model answer; sanitised already (trainer key). */
  modelAnswerHtml?: string;
  now?: Date;
  /** For tests; otherwise a random UUID. */
  feedbackId?: string;
  /** The exporting trainer's keys, when they have made them: the file is then signed (feedback format 2). */
  signer?: TrainerIdentity;
}

/**
 * The feedback file of one marked submission. Bank comments become their texts (one whose id the bank no longer
 * has is left out); an anchored comment's bank text comes before the trainer's words. Anchors are written as the
 * marks hold them: made on this very act, which never changes, they hold, and a reader finds a passage that a later
 * version counts differently by its quote (readFeedback). The act is not parsed here: parsing a 100-page act took
 * about 95 of the 160 ms of building its file (Node, loaded machine, December 2026).
 */
export async function buildFeedback(input: FeedbackInput): Promise<FeedbackFileV2> {
  const { submissionText, signer } = input;
  return sealFeedback({ ...feedbackContent(input, headerOfText(submissionText)), submissionText }, signer);
}

/**
 * The bytes of buildFeedback's file, exactly as encodeFeedback writes them, made with the submission (nearly all of
 * the file) escaped and UTF-8-encoded once rather than twice each (canonicalJson and sha256Hex for the digest,
 * JSON.stringify and TextEncoder for the file). On a 1.45 MB submission: 105 ms instead of 166 (Node, loaded
 * machine, 16 files).
 */
export async function writeFeedback(input: FeedbackInput): Promise<Uint8Array> {
  const { submissionText } = input;
  const escaped = withUtf8(JSON.stringify(submissionText), (bytes) => bytes.slice());
  return writeSealed(feedbackContent(input, headerOfText(submissionText)), escaped, input.signer);
}

/** What writeFeedbackOfBytes needs: the submission's UTF-8 bytes as stored, and what is known of it. */
export interface FeedbackOfBytesInput extends Omit<FeedbackInput, 'submissionText'> {
  /** Well-formed UTF-8, as the import stored it (ReviewSubmissionContentRecord). */
  submissionBytes: Uint8Array;
  header: SubmissionHeader;
}

/**
 * writeFeedback's bytes from the submission's stored bytes and header, neither decoded nor parsed: a cohort's export
 * took 5.1 s with each text decoded, parsed, escaped and encoded, 4.1 s this way (test/bench/feedback-export, quiet machine,
 * December 2026).
 */
export async function writeFeedbackOfBytes(input: FeedbackOfBytesInput): Promise<Uint8Array> {
  return writeSealed(
    feedbackContent(input, input.header),
    jsonStringBytes(input.submissionBytes),
    input.signer,
  );
}

/**
 * The file's bytes, sealed and signed when there is a signer, with `escaped` (the submission as a JSON string's
 * UTF-8) in its slot. Only the digest is signed: its 64 characters cost well under a millisecond, the file's
 * megabytes hashed again would not.
 */
async function writeSealed(
  content: FeedbackContent,
  escaped: Uint8Array,
  signer: TrainerIdentity | undefined,
): Promise<Uint8Array> {
  // The key is the file's own, written once: a value holding these characters has its quotes escaped.
  const [canonicalHead, canonicalTail] = cut(
    canonicalJson(digestedFields(content, signer?.public)),
    '"submissionText":""',
    '"submissionText":',
  );
  const encoder = new TextEncoder();
  const digest = await sha256HexOfBytes(
    concatBytes([encoder.encode(canonicalHead), escaped, encoder.encode(canonicalTail)]),
  );
  const signature = signer && (await signDigest(signer, digest));
  const text = `${JSON.stringify({ ...content, digest, ...(signature && { signature }) }, null, 2)}\n`;
  const [head, tail] = cut(text, '"submissionText": ""', '"submissionText": ');
  return concatBytes([encoder.encode(head), escaped, encoder.encode(tail)]);
}

/** `text` in two at `slot`, the first part ending in `keep`. */
function cut(text: string, slot: string, keep: string): [string, string] {
  const at = text.indexOf(slot);
  return [text.slice(0, at + keep.length), text.slice(at + slot.length)];
}

function headerOfText(submissionText: string): SubmissionHeader {
  return submissionHeader(JSON.parse(submissionText) as Submission);
}

/** The file but its digest and signature. */
type FeedbackContent = Omit<FeedbackFileV2, 'digest' | 'signature'>;

/** The file but its digest, the submission's text left empty (in its place among the keys) for the caller to fill. */
function feedbackContent(
  input: Omit<FeedbackInput, 'submissionText'>,
  header: SubmissionHeader,
): FeedbackContent {
  const { rubric, sheet, bankTexts } = input;
  const rubricIds = new Set(rubric.map((criterion) => criterion.id));
  const anchored = sheet.anchored.map(({ anchor, text, bankId, criterionId }) => {
    const bankText = bankId === undefined ? undefined : bankTexts.get(bankId);
    const known = criterionId !== undefined && rubricIds.has(criterionId);
    return {
      ...anchor,
      text: [bankText, text].filter((part) => part?.trim()).join('\n\n'),
      ...(known && { criterionId }),
    };
  });
  return {
    format: FEEDBACK_FORMAT,
    formatVersion: 2,
    feedbackId: input.feedbackId ?? crypto.randomUUID(),
    createdAt: (input.now ?? new Date()).toISOString(),
    trainerName: input.trainerName,
    submissionText: '',
    submissionDigest: header.digest,
    packId: header.packId,
    caseId: header.caseId,
    packVersion: header.packVersion,
    caseTitle: input.caseTitle,
    language: header.language,
    rubric: rubric.map(({ id, title, maxPoints }) => ({ id, title, maxPoints })),
    criteria: rubric.map(({ id }) => {
      const mark = sheet.criteria[id];
      return {
        criterionId: id,
        ...(mark?.points !== undefined && { points: mark.points }),
        comment: mark?.comment ?? '',
        bankComments: (mark?.bankComments ?? []).flatMap((bankId) => bankTexts.get(bankId) ?? []),
      };
    }),
    anchored,
    overallComment: sheet.overallComment,
    total: totalPoints(sheet, rubric),
    maxTotal: maxTotalPoints(rubric),
    ...(input.modelAnswerHtml !== undefined && { modelAnswerHtml: input.modelAnswerHtml }),
  };
}

/**
 * Seals a feedback file: the digest covers the canonical JSON of every field but the digest (and, with a signer,
 * the signature's value: the signer is covered); with a signer, the file is signed (the signature over the digest).
 */
export async function sealFeedback(
  content: FeedbackContent,
  signer?: TrainerIdentity,
): Promise<FeedbackFileV2> {
  const digest = await sha256Hex(canonicalJson(digestedFields(content, signer?.public)));
  const signature = signer && (await signDigest(signer, digest));
  return { ...content, digest, ...(signature && { signature }) };
}

export function encodeFeedback(feedback: FeedbackFile): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(feedback, null, 2)}\n`);
}

/**
 * `Асель Нурланова` + `loan-dispute` → `Асель-Нурланова-loan-dispute-feedback.cdfb`: the trainee finds theirs by
 * their name (or, when the trainer keeps names out of files, by the code they were marked under) and the case.
 */
export function feedbackFileName(label: string, caseId: string): string {
  const name = fileNamePart(label);
  return `${name ? `${name}-` : ''}${caseId}-feedback.${FEEDBACK_EXTENSION}`;
}

/** Why a feedback file was refused, in the order they are checked; docs/formats/feedback.md says what each means. */
export type FeedbackProblem =
  | 'feedbackArchive'
  | 'tooLarge'
  | 'notJson'
  | 'tooDeep'
  | 'duplicateKey'
  | 'notFeedback'
  | 'unsupportedVersion'
  | 'invalidStructure'
  | 'digestMismatch'
  | 'signatureMismatch'
  | 'inconsistentMarks'
  | 'invalidSubmission'
  | 'submissionMismatch'
  | 'anchorNotInAct'
  | 'unsafeModelAnswer';

export const FEEDBACK_LIMITS = {
  /** The submission inside (16 MB at most) grows by its escaping; a model answer adds at most 1.5 MB. */
  maxFileBytes: 40 * 1024 * 1024,
  /** The file's own values nest four deep; the act is inside a string and readSubmission checks its depth. */
  maxJsonDepth: 8,
} as const;

export interface FeedbackRefusal {
  ok: false;
  reason: FeedbackProblem;
  /** The checker's own words, for the log, in excerpt. */
  detail: string;
  /** For `invalidSubmission`: why readSubmission refused the submission inside, and the limit it named. */
  submissionReason?: SubmissionProblem;
  limit?: ReceivedDocumentLimit;
}

export type FeedbackCheck =
  | {
      ok: true;
      feedback: FeedbackFile;
      /** Who signed the file (format 2), the signature checked; undefined for an unsigned file. */
      signedBy?: Signer;
      /** The submission inside, read and checked by readSubmission, with its act and template. */
      submission: Submission;
      act: ProseMirrorNode;
      template: ActTemplate;
      /**
       * Where each anchored comment's passage is in `act`, in the order of `feedback.anchored`: the file's
       * positions, or where its quote is found nearest them (a later app may count positions differently).
       */
      anchors: { from: number; to: number }[];
    }
  | FeedbackRefusal;

export interface ReadFeedbackOptions {
  /** The pack sanitiser (createRichTextSanitizer): a model answer it would change refuses the file. */
  sanitize: RichTextSanitizer;
}

const MAX_DETAIL = 300;

function refused(reason: FeedbackProblem, detail: string): FeedbackRefusal {
  return { ok: false, reason, detail: excerpt(detail, MAX_DETAIL) };
}

/** Readers of a version keep reading every older one. */
const SUPPORTED_VERSIONS = [1, 2];

/**
 * Reads a feedback file and checks all of it: size and nesting, structure, digest, that the marks add up against
 * the rubric, the submission inside (readSubmission, digest and all) and that it is the one the file names, every
 * anchored comment's passage in the act, and the model answer against the pack sanitiser. Any bytes get an
 * answer, never an exception: the feedback with its submission, or a refusal saying why.
 */
export async function readFeedback(bytes: Uint8Array, options: ReadFeedbackOptions): Promise<FeedbackCheck> {
  try {
    return await checkFeedback(bytes, options);
  } catch (error) {
    // Every check above answers with a refusal; this is only a net, so that no file can make the reader throw.
    return refused('invalidStructure', String(error));
  }
}

async function checkFeedback(bytes: Uint8Array, options: ReadFeedbackOptions): Promise<FeedbackCheck> {
  // Before the size: a whole cohort's zip is larger than one file may be, and deserves its own answer.
  if (isFeedbackArchive(bytes)) return refused('feedbackArchive', 'a zip archive of feedback files');
  if (bytes.byteLength > FEEDBACK_LIMITS.maxFileBytes) {
    return refused('tooLarge', `${bytes.byteLength} bytes, more than ${FEEDBACK_LIMITS.maxFileBytes}`);
  }
  const guarded = parseGuardedJson(bytes, FEEDBACK_LIMITS.maxJsonDepth);
  if (!guarded.ok) return refused(guarded.reason, guarded.detail);
  const { json } = guarded;
  const header = typeof json === 'object' && json !== null && !Array.isArray(json) ? json : {};
  const { format, formatVersion } = header as { format?: unknown; formatVersion?: unknown };
  if (format !== FEEDBACK_FORMAT) return refused('notFeedback', `format ${excerpt(String(format))}`);
  if (typeof formatVersion === 'number' && !SUPPORTED_VERSIONS.includes(formatVersion)) {
    return refused('unsupportedVersion', `format version ${formatVersion}`);
  }
  const parsed = (formatVersion === 1 ? feedbackV1 : feedbackV2).safeParse(json);
  if (!parsed.success) return refused('invalidStructure', parsed.error.message);
  const feedback: FeedbackFile = parsed.data;
  await cooperate();

  // The digest covers the file's own values, exactly as written, but the digest and the signature's value.
  const signature = 'signature' in feedback ? feedback.signature : undefined;
  const { digest } = header as { digest?: unknown };
  const expected = await sha256Hex(
    canonicalJson(digestedFields(header as Record<string, unknown>, signature?.signer)),
  );
  const signedBy = signature && (await checkSignedDigest(signature, expected));
  // A signed file changed after signing is refused as such, whether or not the digest was made again.
  if (signature && (!signedBy || expected !== digest)) {
    return refused('signatureMismatch', `signed by ${signature.signer.name}; digest ${expected}`);
  }
  if (expected !== digest)
    return refused('digestMismatch', `expected ${expected}, file says ${String(digest)}`);

  const marksProblem = inconsistentMarks(feedback);
  if (marksProblem) return refused('inconsistentMarks', marksProblem);

  const check = await readSubmission(new TextEncoder().encode(feedback.submissionText));
  if (!check.ok) {
    return {
      ...refused('invalidSubmission', check.detail),
      submissionReason: check.reason,
      ...(check.limit && { limit: check.limit }),
    };
  }
  const { submission, act, template } = check;
  const mismatch = submissionMismatch(feedback, submission);
  if (mismatch) return refused('submissionMismatch', mismatch);
  await cooperate();

  const anchors: { from: number; to: number }[] = [];
  for (const [index, item] of feedback.anchored.entries()) {
    const place = resolveAnchor(act, item);
    if (!place) return refused('anchorNotInAct', `anchored comment ${index}: «${excerpt(item.quote)}»`);
    anchors.push(place);
  }
  if (feedback.modelAnswerHtml !== undefined) {
    const { removed } = options.sanitize(feedback.modelAnswerHtml);
    if (removed.length > 0) return refused('unsafeModelAnswer', removed.slice(0, 5).join(', '));
  }
  return { ok: true, feedback, ...(signedBy && { signedBy }), submission, act, template, anchors };
}

/** What of the marks does not add up against the file's rubric; undefined when all of it does. */
function inconsistentMarks(feedback: FeedbackFile): string | undefined {
  const rubric = new Map(feedback.rubric.map((criterion) => [criterion.id, criterion]));
  if (rubric.size !== feedback.rubric.length) return 'a rubric criterion twice';
  const marked = feedback.criteria.map((mark) => mark.criterionId);
  if (marked.join('\n') !== feedback.rubric.map((criterion) => criterion.id).join('\n')) {
    return 'the criteria are not the rubric’s, in its order';
  }
  for (const mark of feedback.criteria) {
    const maxPoints = rubric.get(mark.criterionId)?.maxPoints ?? 0;
    if (mark.points !== undefined && !isValidPoints(mark.points, maxPoints)) {
      return `${mark.criterionId}: ${mark.points} of ${maxPoints}`;
    }
  }
  const total = feedback.criteria.reduce((sum, mark) => sum + (mark.points ?? 0), 0);
  if (total !== feedback.total) return `total ${feedback.total}, the scores add up to ${total}`;
  const maxTotal = feedback.rubric.reduce((sum, criterion) => sum + criterion.maxPoints, 0);
  if (maxTotal !== feedback.maxTotal) return `maximum ${feedback.maxTotal}, the rubric's is ${maxTotal}`;
  const unknown = feedback.anchored.find((item) => item.criterionId && !rubric.has(item.criterionId));
  if (unknown) return `an anchored comment under ${unknown.criterionId ?? ''}, not in the rubric`;
  return undefined;
}

/** How the submission inside differs from the one the file says it marks; undefined when it is that one. */
function submissionMismatch(feedback: FeedbackFile, submission: Submission): string | undefined {
  if (submission.digest.value !== feedback.submissionDigest) {
    return `the file names ${feedback.submissionDigest}, the submission is ${submission.digest.value}`;
  }
  const named = `${feedback.packId}/${feedback.caseId}@${feedback.packVersion} (${feedback.language})`;
  const inside = `${submission.pack.id}/${submission.case.id}@${submission.pack.version} (${submission.case.language})`;
  return named === inside ? undefined : `the file names ${named}, the submission is of ${inside}`;
}
