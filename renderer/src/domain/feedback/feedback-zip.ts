import { Zip, type ZipInputFile } from 'fflate';
import { concatBytes } from '../keys/digest';
import { crc32 } from '../pack/zip/crc32';
import { isZipArchive, openZip } from '../pack/zip/read-zip';
import { uniqueFileName } from '../text/file-name';
import { FEEDBACK_EXTENSION } from './feedback-v1';

/** A file to hand out: its name, as a trainee will look for it, and its bytes. */
export interface NamedFile {
  name: string;
  bytes: Uint8Array;
}

/** A file's bytes deflated (raw deflate), with what its zip entry records of the bytes themselves. */
export interface DeflatedFile {
  deflated: Uint8Array;
  size: number;
  crc: number;
}

/**
 * Whether an archive's files include a feedback file: a trainer's zip of a cohort's feedback (zipFeedbackFiles),
 * or any zip someone made of such files. A trainee offered one is told to ask for their own file: the others'
 * feedback is theirs alone, so none of it is imported.
 */
export function holdsFeedbackFiles(entryNames: Iterable<string>): boolean {
  const extension = `.${FEEDBACK_EXTENSION}`;
  for (const name of entryNames) if (name.toLowerCase().endsWith(extension)) return true;
  return false;
}

/** Whether the bytes are a zip holding feedback files; its structure is read (openZip's checks), nothing inflated. */
export function isFeedbackArchive(bytes: Uint8Array): boolean {
  if (!isZipArchive(bytes)) return false;
  try {
    return holdsFeedbackFiles(openZip(bytes).entries.keys());
  } catch {
    // A damaged or refused archive is some other file's problem, told by whoever reads it.
    return false;
  }
}

/** Deflates one file: deflateFile in the page, or a worker doing the same off the page's thread. */
export type Deflater = (bytes: Uint8Array) => Promise<DeflatedFile>;

/**
 * One zip of a cohort's feedback files, in the order given; two files of one name become `name (2)`. Each file is
 * deflated by the browser's own zlib (CompressionStream, through `deflate`) as it comes, and fflate only writes the
 * archive around it: fflate's deflate of 150 files of 1.8 MB took 9 to 15 s in one task at level 1 on a loaded
 * machine, the page frozen (test/bench/feedback-export, December 2026). Files may be made one by one (an async
 * iterable), so the cohort is never held in memory whole. A file's bytes may be handed to the deflater to keep.
 */
export async function zipFeedbackFiles(
  files: Iterable<NamedFile> | AsyncIterable<NamedFile>,
  deflate: Deflater = deflateFile,
): Promise<{ bytes: Uint8Array; count: number }> {
  const chunks: Uint8Array[] = [];
  let failure: Error | undefined;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  const taken = new Set<string>();
  // Deflating runs while the next file is made; entries are added in order.
  const deflating: Promise<() => void>[] = [];
  let count = 0;
  for await (const file of files) {
    const filename = uniqueFileName(file.name, taken);
    deflating.push(
      deflate(file.bytes).then(({ deflated, size, crc }) => () => {
        const entry: ZipInputFile = { filename, size, crc, compression: 8 };
        zip.add(entry);
        entry.ondata?.(null, deflated as Uint8Array<ArrayBuffer>, true);
      }),
    );
    if (deflating.length >= FILES_IN_FLIGHT) (await deflating.shift())?.();
    count++;
  }
  for (const add of deflating) (await add)();
  zip.end();
  if (failure) throw failure;
  return { bytes: concatBytes(chunks), count };
}

/** Files being deflated while the next is made: enough to keep both busy, few enough to hold little memory. */
const FILES_IN_FLIGHT = 4;

/** Deflates a file in this thread: the page's, in unit tests, or the deflate worker's. */
export async function deflateFile(bytes: Uint8Array): Promise<DeflatedFile> {
  const compression = new CompressionStream('deflate-raw');
  // The bytes go in as one chunk: through a Blob's stream (64 KB chunks) the same deflate took 48 ms a 1.5 MB file
  // instead of 13 (Chromium, December 2026).
  const writer = compression.writable.getWriter();
  const [deflated] = await Promise.all([
    new Response(compression.readable).arrayBuffer(),
    writer.write(bytes as Uint8Array<ArrayBuffer>),
    writer.close(),
  ]);
  return { deflated: new Uint8Array(deflated), size: bytes.byteLength, crc: crc32(bytes) };
}
