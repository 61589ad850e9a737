import { JSDOM } from 'jsdom';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeCodeCheck } from '../keys/code-check';
import { generateIdentity, unlockIdentity, type TrainerIdentity } from '../keys/identity';
import { PackError, type PackProblem } from './pack-error';
import { SIGNATURE_FILE } from './pack-signature';
import { MANIFEST_FILE } from './pack-v2';
import { examCodePurpose, MAX_PACK_TRAINERS } from './pack-v4';
import { readPackFile } from './read-pack';
import { createRichTextSanitizer } from './rich-text';
import { signPackArchive, signPackAsV4 } from './sign-pack';
import { bytesOf, validArchiveSource, validArchiveSourceV3, validPack, zipSource } from './test-pack';

const sanitize = createRichTextSanitizer(new JSDOM('').window as unknown as Window & typeof globalThis);

async function identityNamed(name: string): Promise<TrainerIdentity> {
  const identity = await unlockIdentity(await generateIdentity(name));
  if (!identity) throw new Error('the test identity did not unlock');
  return identity;
}

async function problemsOf(bytes: Uint8Array): Promise<PackProblem[]> {
  try {
    await readPackFile(bytes, { sanitize });
  } catch (error) {
    if (error instanceof PackError) return error.problems;
    throw error;
  }
  throw new Error('the pack was accepted');
}

/** The archive's entries as they are, to change one and zip them again, signature included. */
function entriesOf(archive: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(archive);
}

let trainer: TrainerIdentity;
let coTrainer: TrainerIdentity;
let programme: TrainerIdentity;
let signedV4: Uint8Array;

beforeAll(async () => {
  trainer = await identityNamed('Гульнара Сапарова');
  coTrainer = await identityNamed('Ерлан Ахметов');
  programme = await identityNamed('Учебный центр');
  const source = await validArchiveSource();
  source.manifest.cases[0]!.timeLimitMinutes = 240;
  const purpose = (kind: 'start' | 'extraTime') => examCodePurpose(kind, 'test-pack', 'case-one');
  signedV4 = await signPackAsV4(zipSource(source), trainer, {
    coTrainers: [coTrainer.public, trainer.public],
    programme: programme.public,
    examCodes: new Map([
      [
        'case-one',
        {
          start: await makeCodeCheck('K7Q2-M9XD', purpose('start'), 100_000),
          extraTime: await makeCodeCheck('4HPA-7KQ2', purpose('extraTime'), 100_000),
        },
      ],
    ]),
  });
});

describe('a signed pack of format 4', () => {
  it('reads with its signer, its trainers and its cases’ exam codes', async () => {
    const read = await readPackFile(signedV4, { sanitize });
    expect(read.signedBy).toEqual({ identity: trainer.public, fingerprint: trainer.fingerprint });
    expect(read.pack.formatVersion).toBe(4);
    // The trainer's own card pasted as a co-trainer is named once, as the trainer.
    expect(read.pack.trainers?.map(({ name, role }) => [name, role])).toEqual([
      ['Гульнара Сапарова', 'trainer'],
      ['Ерлан Ахметов', 'coTrainer'],
      ['Учебный центр', 'programme'],
    ]);
    expect(read.pack.cases[0]?.examCodes?.start?.iterations).toBe(100_000);
    expect(read.pack.cases[0]?.examCodes?.extraTime).toBeDefined();
  });

  it('is refused, naming the signer, when any single value of its manifest is changed', async () => {
    const entries = entriesOf(signedV4);
    const manifest = JSON.parse(new TextDecoder().decode(entries[MANIFEST_FILE])) as unknown;
    const leaves = leafPaths(manifest);
    expect(leaves.length).toBeGreaterThan(40);
    for (const path of leaves) {
      const changed = structuredClone(manifest);
      changeLeaf(changed, path);
      const bytes = zipSync({ ...entries, [MANIFEST_FILE]: strToU8(JSON.stringify(changed)) });
      expect(await problemsOf(bytes), path.join('.')).toEqual([
        { code: 'signatureMismatch', signer: 'Гульнара Сапарова' },
      ]);
    }
  });

  it('is refused when any file is changed, taken away or added', async () => {
    const entries = entriesOf(signedV4);
    const named = Object.keys(entries).filter((name) => name !== MANIFEST_FILE && name !== SIGNATURE_FILE);
    expect(named).toHaveLength(2);
    const variants = [
      ...named.map((name) => ({ ...entries, [name]: changedByte(entries[name]!) })),
      ...named.map((name) => Object.fromEntries(Object.entries(entries).filter(([key]) => key !== name))),
      { ...entries, 'cases/case-one/extra.html': bytesOf('<p>Подложено</p>') },
    ];
    for (const variant of variants) {
      expect(await problemsOf(zipSync(variant))).toEqual([
        { code: 'signatureMismatch', signer: 'Гульнара Сапарова' },
      ]);
    }
  });

  it('is refused when the signature is another trainer’s, or the signer named is someone else', async () => {
    const entries = entriesOf(signedV4);
    const signature = JSON.parse(new TextDecoder().decode(entries[SIGNATURE_FILE])) as { signer: unknown };
    const forged = zipSync({
      ...entries,
      [SIGNATURE_FILE]: strToU8(JSON.stringify({ ...signature, signer: coTrainer.public })),
    });
    expect(await problemsOf(forged)).toEqual([{ code: 'signatureMismatch', signer: 'Ерлан Ахметов' }]);
    // The same keys under another name: the fingerprint is the same, the signature over the signer is not.
    const signer = (signature as { signer: { name: string } }).signer;
    const renamed = zipSync({
      ...entries,
      [SIGNATURE_FILE]: strToU8(
        JSON.stringify({ ...signature, signer: { ...signer, name: 'Другой Судья' } }),
      ),
    });
    expect(await problemsOf(renamed)).toEqual([{ code: 'signatureMismatch', signer: 'Другой Судья' }]);
    const resigned = await signPackArchive(signedV4, coTrainer);
    expect((await readPackFile(resigned, { sanitize })).signedBy?.fingerprint).toBe(coTrainer.fingerprint);
  });

  it('is refused when its signature file cannot be read', async () => {
    const entries = entriesOf(signedV4);
    for (const damaged of ['', 'not json', '{"format":"casedraft.pack-signature"}']) {
      expect(await problemsOf(zipSync({ ...entries, [SIGNATURE_FILE]: strToU8(damaged) }))).toEqual([
        { code: 'signatureMismatch' },
      ]);
    }
  });

  it('names at most ten trainers', async () => {
    const many = await Promise.all(
      Array.from({ length: MAX_PACK_TRAINERS }, (_, index) => identityNamed(`Тренер ${index}`)),
    );
    await expect(
      signPackAsV4(signedV4, trainer, { coTrainers: many.map((one) => one.public), examCodes: new Map() }),
    ).rejects.toMatchObject({ problems: [{ code: 'tooLong', path: ['trainers'], max: MAX_PACK_TRAINERS }] });
  });
});

describe('packs of earlier formats', () => {
  it('still read unsigned, of every format', async () => {
    const json = bytesOf(validPack());
    for (const bytes of [
      json,
      zipSource(await validArchiveSource()),
      zipSource(await validArchiveSourceV3()),
    ]) {
      const read = await readPackFile(bytes, { sanitize });
      expect(read.signedBy).toBeUndefined();
      expect(read.pack.trainers).toBeUndefined();
    }
  });

  it('can be signed as they are, keeping their format', async () => {
    const signed = await signPackArchive(zipSource(await validArchiveSourceV3()), trainer);
    const read = await readPackFile(signed, { sanitize });
    expect(read.pack.formatVersion).toBe(3);
    expect(read.signedBy?.fingerprint).toBe(trainer.fingerprint);
  });

  it('a JSON pack cannot be signed: it says to build a .cdpack', async () => {
    await expect(signPackArchive(bytesOf(validPack()), trainer)).rejects.toMatchObject({
      problems: [{ code: 'signNeedsArchive' }],
    });
  });
});

type LeafPath = (string | number)[];

function leafPaths(value: unknown, path: LeafPath = []): LeafPath[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leafPaths(item, [...path, index]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...path, key]));
  }
  return [path];
}

function changeLeaf(root: unknown, path: LeafPath): void {
  const parent = path.slice(0, -1).reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], root);
  const key = path[path.length - 1]!;
  const record = parent as Record<string | number, unknown>;
  const value = record[key];
  record[key] =
    typeof value === 'number' ? value + 1 : typeof value === 'boolean' ? !value : `${String(value)}x`;
}

function changedByte(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  const middle = copy.length >> 1;
  copy[middle] = (copy[middle] ?? 0) ^ 0x01;
  return copy;
}
