import { z } from 'zod';
import { base32, grouped } from './base32';
import { base64ToBytes, bytesToBase64 } from './base64';
import { concatBytes, sha256Bytes } from './digest';

const rawKey = z.string().regex(/^[A-Za-z0-9+/]{43}=$/); // 32 bytes in base64

/** A trainer as others know them: a name and two public keys. What packs name and files carry of their signer. */
export const publicIdentitySchema = z.strictObject({
  name: z.string().min(1).max(200).regex(/\S/),
  /** Ed25519, raw 32 bytes in base64: checks what the trainer signs (packs, feedback, review files). */
  signingKey: rawKey,
  /** X25519, raw 32 bytes in base64: what submissions are sealed to. */
  encryptionKey: rawKey,
});
export type PublicIdentity = z.infer<typeof publicIdentitySchema>;

/** A trainer's own keys as stored and as the recovery file holds them: the private keys as PKCS#8 in base64. */
export interface IdentitySecrets {
  public: PublicIdentity;
  signingPrivateKey: string;
  encryptionPrivateKey: string;
  createdAt: string;
}

/** A trainer's own keys, ready to sign and to open sealed files. */
export interface TrainerIdentity {
  public: PublicIdentity;
  /** fingerprintOf(public): what a person compares. */
  fingerprint: string;
  signingPrivateKey: CryptoKey;
  encryptionPrivateKey: CryptoKey;
}

/** Makes a trainer's two key pairs (Ed25519 to sign, X25519 to receive). */
export async function generateIdentity(name: string, now = new Date()): Promise<IdentitySecrets> {
  const signing = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const encryption = (await crypto.subtle.generateKey({ name: 'X25519' }, true, [
    'deriveBits',
  ])) as CryptoKeyPair;
  const exported = async (key: CryptoKey, form: 'raw' | 'pkcs8') =>
    bytesToBase64(new Uint8Array(await crypto.subtle.exportKey(form, key)));
  return {
    public: {
      name: name.trim(),
      signingKey: await exported(signing.publicKey, 'raw'),
      encryptionKey: await exported(encryption.publicKey, 'raw'),
    },
    signingPrivateKey: await exported(signing.privateKey, 'pkcs8'),
    encryptionPrivateKey: await exported(encryption.privateKey, 'pkcs8'),
    createdAt: now.toISOString(),
  };
}

/**
 * The stored secrets made usable (the private keys imported, not extractable); undefined when they are damaged or
 * the private keys are not the public ones' pair (a recovery file put together from two trainers, say).
 */
export async function unlockIdentity(secrets: IdentitySecrets): Promise<TrainerIdentity | undefined> {
  try {
    const signingBytes = base64ToBytes(secrets.signingPrivateKey);
    const encryptionBytes = base64ToBytes(secrets.encryptionPrivateKey);
    if (!signingBytes || !encryptionBytes) return undefined;
    const signingPrivateKey = await crypto.subtle.importKey(
      'pkcs8',
      signingBytes,
      { name: 'Ed25519' },
      false,
      ['sign'],
    );
    const encryptionPrivateKey = await crypto.subtle.importKey(
      'pkcs8',
      encryptionBytes,
      { name: 'X25519' },
      false,
      ['deriveBits'],
    );
    const identity = {
      public: secrets.public,
      fingerprint: await fingerprintOf(secrets.public),
      signingPrivateKey,
      encryptionPrivateKey,
    };
    return (await keysArePairs(identity)) ? identity : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the private keys belong to the public ones: a test signature, and a key agreement both ways. */
async function keysArePairs(identity: TrainerIdentity): Promise<boolean> {
  const probe = new Uint8Array(32);
  crypto.getRandomValues(probe);
  const signature = await crypto.subtle.sign('Ed25519', identity.signingPrivateKey, probe);
  const signingKey = await importPublic(identity.public.signingKey, 'Ed25519', ['verify']);
  if (!signingKey || !(await crypto.subtle.verify('Ed25519', signingKey, signature, probe))) return false;
  const other = (await crypto.subtle.generateKey({ name: 'X25519' }, false, ['deriveBits'])) as CryptoKeyPair;
  const encryptionKey = await importPublic(identity.public.encryptionKey, 'X25519', []);
  if (!encryptionKey) return false;
  const ours = await crypto.subtle.deriveBits(
    { name: 'X25519', public: other.publicKey },
    identity.encryptionPrivateKey,
    256,
  );
  const theirs = await crypto.subtle.deriveBits(
    { name: 'X25519', public: encryptionKey },
    other.privateKey,
    256,
  );
  return bytesToBase64(new Uint8Array(ours)) === bytesToBase64(new Uint8Array(theirs));
}

/** A raw public key from base64; undefined when it is not one. */
export async function importPublic(
  key: string,
  algorithm: 'Ed25519' | 'X25519',
  usages: KeyUsage[],
): Promise<CryptoKey | undefined> {
  const bytes = base64ToBytes(key);
  if (bytes?.length !== 32) return undefined;
  try {
    return await crypto.subtle.importKey('raw', bytes, { name: algorithm }, true, usages);
  } catch {
    return undefined;
  }
}

/**
 * What a person compares to know a trainer's keys: the first 60 bits of SHA-256 over both public keys, as 12
 * base32 characters in three groups (`7KQ2-M9XD-4HPA`), printed on the recovery sheet and shown wherever a
 * signature or a sealed file names the trainer (research §4.3). The name is not in it: it only labels the keys.
 */
export async function fingerprintOf(identity: PublicIdentity): Promise<string> {
  const signing = base64ToBytes(identity.signingKey) ?? new Uint8Array();
  const encryption = base64ToBytes(identity.encryptionKey) ?? new Uint8Array();
  return grouped(base32(await sha256Bytes(concatBytes([signing, encryption])), 12), 4);
}

const KEY_CARD_PREFIX = 'CASEDRAFT-TRAINER-1:';

/**
 * A trainer's public identity as one line of text to copy to a colleague (who names them as a co-trainer in a
 * pack) or to the course office: `CASEDRAFT-TRAINER-1:` and the identity's JSON in base64.
 */
export function keyCard(identity: PublicIdentity): string {
  // Only the three fields: a pack's trainer entry (with its role) passed here would otherwise make a card that
  // readKeyCard, which takes no other field, refuses.
  const { name, signingKey, encryptionKey } = identity;
  const text = JSON.stringify({ name, signingKey, encryptionKey });
  return KEY_CARD_PREFIX + bytesToBase64(new TextEncoder().encode(text));
}

/**
 * The identity a key card names; undefined for any other text. Spaces and line breaks inside are ignored: the card
 * is printed on the recovery sheet, and text copied from a printed or e-mailed line often comes back broken in two.
 */
export function readKeyCard(text: string): PublicIdentity | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith(KEY_CARD_PREFIX)) return undefined;
  const bytes = base64ToBytes(trimmed.slice(KEY_CARD_PREFIX.length).replace(/\s+/g, ''));
  if (!bytes) return undefined;
  try {
    const parsed = publicIdentitySchema.safeParse(
      JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)),
    );
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
