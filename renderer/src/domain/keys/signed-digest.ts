import { z } from 'zod';
import { fingerprintOf, publicIdentitySchema, type PublicIdentity, type TrainerIdentity } from './identity';
import { utf8 } from './digest';
import { signBytes, verifyBytes } from './sign';

/**
 * A file's signature by a trainer (feedback format 2, review file format 2): who signed, and their Ed25519 signature
 * over the UTF-8 of the file's own digest (lowercase hex). The digest already covers every other value of the file,
 * so only its 64 characters are signed: signing the whole file again would double the cost of a cohort's export.
 */
export const fileSignatureSchema = z.strictObject({
  signer: publicIdentitySchema,
  /** 64 bytes in base64. */
  signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/),
});
export type FileSignature = z.infer<typeof fileSignatureSchema>;

/** Who signed a file, as the app shows them: «Подписано: Гульнара Сапарова, ключ 7KQ2-M9XD-4HPA». */
export interface Signer {
  identity: PublicIdentity;
  fingerprint: string;
}

/** The trainer's signature of a file's digest. */
export async function signDigest(identity: TrainerIdentity, digest: string): Promise<FileSignature> {
  return { signer: identity.public, signature: await signBytes(identity, utf8(digest)) };
}

/** Who signed `digest`, when the signature is truly theirs; undefined when it is not (the file was changed). */
export async function checkSignedDigest(
  signature: FileSignature,
  digest: string,
): Promise<Signer | undefined> {
  const { signer } = signature;
  if (!(await verifyBytes(signer.signingKey, utf8(digest), signature.signature))) return undefined;
  return { identity: signer, fingerprint: await fingerprintOf(signer) };
}

/**
 * What a signed file's digest covers: every field but the digest and, of the signature, only its signer (not its
 * value): the signer's name is covered, as the fingerprint is of the keys alone and a name changed after signing
 * would otherwise pass. An unsigned file's digest covers every field but the digest.
 */
export function digestedFields(
  fields: Record<string, unknown>,
  signer: PublicIdentity | undefined,
): Record<string, unknown> {
  const { digest: _digest, signature: _signature, ...rest } = fields;
  return signer ? { ...rest, signature: { signer } } : rest;
}
