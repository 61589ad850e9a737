import { zipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sha256HexOfBytes } from '../integrity/sha256';
import { PackError, type PackProblem } from './pack-error';
import { MAX_IMAGE_PIXELS, readPackFile, type PackReadProgress } from './read-pack';
import { PACK_RICH_TEXT_LIMITS } from './rich-text-limits';
import { createRichTextSanitizer } from './rich-text';
import {
  bytesOf,
  MINIMAL_PDF,
  validArchiveSource,
  validPack,
  variedText,
  zipSource,
  type ArchiveSource,
} from './test-pack';
import { PACK_ZIP_LIMITS, type ZipLimits } from './zip/zip-limits';

const sanitize = createRichTextSanitizer(new JSDOM('').window as unknown as Window & typeof globalThis);

async function problemsOf(bytes: Uint8Array, limits?: ZipLimits): Promise<PackProblem[]> {
  try {
    await readPackFile(bytes, { sanitize, limits });
  } catch (error) {
    if (error instanceof PackError) return error.problems;
    throw error;
  }
  throw new Error('the pack was accepted');
}

/** A valid source with one change made to it before zipping. */
async function broken(change: (source: ArchiveSource) => void | Promise<void>): Promise<Uint8Array> {
  const source = await validArchiveSource();
  await change(source);
  return zipSource(source);
}

/** Sets an entry's declared uncompressed size in its central and local headers, as a crafted archive would. */
function declareSize(archive: Uint8Array, name: string, size: number): Uint8Array {
  const patched = archive.slice();
  const view = new DataView(patched.buffer);
  const nameBytes = bytesOf(name);
  for (let offset = 0; offset < patched.length - 46; offset++) {
    if (view.getUint32(offset, true) !== 0x02014b50) continue;
    const length = view.getUint16(offset + 28, true);
    const candidate = patched.subarray(offset + 46, offset + 46 + length);
    if (length === nameBytes.length && candidate.every((byte, i) => byte === nameBytes[i])) {
      view.setUint32(offset + 24, size, true);
      view.setUint32(view.getUint32(offset + 42, true) + 22, size, true); // and its local header, to agree
      return patched;
    }
  }
  throw new Error(`no entry ${name}`);
}

describe('readPackFile: a version-2 archive', () => {
  it('reads the manifest, sanitised rich text and attachments, and applies the default rubric', async () => {
    const progress: PackReadProgress[] = [];
    const { pack, attachments } = await readPackFile(zipSource(await validArchiveSource()), {
      sanitize,
      onProgress: (step) => progress.push(step),
    });
    const [claim, receipt] = pack.cases[0]!.materials;
    expect(claim).toEqual({
      kind: 'text',
      id: 'claim',
      title: 'Иск',
      html: '<h2>Исковое заявление</h2><p>Истец просит взыскать долг.</p>',
    });
    const sha256 = await sha256HexOfBytes(MINIMAL_PDF);
    expect(receipt).toEqual({
      kind: 'attachment',
      id: 'receipt',
      title: 'Расписка',
      mediaType: 'application/pdf',
      sha256,
      size: MINIMAL_PDF.byteLength,
      fileName: 'receipt.pdf',
    });
    expect(attachments).toEqual([
      { sha256, mediaType: 'application/pdf', bytes: MINIMAL_PDF, blob: expect.any(Blob) },
    ]);
    // Stored uncompressed, the PDF's Blob is a slice of the archive: the same bytes, typed as the manifest says.
    const blob = attachments[0]!.blob!;
    expect(blob.type).toBe('application/pdf');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(MINIMAL_PDF);
    expect(pack.cases[0]!.rubric.map((criterion) => criterion.id)).toEqual([
      'form',
      'positions',
      'facts-evidence',
      'qualification',
      'reasoning',
      'operative',
      'language',
      'outcome',
    ]);
    expect(progress.at(-1)).toEqual({ phase: 'checking', done: 2, total: 2 });
  });

  it('gives the same digest to the same pack, and another when any file changes', async () => {
    const digestOf = async (bytes: Uint8Array) => (await readPackFile(bytes, { sanitize })).digest;
    const original = await digestOf(zipSource(await validArchiveSource()));
    expect(original).toMatch(/^[0-9a-f]{64}$/);
    expect(await digestOf(zipSource(await validArchiveSource()))).toBe(original);
    const edited = await broken(async ({ files, manifest }) => {
      const html = bytesOf('<p>Истец просит взыскать долг и неустойку.</p>');
      files.set('cases/case-one/claim.html', html);
      manifest.cases[0]!.materials[0]!.sha256 = await sha256HexOfBytes(html);
    });
    expect(await digestOf(edited)).not.toBe(original);
  });

  it('still reads version-1 JSON packs, as HTML-escaped text', async () => {
    const pack = validPack();
    pack.cases[0]!.materials[0]!.blocks = [{ type: 'paragraph', text: '<b>не разметка</b>' }];
    const read = await readPackFile(bytesOf(pack), { sanitize });
    expect(read.pack.cases[0]!.materials[0]).toMatchObject({
      kind: 'text',
      html: '<p>&lt;b&gt;не разметка&lt;/b&gt;</p>',
    });
  });

  it('stops with an AbortError when cancelled, before anything is returned', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      readPackFile(zipSource(await validArchiveSource()), { sanitize, signal: controller.signal }),
    ).rejects.toThrow(/abort/i);
  });
});

describe('readPackFile refuses hostile and broken archives', () => {
  it('a zip bomb, by its compression ratio, before inflating it', async () => {
    const bomb = zipSync({ 'manifest.json': new Uint8Array(20 * 1024 * 1024) }, { level: 9 });
    expect(await problemsOf(bomb)).toEqual([
      { code: 'compressionRatio', file: 'manifest.json', max: PACK_ZIP_LIMITS.maxCompressionRatio },
    ]);
  });

  it('an entry that inflates to more than it declares', async () => {
    const archive = zipSync({
      'manifest.json': [bytesOf('{"a": "' + 'x'.repeat(5000) + '"}'), { level: 9 }],
    });
    expect(await problemsOf(declareSize(archive, 'manifest.json', 100))).toEqual([
      { code: 'sizeMismatch', file: 'manifest.json' },
    ]);
  });

  it.each([
    '../evil.html',
    'cases/../../evil.html',
    '/etc/passwd',
    'C:/Windows/evil.html',
    'cases\\evil.html',
  ])('a traversing or absolute name: %s', async (name) => {
    const archive = await broken(({ files }) => void files.set(name, bytesOf('<p>x</p>')));
    expect(await problemsOf(archive)).toEqual([{ code: 'unsafeEntryName', file: name }]);
  });

  it('two entries whose names differ only in case', async () => {
    const archive = await broken(
      ({ files }) => void files.set('cases/case-one/CLAIM.html', bytesOf('<p>x</p>')),
    );
    expect(await problemsOf(archive)).toEqual([
      // Whichever spelling comes second in the archive is the one reported.
      { code: 'duplicateEntry', file: expect.stringMatching(/^cases\/case-one\/claim\.html$/i) },
    ]);
  });

  it('an archive inside the archive, by name or by content', async () => {
    const inner = zipSync({ 'a.txt': bytesOf('a') });
    expect(await problemsOf(await broken(({ files }) => void files.set('inner.zip', inner)))).toEqual([
      { code: 'nestedArchive', file: 'inner.zip' },
    ]);
    const disguised = await broken(({ files }) => void files.set('cases/case-one/receipt.pdf', inner));
    expect(await problemsOf(disguised)).toEqual([
      { code: 'nestedArchive', file: 'cases/case-one/receipt.pdf' },
    ]);
  });

  it('too many entries, an oversize entry, too much in all', async () => {
    const archive = zipSource(await validArchiveSource());
    const limits = { ...PACK_ZIP_LIMITS };
    expect(await problemsOf(archive, { ...limits, maxEntries: 2 })).toEqual([
      { code: 'tooManyEntries', max: 2 },
    ]);
    expect(await problemsOf(archive, { ...limits, maxEntryBytes: 100 })).toContainEqual(
      expect.objectContaining({ code: 'entryTooLarge', maxBytes: 100 }),
    );
    expect(await problemsOf(archive, { ...limits, maxTotalBytes: 1000 })).toEqual([
      { code: 'archiveTooLarge', maxBytes: 1000 },
    ]);
  });

  it('a file that is neither a zip nor JSON, and a truncated zip', async () => {
    expect(await problemsOf(MINIMAL_PDF)).toEqual([{ code: 'unknownFileType' }]);
    const archive = zipSource(await validArchiveSource());
    expect(await problemsOf(archive.subarray(0, archive.length - 30))).toEqual([{ code: 'corruptArchive' }]);
  });

  it('a script or an event handler in rich text, naming the file and what it holds', async () => {
    const archive = await broken(async ({ files, manifest }) => {
      const html = bytesOf('<p onclick="steal()">Иск</p><script>fetch("https://evil.example")</script>');
      files.set('cases/case-one/claim.html', html);
      manifest.cases[0]!.materials[0]!.sha256 = await sha256HexOfBytes(html);
    });
    expect(await problemsOf(archive)).toEqual([
      {
        code: 'unsafeRichText',
        path: ['cases', 0, 'materials', 0, 'file'],
        file: 'cases/case-one/claim.html',
        found: ['onclick on <p>', '<script>'],
      },
    ]);
  });

  it('a missing attachment, an unexpected file, a wrong digest and a wrong media type', async () => {
    const missing = await broken(({ files }) => void files.delete('cases/case-one/receipt.pdf'));
    expect(await problemsOf(missing)).toEqual([
      { code: 'missingFile', path: ['cases', 0, 'materials', 1, 'file'], file: 'cases/case-one/receipt.pdf' },
    ]);
    const extra = await broken(({ files }) => void files.set('notes.txt', bytesOf('x')));
    expect(await problemsOf(extra)).toEqual([{ code: 'unexpectedFile', file: 'notes.txt' }]);
    const tampered = await broken(
      ({ files }) => void files.set('cases/case-one/claim.html', bytesOf('<p>Иное</p>')),
    );
    expect(await problemsOf(tampered)).toEqual([
      {
        code: 'digestMismatch',
        path: ['cases', 0, 'materials', 0, 'file'],
        file: 'cases/case-one/claim.html',
      },
    ]);
    const png = await broken(
      ({ manifest }) => void (manifest.cases[0]!.materials[1]!.mediaType = 'image/png'),
    );
    expect(await problemsOf(png)).toEqual([
      {
        code: 'wrongMediaType',
        path: ['cases', 0, 'materials', 1, 'file'],
        file: 'cases/case-one/receipt.pdf',
        declared: 'image/png',
      },
    ]);
  });

  it('an image declaring more pixels than the reader would decode', async () => {
    const png = new Uint8Array(64);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    new DataView(png.buffer).setUint32(16, 100_000);
    new DataView(png.buffer).setUint32(20, 100_000);
    const archive = await broken(async ({ files, manifest }) => {
      files.set('cases/case-one/receipt.pdf', png);
      Object.assign(manifest.cases[0]!.materials[1]!, {
        mediaType: 'image/png',
        sha256: await sha256HexOfBytes(png),
      });
    });
    expect(await problemsOf(archive)).toEqual([
      {
        code: 'imageTooLarge',
        path: ['cases', 0, 'materials', 1, 'file'],
        file: 'cases/case-one/receipt.pdf',
        width: 100_000,
        height: 100_000,
        maxPixels: MAX_IMAGE_PIXELS,
      },
    ]);
  });

  it('a missing manifest, a wrong format version, duplicate ids', async () => {
    expect(await problemsOf(zipSync({ 'other.json': bytesOf('{}') }))).toEqual([
      { code: 'missingManifest', file: 'manifest.json' },
    ]);
    const v4 = await broken(({ manifest }) => void Object.assign(manifest, { formatVersion: 5 }));
    expect(await problemsOf(v4)).toEqual([
      { code: 'unsupportedFormatVersion', found: '5', supported: [1, 2, 3, 4] },
    ]);
    const duplicate = await broken(({ manifest }) => void manifest.cases.push({ ...manifest.cases[0]! }));
    expect(await problemsOf(duplicate)).toEqual([
      { code: 'duplicateId', path: ['cases', 1, 'id'], id: 'case-one' },
    ]);
  });

  it('a trainer key offered as a pack', async () => {
    expect(await problemsOf(bytesOf({ format: 'casedraft.key', formatVersion: 1 }))).toEqual([
      { code: 'keyNotPack' },
    ]);
  });

  it('many small bombs that add up, by the ratio of the whole archive, before inflating any', async () => {
    const entries = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [
        `cases/x/${i}.html`,
        [new Uint8Array(1000 * 1024), { level: 9 }],
      ]),
    ) as Parameters<typeof zipSync>[0];
    expect(await problemsOf(zipSync(entries))).toEqual([
      { code: 'archiveCompressionRatio', max: PACK_ZIP_LIMITS.maxCompressionRatio },
    ]);
  });

  it('a file the manifest does not name, even one posing as a folder, before it is unpacked', async () => {
    const archive = await broken(({ files }) => void files.set('cases/case-one/hidden/', bytesOf('data')));
    expect(await problemsOf(archive)).toEqual([{ code: 'unexpectedFile', file: 'cases/case-one/hidden/' }]);
    const withFolder = await broken(({ files }) => void files.set('cases/', new Uint8Array(0)));
    expect((await readPackFile(withFolder, { sanitize })).pack.id).toBe('test-pack');
  });

  it('one file named as rich text and as an attachment, so the rich-text limit cannot be dodged', async () => {
    const archive = await broken(({ manifest }) => {
      const [claim, receipt] = manifest.cases[0]!.materials;
      receipt!.file = claim!.file;
      receipt!.sha256 = claim!.sha256;
    });
    expect(await problemsOf(archive)).toEqual([
      {
        code: 'wrongMediaType',
        path: ['cases', 0, 'materials', 1, 'file'],
        file: 'cases/case-one/claim.html',
        declared: 'application/pdf',
      },
      { code: 'unexpectedFile', file: 'cases/case-one/receipt.pdf' },
    ]);
  });

  it('rich text too long to sanitise without freezing the window', async () => {
    const archive = await broken(async ({ files, manifest }) => {
      const html = bytesOf(`<p>${variedText(PACK_RICH_TEXT_LIMITS.maxFileBytes)}</p>`);
      files.set('cases/case-one/claim.html', html);
      manifest.cases[0]!.materials[0]!.sha256 = await sha256HexOfBytes(html);
    });
    expect(await problemsOf(archive)).toEqual([
      {
        code: 'entryTooLarge',
        file: 'cases/case-one/claim.html',
        maxBytes: PACK_RICH_TEXT_LIMITS.maxFileBytes,
      },
    ]);
  });

  it('local headers that disagree with the central directory, hidden data, and bytes after the end', async () => {
    const archive = zipSource(await validArchiveSource());
    const renamed = archive.slice();
    const at = findBytes(renamed, bytesOf('cases/case-one/claim.html'));
    renamed.set(bytesOf('cases/case-one/CLAIM.html'), at); // the first occurrence is the local header's copy
    expect(await problemsOf(renamed)).toEqual([
      { code: 'corruptArchive', file: 'cases/case-one/claim.html' },
    ]);

    const trailing = new Uint8Array([...archive, 1, 2, 3]);
    expect(await problemsOf(trailing)).toEqual([{ code: 'corruptArchive' }]);

    const hidden = zipSync({ 'hidden.txt': bytesOf('not listed in the central directory') });
    const prefixed = new Uint8Array([...hidden.subarray(0, findEocd(hidden)), ...archive]);
    expect(await problemsOf(prefixed)).toEqual([{ code: 'corruptArchive' }]);
  });
});

function findBytes(haystack: Uint8Array, needle: Uint8Array): number {
  for (let i = 0; i <= haystack.length - needle.length; i++) {
    if (needle.every((byte, j) => haystack[i + j] === byte)) return i;
  }
  throw new Error('not found');
}

/** Where the central directory starts: the local entries of an archive end there. */
function findEocd(archive: Uint8Array): number {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  return view.getUint32(archive.length - 22 + 16, true);
}
