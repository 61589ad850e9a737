import { Inflate } from 'fflate';
import { cooperate } from '../../cooperate';
import { PackError, type PackProblem } from '../pack-error';
import { crc32 } from './crc32';
import { PACK_ZIP_LIMITS, type ZipLimits } from './zip-limits';

/** One file of an archive as its central directory describes it, checked against its local header. */
export interface ZipEntry {
  name: string;
  /** Uncompressed size, as declared; extraction refuses any other. */
  size: number;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  dataStart: number;
}

/** An archive whose structure and every declared size passed the limits; nothing is inflated yet. */
export interface ZipArchive {
  bytes: Uint8Array;
  entries: Map<string, ZipEntry>;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_LENGTH = 22;
const MAX_COMMENT_LENGTH = 0xffff;
const FLAG_ENCRYPTED = 0x1;
/** Bits 1 and 2 of a deflated entry: how hard the writer compressed; they change nothing for a reader. */
const FLAGS_DEFLATE_LEVEL = 0x6;
const FLAG_DATA_DESCRIPTOR = 0x8;
const FLAG_STRONG_ENCRYPTION = 0x40;
const FLAG_UTF8 = 0x800;
const FLAG_MASKED_HEADERS = 0x2000;
const DATA_DESCRIPTOR_SIGNATURE = 0x08074b50;
/** Extra fields that change what a tool reads: ZIP64's sizes and offsets, Info-ZIP's second (Unicode) name. */
const EXTRA_ZIP64 = 0x0001;
const EXTRA_UNICODE_PATH = 0x7075;
const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;
/** Compressed input is fed in slices this size, so a lying entry can overshoot by at most ~1000 × this. */
const INFLATE_SLICE = 32 * 1024;

const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06], // an empty archive
];
const NESTED_ARCHIVE_NAME = /\.(zip|cdpack|jar|gz|tgz|7z|rar|tar|bz2|xz|zst)$/i;
const NESTED_ARCHIVE_MAGIC: number[][] = [
  ...ZIP_SIGNATURES,
  [0x1f, 0x8b], // gzip
  [0x52, 0x61, 0x72, 0x21], // rar
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7z
  [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], // xz
  [0x28, 0xb5, 0x2f, 0xfd], // zstd
  [0x42, 0x5a, 0x68], // bzip2
];

export function isZipArchive(bytes: Uint8Array): boolean {
  return ZIP_SIGNATURES.some((signature) => startsWith(bytes, signature));
}

/**
 * Reads an archive's structure defensively, inflating nothing: every limit is checked against the central
 * directory (entry count, each size, the total, compression ratios per entry and for the whole archive); names
 * must be relative, without `..`, backslashes or duplicates (also ignoring case, as Windows and macOS file
 * systems do); archives inside are refused by name. Each local header must agree with its central record, and
 * entries must lie one after another without gaps or overlaps, so every zip tool sees the same files.
 */
export function openZip(bytes: Uint8Array, limits: ZipLimits = PACK_ZIP_LIMITS): ZipArchive {
  if (bytes.byteLength > limits.maxArchiveBytes) fail({ code: 'tooLarge', maxBytes: limits.maxArchiveBytes });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  const diskEntries = view.getUint16(eocd + 8, true);
  const count = view.getUint16(eocd + 10, true);
  const centralSize = view.getUint32(eocd + 12, true);
  const centralOffset = view.getUint32(eocd + 16, true);
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 6, true) !== 0 || diskEntries !== count) {
    fail({ code: 'unsupportedArchive', reason: 'multiDisk' });
  }
  if (count === 0xffff || centralOffset === 0xffffffff) fail({ code: 'unsupportedArchive', reason: 'zip64' });
  if (count > limits.maxEntries) fail({ code: 'tooManyEntries', max: limits.maxEntries });
  if (centralOffset + centralSize !== eocd) fail({ code: 'corruptArchive' });

  const entries = new Map<string, ZipEntry>();
  const folded = new Set<string>();
  let offset = centralOffset;
  let expectedLocal = 0;
  let totalSize = 0;
  for (let index = 0; index < count; index++) {
    if (offset + 46 > eocd || view.getUint32(offset, true) !== CENTRAL_SIGNATURE)
      fail({ code: 'corruptArchive' });
    const nameLength = view.getUint16(offset + 28, true);
    const recordEnd =
      offset + 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    if (recordEnd > eocd) fail({ code: 'corruptArchive' });
    const flags = view.getUint16(offset + 8, true);
    const name = decodeName(bytes.subarray(offset + 46, offset + 46 + nameLength), flags);
    if (view.getUint16(offset + 34, true) !== 0)
      fail({ code: 'unsupportedArchive', reason: 'multiDisk', file: name });
    const extraStart = offset + 46 + nameLength;
    checkExtraFields(view, extraStart, extraStart + view.getUint16(offset + 30, true), name);
    const entry = {
      name,
      flags,
      method: view.getUint16(offset + 10, true),
      crc: view.getUint32(offset + 16, true),
      compressedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      dataStart: 0,
    };
    const localHeader = view.getUint32(offset + 42, true);
    offset = recordEnd;

    checkEntry(entry, limits);
    if (folded.has(name.normalize('NFC').toLowerCase())) fail({ code: 'duplicateEntry', file: name });
    folded.add(name.normalize('NFC').toLowerCase());
    // Entries lie in central-directory order, each right after the one before: no hidden or shared data.
    if (localHeader !== expectedLocal) fail({ code: 'corruptArchive', file: name });
    entry.dataStart = checkLocalHeader(view, bytes, localHeader, entry);
    expectedLocal = entry.dataStart + entry.compressedSize + dataDescriptorLength(view, entry);
    totalSize += entry.size;
    if (totalSize > limits.maxTotalBytes) fail({ code: 'archiveTooLarge', maxBytes: limits.maxTotalBytes });
    // An empty folder entry, as zip tools add for every folder, holds nothing to check; one with any other data,
    // even data that claims to unpack to nothing, is kept, and refused as a file the manifest does not name.
    if (!(name.endsWith('/') && holdsNothing(bytes, entry))) entries.set(name, entry);
  }
  if (offset !== eocd || expectedLocal !== centralOffset) fail({ code: 'corruptArchive' });
  // Many entries each just under the per-entry check add up to a bomb too: the archive as a whole is held to it.
  if (totalSize >= limits.ratioCheckFromBytes && totalSize > bytes.byteLength * limits.maxCompressionRatio) {
    fail({ code: 'archiveCompressionRatio', max: limits.maxCompressionRatio });
  }
  return { bytes, entries };
}

function checkEntry(entry: ZipEntry, limits: ZipLimits): void {
  const { name, flags, method } = entry;
  if (!isSafeName(name)) fail({ code: 'unsafeEntryName', file: name });
  if (NESTED_ARCHIVE_NAME.test(name)) fail({ code: 'nestedArchive', file: name });
  if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION | FLAG_MASKED_HEADERS)) {
    fail({ code: 'unsupportedArchive', reason: 'encrypted', file: name });
  }
  if (method !== METHOD_STORED && method !== METHOD_DEFLATED) {
    fail({ code: 'unsupportedArchive', reason: 'compression', file: name });
  }
  // Any other flag would ask a reader to do something this one does not: patched data, other name encodings…
  // A stored entry has no end of its own, so one followed by a data descriptor is where readers part ways.
  const understood =
    FLAG_UTF8 | (method === METHOD_DEFLATED ? FLAGS_DEFLATE_LEVEL | FLAG_DATA_DESCRIPTOR : 0);
  if (flags & ~understood) fail({ code: 'unsupportedArchive', reason: 'flags', file: name });
  if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff) {
    fail({ code: 'unsupportedArchive', reason: 'zip64', file: name });
  }
  if (entry.size > limits.maxEntryBytes)
    fail({ code: 'entryTooLarge', file: name, maxBytes: limits.maxEntryBytes });
  if (method === METHOD_STORED && entry.size !== entry.compressedSize)
    fail({ code: 'sizeMismatch', file: name });
  if (
    entry.size >= limits.ratioCheckFromBytes &&
    entry.size > entry.compressedSize * limits.maxCompressionRatio
  ) {
    fail({ code: 'compressionRatio', file: name, max: limits.maxCompressionRatio });
  }
}

/**
 * No data, or the two-byte deflate stream of nothing that zlib, fflate and Java's zip writer give an empty
 * entry: nothing a tool could read.
 */
function holdsNothing(bytes: Uint8Array, entry: ZipEntry): boolean {
  if (entry.size !== 0) return false;
  if (entry.compressedSize === 0) return true;
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  return entry.method === METHOD_DEFLATED && data.length === 2 && data[0] === 0x03 && data[1] === 0x00;
}

/** The local header must repeat the central record; returns where the entry's data starts. */
function checkLocalHeader(view: DataView, bytes: Uint8Array, header: number, entry: ZipEntry): number {
  if (header + 30 > bytes.byteLength || view.getUint32(header, true) !== LOCAL_SIGNATURE) {
    fail({ code: 'corruptArchive', file: entry.name });
  }
  const nameLength = view.getUint16(header + 26, true);
  const extraStart = header + 30 + nameLength;
  const dataStart = extraStart + view.getUint16(header + 28, true);
  if (dataStart > bytes.byteLength) fail({ code: 'corruptArchive', file: entry.name });
  const localName = bytes.subarray(header + 30, header + 30 + nameLength);
  const sameName = decodeName(localName, view.getUint16(header + 6, true)) === entry.name;
  const sameMethod = view.getUint16(header + 8, true) === entry.method;
  const sameFlags = view.getUint16(header + 6, true) === entry.flags;
  const localSizes = [header + 14, header + 18, header + 22].map((at) => view.getUint32(at, true));
  const centralSizes = [entry.crc, entry.compressedSize, entry.size];
  // With a data descriptor the local header may leave them as zeros, to be read after the data.
  const sameSizes =
    localSizes.every((value, i) => value === centralSizes[i]) ||
    (entry.flags & FLAG_DATA_DESCRIPTOR && localSizes.every((value) => value === 0));
  checkExtraFields(view, extraStart, dataStart, entry.name);
  if (
    !sameName ||
    !sameMethod ||
    !sameFlags ||
    !sameSizes ||
    dataStart + entry.compressedSize > bytes.byteLength
  ) {
    fail({ code: 'corruptArchive', file: entry.name });
  }
  return dataStart;
}

/**
 * A data descriptor after the data (flag bit 3): 12 bytes, or 16 with its optional signature, which must repeat
 * the central record's CRC and sizes, since a tool reading the archive from the front takes them from there.
 */
function dataDescriptorLength(view: DataView, entry: ZipEntry): number {
  if (!(entry.flags & FLAG_DATA_DESCRIPTOR)) return 0;
  const at = entry.dataStart + entry.compressedSize;
  const signed = at + 4 <= view.byteLength && view.getUint32(at, true) === DATA_DESCRIPTOR_SIGNATURE;
  const fields = signed ? at + 4 : at;
  if (
    fields + 12 > view.byteLength ||
    view.getUint32(fields, true) !== entry.crc ||
    view.getUint32(fields + 4, true) !== entry.compressedSize ||
    view.getUint32(fields + 8, true) !== entry.size
  ) {
    fail({ code: 'corruptArchive', file: entry.name });
  }
  return signed ? 16 : 12;
}

/**
 * Extra fields must fill their space exactly, as id, length and data. Most (timestamps, owners) change nothing
 * a reader extracts; a ZIP64 field, whatever sizes it holds, or a second name for the file, would make some
 * tools see another archive than this reader does, so they are refused.
 */
function checkExtraFields(view: DataView, start: number, end: number, file: string): void {
  if (end > view.byteLength) fail({ code: 'corruptArchive', file });
  let at = start;
  while (at < end) {
    if (at + 4 > end) fail({ code: 'corruptArchive', file });
    const id = view.getUint16(at, true);
    if (id === EXTRA_ZIP64) fail({ code: 'unsupportedArchive', reason: 'zip64', file });
    if (id === EXTRA_UNICODE_PATH) fail({ code: 'unsupportedArchive', reason: 'secondName', file });
    at += 4 + view.getUint16(at + 2, true);
  }
  if (at !== end) fail({ code: 'corruptArchive', file });
}

/** The EOCD must end the file: nothing may follow it but its own comment. */
function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_LENGTH;
  const first = Math.max(0, last - MAX_COMMENT_LENGTH);
  for (let offset = last; offset >= first; offset--) {
    if (
      view.getUint32(offset, true) === EOCD_SIGNATURE &&
      offset + EOCD_LENGTH + view.getUint16(offset + 20, true) === view.byteLength
    ) {
      return offset;
    }
  }
  return fail({ code: 'corruptArchive' });
}

/**
 * Unpacks one entry: inflated in slices, refused as soon as it produces more than it declared or if it produces
 * less, and checked for an archive inside; `verifyChecksum` false skips the CRC-32 for a caller that checks a
 * SHA-256 anyway.
 */
export async function extractEntry(
  archive: ZipArchive,
  entry: ZipEntry,
  options: { signal?: AbortSignal; verifyChecksum?: boolean } = {},
): Promise<Uint8Array> {
  const data = archive.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  const bytes = entry.method === METHOD_STORED ? data : await inflateExactly(data, entry, options.signal);
  if ((options.verifyChecksum ?? true) && crc32(bytes) !== entry.crc) {
    fail({ code: 'checksumMismatch', file: entry.name });
  }
  if (NESTED_ARCHIVE_MAGIC.some((magic) => startsWith(bytes, magic)))
    fail({ code: 'nestedArchive', file: entry.name });
  return bytes;
}

async function inflateExactly(data: Uint8Array, entry: ZipEntry, signal?: AbortSignal): Promise<Uint8Array> {
  const output = new Uint8Array(entry.size);
  let written = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    if (written + chunk.length > entry.size) fail({ code: 'sizeMismatch', file: entry.name });
    output.set(chunk, written);
    written += chunk.length;
    ended ||= final;
  });
  try {
    for (let offset = 0; offset < data.length; offset += INFLATE_SLICE) {
      inflater.push(data.subarray(offset, offset + INFLATE_SLICE), offset + INFLATE_SLICE >= data.length);
      signal?.throwIfAborted();
      await cooperate();
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof PackError || isAbort(error)) throw error;
    fail({ code: 'corruptArchive', file: entry.name });
  }
  if (!ended || written !== entry.size) fail({ code: 'sizeMismatch', file: entry.name });
  if (inputAfterStream(inflater)) fail({ code: 'corruptArchive', file: entry.name });
  return output;
}

/**
 * Whether bytes follow the end of the deflate stream in the entry's data: hidden there, they are data that
 * another tool might read. fflate stops at the stream's last block and does not say what it left; its state does:
 * `p` is the input it still holds from the byte where it stopped, and `s.p` the bits of that byte it used. This
 * reads fflate's internals (0.8), for want of a public way; read-zip.test.ts fails if a new version moves them.
 */
function inputAfterStream(inflater: Inflate): boolean {
  const { p: pending, s: state } = inflater as unknown as { p: Uint8Array; s: { p: number } };
  return pending.length > (state.p % 8 ? 1 : 0);
}

function decodeName(bytes: Uint8Array, flags: number): string {
  // Pack names are ASCII; a name in another encoding is refused rather than guessed at.
  const ascii = bytes.every((byte) => byte < 0x80);
  if (!ascii && !(flags & FLAG_UTF8)) fail({ code: 'unsafeEntryName', file: latin1(bytes) });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail({ code: 'unsafeEntryName', file: latin1(bytes) });
  }
}

function latin1(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
}

/**
 * Relative, `/`-separated, no empty, `.` or `..` segments, no drive letters, control or bidirectional-override
 * characters, or backslashes.
 */
function isSafeName(name: string): boolean {
  if (name.length === 0 || name.length > 240) return false;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\\\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069]/.test(name)) return false;
  const segments = name.replace(/\/$/, '').split('/');
  return segments.every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function fail(problem: PackProblem): never {
  throw new PackError([problem]);
}
