import { Zip, type ZipInputFile } from 'fflate';
import { crc32 } from '../pack/zip/crc32';
import { uniqueFileName } from '../text/file-name';

/** A file to hand out: its name, as a trainee will look for it, and its bytes. */
export interface NamedFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * One zip of a cohort's feedback files, in the order given; two files of one name become `name (2)`. Each file is
 * deflated by the browser's own zlib (CompressionStream) as it comes, and fflate only writes the archive around
 * it: fflate's deflate of 150 files of 1.8 MB took 9 s in one task at level 1 on a loaded machine, the page frozen
 * (test/bench/feedback-export, December 2026). Files may be made one by one (an async iterable), so the cohort is
 * never held in memory whole.
 */
export async function zipFeedbackFiles(
  files: Iterable<NamedFile> | AsyncIterable<NamedFile>,
): Promise<{ bytes: Uint8Array; count: number }> {
  const chunks: Uint8Array[] = [];
  let failure: Error | undefined;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  const taken = new Set<string>();
  // Deflating runs in the browser's own code while the next file is made; entries are added in order.
  const deflating: Promise<() => void>[] = [];
  let count = 0;
  for await (const file of files) {
    const entry: ZipInputFile = {
      filename: uniqueFileName(file.name, taken),
      size: file.bytes.byteLength,
      crc: crc32(file.bytes),
      compression: 8,
    };
    deflating.push(
      deflateRaw(file.bytes).then((deflated) => () => {
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
  return { bytes: concatenate(chunks), count };
}

/** Files being deflated while the next is made: enough to keep both busy, few enough to hold little memory. */
const FILES_IN_FLIGHT = 4;

async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function concatenate(chunks: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
