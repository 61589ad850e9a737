import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { PackError, type PackProblem } from '../pack-error';
import { crc32 } from './crc32';
import { extractEntry, openZip } from './read-zip';

/** One entry of a hand-made archive: every field a crafted file could set, defaulting to what zip tools write. */
interface CraftedEntry {
  name: string;
  content: Uint8Array;
  /** The bytes stored; the content deflated unless given. */
  data?: Uint8Array;
  method?: number;
  flags?: number;
  localFlags?: number;
  /** The uncompressed size declared; the content's length unless given. */
  size?: number;
  localExtra?: Uint8Array;
  centralExtra?: Uint8Array;
  /** Sizes and CRC in the local header (zeros with a data descriptor) and the descriptor after the data. */
  localSizes?: [crc: number, compressed: number, size: number];
  descriptor?: Uint8Array;
  diskStart?: number;
}

const text = (value: string) => new TextEncoder().encode(value);
const CONTENT = text('<p>Истец просит взыскать долг.</p>'.repeat(20));

function u16(value: number): number[] {
  return [value & 0xff, (value >>> 8) & 0xff];
}

function u32(value: number): number[] {
  return [...u16(value & 0xffff), ...u16(value >>> 16)];
}

/** A zip archive written field by field, so that a test can make each field lie. */
function craftZip(entries: CraftedEntry[]): Uint8Array {
  const local: number[] = [];
  const central: number[] = [];
  for (const entry of entries) {
    const method = entry.method ?? 8;
    const data = entry.data ?? (method === 8 ? deflateSync(entry.content) : entry.content);
    const flags = entry.flags ?? 0x800;
    const crc = crc32(entry.content);
    const size = entry.size ?? entry.content.length;
    const name = text(entry.name);
    const [localCrc, localCompressed, localSize] = entry.localSizes ?? [crc, data.length, size];
    const localExtra = entry.localExtra ?? new Uint8Array();
    const centralExtra = entry.centralExtra ?? new Uint8Array();
    const offset = local.length;
    local.push(...u32(0x04034b50), ...u16(20), ...u16(entry.localFlags ?? flags), ...u16(method));
    local.push(...u32(0), ...u32(localCrc), ...u32(localCompressed), ...u32(localSize));
    local.push(...u16(name.length), ...u16(localExtra.length), ...name, ...localExtra, ...data);
    local.push(...(entry.descriptor ?? []));
    central.push(...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(flags), ...u16(method), ...u32(0));
    central.push(
      ...u32(crc),
      ...u32(data.length),
      ...u32(size),
      ...u16(name.length),
      ...u16(centralExtra.length),
    );
    central.push(...u16(0), ...u16(entry.diskStart ?? 0), ...u16(0), ...u32(0), ...u32(offset));
    central.push(...name, ...centralExtra);
  }
  const end = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(entries.length), ...u16(entries.length)];
  end.push(...u32(central.length), ...u32(local.length), ...u16(0));
  return new Uint8Array([...local, ...central, ...end]);
}

function extraField(id: number, data: number[]): Uint8Array {
  return new Uint8Array([...u16(id), ...u16(data.length), ...data]);
}

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
