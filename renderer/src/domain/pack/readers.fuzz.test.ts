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

/** Hostile things to put in a submission's act; every one of them makes the file one to refuse. */
const HOSTILE_ACT_EDITS: ((paragraph: Record<string, unknown>, random: Random) => void)[] = [
  (paragraph, random) => (paragraph.attrs = { [random.pick(['onclick', 'style', 'class', 'id'])]: 'x' }),
  (paragraph) => (paragraph.onclick = 'alert(1)'),
  (paragraph, random) =>
    (paragraph.content = [{ type: random.pick(['script', 'iframe', 'image', '__proto__']), text: 'x' }]),
  (paragraph, random) =>
    (paragraph.content = [
      { type: 'text', text: 'x', marks: [{ type: random.pick(['link', 'code', 'constructor']) }] },
    ]),
  (paragraph) =>
    (paragraph.content = [{ type: 'text', text: 'x', marks: [{ type: 'em', attrs: { href: 'x' } }] }]),
  (paragraph, random) =>
    (paragraph.content = [
      {
        type: 'table',
        content: [
          {
            type: 'table_row',
            content: [
              {
                type: 'table_cell',
                attrs: { [random.pick(['colspan', 'rowspan'])]: random.pick([101, 1e9, 0, -1, 1.5]) },
                content: [{ type: 'paragraph' }],
              },
            ],
          },
        ],
      },
    ]),
];

/**
 * A sealed submission whose act carries something hostile: an edit above, a value nested 1,000 to 100,000 deep
 * in an attribute, or a key given twice. Written as text, since JSON.stringify cannot write either of the last two.
 */
async function hostileSubmission(random: Random, content: SubmissionContent): Promise<Uint8Array> {
  const document = structuredClone(content.document) as { content: { content: Record<string, unknown>[] }[] };
  const paragraph = random.pick(random.pick(document.content).content.slice(1));
  const strategy = random.int(HOSTILE_ACT_EDITS.length + 2);
  if (strategy < HOSTILE_ACT_EDITS.length) HOSTILE_ACT_EDITS[strategy]!(paragraph!, random);
  else paragraph!.marker = 1;
  const text = new TextDecoder().decode(
    encodeSubmission(await sealSubmission({ ...content, document } as SubmissionContent)),
  );
  if (strategy === HOSTILE_ACT_EDITS.length) {
    const depth = 1000 * 2 ** random.int(7);
    return bytesOf(text.replace('"marker": 1', `"marker": ${'['.repeat(depth)}${']'.repeat(depth)}`));
  }
  if (strategy > HOSTILE_ACT_EDITS.length) return bytesOf(text.replace('"marker": 1', '"type": "text"'));
  return bytesOf(text);
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
        const strategy = random.int(4);
        const hostile = strategy === 3;
        if (strategy === 0) bytes = mutateBytes(random.pick(seeds), random, seeds);
        else if (hostile) bytes = await hostileSubmission(random, content);
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
          if (hostile && check.ok) escapes.push({ seed, error: 'a hostile act was read' });
        } catch (error) {
          escapes.push({ seed, error: describeError(error) });
        }
      }
      expect(summarise(escapes)).toEqual([]);
    },
    FUZZ_TIMEOUT_MS,
  );
});
