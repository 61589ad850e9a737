import { cooperate } from '../cooperate';
import { canonicalJson } from '../integrity/canonical-json';
import { sha256Hex, sha256HexOfBytes } from '../integrity/sha256';
import { defaultRubric } from './default-rubric';
import { imageSize } from './image-size';
import { sniffMediaType } from './media-type';
import type { CasePack, PackAttachment, PackMaterial, ReadPack } from './pack';
import { PackError, type PackProblem } from './pack-error';
import { packFromV1 } from './pack-from-v1';
import { MANIFEST_FILE, packV2, type PackV2, type PackV2Material } from './pack-v2';
import { asChangedAfterSigning, checkPackSignature, SIGNATURE_FILE } from './pack-signature';
import { packV3, type PackV3 } from './pack-v3';
import { packV4, type PackV4 } from './pack-v4';
import {
  checkFormatVersion,
  MAX_JSON_PACK_BYTES,
  MAX_REPORTED_PROBLEMS,
  parseJsonBytes,
  parsePackFile,
  validate,
} from './parse-pack';
import type { RichTextSanitizer, SanitizedRichText } from './rich-text';
import { PACK_RICH_TEXT_LIMITS, type RichTextLimits } from './rich-text-limits';
import { extractEntry, isZipArchive, openZip, type ZipArchive } from './zip/read-zip';
import type { ZipLimits } from './zip/zip-limits';

export interface PackReadProgress {
  phase: 'unpacking' | 'checking';
  done: number;
  total: number;
}

export interface ReadPackOptions {
  sanitize: RichTextSanitizer;
  signal?: AbortSignal;
  onProgress?: (progress: PackReadProgress) => void;
  limits?: ZipLimits;
  richTextLimits?: RichTextLimits;
}

/**
 * An A4 page scanned at 600 dpi is 35 megapixels. Larger images are refused before anything decodes them: a small
 * file can declare billions of pixels.
 */
export const MAX_IMAGE_PIXELS = 50_000_000;

/**
 * The manifest of a pack archive: version 3 is version 2 with the pack's own act templates, version 4 adds the
 * trainers submissions are sealed to and exam codes' checks.
 */
type ArchiveManifest = PackV2 | PackV3 | PackV4;

const ARCHIVE_MANIFESTS = { 2: packV2, 3: packV3, 4: packV4 } as const;

/**
 * Reads a pack file of any supported version and checks all of it: a `.cdpack` zip (version 2 or 3) or a JSON
 * pack (version 1). Nothing is written; the result is what an import stores. Throws PackError naming every problem
 * found (up to a limit), or an AbortError when `signal` is aborted.
 */
export async function readPackFile(bytes: Uint8Array, options: ReadPackOptions): Promise<ReadPack> {
  if (isZipArchive(bytes)) return readPackArchive(bytes, options);
  if (!looksLikeJson(bytes)) throw new PackError([{ code: 'unknownFileType' }]);
  const pack = parsePackFile(bytes);
  const casePack = packFromV1(pack);
  // Escaping makes a version-1 pack's text longer than the file held.
  checkStoredRichText(casePack, options.richTextLimits ?? PACK_RICH_TEXT_LIMITS);
  return { pack: casePack, attachments: [], digest: await manifestDigest(pack) };
}

/**
 * The manifest is read first, and every other entry is checked against it from the central directory before
 * anything else is inflated: a file the manifest does not name is never unpacked.
 */
async function readPackArchive(bytes: Uint8Array, options: ReadPackOptions): Promise<ReadPack> {
  const archive = openZip(bytes, options.limits);
  const manifestEntry = archive.entries.get(MANIFEST_FILE);
  if (!manifestEntry) throw new PackError([{ code: 'missingManifest', file: MANIFEST_FILE }]);
  if (manifestEntry.size > MAX_JSON_PACK_BYTES) {
    throw new PackError([{ code: 'entryTooLarge', file: MANIFEST_FILE, maxBytes: MAX_JSON_PACK_BYTES }]);
  }
  const json = parseJsonBytes(await extractEntry(archive, manifestEntry, { signal: options.signal }));
  const digest = await manifestDigest(json);
  // Before the manifest's fields are looked at: any change to a signed manifest is told as such.
  const signedBy = await checkPackSignature(archive, digest, options.signal);
  try {
    const version = checkFormatVersion(json, [2, 3, 4]) as keyof typeof ARCHIVE_MANIFESTS;
    const manifest: ArchiveManifest = validate(ARCHIVE_MANIFESTS[version], json);
    const richTextLimits = options.richTextLimits ?? PACK_RICH_TEXT_LIMITS;
    checkEntriesAgainstManifest(manifest, archive, richTextLimits);
    const files = await extractNamedFiles(manifest, archive, options);
    const { pack, attachments } = await checkFiles(manifest, files, options);
    checkStoredRichText(pack, richTextLimits);
    return {
      pack,
      attachments: withBlobs(attachments, bytes),
      digest,
      ...(signedBy ? { signedBy } : {}),
    };
  } catch (error) {
    throw asChangedAfterSigning(error, signedBy);
  }
}

function checkEntriesAgainstManifest(
  manifest: ArchiveManifest,
  archive: ZipArchive,
  limits: RichTextLimits,
): void {
  const problems: PackProblem[] = [];
  const typeOf = new Map<string, string>();
  const richTextNamings = new Map<string, number>();
  let richTextBytes = 0;
  manifest.cases.forEach((packCase, caseIndex) =>
    packCase.materials.forEach(({ file, mediaType }, materialIndex) => {
      const path = ['cases', caseIndex, 'materials', materialIndex, 'file'];
      // One file is one kind of document: named twice, it must be with the same type.
      if ((typeOf.get(file) ?? mediaType) !== mediaType) {
        problems.push({ code: 'wrongMediaType', path, file, declared: mediaType });
      }
      typeOf.set(file, mediaType);
      if (mediaType !== 'text/html') return;
      const size = archive.entries.get(file)?.size ?? 0;
      const namings = (richTextNamings.get(file) ?? 0) + 1;
      richTextNamings.set(file, namings);
      richTextBytes += size;
      if (namings > 1) return; // each file's own problems once
      if (size > limits.maxFileBytes) {
        problems.push({ code: 'entryTooLarge', file, maxBytes: limits.maxFileBytes });
      }
    }),
  );
  for (const [file, namings] of richTextNamings) {
    if (namings > limits.maxNamings) {
      problems.push({ code: 'richTextNamedTooOften', file, namings, max: limits.maxNamings });
    }
  }
  if (richTextBytes > limits.maxPackBytes) {
    problems.push({ code: 'packRichTextTooLarge', maxBytes: limits.maxPackBytes });
  }
  for (const entry of archive.entries.values()) {
    if (entry.name !== MANIFEST_FILE && entry.name !== SIGNATURE_FILE && !typeOf.has(entry.name)) {
      problems.push({ code: 'unexpectedFile', file: entry.name });
    }
  }
  if (problems.length) throw new PackError(problems.slice(0, MAX_REPORTED_PROBLEMS));
}

/** Unpacks each file the manifest names, once; a named file the archive lacks is reported by checkFiles. */
async function extractNamedFiles(
  manifest: ArchiveManifest,
  archive: ZipArchive,
  options: ReadPackOptions,
): Promise<Map<string, Uint8Array>> {
  const entries = [...new Set(manifest.cases.flatMap((packCase) => packCase.materials.map((m) => m.file)))]
    .map((file) => archive.entries.get(file))
    .filter((entry) => entry !== undefined);
  const total = entries.reduce((sum, entry) => sum + entry.size, 0);
  let done = 0;
  const files = new Map<string, Uint8Array>();
  for (const entry of entries) {
    options.signal?.throwIfAborted();
    // The manifest gives every file a SHA-256, a stronger check than the zip's CRC-32.
    files.set(
      entry.name,
      await extractEntry(archive, entry, { signal: options.signal, verifyChecksum: false }),
    );
    done += entry.size;
    options.onProgress?.({ phase: 'unpacking', done, total });
    await cooperate();
  }
  return files;
}

/** Every file the manifest names is there, of the declared type and digest, rich text safe; no file is extra. */
async function checkFiles(
  manifest: ArchiveManifest,
  files: Map<string, Uint8Array>,
  options: ReadPackOptions,
): Promise<Pick<ReadPack, 'pack' | 'attachments'>> {
  const problems: PackProblem[] = [];
  const attachments = new Map<string, PackAttachment>();
  const total = manifest.cases.reduce((sum, packCase) => sum + packCase.materials.length, 0);
  const digests = startDigests(manifest, files);
  const richText = new Map<string, SanitizedRichText | undefined>();
  let done = 0;
  const cases: CasePack['cases'] = [];
  for (const [caseIndex, packCase] of manifest.cases.entries()) {
    const materials: PackMaterial[] = [];
    for (const [materialIndex, material] of packCase.materials.entries()) {
      options.signal?.throwIfAborted();
      const path = ['cases', caseIndex, 'materials', materialIndex, 'file'];
      const bytes = files.get(material.file);
      const sha256 = await digests.get(material.file);
      if (bytes === undefined || sha256 === undefined) {
        problems.push({ code: 'missingFile', path, file: material.file });
      } else {
        const checked = checkMaterial(
          material,
          { bytes, sha256 },
          path,
          options.sanitize,
          problems,
          richText,
        );
        if (checked) materials.push(checked.material);
        if (checked?.attachment) attachments.set(checked.attachment.sha256, checked.attachment);
      }
      options.onProgress?.({ phase: 'checking', done: ++done, total });
      await cooperate();
    }
    const { materials: _declared, legislation, rubric, ...fields } = packCase;
    cases.push({
      ...fields,
      materials,
      legislation: legislation ?? [],
      rubric: rubric ?? defaultRubric(packCase.language),
    });
  }
  if (problems.length) throw new PackError(problems.slice(0, MAX_REPORTED_PROBLEMS));
  const { cases: _manifestCases, ...fields } = manifest;
  return { pack: { ...fields, cases }, attachments: [...attachments.values()] };
}

/**
 * The rich text the pack would store, a copy for every material, in characters once sanitised (or, in version 1,
 * escaped): the parser may complete markup, so this can be more than the files' sizes checked before unpacking.
 */
function checkStoredRichText(pack: CasePack, limits: RichTextLimits): void {
  let stored = 0;
  for (const material of pack.cases.flatMap((packCase) => packCase.materials)) {
    if (material.kind === 'text') stored += material.html.length;
  }
  if (stored > limits.maxPackBytes) {
    throw new PackError([{ code: 'packRichTextTooLarge', maxBytes: limits.maxPackBytes }]);
  }
}

/**
 * Gives the attachments stored uncompressed in the archive (how `npm run pack` stores PDFs and images) Blobs
 * that are slices of one Blob of the whole archive. One large Blob is made several times faster than one per
 * file, and slicing a Blob copies nothing.
 */
function withBlobs(attachments: PackAttachment[], archive: Uint8Array): PackAttachment[] {
  let archiveBlob: Blob | undefined;
  return attachments.map((attachment) => {
    const { bytes, mediaType } = attachment;
    if (bytes.buffer !== archive.buffer) return attachment;
    archiveBlob ??= new Blob([archive as Uint8Array<ArrayBuffer>]);
    const start = bytes.byteOffset - archive.byteOffset;
    return { ...attachment, blob: archiveBlob.slice(start, start + bytes.byteLength, mediaType) };
  });
}

/**
 * Starts hashing every file the manifest names, all at once: WebCrypto works off the main thread, so the
 * digests run while rich text is sanitised. Keyed by file name; a named file missing from the archive has none.
 */
function startDigests(
  manifest: ArchiveManifest,
  files: Map<string, Uint8Array>,
): Map<string, Promise<string>> {
  const digests = new Map<string, Promise<string>>();
  for (const { file } of manifest.cases.flatMap((packCase) => packCase.materials)) {
    const bytes = files.get(file);
    if (bytes && !digests.has(file)) digests.set(file, sha256HexOfBytes(bytes));
  }
  return digests;
}

/**
 * `richText` holds each rich-text file's outcome once checked (undefined: refused, and reported): a file is
 * decoded and sanitised once however many materials name it, and its problem reported once.
 */
function checkMaterial(
  material: PackV2Material,
  { bytes, sha256 }: { bytes: Uint8Array; sha256: string },
  path: (string | number)[],
  sanitize: RichTextSanitizer,
  problems: PackProblem[],
  richText: Map<string, SanitizedRichText | undefined>,
): { material: PackMaterial; attachment?: PackAttachment } | undefined {
  const file = material.file;
  if (sha256 !== material.sha256) {
    problems.push({ code: 'digestMismatch', path, file });
    return undefined;
  }
  const { id, title, mediaType } = material;
  if (mediaType === 'text/html') {
    if (!richText.has(file))
      richText.set(
        file,
        checkRichText(bytes, sanitize, (problem) => problems.push({ ...problem, path, file })),
      );
    const clean = richText.get(file);
    return clean && { material: { kind: 'text', id, title, html: clean.html } };
  }
  if (sniffMediaType(bytes) !== mediaType) {
    problems.push({ code: 'wrongMediaType', path, file, declared: mediaType });
    return undefined;
  }
  if (mediaType !== 'application/pdf') {
    const size = imageSize(bytes, mediaType);
    if (!size) {
      problems.push({ code: 'wrongMediaType', path, file, declared: mediaType });
      return undefined;
    }
    if (size.width * size.height > MAX_IMAGE_PIXELS) {
      problems.push({ code: 'imageTooLarge', path, file, ...size, maxPixels: MAX_IMAGE_PIXELS });
      return undefined;
    }
  }
  const fileName = file.slice(file.lastIndexOf('/') + 1);
  return {
    material: { kind: 'attachment', id, title, mediaType, sha256, size: bytes.byteLength, fileName },
    attachment: { sha256, mediaType, bytes },
  };
}

type RichTextProblem =
  { code: 'wrongMediaType'; declared: 'text/html' } | { code: 'unsafeRichText'; found: string[] };

/** A rich-text file decoded and sanitised, or undefined when refused, which `report` is told why. */
function checkRichText(
  bytes: Uint8Array,
  sanitize: RichTextSanitizer,
  report: (problem: RichTextProblem) => void,
): SanitizedRichText | undefined {
  const html = decodeUtf8(bytes);
  if (html === undefined || sniffMediaType(bytes)) {
    report({ code: 'wrongMediaType', declared: 'text/html' });
    return undefined;
  }
  const clean = sanitize(html);
  if (clean.removed.length) {
    report({ code: 'unsafeRichText', found: clean.removed.slice(0, 5) });
    return undefined;
  }
  return clean;
}

/** See ReadPack.digest: taken over the manifest as read, before validation trims or defaults anything. */
export function manifestDigest(manifest: unknown): Promise<string> {
  return sha256Hex(canonicalJson(manifest));
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** A JSON pack starts with `{`, after an optional byte-order mark and white space. */
function looksLikeJson(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[i] ?? 0)) i++;
  return bytes[i] === 0x7b;
}
