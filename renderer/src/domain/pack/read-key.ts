import { excerptOfJson } from '../text/excerpt';
import { KEY_FORMAT, keyV1, type PackKeyV1 } from './key-v1';
import { PackError, type PackProblem } from './pack-error';
import { PACK_FORMAT } from './pack-fields';
import { MAX_JSON_PACK_BYTES, MAX_REPORTED_PROBLEMS, parseJsonBytes, toProblems } from './parse-pack';
import type { RichTextSanitizer } from './rich-text';
import { isZipArchive } from './zip/read-zip';

export interface ReadKeyOptions {
  sanitize: RichTextSanitizer;
  /** The key's file name, named in `unsafeRichText` problems; a key is one file, so paths say where in it. */
  fileName?: string;
}

/** Every trainer key format version this app reads. */
export const SUPPORTED_KEY_FORMAT_VERSIONS = [1];

/** A key is text only, like a JSON pack, and never larger. */
export const MAX_KEY_BYTES = MAX_JSON_PACK_BYTES;

/**
 * Reads a trainer key file (`.cdkey`) and checks all of it. Rich text is sanitised with the rule packs use:
 * anything the sanitiser would remove refuses the key (`unsafeRichText`) instead of being dropped. Throws
 * PackError naming every problem found (up to a limit); a pack offered as a key is `packNotKey`.
 */
export function readKeyFile(bytes: Uint8Array, options: ReadKeyOptions): PackKeyV1 {
  if (isZipArchive(bytes)) throw new PackError([{ code: 'packNotKey' }]);
  if (bytes.byteLength > MAX_KEY_BYTES) throw new PackError([{ code: 'tooLarge', maxBytes: MAX_KEY_BYTES }]);
  const key = parseKey(parseJsonBytes(bytes));
  const file = options.fileName ?? 'answer key';
  const problems: PackProblem[] = [];
  const cases = key.cases.map((keyCase, index) => {
    const clean = (field: 'modelAnswer' | 'gradingNotes', html: string): string => {
      const result = options.sanitize(html);
      if (result.removed.length) {
        problems.push({
          code: 'unsafeRichText',
          path: ['cases', index, field],
          file,
          found: result.removed.slice(0, 5),
        });
      }
      return result.html;
    };
    const modelAnswer = clean('modelAnswer', keyCase.modelAnswer);
    return keyCase.gradingNotes === undefined
      ? { caseId: keyCase.caseId, modelAnswer }
      : { caseId: keyCase.caseId, modelAnswer, gradingNotes: clean('gradingNotes', keyCase.gradingNotes) };
  });
  if (problems.length) throw new PackError(problems.slice(0, MAX_REPORTED_PROBLEMS));
  return { ...key, cases };
}

/** Checks parsed JSON as a key: its format and version first, then every field, then unique case ids. */
export function parseKey(json: unknown): PackKeyV1 {
  const format =
    typeof json === 'object' && json !== null ? (json as { format?: unknown }).format : undefined;
  if (format === PACK_FORMAT) throw new PackError([{ code: 'packNotKey' }]);
  if (format !== KEY_FORMAT) throw new PackError([{ code: 'notAKey' }]);
  const formatVersion = (json as { formatVersion?: unknown }).formatVersion;
  if (typeof formatVersion !== 'number' || !SUPPORTED_KEY_FORMAT_VERSIONS.includes(formatVersion)) {
    throw new PackError([
      {
        code: 'unsupportedFormatVersion',
        found: excerptOfJson(formatVersion),
        supported: SUPPORTED_KEY_FORMAT_VERSIONS,
      },
    ]);
  }
  const result = keyV1.safeParse(json);
  if (!result.success) {
    throw new PackError(
      result.error.issues.flatMap((issue) => toProblems(issue, json)).slice(0, MAX_REPORTED_PROBLEMS),
    );
  }
  const seen = new Set<string>();
  const problems: PackProblem[] = [];
  result.data.cases.forEach(({ caseId }, index) => {
    if (seen.has(caseId))
      problems.push({ code: 'duplicateId', path: ['cases', index, 'caseId'], id: caseId });
    seen.add(caseId);
  });
  if (problems.length) throw new PackError(problems.slice(0, MAX_REPORTED_PROBLEMS));
  return result.data;
}
