import { deflateSync } from 'fflate';
import { crc32 } from './crc32';

/**
 * Zip archives written field by field for tests, so that each field can be made to lie: the reader's tests and
 * the readers' fuzz test build crafted archives with it.
 */

/** One entry of a hand-made archive: every field a crafted file could set, defaulting to what zip tools write. */
export interface CraftedEntry {
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

export function u16(value: number): number[] {
  return [value & 0xff, (value >>> 8) & 0xff];
}

export function u32(value: number): number[] {
  return [...u16(value & 0xffff), ...u16(value >>> 16)];
}

/** A zip archive written field by field, so that a test can make each field lie. */
export function craftZip(entries: CraftedEntry[]): Uint8Array {
  const local: number[] = [];
  const central: number[] = [];
  for (const entry of entries) {
    const method = entry.method ?? 8;
    const data = entry.data ?? (method === 8 ? deflateSync(entry.content) : entry.content);
    const flags = entry.flags ?? 0x800;
    const crc = crc32(entry.content);
    const size = entry.size ?? entry.content.length;
    const name = new TextEncoder().encode(entry.name);
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

export function extraField(id: number, data: number[]): Uint8Array {
  return new Uint8Array([...u16(id), ...u16(data.length), ...data]);
}
