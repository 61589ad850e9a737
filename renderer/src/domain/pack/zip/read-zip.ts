import { Inflate } from 'fflate';
import { PackError, type PackProblem } from '../pack-error';
import { crc32 } from './crc32';
import { PACK_ZIP_LIMITS, type ZipLimits } from './zip-limits';
import { cooperate } from '../../cooperate';

export interface ReadZipOptions {
  limits?: ZipLimits;
  signal?: AbortSignal;
  /** Called as entries are unpacked, with uncompressed bytes done and in all. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Which entries get their CRC-32 checked (all by default). A caller that checks an entry's SHA-256 anyway
   * can skip the weaker, and on 50 MB of attachments not free, CRC.
   */
  verifyChecksum?: (name: string) => boolean;
}

interface CentralEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN_LENGTH = 22;
const MAX_COMMENT_LENGTH = 0xffff;
const FLAG_ENCRYPTED = 0x1;
const FLAG_UTF8 = 0x800;
const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;
/** Compressed input is fed in slices this size, so a lying entry can overshoot by at most ~1000 × this. */
const INFLATE_SLICE = 32 * 1024;

const NESTED_ARCHIVE_NAME = /\.(zip|cdpack|jar|gz|tgz|7z|rar|tar|bz2|xz|zst)$/i;
const NESTED_ARCHIVE_MAGIC: number[][] = [
  [0x50, 0x4b, 0x03, 0x04], // zip
  [0x50, 0x4b, 0x05, 0x06], // empty zip
  [0x1f, 0x8b], // gzip
  [0x52, 0x61, 0x72, 0x21], // rar
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7z
  [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], // xz
  [0x28, 0xb5, 0x2f, 0xfd], // zstd
  [0x42, 0x5a, 0x68], // bzip2
];

/**
 * Unpacks a zip archive defensively: every limit is checked against the central directory before anything is
 * inflated, and again against the bytes actually produced, so neither a zip bomb nor an entry lying about its
 * size can exhaust memory. Names must be relative, without `..`, backslashes or duplicates (also ignoring case,
 * as Windows and macOS file systems do); archives inside the archive are refused. Returns the files by name.
 */
export async function readZip(
  archive: Uint8Array,
  options: ReadZipOptions = {},
): Promise<Map<string, Uint8Array>> {
  const limits = options.limits ?? PACK_ZIP_LIMITS;
  const entries = readCentralDirectory(archive, limits);
  const files = entries.filter((entry) => !entry.name.endsWith('/'));
  const total = files.reduce((sum, entry) => sum + entry.size, 0);
  const result = new Map<string, Uint8Array>();
  let done = 0;
  options.onProgress?.(done, total);
  for (const entry of files) {
    options.signal?.throwIfAborted();
    const bytes = await extract(archive, entry, options.signal);
    if ((options.verifyChecksum?.(entry.name) ?? true) && crc32(bytes) !== entry.crc) {
      fail({ code: 'checksumMismatch', file: entry.name });
    }
    if (NESTED_ARCHIVE_MAGIC.some((magic) => magic.every((byte, i) => bytes[i] === byte))) {
      fail({ code: 'nestedArchive', file: entry.name });
    }
    result.set(entry.name, bytes);
    done += entry.size;
    options.onProgress?.(done, total);
    await cooperate();
  }
  return result;
}

function readCentralDirectory(archive: Uint8Array, limits: ZipLimits): CentralEntry[] {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  const diskNumber = view.getUint16(eocd + 4, true);
  const centralDisk = view.getUint16(eocd + 6, true);
  const count = view.getUint16(eocd + 10, true);
  const centralSize = view.getUint32(eocd + 12, true);
  const centralOffset = view.getUint32(eocd + 16, true);
  if (diskNumber !== 0 || centralDisk !== 0) fail({ code: 'unsupportedArchive', reason: 'multiDisk' });
  if (count === 0xffff || centralOffset === 0xffffffff) fail({ code: 'unsupportedArchive', reason: 'zip64' });
  if (count > limits.maxEntries) fail({ code: 'tooManyEntries', max: limits.maxEntries });
  if (centralOffset + centralSize > eocd) fail({ code: 'corruptArchive' });

  const entries: CentralEntry[] = [];
  const seen = new Set<string>();
  let offset = centralOffset;
  let totalSize = 0;
  for (let index = 0; index < count; index++) {
    if (offset + 46 > eocd || view.getUint32(offset, true) !== CENTRAL_SIGNATURE)
      fail({ code: 'corruptArchive' });
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength > eocd) fail({ code: 'corruptArchive' });
    const name = decodeName(archive.subarray(offset + 46, offset + 46 + nameLength), flags);
    const entry: CentralEntry = {
      name,
      flags,
      method,
      crc: view.getUint32(offset + 16, true),
      compressedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
    };
    offset += 46 + nameLength + extraLength + commentLength;

    if (!isSafeName(name)) fail({ code: 'unsafeEntryName', file: name });
    const folded = name.normalize('NFC').toLowerCase();
    if (seen.has(folded)) fail({ code: 'duplicateEntry', file: name });
    seen.add(folded);
    if (NESTED_ARCHIVE_NAME.test(name)) fail({ code: 'nestedArchive', file: name });
    if (flags & FLAG_ENCRYPTED) fail({ code: 'unsupportedArchive', reason: 'encrypted', file: name });
    if (method !== METHOD_STORED && method !== METHOD_DEFLATED) {
      fail({ code: 'unsupportedArchive', reason: 'compression', file: name });
    }
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
    totalSize += entry.size;
    if (totalSize > limits.maxTotalBytes) fail({ code: 'archiveTooLarge', maxBytes: limits.maxTotalBytes });
    entries.push(entry);
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_MIN_LENGTH;
  const first = Math.max(0, last - MAX_COMMENT_LENGTH);
  for (let offset = last; offset >= first; offset--) {
    if (view.getUint32(offset, true) === EOCD_SIGNATURE) return offset;
  }
  return fail({ code: 'corruptArchive' });
}

async function extract(archive: Uint8Array, entry: CentralEntry, signal?: AbortSignal): Promise<Uint8Array> {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  const header = entry.localHeaderOffset;
  if (header + 30 > archive.byteLength || view.getUint32(header, true) !== LOCAL_SIGNATURE) {
    fail({ code: 'corruptArchive', file: entry.name });
  }
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const end = start + entry.compressedSize;
  if (end > archive.byteLength) fail({ code: 'corruptArchive', file: entry.name });
  const data = archive.subarray(start, end);
  if (entry.method === METHOD_STORED) return data;
  return inflateExactly(data, entry, signal);
}

/** Inflates an entry, refusing as soon as it produces more than it declared, and if it produces less. */
async function inflateExactly(
  data: Uint8Array,
  entry: CentralEntry,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const output = new Uint8Array(entry.size);
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > entry.size) fail({ code: 'sizeMismatch', file: entry.name });
    output.set(chunk, written);
    written += chunk.length;
  });
  try {
    for (let offset = 0; offset < data.length; offset += INFLATE_SLICE) {
      inflater.push(data.subarray(offset, offset + INFLATE_SLICE), offset + INFLATE_SLICE >= data.length);
      if (offset % (64 * INFLATE_SLICE) === 0) {
        signal?.throwIfAborted();
        await cooperate();
      }
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof PackError || isAbort(error)) throw error;
    fail({ code: 'corruptArchive', file: entry.name });
  }
  if (written !== entry.size) fail({ code: 'sizeMismatch', file: entry.name });
  return output;
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

/** Relative, `/`-separated, no empty, `.` or `..` segments, no drive letters, control characters or backslashes. */
export function isSafeName(name: string): boolean {
  if (name.length === 0 || name.length > 240) return false;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\\\x00-\x1f\x7f]/.test(name)) return false;
  const segments = name.replace(/\/$/, '').split('/');
  return segments.every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function fail(problem: PackProblem): never {
  throw new PackError([problem]);
}
