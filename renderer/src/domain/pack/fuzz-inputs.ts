/**
 * Hostile inputs for the readers' fuzz test: seeded mutations of valid files, so that a failure can be replayed
 * from its seed. Each mutation is one kind of damage the outside testers found or could have found: flipped and
 * cut bytes, spliced files, deep nesting, huge values, odd Unicode, and changes to a zip archive's structure.
 */

/** mulberry32: a small seeded generator, good enough to spread mutations. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number): number => Math.floor(next() * below);
  return { next, int, pick: <T>(items: readonly T[]): T => items[int(items.length)] as T };
}

export interface Random {
  next(): number;
  /** 0 ≤ n < below */
  int(below: number): number;
  pick<T>(items: readonly T[]): T;
}

type Mutation = (bytes: Uint8Array, random: Random, seeds: readonly Uint8Array[]) => Uint8Array;

const INTERESTING_BYTES = [0x00, 0xff, 0x7f, 0x80, 0x01, 0x5b, 0x7b, 0x22, 0x5c, 0xc0, 0xed];
const INTERESTING_U32 = [0, 1, 0xffff, 0x10000, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff];

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const encode = (text: string) => new TextEncoder().encode(text);

const BYTE_MUTATIONS: Mutation[] = [
  function flipBits(bytes, random) {
    const out = bytes.slice();
    for (let n = 1 + random.int(8); n > 0 && out.length; n--) {
      const at = random.int(out.length);
      out[at] = (out[at] ?? 0) ^ (1 << random.int(8));
    }
    return out;
  },
  function setInterestingBytes(bytes, random) {
    const out = bytes.slice();
    for (let n = 1 + random.int(4); n > 0 && out.length; n--) {
      out[random.int(out.length)] = random.pick(INTERESTING_BYTES);
    }
    return out;
  },
  function truncate(bytes, random) {
    return bytes.slice(0, random.int(bytes.length + 1));
  },
  function cutOutRange(bytes, random) {
    const from = random.int(bytes.length + 1);
    return concat(bytes.subarray(0, from), bytes.subarray(from + 1 + random.int(64)));
  },
  function spliceAnotherSeed(bytes, random, seeds) {
    const other = random.pick(seeds);
    const from = random.int(other.length + 1);
    const piece = other.subarray(from, from + random.int(256));
    const at = random.int(bytes.length + 1);
    return concat(
      bytes.subarray(0, at),
      piece,
      bytes.subarray(at + (random.next() < 0.5 ? piece.length : 0)),
    );
  },
  function duplicateRange(bytes, random) {
    const from = random.int(bytes.length + 1);
    const piece = bytes.subarray(from, from + random.int(512));
    return concat(bytes.subarray(0, from), piece, bytes.subarray(from));
  },
  function nestDeeplyAfterAColon(bytes, random) {
    // After a key's colon the brackets are a value a JSON reader must descend into, never left unclosed.
    const colons: number[] = [];
    bytes.forEach((byte, at) => void (byte === 0x3a && colons.push(at)));
    const at = colons.length ? random.pick(colons) + 1 : random.int(bytes.length + 1);
    const open = random.pick(['[', '{"a":', '[{"b":']).repeat(2 ** random.int(18));
    return concat(bytes.subarray(0, at), encode(open), bytes.subarray(at));
  },
  function insertOddText(bytes, random) {
    const odd = random.pick([
      '\uFEFF',
      '\u202E',
      '\\ud800',
      '\\u0000',
      '"\udfff"',
      '\u0000',
      '𝕏'.repeat(50),
      '['.repeat(3000),
      '['.repeat(100_000),
      '{"a":'.repeat(2000),
      '['.repeat(50_000) + ']'.repeat(50_000),
      '"' + 'я'.repeat(100_000) + '"',
      '1e999',
      '-0',
      '"__proto__"',
    ]);
    const at = random.int(bytes.length + 1);
    const invalidUtf8 = random.next() < 0.2 ? new Uint8Array([0xc3, 0x28, 0xf0, 0x80]) : encode(odd);
    return concat(bytes.subarray(0, at), invalidUtf8, bytes.subarray(at));
  },
];

/** Byte-level damage to any file. */
export function mutateBytes(bytes: Uint8Array, random: Random, seeds: readonly Uint8Array[]): Uint8Array {
  let out = bytes;
  for (let n = 1 + random.int(3); n > 0; n--) out = random.pick(BYTE_MUTATIONS)(out, random, seeds);
  return out;
}

/**
 * Values that have escaped readers before, or could: deep, huge, of the wrong type, or oddly encoded. Nesting
 * stays within what JSON.stringify can write; deeper nesting is inserted as text by mutateBytes.
 */
function hostileValue(random: Random): unknown {
  const deep = (depth: number, open: (inner: unknown) => unknown): unknown => {
    let value: unknown = 1;
    for (let i = 0; i < depth; i++) value = open(value);
    return value;
  };
  switch (random.int(14)) {
    case 0:
      return 'x'.repeat(2 ** random.int(22));
    case 1:
      return deep(100 + random.int(2_500), (inner) => [inner]);
    case 2:
      return deep(100 + random.int(2_500), (inner) => ({ a: inner }));
    case 3:
      return random.pick([Number.MAX_VALUE, -Number.MAX_VALUE, 1e21, 2 ** 53 + 1, -1, 0.5, 1e-300]);
    case 4:
      return random.pick([null, true, false, [], {}]);
    case 5:
      return Array.from({ length: 2 ** random.int(16) }, (_, i) => i);
    case 6:
      return '\ud800\udfff\u202e\u0000\uFEFF' + 'ӘҒҚҢӨҰҮҺІ'.repeat(random.int(1000));
    case 7:
      return { ['k'.repeat(2 ** random.int(18))]: 1 };
    case 8:
      return JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": 1}}') as unknown;
    case 9:
      return '../'.repeat(random.int(100)) + 'etc/passwd';
    case 10:
      return Object.fromEntries(Array.from({ length: 1 + random.int(5000) }, (_, i) => [`k${i}`, i]));
    case 11:
      return 'a'.repeat(random.int(300));
    case 12:
      return random.int(1_000_000);
    default:
      return '<script>alert(1)</script><p onclick="x">' + 'p'.repeat(random.int(10_000)) + '</p>';
  }
}

/** Replaces, adds or deletes one value somewhere in a JSON document. */
export function mutateJson(json: unknown, random: Random): unknown {
  const copy = structuredClone(json);
  const containers: (Record<string, unknown> | unknown[])[] = [];
  const walk = (value: unknown) => {
    if (typeof value !== 'object' || value === null) return;
    containers.push(value as Record<string, unknown>);
    for (const item of Object.values(value)) walk(item);
  };
  walk(copy);
  for (let n = 1 + random.int(2); n > 0; n--) {
    const target = random.pick(containers);
    if (!target) return hostileValue(random);
    const keys = Object.keys(target);
    const key = keys.length && random.next() < 0.85 ? random.pick(keys) : `extra${random.int(3)}`;
    if (random.next() < 0.1) Reflect.deleteProperty(target, key);
    else (target as Record<string, unknown>)[key] = hostileValue(random);
  }
  return copy;
}

const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD = 0x06054b50;

/**
 * Changes one field of a zip's structure: a header's flags, method, sizes, CRC, name or extra length, or an
 * offset; or adds an extra field (ZIP64 among them) or bytes after an entry's data.
 */
export function mutateZipStructure(zip: Uint8Array, random: Random): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const headers: { at: number; kind: number }[] = [];
  for (let at = 0; at + 4 <= zip.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === CENTRAL || signature === LOCAL || signature === EOCD)
      headers.push({ at, kind: signature });
  }
  const header = random.pick(headers);
  if (!header) return zip;
  const fields: Record<number, [offset: number, width: 2 | 4][]> = {
    [LOCAL]: [
      [4, 2],
      [6, 2],
      [8, 2],
      [14, 4],
      [18, 4],
      [22, 4],
      [26, 2],
      [28, 2],
    ],
    [CENTRAL]: [
      [6, 2],
      [8, 2],
      [10, 2],
      [16, 4],
      [20, 4],
      [24, 4],
      [28, 2],
      [30, 2],
      [32, 2],
      [42, 4],
    ],
    [EOCD]: [
      [4, 2],
      [6, 2],
      [8, 2],
      [10, 2],
      [12, 4],
      [16, 4],
      [20, 2],
    ],
  };
  if (header.kind !== EOCD && random.next() < 0.3) return withExtraField(zip, header, random);
  const out = zip.slice();
  const outView = new DataView(out.buffer);
  const headerFields = fields[header.kind];
  if (!headerFields) return zip;
  const [offset, width] = random.pick(headerFields);
  if (header.at + offset + width > out.length) return out;
  const old =
    width === 2 ? outView.getUint16(header.at + offset, true) : outView.getUint32(header.at + offset, true);
  const value = random.pick([
    ...INTERESTING_U32,
    old + 1,
    old - 1,
    old ^ (1 << random.int(width * 8)),
    random.int(2 ** (width * 8)),
  ]);
  if (width === 2) outView.setUint16(header.at + offset, value & 0xffff, true);
  else outView.setUint32(header.at + offset, value >>> 0, true);
  return out;
}

/** Appends an extra field to a header and moves everything after it, fixing the offsets a reader follows. */
function withExtraField(zip: Uint8Array, header: { at: number; kind: number }, random: Random): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const isLocal = header.kind === LOCAL;
  const nameLength = view.getUint16(header.at + (isLocal ? 26 : 28), true);
  const extraLength = view.getUint16(header.at + (isLocal ? 28 : 30), true);
  const insertAt = header.at + (isLocal ? 30 : 46) + nameLength + extraLength;
  const id = random.pick([0x0001, 0x7075, 0x5455, 0x000a, 0xcafe]);
  const data = new Uint8Array(random.pick([0, 4, 8, 16, 24, 28]));
  if (data.length >= 4) new DataView(data.buffer).setUint32(0, random.int(2 ** 32) >>> 0, true);
  const field = new Uint8Array(4 + data.length);
  new DataView(field.buffer).setUint16(0, id, true);
  new DataView(field.buffer).setUint16(2, data.length, true);
  field.set(data, 4);
  const out = concat(zip.subarray(0, insertAt), field, zip.subarray(insertAt));
  const outView = new DataView(out.buffer);
  outView.setUint16(header.at + (isLocal ? 28 : 30), extraLength + field.length, true);
  // Keep the archive otherwise consistent, so that the extra field is what a reader must judge.
  const eocd = out.length - 22;
  if (outView.getUint32(eocd, true) !== EOCD) return out;
  const centralOffset = outView.getUint32(eocd + 16, true);
  if (isLocal) {
    outView.setUint32(eocd + 16, centralOffset + field.length, true);
    for (let at = centralOffset + field.length; at + 46 <= eocd;) {
      if (outView.getUint32(at, true) !== CENTRAL) break;
      const local = outView.getUint32(at + 42, true);
      if (local > header.at) outView.setUint32(at + 42, local + field.length, true);
      at +=
        46 +
        outView.getUint16(at + 28, true) +
        outView.getUint16(at + 30, true) +
        outView.getUint16(at + 32, true);
    }
  } else {
    outView.setUint32(eocd + 12, outView.getUint32(eocd + 12, true) + field.length, true);
  }
  return out;
}
