/**
 * Lookup tables for slicing-by-8: `TABLES[k * 256 + n]` is the CRC of byte `n` followed by `k` zero bytes, so
 * eight bytes are folded in per step instead of one (about three times faster on large attachments).
 */
const TABLES = (() => {
  const tables = new Int32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    tables[n] = c;
  }
  for (let k = 1; k < 8; k++) {
    for (let n = 0; n < 256; n++) {
      const previous = tables[(k - 1) * 256 + n] ?? 0;
      tables[k * 256 + n] = (previous >>> 8) ^ (tables[previous & 0xff] ?? 0);
    }
  }
  return tables;
})();

/* eslint-disable @typescript-eslint/no-non-null-assertion -- a hot loop whose indices are in range by construction */
/** The CRC-32 a zip archive records for each entry, continued over `bytes` from `previous` (0 to start). */
export function crc32(bytes: Uint8Array, previous = 0): number {
  const t = TABLES;
  let crc = ~previous;
  let i = 0;
  for (const end = bytes.length - 7; i < end; i += 8) {
    crc ^= bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24);
    crc =
      t[1792 + (crc & 0xff)]! ^
      t[1536 + ((crc >>> 8) & 0xff)]! ^
      t[1280 + ((crc >>> 16) & 0xff)]! ^
      t[1024 + (crc >>> 24)]! ^
      t[768 + bytes[i + 4]!]! ^
      t[512 + bytes[i + 5]!]! ^
      t[256 + bytes[i + 6]!]! ^
      t[bytes[i + 7]!]!;
  }
  for (; i < bytes.length; i++) crc = t[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return ~crc >>> 0;
}
/* eslint-enable @typescript-eslint/no-non-null-assertion */
