import { z } from 'zod';
import { canonicalJson } from '../integrity/canonical-json';
import { utf8 } from '../keys/digest';
import { fingerprintOf, publicIdentitySchema, type PublicIdentity } from '../keys/identity';
import { verifyBytes } from '../keys/sign';
import { PackError, type PackProblem } from './pack-error';
import { extractEntry, type ZipArchive } from './zip/read-zip';

/** The archive entry holding a pack's signature; the manifest does not name it (it signs the manifest). */
export const SIGNATURE_FILE = 'signature.json';
export const SIGNATURE_FORMAT = 'casedraft.pack-signature';
/** A signature file is a few hundred bytes; a larger one is not one. */
const MAX_SIGNATURE_BYTES = 16 * 1024;

/**
 * `signature.json`: the signer and their Ed25519 signature over signedMessage: the manifest's ReadPack.digest and
 * the signer themselves. The manifest names every file by SHA-256, so the signature covers every byte of the pack
 * that the app reads, and the signer's name shown to trainees (the fingerprint covers only the keys).
 */
export const packSignatureSchema = z.strictObject({
  format: z.literal(SIGNATURE_FORMAT),
  formatVersion: z.literal(1),
  signer: publicIdentitySchema,
  manifestDigest: z.string().regex(/^[0-9a-f]{64}$/),
  signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/),
});
export type PackSignature = z.infer<typeof packSignatureSchema>;

/** Who signed a pack whose signature holds, as the library shows it. */
export interface PackSignedBy {
  identity: PublicIdentity;
  fingerprint: string;
}

/**
 * The pack's signer when `signature.json` holds for this manifest (`digest`: its ReadPack.digest); undefined
 * when the archive has no signature (an unsigned pack still imports, shown as unsigned). A signature that does
 * not hold, or a signature file that cannot be read, is refused: the pack was changed after signing.
 */
export async function checkPackSignature(
  archive: ZipArchive,
  digest: string,
  signal?: AbortSignal,
): Promise<PackSignedBy | undefined> {
  const entry = archive.entries.get(SIGNATURE_FILE);
  if (!entry) return undefined;
  if (entry.size > MAX_SIGNATURE_BYTES) throw changedAfterSigning();
  const signature = parseSignature(await extractEntry(archive, entry, { signal }));
  if (!signature) throw changedAfterSigning();
  const holds =
    signature.manifestDigest === digest &&
    (await verifyBytes(
      signature.signer.signingKey,
      signedMessage(digest, signature.signer),
      signature.signature,
    ));
  if (!holds) throw changedAfterSigning(signature.signer.name);
  return { identity: signature.signer, fingerprint: await fingerprintOf(signature.signer) };
}

/** What a pack's signer signs: the canonical JSON of the manifest's digest and the signer. */
export function signedMessage(manifestDigest: string, signer: PublicIdentity): Uint8Array {
  return utf8(canonicalJson({ manifestDigest, signer }));
}

function parseSignature(bytes: Uint8Array): PackSignature | undefined {
  try {
    const parsed = packSignatureSchema.safeParse(
      JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)),
    );
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Problems that, in a signed pack, mean a file was changed, added or taken away after signing. */
const FILE_CHANGES = new Set<PackProblem['code']>(['digestMismatch', 'missingFile', 'unexpectedFile']);

/**
 * In a signed pack a file that does not match the manifest was changed after signing: the trainee is told so,
 * naming the signer, rather than which file's digest differs.
 */
export function asChangedAfterSigning(error: unknown, signedBy: PackSignedBy | undefined): unknown {
  if (!signedBy || !(error instanceof PackError)) return error;
  return error.problems.some((problem) => FILE_CHANGES.has(problem.code))
    ? changedAfterSigning(signedBy.identity.name)
    : error;
}

function changedAfterSigning(signer?: string): PackError {
  return new PackError([{ code: 'signatureMismatch', ...(signer === undefined ? {} : { signer }) }]);
}
