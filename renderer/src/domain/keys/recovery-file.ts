import { z } from 'zod';
import { base64ToBytes, bytesToBase64 } from './base64';
import { utf8 } from './digest';
import { fingerprintOf, publicIdentitySchema, unlockIdentity, type IdentitySecrets } from './identity';

export const RECOVERY_FORMAT = 'casedraft.trainer-recovery' as const;
export const RECOVERY_EXTENSION = 'cdtrainer';
/** PBKDF2-SHA-256 iterations (OWASP's figure for 2023 on; 96 ms in Chromium, research §4.1). */
const ITERATIONS = 600_000;
export const MIN_PASSPHRASE_LENGTH = 10;

const recoveryFileV1 = z.strictObject({
  format: z.literal(RECOVERY_FORMAT),
  formatVersion: z.literal(1),
  /** In clear, so a person sees whose file it is before typing the passphrase. */
  public: publicIdentitySchema,
  fingerprint: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  kdf: z.strictObject({
    name: z.literal('PBKDF2-SHA-256'),
    iterations: z.number().int().min(100_000).max(10_000_000),
    salt: z.string().regex(/^[A-Za-z0-9+/]{22}==$/),
  }),
  iv: z.string().regex(/^[A-Za-z0-9+/]{16}$/),
  /** AES-256-GCM of `{ signingPrivateKey, encryptionPrivateKey }` (JSON), the clear part above as associated data. */
  ciphertext: z
    .string()
    .regex(/^[A-Za-z0-9+/]*={0,2}$/)
    .max(4096),
});
type RecoveryFileV1 = z.infer<typeof recoveryFileV1>;

const privateKeys = z.strictObject({ signingPrivateKey: z.string(), encryptionPrivateKey: z.string() });

/** The trainer's recovery file (`.cdtrainer`): the keys, locked with the passphrase. */
export async function writeRecoveryFile(secrets: IdentitySecrets, passphrase: string): Promise<Uint8Array> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  // The clear part is authenticated as JSON text, and a reader rebuilds it in the schema's field order: it is
  // written in that order too, whatever order the identity it was given has, or the file would never open.
  const { name, signingKey, encryptionKey } = secrets.public;
  const clear = {
    format: RECOVERY_FORMAT,
    formatVersion: 1 as const,
    public: { name, signingKey, encryptionKey },
    fingerprint: await fingerprintOf(secrets.public),
    createdAt: secrets.createdAt,
    kdf: { name: 'PBKDF2-SHA-256' as const, iterations: ITERATIONS, salt: bytesToBase64(salt) },
    iv: bytesToBase64(iv),
  };
  const key = await passphraseKey(passphrase, salt, ITERATIONS);
  const { signingPrivateKey, encryptionPrivateKey } = secrets;
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: associatedData(clear) },
    key,
    utf8(JSON.stringify({ signingPrivateKey, encryptionPrivateKey })),
  );
  const file: RecoveryFileV1 = { ...clear, ciphertext: bytesToBase64(new Uint8Array(ciphertext)) };
  return utf8(`${JSON.stringify(file, null, 2)}\n`);
}

/** Why a recovery file was not taken; each has its own words for the trainer (kk, ru, en). */
export type RecoveryProblem = 'notRecoveryFile' | 'unsupportedVersion' | 'damaged' | 'wrongPassphrase';

export type RecoveryRead = { ok: true; secrets: IdentitySecrets } | { ok: false; reason: RecoveryProblem };

/**
 * The keys a recovery file holds, unlocked with the passphrase. Never throws: a file that is not one, a newer
 * version, a damaged file (changed in clear or in the locked part: the passphrase then cannot tell), and a wrong
 * passphrase each get their reason. The keys are checked to be the pairs of the public keys the file names.
 */
export async function readRecoveryFile(bytes: Uint8Array, passphrase: string): Promise<RecoveryRead> {
  let text: string;
  let json: unknown;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'notRecoveryFile' };
  }
  try {
    json = JSON.parse(text);
  } catch {
    // A file cut short (a copy interrupted, a failing stick) still names its format near the top: it is a
    // damaged recovery file, not some other file, and the trainer is told so.
    return { ok: false, reason: text.includes(`"${RECOVERY_FORMAT}"`) ? 'damaged' : 'notRecoveryFile' };
  }
  const header = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  if (header.format !== RECOVERY_FORMAT) return { ok: false, reason: 'notRecoveryFile' };
  if (header.formatVersion !== 1) return { ok: false, reason: 'unsupportedVersion' };
  const parsed = recoveryFileV1.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'damaged' };
  const { ciphertext, ...clear } = parsed.data;
  const salt = base64ToBytes(clear.kdf.salt);
  const iv = base64ToBytes(clear.iv);
  const locked = base64ToBytes(ciphertext);
  if (!salt || !iv || !locked) return { ok: false, reason: 'damaged' };
  let opened: ArrayBuffer;
  try {
    const key = await passphraseKey(passphrase, salt, clear.kdf.iterations);
    opened = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: associatedData(clear) },
      key,
      locked,
    );
  } catch {
    return { ok: false, reason: 'wrongPassphrase' };
  }
  let keys: z.infer<typeof privateKeys>;
  try {
    const inner = privateKeys.safeParse(JSON.parse(new TextDecoder().decode(opened)));
    if (!inner.success) return { ok: false, reason: 'damaged' };
    keys = inner.data;
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  const secrets: IdentitySecrets = { public: clear.public, ...keys, createdAt: clear.createdAt };
  const identity = await unlockIdentity(secrets);
  if (!identity || identity.fingerprint !== clear.fingerprint) return { ok: false, reason: 'damaged' };
  return { ok: true, secrets };
}

function associatedData(clear: Omit<RecoveryFileV1, 'ciphertext'>): Uint8Array<ArrayBuffer> {
  return utf8(JSON.stringify(clear));
}

async function passphraseKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}
