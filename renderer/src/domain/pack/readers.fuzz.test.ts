import { zipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { emptyWorksheet } from '../worksheet/worksheet';
import {
  encodeSubmission,
  readSubmission,
  sealSubmission,
  type SubmissionContent,
} from '../submission/submission';
import { validSubmissionContent } from '../submission/test-submission';
import { mutateBytes, mutateJson, mutateZipStructure, seededRandom, type Random } from './fuzz-inputs';
import { PackError, type PackProblem } from './pack-error';
import { readKeyFile } from './read-key';
import { readPackFile } from './read-pack';
import { createRichTextSanitizer } from './rich-text';
import {
  bytesOf,
  validArchiveSource,
  validArchiveSourceV3,
  validKey,
  validPack,
  zipSource,
} from './test-pack';
import { writeKeyFile } from './write-key';

/**
 * Thousands of seeded hostile inputs through every reader of outside files. Each must be read or refused with a
 * structured problem (PackError for packs and keys, `ok: false` for submissions) whose texts are short; nothing
 * may throw, except an AbortError when the read was cancelled. A failure names the seed that replays it.
 */
const PACK_INPUTS = 1500;
const KEY_INPUTS = 1000;
const SUBMISSION_INPUTS = 700;
/** A few seconds on an idle machine; the machines tests run on are often far from idle. */
const FUZZ_TIMEOUT_MS = 120_000;
/** A quoted piece of input is at most this long in any problem: see text/excerpt.ts. */
const MAX_QUOTED = 120;

const sanitize = createRichTextSanitizer(new JSDOM('').window as unknown as Window & typeof globalThis);

interface Escape {
  seed: number;
  error: string;
}

function describeError(error: unknown): string {
  return error instanceof Error
    ? `${error.name}: ${error.message.slice(0, 200)}`
    : String(error).slice(0, 200);
}

/** Texts in a problem longer than a quoted excerpt may be. */
function overlongTexts(problems: readonly PackProblem[]): string[] {
  const texts: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string' && value.length > MAX_QUOTED) texts.push(value.slice(0, 60));
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  walk(problems);
  return texts;
}

/** Runs a reader and says what escaped: nothing, a thrown exception, or a problem quoting too much. */
async function escapeOf(read: () => unknown, signal?: AbortSignal): Promise<string | undefined> {
  try {
    await read();
    return undefined;
  } catch (error) {
    if (error instanceof PackError) {
      const overlong = overlongTexts(error.problems);
      return overlong.length ? `overlong problem text: ${overlong[0]}` : undefined;
    }
    if (signal?.aborted && error instanceof DOMException && error.name === 'AbortError') return undefined;
    return describeError(error);
  }
}

function summarise(escapes: Escape[]): string[] {
  const byError = new Map<string, number[]>();
  for (const { seed, error } of escapes) byError.set(error, [...(byError.get(error) ?? []), seed]);
  return [...byError].map(
    ([error, seeds]) => `${seeds.length}× ${error} (seeds ${seeds.slice(0, 5).join(', ')})`,
  );
}

/** A manifest's text damaged, then zipped into an otherwise valid archive. */
function zipWithManifestText(manifest: Uint8Array, files: Map<string, Uint8Array>): Uint8Array {
  return zipSync({ 'manifest.json': manifest, ...Object.fromEntries(files) });
}

async function hostilePack(random: Random, seeds: Uint8Array[]): Promise<Uint8Array> {
  const source = random.next() < 0.5 ? await validArchiveSource() : await validArchiveSourceV3();
  const manifestText = bytesOf(JSON.stringify(source.manifest));
  switch (random.int(6)) {
    case 0:
      return mutateBytes(random.pick(seeds), random, seeds);
    case 1:
      return zipWithManifestText(bytesOf(mutateJson(source.manifest, random)), source.files);
    case 2:
      return zipWithManifestText(mutateBytes(manifestText, random, seeds), source.files);
    case 3: {
      const structural = mutateZipStructure(zipSource(source), random);
      return random.next() < 0.3 ? mutateBytes(structural, random, seeds) : structural;
    }
    case 4:
      return bytesOf(mutateJson(validPack(), random));
    default:
      return mutateBytes(bytesOf(validPack()), random, seeds);
  }
}

function submissionContent(version: 1 | 2): SubmissionContent {
  const base = validSubmissionContent();
  return version === 1 ? base : { ...base, formatVersion: 2, worksheet: emptyWorksheet('general') };
}

describe('the readers of outside files, given thousands of hostile inputs', () => {
  it(
    'read or refuse every pack with a short structured problem, and never throw',
    async () => {
      const seeds = [
        zipSource(await validArchiveSource()),
        zipSource(await validArchiveSourceV3()),
        bytesOf(validPack()),
      ];
      const escapes: Escape[] = [];
      for (let seed = 0; seed < PACK_INPUTS; seed++) {
        const random = seededRandom(seed);
        const bytes = await hostilePack(random, seeds);
        // Some reads are cancelled part-way: those may end in an AbortError, and only in that.
        const controller = new AbortController();
        if (seed % 10 === 0) queueMicrotask(() => controller.abort());
        const escape = await escapeOf(
          () => readPackFile(bytes, { sanitize, signal: controller.signal }),
          controller.signal,
        );
        if (escape) escapes.push({ seed, error: escape });
      }
      expect(summarise(escapes)).toEqual([]);
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'read or refuse every trainer key with a short structured problem, and never throw',
    async () => {
      const seeds = [writeKeyFile(validKey()), zipSource(await validArchiveSource())];
      const escapes: Escape[] = [];
      for (let seed = 0; seed < KEY_INPUTS; seed++) {
        const random = seededRandom(seed);
        const bytes =
          random.next() < 0.5
            ? mutateBytes(seeds[0]!, random, seeds)
            : bytesOf(mutateJson(validKey(), random));
        const escape = await escapeOf(() => readKeyFile(bytes, { sanitize, fileName: 'fuzz.cdkey' }));
        if (escape) escapes.push({ seed, error: escape });
      }
      expect(summarise(escapes)).toEqual([]);
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'read or refuse every submission with a short reason, and never throw',
    async () => {
      const seeds = [
        encodeSubmission(await sealSubmission(submissionContent(1))),
        encodeSubmission(await sealSubmission(submissionContent(2))),
      ];
      const escapes: Escape[] = [];
      for (let seed = 0; seed < SUBMISSION_INPUTS; seed++) {
        const random = seededRandom(seed);
        const content = submissionContent(random.next() < 0.5 ? 1 : 2);
        let bytes: Uint8Array;
        const strategy = random.int(3);
        if (strategy === 0) bytes = mutateBytes(random.pick(seeds), random, seeds);
        else {
          const mutated = mutateJson(content, random) as SubmissionContent;
          // Resealed, a mutated submission passes the digest and reaches every later check.
          bytes =
            strategy === 1
              ? bytesOf(await sealSubmission(mutated).catch(() => ({ ...mutated, digest: {} })))
              : bytesOf({ ...mutated, digest: { algorithm: 'SHA-256', value: '0'.repeat(64) } });
        }
        try {
          const check = await readSubmission(bytes);
          if (!check.ok && check.detail.length > MAX_QUOTED * 4) {
            escapes.push({ seed, error: `overlong detail for ${check.reason}` });
          }
        } catch (error) {
          escapes.push({ seed, error: describeError(error) });
        }
      }
      expect(summarise(escapes)).toEqual([]);
    },
    FUZZ_TIMEOUT_MS,
  );
});
