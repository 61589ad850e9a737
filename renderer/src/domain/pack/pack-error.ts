import { excerpt } from '../text/excerpt';

/** Where in a pack a problem is: `['cases', 0, 'title']`. The UI words it for people (case 1 → title). */
export type FieldPath = (string | number)[];

/** What a size limit counts: characters of a text, items of a list, or a number's value. */
export type LimitUnit = 'characters' | 'items' | 'value';

/**
 * Why a pack file was refused. The domain names the problem and where it is; the UI turns the code into a
 * sentence in the user's language.
 */
export type PackProblem =
  | { code: 'tooLarge'; maxBytes: number }
  | { code: 'notText' }
  /** `line` and `column` (from 1) where the JSON parser stopped, when it says. */
  | { code: 'notJson'; line?: number; column?: number }
  | { code: 'notAPack' }
  | { code: 'unsupportedFormatVersion'; found: string; supported: number[] }
  | { code: 'missingField'; path: FieldPath }
  | { code: 'unknownField'; path: FieldPath }
  | { code: 'wrongType'; path: FieldPath; expected: string }
  | { code: 'invalidValue'; path: FieldPath }
  | { code: 'tooShort'; path: FieldPath; min: number; unit: LimitUnit }
  | { code: 'tooLong'; path: FieldPath; max: number; unit: LimitUnit }
  | { code: 'unknownActType'; path: FieldPath; actType: string }
  | { code: 'duplicateId'; path: FieldPath; id: string }
  /** A pack's own act template (format 3) with the id of a template the app ships. */
  | { code: 'builtInTemplateId'; path: FieldPath; id: string }
  /** A template's text pattern that is not a small regular expression compiling with the `u` flag. */
  | { code: 'invalidPattern'; path: FieldPath }
  /** A template none of whose parts maps to an element of the judgment body (so no Akoma Ntoso export). */
  | { code: 'templateWithoutBody'; path: FieldPath }
  | { code: 'olderVersion'; title: string; imported: number; offered: number }
  /** The library has this pack at this version with other content: it was changed without raising `version`. */
  | { code: 'changedWithoutNewVersion'; title: string; version: number }
  /** Neither a zip pack (`.cdpack`) nor a JSON pack. */
  | { code: 'unknownFileType' }
  /** The zip archive's structure is broken, or one entry's data is. */
  | { code: 'corruptArchive'; file?: string }
  /**
   * ZIP64 (also a ZIP64 extra field alone), several disks, encryption, a compression method other than stored
   * or deflate, a flag bit this reader does not act on, or a second name for a file in an extra field.
   */
  | {
      code: 'unsupportedArchive';
      reason: 'zip64' | 'multiDisk' | 'encrypted' | 'compression' | 'flags' | 'secondName';
      file?: string;
    }
  | { code: 'tooManyEntries'; max: number }
  /** The archive's files add up to more than this once unpacked. */
  | { code: 'archiveTooLarge'; maxBytes: number }
  | { code: 'entryTooLarge'; file: string; maxBytes: number }
  | { code: 'compressionRatio'; file: string; max: number }
  /** The archive as a whole unpacks to more than `max` times its size: many small bombs. */
  | { code: 'archiveCompressionRatio'; max: number }
  /** An entry unpacked to another size than it declared. */
  | { code: 'sizeMismatch'; file: string }
  | { code: 'checksumMismatch'; file: string }
  /** An absolute or traversing name (`/x`, `C:x`, `../x`), a backslash or a control character. */
  | { code: 'unsafeEntryName'; file: string }
  | { code: 'duplicateEntry'; file: string }
  | { code: 'nestedArchive'; file: string }
  | { code: 'missingManifest'; file: string }
  /** The manifest names a file the archive does not hold. */
  | { code: 'missingFile'; path: FieldPath; file: string }
  /** The archive holds a file the manifest does not name. */
  | { code: 'unexpectedFile'; file: string }
  /** A file's content is not of the media type the manifest declares. */
  | { code: 'wrongMediaType'; path: FieldPath; file: string; declared: string }
  | { code: 'digestMismatch'; path: FieldPath; file: string }
  /** An image declaring more pixels than the reader will decode. */
  | { code: 'imageTooLarge'; path: FieldPath; file: string; width: number; height: number; maxPixels: number }
  /** Rich text holding what a pack may not: scripts, event handlers, forms, links or remote resources… */
  | { code: 'unsafeRichText'; path: FieldPath; file: string; found: string[] }
  /** One rich-text file named by more materials than `max`: each stores its own copy. */
  | { code: 'richTextNamedTooOften'; file: string; namings: number; max: number }
  /** The pack's rich text adds up to more than this, counting a file once for every material naming it. */
  | { code: 'packRichTextTooLarge'; maxBytes: number }
  /** A zip of feedback files (a trainer's for a whole cohort) offered where a pack was expected. */
  | { code: 'feedbackArchive' }
  /**
   * A signed pack changed after signing: its signature does not hold for its manifest, a file does not match the
   * manifest, or the signature file cannot be read (then no `signer`).
   */
  | { code: 'signatureMismatch'; signer?: string }
  /** Only a pack archive (`.cdpack`) can be signed, not a JSON pack of format 1. */
  | { code: 'signNeedsArchive' }
  /** A trainer key (`.cdkey`) offered where a pack was expected. */
  | { code: 'keyNotPack' }
  /** Neither a trainer key nor a pack: a file offered as a key that is not one. */
  | { code: 'notAKey' }
  /** A case pack (`.cdpack` or JSON pack) offered where a trainer key was expected. */
  | { code: 'packNotKey' };

export class PackError extends Error {
  readonly problems: PackProblem[];

  constructor(problems: PackProblem[]) {
    const quoted = problems.map((problem) => withExcerpts(problem));
    super(`Invalid case pack: ${quoted.map((problem) => JSON.stringify(problem)).join('; ')}`);
    this.name = 'PackError';
    this.problems = quoted;
  }
}

/**
 * A problem's texts (a file name, a field's name in its path, a value found) come from the file, which may make
 * them megabytes long: each is cut to an excerpt, by PackError for every reader and again by whatever words a
 * problem, since problems are also made elsewhere (storage, the import screen).
 */
export function withExcerpts(problem: PackProblem): PackProblem {
  const quote = (value: unknown): unknown => (typeof value === 'string' ? excerpt(value) : value);
  const fields = Object.entries(problem).map(([name, value]) => [
    name,
    Array.isArray(value) ? value.map(quote) : quote(value),
  ]);
  return Object.fromEntries(fields) as PackProblem;
}
