import { canonicalJson } from '../integrity/canonical-json';
import { sha256Hex } from '../integrity/sha256';
import { assertMatchesTemplate, parseActDocument } from '../act/document';
import { findActTemplate } from '../act/templates';
import {
  SUBMISSION_EXTENSION,
  submissionV1,
  type SubmissionContent,
  type SubmissionV1,
} from './submission-v1';

/** Seals a submission: the digest covers the canonical JSON of every field but the digest itself. */
export async function sealSubmission(content: SubmissionContent): Promise<SubmissionV1> {
  return { ...content, digest: { algorithm: 'SHA-256', value: await sha256Hex(canonicalJson(content)) } };
}

export function encodeSubmission(submission: SubmissionV1): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(submission, null, 2)}\n`);
}

export type SubmissionCheck =
  | { ok: true; submission: SubmissionV1 }
  | {
      ok: false;
      reason: 'notJson' | 'invalidStructure' | 'invalidDocument' | 'digestMismatch';
      detail: string;
    };

/** Reads a submission file and checks its structure, its document against its act template, and its digest. */
export async function readSubmission(bytes: Uint8Array): Promise<SubmissionCheck> {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    return { ok: false, reason: 'notJson', detail: String(error) };
  }
  const parsed = submissionV1.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'invalidStructure', detail: parsed.error.message };
  const submission = parsed.data;
  const template = findActTemplate(submission.case.actType);
  if (!template)
    return { ok: false, reason: 'invalidDocument', detail: `unknown act type ${submission.case.actType}` };
  try {
    assertMatchesTemplate(parseActDocument(submission.document), template);
  } catch (error) {
    return { ok: false, reason: 'invalidDocument', detail: String(error) };
  }
  // The digest covers the file's own values, exactly as written, not the validator's copy of them.
  const { digest: _digest, ...content } = json as Record<string, unknown>;
  const expected = await sha256Hex(canonicalJson(content));
  if (expected !== submission.digest.value) {
    return {
      ok: false,
      reason: 'digestMismatch',
      detail: `expected ${expected}, file says ${submission.digest.value}`,
    };
  }
  return { ok: true, submission };
}

/** `Асель Нурланова` + `loan-dispute` → `Асель-Нурланова-loan-dispute.cdsub`, safe on every file system. */
export function submissionFileName(participantName: string, caseId: string): string {
  const name = participantName
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 80);
  return `${name ? `${name}-` : ''}${caseId}.${SUBMISSION_EXTENSION}`;
}
