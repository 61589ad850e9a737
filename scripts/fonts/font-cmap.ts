import { brotliDecompressSync, inflateSync } from 'node:zlib';

/**
 * The characters a WOFF or WOFF2 font file has glyphs for, read from its `cmap` table. Just enough of both
 * formats to find that one table: WOFF 1 stores each table zlib-compressed on its own; WOFF 2 stores all tables
 * in one Brotli stream, where `cmap` is never transformed and so is read as is. Used by the test that proves the
 * bundled document font has every Kazakh letter.
 */
export function mappedCodePoints(file: Uint8Array): Set<number> {
  const data = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const signature = tag(data, 0);
  if (signature === 'wOFF') return readCmap(woffCmap(file, data));
  if (signature === 'wOF2') return readCmap(woff2Cmap(file, data));
  throw new Error(`Not a WOFF or WOFF2 file (signature "${signature}")`);
}

function tag(data: DataView, offset: number): string {
  return String.fromCharCode(...[0, 1, 2, 3].map((index) => data.getUint8(offset + index)));
}

function woffCmap(file: Uint8Array, data: DataView): DataView {
  const numTables = data.getUint16(12);
  for (let index = 0; index < numTables; index++) {
    const entry = 44 + index * 20;
    if (tag(data, entry) !== 'cmap') continue;
    const offset = data.getUint32(entry + 4);
    const compressedLength = data.getUint32(entry + 8);
    const length = data.getUint32(entry + 12);
    const stored = file.subarray(offset, offset + compressedLength);
    return view(compressedLength < length ? inflateSync(stored) : stored);
  }
  throw new Error('The WOFF file has no cmap table');
}

/** The WOFF2 table directory, then the Brotli stream holding the tables back to back, in directory order. */
function woff2Cmap(file: Uint8Array, data: DataView): DataView {
  const numTables = data.getUint16(12);
  const compressedLength = data.getUint32(20);
  let cursor = 48;
  const readBase128 = (): number => {
    let value = 0;
    for (let index = 0; index < 5; index++) {
      const byte = data.getUint8(cursor++);
      value = value * 128 + (byte & 0x7f);
      if ((byte & 0x80) === 0) return value;
    }
    throw new Error('Malformed UIntBase128 in the WOFF2 table directory');
  };
  const tables: { tag: string; length: number }[] = [];
  for (let index = 0; index < numTables; index++) {
    const flags = data.getUint8(cursor++);
    const knownTag = flags & 0x3f;
    const transform = flags >> 6;
    let name = KNOWN_WOFF2_TAGS[knownTag] ?? '';
    if (knownTag === 0x3f) {
      name = tag(data, cursor);
      cursor += 4;
    }
    const originalLength = readBase128();
    // glyf and loca are transformed unless their transform version is 3; every other table unless it is 0.
    const transformed = name === 'glyf' || name === 'loca' ? transform !== 3 : transform !== 0;
    tables.push({ tag: name, length: transformed ? readBase128() : originalLength });
  }
  const tableData = brotliDecompressSync(file.subarray(cursor, cursor + compressedLength));
  let offset = 0;
  for (const table of tables) {
    if (table.tag === 'cmap') return view(tableData.subarray(offset, offset + table.length));
    offset += table.length;
  }
  throw new Error('The WOFF2 file has no cmap table');
}

/** The first tags of the WOFF2 known-table list; `cmap` is the first, so only the order up to it matters. */
const KNOWN_WOFF2_TAGS = [
  'cmap',
  'head',
  'hhea',
  'hmtx',
  'maxp',
  'name',
  'OS/2',
  'post',
  'cvt ',
  'fpgm',
  'glyf',
  'loca',
];

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Every code point of the Unicode subtables (format 4 or 12) that maps to a real glyph (not glyph 0). */
function readCmap(cmap: DataView): Set<number> {
  const codePoints = new Set<number>();
  const subtableCount = cmap.getUint16(2);
  for (let index = 0; index < subtableCount; index++) {
    const record = 4 + index * 8;
    const platform = cmap.getUint16(record);
    const encoding = cmap.getUint16(record + 2);
    const isUnicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!isUnicode) continue;
    const subtable = cmap.getUint32(record + 4);
    const format = cmap.getUint16(subtable);
    if (format === 4) readFormat4(cmap, subtable, codePoints);
    if (format === 12) readFormat12(cmap, subtable, codePoints);
  }
  return codePoints;
}

function readFormat4(cmap: DataView, subtable: number, into: Set<number>): void {
  const segments = cmap.getUint16(subtable + 6) / 2;
  const endCodes = subtable + 14;
  const startCodes = endCodes + segments * 2 + 2;
  const deltas = startCodes + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let segment = 0; segment < segments; segment++) {
    const start = cmap.getUint16(startCodes + segment * 2);
    const end = cmap.getUint16(endCodes + segment * 2);
    const delta = cmap.getUint16(deltas + segment * 2);
    const rangeOffsetAt = rangeOffsets + segment * 2;
    const rangeOffset = cmap.getUint16(rangeOffsetAt);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      let glyph = (code + delta) & 0xffff;
      if (rangeOffset !== 0) {
        const stored = cmap.getUint16(rangeOffsetAt + rangeOffset + (code - start) * 2);
        glyph = stored === 0 ? 0 : (stored + delta) & 0xffff;
      }
      if (glyph !== 0) into.add(code);
    }
  }
}

function readFormat12(cmap: DataView, subtable: number, into: Set<number>): void {
  const groups = cmap.getUint32(subtable + 12);
  for (let group = 0; group < groups; group++) {
    const record = subtable + 16 + group * 12;
    const start = cmap.getUint32(record);
    const end = cmap.getUint32(record + 4);
    const startGlyph = cmap.getUint32(record + 8);
    for (let code = start; code <= end; code++) if (startGlyph + (code - start) !== 0) into.add(code);
  }
}
