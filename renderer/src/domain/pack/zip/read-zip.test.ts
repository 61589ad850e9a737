import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { PackError, type PackProblem } from '../pack-error';
import { crc32 } from './crc32';
import { craftZip, extraField, u16, u32 } from './craft-zip';
import { extractEntry, openZip } from './read-zip';

const text = (value: string) => new TextEncoder().encode(value);
const CONTENT = text('<p>Истец просит взыскать долг.</p>'.repeat(20));

/** Opens the archive and unpacks every entry; returns the problems it was refused with, or [] if it was read. */
async function problemsOf(archive: Uint8Array): Promise<PackProblem[]> {
  try {
    const zip = openZip(archive);
    for (const entry of zip.entries.values()) await extractEntry(zip, entry);
    return [];
  } catch (error) {
    if (error instanceof PackError) return error.problems;
    throw error;
  }
}

const FILE = 'cases/case-one/claim.html';

describe('the zip reader reads what every zip tool reads the same way', () => {
  it('reads an entry written plainly, deflated or stored, and one with a data descriptor', async () => {
    expect(await problemsOf(craftZip([{ name: FILE, content: CONTENT }]))).toEqual([]);
    expect(await problemsOf(craftZip([{ name: FILE, content: CONTENT, method: 0 }]))).toEqual([]);
    const data = deflateSync(CONTENT);
    const fields = [...u32(crc32(CONTENT)), ...u32(data.length), ...u32(CONTENT.length)];
    for (const descriptor of [fields, [...u32(0x08074b50), ...fields]]) {
      const withDescriptor = craftZip([
        {
          name: FILE,
          content: CONTENT,
          flags: 0x808,
          localSizes: [0, 0, 0],
          descriptor: new Uint8Array(descriptor),
        },
      ]);
      expect(await problemsOf(withDescriptor)).toEqual([]);
    }
  });

  it('refuses bytes after the end of a deflate stream, hidden in the entry', async () => {
    const data = new Uint8Array([...deflateSync(CONTENT), ...text('hidden')]);
    expect(await problemsOf(craftZip([{ name: FILE, content: CONTENT, data }]))).toEqual([
      { code: 'corruptArchive', file: FILE },
    ]);
  });

  it('refuses an entry that declares size 0 but holds data', async () => {
    // An empty deflate stream followed by the data: it unpacks to nothing, as declared, and hides the rest.
    const data = new Uint8Array([0x03, 0x00, ...CONTENT]);
    const empty = craftZip([{ name: FILE, content: new Uint8Array(), data }]);
    expect(await problemsOf(empty)).toEqual([{ code: 'corruptArchive', file: FILE }]);
    // As a folder it is not skipped as empty folders are: the caller gets it, and refuses a file it did not name.
    const folder = openZip(craftZip([{ name: 'cases/', content: new Uint8Array(), data }]));
    expect([...folder.entries.keys()]).toEqual(['cases/']);
    // Empty, or the two-byte deflate stream of nothing that zip writers give a folder, it is skipped.
    const emptyFolder = craftZip([
      { name: 'cases/', content: new Uint8Array(), data: new Uint8Array([3, 0]) },
    ]);
    expect([...openZip(emptyFolder).entries.keys()]).toEqual([]);
  });

  it('refuses a ZIP64 extra field, whatever sizes it holds, in the central or the local header', async () => {
    const zip64 = extraField(0x0001, [...u32(CONTENT.length), 0, 0, 0, 0]);
    for (const place of ['centralExtra', 'localExtra'] as const) {
      expect(await problemsOf(craftZip([{ name: FILE, content: CONTENT, [place]: zip64 }]))).toEqual([
        { code: 'unsupportedArchive', reason: 'zip64', file: FILE },
      ]);
    }
  });

  it('refuses a second name for a file in an extra field, and extra fields that do not fit their space', async () => {
    const unicodePath = extraField(0x7075, [1, ...u32(0), ...text('other.html')]);
    expect(await problemsOf(craftZip([{ name: FILE, content: CONTENT, centralExtra: unicodePath }]))).toEqual(
      [{ code: 'unsupportedArchive', reason: 'secondName', file: FILE }],
    );
    const overlong = new Uint8Array([...u16(0x5455), ...u16(40), 1, 2, 3, 4]);
    expect(await problemsOf(craftZip([{ name: FILE, content: CONTENT, localExtra: overlong }]))).toEqual([
      { code: 'corruptArchive', file: FILE },
    ]);
    // A timestamp, as zip tools add, changes nothing a reader extracts.
    const timestamp = extraField(0x5455, [1, ...u32(1_600_000_000)]);
    expect(await problemsOf(craftZip([{ name: FILE, content: CONTENT, localExtra: timestamp }]))).toEqual([]);
  });

  it('refuses flag bits it does not act on, flags that differ between headers, and a stored entry with a data descriptor', async () => {
    expect(await problemsOf(craftZip([{ name: FILE, content: CONTENT, flags: 0x820 }]))).toEqual([
      { code: 'unsupportedArchive', reason: 'flags', file: FILE },
    ]);
    expect(await problemsOf(craftZip([{ name: FILE, content: CONTENT, localFlags: 0x802 }]))).toEqual([
      { code: 'corruptArchive', file: FILE },
    ]);
    const stored = craftZip([
      {
        name: FILE,
        content: CONTENT,
        method: 0,
        flags: 0x808,
        descriptor: new Uint8Array([...u32(crc32(CONTENT)), ...u32(CONTENT.length), ...u32(CONTENT.length)]),
      },
    ]);
    expect(await problemsOf(stored)).toEqual([{ code: 'unsupportedArchive', reason: 'flags', file: FILE }]);
  });

  it('refuses a data descriptor that disagrees with the central directory', async () => {
    const data = deflateSync(CONTENT);
    const descriptor = new Uint8Array([
      ...u32(crc32(CONTENT)),
      ...u32(data.length),
      ...u32(CONTENT.length + 1),
    ]);
    const archive = craftZip([
      { name: FILE, content: CONTENT, flags: 0x808, localSizes: [0, 0, 0], descriptor },
    ]);
    expect(await problemsOf(archive)).toEqual([{ code: 'corruptArchive', file: FILE }]);
  });

  it('refuses an entry said to start on another disk', async () => {
    expect(await problemsOf(craftZip([{ name: FILE, content: CONTENT, diskStart: 1 }]))).toEqual([
      { code: 'unsupportedArchive', reason: 'multiDisk', file: FILE },
    ]);
  });
});
