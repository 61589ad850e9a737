import { ACT_TEMPLATES } from '../../renderer/src/domain/act/templates';
import { withExcerpts, type PackProblem } from '../../renderer/src/domain/pack/pack-error';
import { excerpt } from '../../renderer/src/domain/text/excerpt';
import { formatFieldPath } from './source-problem';

/**
 * What a PackProblem means, in plain English, for the command-line tools. The app says the same in the user's
 * language (features/library/describe-pack-problem.ts); here the reader is a trainer building a pack.
 */
export function describePackProblem(offered: PackProblem): string {
  const problem = withExcerpts(offered);
  const message = problemMessage(problem);
  return 'path' in problem && problem.path.length ? `${formatFieldPath(problem.path)}: ${message}` : message;
}

/**
 * The message without the field it is about, for callers that say where themselves. `found` is the value that
 * was there, when the caller has it: type mistakes are clearer with it. What it quotes is an excerpt.
 */
export function problemMessage(offered: PackProblem, found?: unknown): string {
  const problem = withExcerpts(offered);
  switch (problem.code) {
    case 'tooLarge':
      return `The file is larger than ${mebibytes(problem.maxBytes)}.`;
    case 'notText':
      return 'The file is not UTF-8 text.';
    case 'notJson':
      return problem.line === undefined
        ? 'The file is not valid JSON.'
        : `The file is not valid JSON (line ${problem.line}, column ${problem.column ?? 1}).`;
    case 'notAPack':
      return 'The file is not a CaseDraft case pack.';
    case 'unsupportedFormatVersion':
      return `Format version ${problem.found} is not one this CaseDraft reads (it reads ${problem.supported.join(', ')}).`;
    case 'missingField':
      return 'is missing; it is required.';
    case 'unknownField':
      return 'is not a field this format knows. Check the spelling, or delete the line.';
    case 'wrongType':
      return wrongType(problem.expected, found);
    case 'invalidValue':
      return `has a value that is not allowed${found === undefined ? '' : ` (${describeValue(found)})`}. ${
        valueRule(problem.path) ?? 'Check it against docs/authoring.md.'
      }`;
    case 'tooShort':
      if (problem.min === 1 && problem.unit === 'characters') return 'is empty; write some text.';
      if (problem.min === 1 && problem.unit === 'items')
        return 'is an empty list; it needs at least one item.';
      return withRule(
        problem.unit === 'value'
          ? `must be at least ${problem.min}.`
          : `must have at least ${problem.min} ${problem.unit}${measured(found, problem.unit)}.`,
        problem.path,
      );
    case 'tooLong':
      if (problem.unit === 'value') return `must be at most ${problem.max}.`;
      return `${problem.unit === 'items' ? 'has too many items' : 'is too long'}: at most ${problem.max} ${problem.unit}${measured(found, problem.unit)}.`;
    case 'unknownActType':
      return `"${problem.actType}" is not an act template CaseDraft knows. Use one of: ${[...ACT_TEMPLATES.keys()].join(', ')}, or a template of the pack's templates folder.`;
    case 'duplicateId':
      return `the id "${problem.id}" is used more than once; each must be different.`;
    case 'builtInTemplateId':
      return `is "${problem.id}", the id of a template CaseDraft ships: give the pack's own template another id.`;
    case 'invalidPattern':
      return (
        `is not a small regular expression${found === undefined ? '' : ` (${describeValue(found)})`}: it must ` +
        'work with the u flag (so no needless escapes such as \\ш), without a repeated group such as (…)+ and ' +
        'without back-references such as \\1, and with few ways to match: at most one *, + or {n,}, counts of ' +
        'at most 200, and few choices together (write \\d{1,3}\\s?, not \\d+\\s*).'
      );
    case 'templateWithoutBody':
      return (
        "none of the template's parts has an akomaNtoso element of the act's body: introduction, background, " +
        'arguments, remedies, motivation or decision.'
      );
    case 'olderVersion':
      return `The library already has version ${problem.imported} of "${problem.title}"; version ${problem.offered} is older.`;
    case 'changedWithoutNewVersion':
      return `Version ${problem.version} of "${problem.title}" already exists with other content: raise "version" in pack.yaml.`;
    case 'unknownFileType':
      return 'The file is neither a .cdpack archive nor a JSON case pack.';
    case 'corruptArchive':
      return `The archive is damaged${problem.file ? ` (at ${problem.file})` : ''}.`;
    case 'unsupportedArchive':
      return `The archive uses ${ARCHIVE_FEATURES[problem.reason]}, which packs may not${problem.file ? ` (${problem.file})` : ''}.`;
    case 'tooManyEntries':
      return `The archive holds more than ${problem.max} files.`;
    case 'archiveTooLarge':
      return `The pack's files add up to more than ${mebibytes(problem.maxBytes)}.`;
    case 'entryTooLarge':
      return `${problem.file} is larger than ${mebibytes(problem.maxBytes)}.`;
    case 'compressionRatio':
      return `${problem.file} is compressed more than ${problem.max} times, as zip bombs are.`;
    case 'archiveCompressionRatio':
      return `The pack as a whole is compressed more than ${problem.max} times, as zip bombs are.`;
    case 'sizeMismatch':
      return `${problem.file} does not unpack to the size the archive declares.`;
    case 'checksumMismatch':
      return `${problem.file} is damaged: its CRC-32 does not match.`;
    case 'unsafeEntryName':
      return `The archive holds a file with an unsafe name: ${problem.file}.`;
    case 'duplicateEntry':
      return `The archive holds ${problem.file} twice.`;
    case 'nestedArchive':
      return `${problem.file} is an archive inside the pack; packs may not hold archives.`;
    case 'missingManifest':
      return `The archive has no ${problem.file}.`;
    case 'missingFile':
      return `names ${problem.file}, which the archive does not hold.`;
    case 'unexpectedFile':
      return `The archive holds ${problem.file}, which the manifest does not name.`;
    case 'wrongMediaType':
      return `${problem.file} is not ${MEDIA_TYPE_WORDS[problem.declared] ?? problem.declared}, as declared.`;
    case 'imageTooLarge':
      return `${problem.file} is an image of ${problem.width} × ${problem.height} pixels, more than ${problem.maxPixels / 1_000_000} megapixels: scan it at a lower resolution (150–300 dpi).`;
    case 'digestMismatch':
      return `${problem.file} does not match its sha256.`;
    case 'unsafeRichText':
      return `${problem.file} holds what rich text in a pack may not: ${problem.found.join(', ')}.`;
    case 'richTextNamedTooOften':
      return `${problem.file} is named by ${problem.namings} materials; at most ${problem.max} may name one file.`;
    case 'packRichTextTooLarge':
      return `The pack's Markdown materials add up to more than ${mebibytes(problem.maxBytes)} of HTML.`;
    case 'keyNotPack':
      return 'This is an answer key (.cdkey), not a case pack.';
    case 'feedbackArchive':
      return 'This is a zip of feedback files (.cdfb), not a case pack.';
    case 'notAKey':
      return 'This is not a CaseDraft answer key.';
    case 'packNotKey':
      return 'This is a case pack, not an answer key (.cdkey).';
    case 'signatureMismatch':
      return problem.signer === undefined
        ? "The pack's signature is damaged or not this pack's: the pack was changed after signing."
        : `The pack was changed after ${problem.signer} signed it.`;
    case 'signNeedsArchive':
      return 'Only a pack archive (.cdpack) can be signed, not a JSON pack.';
    default:
      return unhandled(problem);
  }
}

function unhandled(problem: never): string {
  return JSON.stringify(problem);
}

const ARCHIVE_FEATURES = {
  zip64: 'the ZIP64 extension',
  multiDisk: 'several disks',
  encrypted: 'encryption',
  compression: 'a compression method other than deflate',
  flags: 'zip flags this reader does not act on (a data descriptor after a stored file, patched data…)',
  secondName: 'a second name for a file in an extra field (Info-ZIP Unicode path)',
} as const;

const MEDIA_TYPE_WORDS: Record<string, string> = {
  'text/html': 'UTF-8 HTML text',
  'application/pdf': 'a PDF file',
  'image/png': 'a PNG image',
  'image/jpeg': 'a JPEG image',
};

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  object: 'a group of fields (name: value lines)',
  boolean: 'true or false',
};

function wrongType(expected: string, found: unknown): string {
  const wanted = TYPE_WORDS[expected] ?? expected;
  if (found === undefined) return `must be ${wanted}.`;
  if (found === null) return `is empty; it must be ${wanted}.`;
  const advice =
    (expected === 'number' || expected === 'int') &&
    typeof found === 'string' &&
    /^\s*-?\d+(\.\d+)?\s*$/.test(found)
      ? ' Write the number without quotes.'
      : expected === 'string' && (typeof found === 'number' || typeof found === 'boolean')
        ? ' Put it in quotes.'
        : expected === 'int' && typeof found === 'number'
          ? ' Write it without a fraction.'
          : '';
  return `must be ${wanted}, but it is ${describeValue(found)}.${advice}`;
}

/** A value as a trainer would recognise it in their file. */
export function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (typeof value === 'string') return `the text "${excerpt(value, 40)}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  return typeof value;
}

const SLUG_RULE =
  'An id is 3 to 64 characters: lower-case Latin letters a-z, digits 0-9 and "-", not starting or ending ' +
  'with "-" (for example loan-dispute).';

/** The rule a field's value must follow, by the field's name. */
function valueRule(path: readonly (string | number)[]): string | undefined {
  const field = [...path].reverse().find((segment): segment is string => typeof segment === 'string');
  if (field === 'cases' && typeof path.at(-1) === 'number') return SLUG_RULE;
  switch (field) {
    case 'id':
    case 'caseId':
    case 'packId':
    case 'branch':
    case 'actType':
      return SLUG_RULE;
    case 'article':
      return 'An article number is digits, optionally followed by "-" and digits, such as "715" or "829-14".';
    case 'date':
      return 'Write the date as YYYY-MM-DD, such as 2026-11-22.';
    case 'language':
      return 'Use ru (Russian) or kk (Kazakh).';
    case 'format':
    case 'formatVersion':
      return 'The build tool writes this field; do not write it yourself.';
    case 'mediaType':
      return 'Use text/html, application/pdf, image/png or image/jpeg.';
    case 'sha256':
      return 'A sha256 is 64 lower-case hexadecimal digits.';
    case 'file':
      return 'File names in a pack use Latin letters, digits, ".", "-" and "_", with "/" between folders.';
    default:
      return undefined;
  }
}

function withRule(message: string, path: readonly (string | number)[]): string {
  const rule = valueRule(path);
  return rule ? `${message} ${rule}` : message;
}

/** `, it has 5230` when the value was given: how far over or under the limit the trainer is. */
function measured(found: unknown, unit: 'characters' | 'items'): string {
  if (unit === 'characters' && typeof found === 'string') return `; it has ${found.trim().length}`;
  if (unit === 'items' && Array.isArray(found)) return `; it has ${found.length}`;
  return '';
}

function mebibytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}
