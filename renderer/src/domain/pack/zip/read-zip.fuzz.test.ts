import { deflateSync, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { seededRandom, type Random } from '../fuzz-inputs';
import { PackError } from '../pack-error';
import { validArchiveSource, zipSource } from '../test-pack';
import { crc32 } from './crc32';
import { craftZip, extraField, u32, type CraftedEntry } from './craft-zip';
import { extractEntry, openZip } from './read-zip';

/**
 * The reader's rule is that every zip tool sees the same files, so it refuses whatever it does not examine. Here
 * a valid pack archive is rewritten field by field with one change at a time, thousands of times; the reader must
 * accept exactly the changes that leave nothing for another tool to read otherwise (compression-level flag bits,
 * the UTF-8 flag, timestamps and other metadata extra fields, a correct data descriptor after deflated data) and
 * refuse every other one.
 */
const INPUTS = 1500;
/** A few seconds on an idle machine; the machines tests run on are often far from idle. */
const TIMEOUT_MS = 120_000;

const DEFLATED = 8;
const ZIP64 = 0x0001;
const UNICODE_PATH = 0x7075;

interface Change {
  describe: string;
  harmless: boolean;
  apply(entry: CraftedEntry): CraftedEntry;
}

function randomChange(entry: CraftedEntry, random: Random): Change {
  const deflated = (entry.method ?? DEFLATED) === DEFLATED;
  const understoodFlags = 0x800 | (deflated ? 0x6 : 0);
  const data = entry.data ?? entry.content;
  switch (random.int(8)) {
    case 0: {
      const flags = random.int(0x10000);
      return {
        describe: `flags 0x${flags.toString(16)}`,
        harmless: (flags & ~understoodFlags) === 0,
        apply: (e) => ({ ...e, flags }),
      };
    }
    case 1: {
      const localFlags = random.pick([0, 0x2, 0x800, 0x802, 0x8, 0x20, 0x1]);
      return {
        describe: `local flags 0x${localFlags.toString(16)}`,
        harmless: localFlags === (entry.flags ?? 0x800),
        apply: (e) => ({ ...e, localFlags }),
      };
    }
    case 2: {
      const id = random.pick([ZIP64, UNICODE_PATH, 0x5455, 0x000a, 0x7875, 0xcafe]);
      const place = random.pick(['localExtra', 'centralExtra'] as const);
      const field = extraField(
        id,
        Array.from({ length: random.pick([0, 5, 8, 16, 28]) }, () => random.int(256)),
      );
      return {
        describe: `extra field 0x${id.toString(16)} in ${place}`,
        harmless: id !== ZIP64 && id !== UNICODE_PATH,
        apply: (e) => ({ ...e, [place]: field }),
      };
    }
    case 3: {
      const junk = Array.from({ length: 1 + random.int(16) }, () => random.int(256));
      return {
        describe: `${junk.length} bytes after the data`,
        harmless: false,
        apply: (e) => ({
          ...e,
          data: new Uint8Array([...data, ...junk]),
          size: deflated ? e.size : data.length + junk.length,
        }),
      };
    }
    case 4: {
      const size = random.pick([0, entry.content.length - 1, entry.content.length + 1, 0xffffffff]);
      return { describe: `declared size ${size}`, harmless: false, apply: (e) => ({ ...e, size }) };
    }
    case 5: {
      const sizes = [crc32(entry.content), data.length, entry.content.length];
      const wrong = random.next() < 0.5 ? random.int(3) : -1;
      const fields = sizes.map((value, i) => (i === wrong ? value + 1 : value));
      const signed = random.next() < 0.5;
      return {
        describe: `data descriptor${signed ? ' with signature' : ''}${wrong >= 0 ? `, field ${wrong} wrong` : ''}`,
        harmless: deflated && wrong < 0,
        apply: (e) => ({
          ...e,
          flags: (e.flags ?? 0x800) | 0x8,
          localSizes: [0, 0, 0],
          descriptor: new Uint8Array([...(signed ? u32(0x08074b50) : []), ...fields.flatMap(u32)]),
        }),
      };
    }
    case 6: {
      const extra = new Uint8Array([0x55, 0x54, 40, 0, 1, 2]);
      return {
        describe: 'an extra field longer than its space',
        harmless: false,
        apply: (e) => ({ ...e, localExtra: extra }),
      };
    }
    default: {
      const diskStart = 1 + random.int(3);
      return {
        describe: `starts on disk ${diskStart}`,
        harmless: false,
        apply: (e) => ({ ...e, diskStart }),
      };
    }
  }
}

async function readsWhole(archive: Uint8Array): Promise<boolean> {
  try {
    const zip = openZip(archive);
    for (const entry of zip.entries.values()) await extractEntry(zip, entry);
    return true;
  } catch (error) {
    if (error instanceof PackError) return false;
    throw error;
  }
}

describe('the zip reader, given thousands of one-field changes to a valid archive', () => {
  it(
    'accepts exactly the changes that leave no file for another tool to read otherwise',
    async () => {
      const files = unzipSync(zipSource(await validArchiveSource()));
      const entries: CraftedEntry[] = Object.entries(files).map(([name, content]) => {
        const stored = name.endsWith('.pdf');
        return {
          name,
          content,
          method: stored ? 0 : DEFLATED,
          data: stored ? content : deflateSync(content),
        };
      });
      expect(await readsWhole(craftZip(entries))).toBe(true);
      const wrong: string[] = [];
      for (let seed = 0; seed < INPUTS; seed++) {
        const random = seededRandom(seed);
        const index = random.int(entries.length);
        const target = entries[index]!;
        const change = randomChange(target, random);
        const changed = entries.map((entry, i) => (i === index ? change.apply(entry) : entry));
        const accepted = await readsWhole(craftZip(changed));
        if (accepted !== change.harmless) {
          wrong.push(
            `${accepted ? 'accepted' : 'refused'} ${change.describe} on ${target.name} (seed ${seed})`,
          );
        }
      }
      expect(wrong).toEqual([]);
    },
    TIMEOUT_MS,
  );
});
