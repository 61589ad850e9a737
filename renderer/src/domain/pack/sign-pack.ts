import type { PublicIdentity, TrainerIdentity } from '../keys/identity';
import { signBytes } from '../keys/sign';
import { PackError } from './pack-error';
import { SIGNATURE_FILE, SIGNATURE_FORMAT, signedMessage, type PackSignature } from './pack-signature';
import { MANIFEST_FILE, type PackV2 } from './pack-v2';
import { packV4, type ExamCodes, type PackTrainer, type PackV4 } from './pack-v4';
import { parseJsonBytes, validate } from './parse-pack';
import { manifestDigest } from './read-pack';
import { writePackArchive } from './write-pack';
import { extractEntry, isZipArchive, openZip } from './zip/read-zip';

/** What a trainer adds to a pack when signing it in the app or with `npm run pack -- --sign`. */
export interface PackV4Additions {
  coTrainers: readonly PublicIdentity[];
  programme?: PublicIdentity;
  /** By case id: checks of the codes made for that timed case. */
  examCodes: ReadonlyMap<string, ExamCodes>;
}

/**
 * The pack archive as format 4, naming the signing trainer (`trainer`), the co-trainers and the programme's key,
 * with the exam codes' checks, and signed. The archive is expected to have passed readPackFile already (the caller
 * shows what it signs); the new manifest is checked against the format-4 schema before it is signed.
 */
export async function signPackAsV4(
  archiveBytes: Uint8Array,
  identity: TrainerIdentity,
  additions: PackV4Additions,
): Promise<Uint8Array> {
  const { manifest, files } = await readArchive(archiveBytes);
  const source = manifest as PackV2;
  const upgraded = validate(packV4, {
    ...source,
    formatVersion: 4,
    trainers: packTrainers(identity.public, additions),
    cases: source.cases.map((packCase) => {
      const codes = additions.examCodes.get(packCase.id);
      return codes && (codes.start || codes.extraTime) ? { ...packCase, examCodes: codes } : packCase;
    }),
  });
  return writeSigned(upgraded, files, identity);
}

/** The pack archive, as it is, with the trainer's signature (any earlier signature is replaced). */
export async function signPackArchive(
  archiveBytes: Uint8Array,
  identity: TrainerIdentity,
): Promise<Uint8Array> {
  const { manifest, files } = await readArchive(archiveBytes);
  return writeSigned(manifest as PackV4, files, identity);
}

async function writeSigned(
  manifest: PackV2 | PackV4,
  files: ReadonlyMap<string, Uint8Array>,
  identity: TrainerIdentity,
): Promise<Uint8Array> {
  // The digest is of the manifest's canonical JSON, so writing it indented does not change what is signed.
  const digest = await manifestDigest(manifest);
  const signature: PackSignature = {
    format: SIGNATURE_FORMAT,
    formatVersion: 1,
    signer: identity.public,
    manifestDigest: digest,
    signature: await signBytes(identity, signedMessage(digest, identity.public)),
  };
  return writePackArchive(manifest, files, signature);
}

/** The signer first, as `trainer`; a key named twice (the trainer's own card pasted as a co-trainer) once. */
function packTrainers(own: PublicIdentity, additions: PackV4Additions): PackTrainer[] {
  const named: PackTrainer[] = [
    { ...own, role: 'trainer' },
    ...additions.coTrainers.map((identity) => ({ ...identity, role: 'coTrainer' as const })),
    ...(additions.programme ? [{ ...additions.programme, role: 'programme' as const }] : []),
  ];
  const seen = new Set<string>();
  return named.filter(({ signingKey }) => !seen.has(signingKey) && seen.add(signingKey));
}

async function readArchive(
  bytes: Uint8Array,
): Promise<{ manifest: unknown; files: Map<string, Uint8Array> }> {
  if (!isZipArchive(bytes)) throw new PackError([{ code: 'signNeedsArchive' }]);
  const archive = openZip(bytes);
  const files = new Map<string, Uint8Array>();
  let manifest: unknown;
  for (const entry of archive.entries.values()) {
    if (entry.name === SIGNATURE_FILE) continue;
    const content = await extractEntry(archive, entry);
    if (entry.name === MANIFEST_FILE) manifest = parseJsonBytes(content);
    else files.set(entry.name, content);
  }
  if (manifest === undefined) throw new PackError([{ code: 'missingManifest', file: MANIFEST_FILE }]);
  return { manifest, files };
}
