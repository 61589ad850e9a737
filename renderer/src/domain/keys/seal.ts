import { z } from 'zod';
import { base64ToBytes, bytesToBase64 } from './base64';
import { concatBytes, sha256Bytes, utf8 } from './digest';
import { fingerprintOf, importPublic, type PublicIdentity, type TrainerIdentity } from './identity';

/**
 * One recipient of a sealed file: the file key, wrapped for them. Like age's recipient stanzas (C2SP age.md): one
 * random key seals the content, and is wrapped once per trainer, so any one of them opens it.
 */
export const sealedRecipientSchema = z.strictObject({
  /** fingerprintOf the recipient: which stanza is whose, without trying each. */
  fingerprint: z.string().regex(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/),
  /** A fresh X25519 public key (raw, base64), this file's and this recipient's only. */
  ephemeralKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
  /** AES-GCM's 12-byte nonce for the wrapping, base64. */
  iv: z.string().regex(/^[A-Za-z0-9+/]{16}$/),
  /** The 32-byte file key, AES-256-GCM-wrapped (48 bytes with its tag), base64. */
  wrappedKey: z.string().regex(/^[A-Za-z0-9+/]{64}$/),
});
export type SealedRecipient = z.infer<typeof sealedRecipientSchema>;

export interface SealedBytes {
  recipients: SealedRecipient[];
  /** AES-GCM's 12-byte nonce for the content, base64. */
  iv: string;
  /** The content, AES-256-GCM-encrypted with the file key (16-byte tag at the end). */
  ciphertext: Uint8Array<ArrayBuffer>;
}

const WRAP_INFO = utf8('casedraft/seal/v1');

/**
 * Seals `plaintext` to each recipient's X25519 key: a random file key encrypts it with AES-256-GCM, `aad` (the
 * file's clear header) authenticated with it; for each recipient a fresh X25519 key agreement, HKDF-SHA-256
 * (salt: both public keys; the same shape as HPKE's DHKEM(X25519) base mode, RFC 9180) gives the key that wraps the
 * file key, the header authenticated again. The content is encrypted last, its tag covering the header and every
 * stanza (contentAssociatedData). Changing any byte of the header, any stanza or the content makes opening fail, for
 * every recipient. Recipients whose keys are not X25519 keys are an error: the caller lists only checked identities.
 */
export async function sealBytes(
  plaintext: Uint8Array,
  recipients: readonly PublicIdentity[],
  aad: Uint8Array,
): Promise<SealedBytes> {
  if (recipients.length === 0) throw new Error('sealBytes: no recipient');
  const fileKeyBytes = crypto.getRandomValues(new Uint8Array(32));
  const stanzas = await Promise.all(
    recipients.map(async (recipient): Promise<SealedRecipient> => {
      const recipientKey = await importPublic(recipient.encryptionKey, 'X25519', []);
      if (!recipientKey) throw new Error(`sealBytes: ${recipient.name} has no usable key`);
      const ephemeral = (await crypto.subtle.generateKey({ name: 'X25519' }, true, [
        'deriveBits',
      ])) as CryptoKeyPair;
      const ephemeralRaw = new Uint8Array(await crypto.subtle.exportKey('raw', ephemeral.publicKey));
      const wrapKey = await wrappingKey(
        ephemeral.privateKey,
        recipientKey,
        ephemeralRaw,
        recipient.encryptionKey,
        ['encrypt'],
      );
      const wrapIv = crypto.getRandomValues(new Uint8Array(12));
      const wrapped = await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv: wrapIv, additionalData: aad as Uint8Array<ArrayBuffer> },
        wrapKey,
        fileKeyBytes,
      );
      return {
        fingerprint: await fingerprintOf(recipient),
        ephemeralKey: bytesToBase64(ephemeralRaw),
        iv: bytesToBase64(wrapIv),
        wrappedKey: bytesToBase64(new Uint8Array(wrapped)),
      };
    }),
  );
  const fileKey = await crypto.subtle.importKey('raw', fileKeyBytes, 'AES-GCM', false, ['encrypt']);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: await contentAssociatedData(aad, stanzas) },
      fileKey,
      plaintext as Uint8Array<ArrayBuffer>,
    ),
  );
  return { recipients: stanzas, iv: bytesToBase64(iv), ciphertext };
}

/**
 * The plaintext of a sealed file, opened with the trainer's keys; undefined when it is not sealed to them, or when
 * any byte of header, stanza or content was changed (AES-GCM's tags do not hold). Never throws.
 */
export async function openSealed(
  sealed: SealedBytes,
  aad: Uint8Array,
  identity: TrainerIdentity,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const stanza = sealed.recipients.find((recipient) => recipient.fingerprint === identity.fingerprint);
  const ephemeralRaw = stanza && base64ToBytes(stanza.ephemeralKey);
  const wrapIv = stanza && base64ToBytes(stanza.iv);
  const wrapped = stanza && base64ToBytes(stanza.wrappedKey);
  const iv = base64ToBytes(sealed.iv);
  if (!stanza || !ephemeralRaw || !wrapIv || !wrapped || !iv) return undefined;
  try {
    const ephemeral = await importPublic(stanza.ephemeralKey, 'X25519', []);
    if (!ephemeral) return undefined;
    const unwrapKey = await wrappingKey(
      identity.encryptionPrivateKey,
      ephemeral,
      ephemeralRaw,
      identity.public.encryptionKey,
      ['decrypt'],
    );
    const fileKeyBytes = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: wrapIv, additionalData: aad as Uint8Array<ArrayBuffer> },
      unwrapKey,
      wrapped,
    );
    const fileKey = await crypto.subtle.importKey('raw', fileKeyBytes, 'AES-GCM', false, ['decrypt']);
    return new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv, additionalData: await contentAssociatedData(aad, sealed.recipients) },
        fileKey,
        sealed.ciphertext,
      ),
    );
  } catch {
    return undefined;
  }
}

/**
 * What the content's AES-GCM tag covers besides the content: the header's SHA-256 (a fixed length, so no byte can
 * move between header and stanzas) and every recipient's stanza, one line each in order. Each recipient's own
 * wrapping covers only the header; without the stanzas here, a change to another trainer's stanza (say the programme
 * key's, so the file could no longer be opened with it) would go unnoticed by the trainer who opens it, as in age,
 * whose header MAC covers all stanzas (C2SP age.md).
 */
async function contentAssociatedData(
  aad: Uint8Array,
  recipients: readonly SealedRecipient[],
): Promise<Uint8Array<ArrayBuffer>> {
  const stanzas = recipients
    .map(
      ({ fingerprint, ephemeralKey, iv, wrappedKey }) =>
        `${fingerprint} ${ephemeralKey} ${iv} ${wrappedKey}\n`,
    )
    .join('');
  return concatBytes([await sha256Bytes(aad), utf8(stanzas)]);
}

/** HKDF-SHA-256 over the X25519 shared secret, salted with the ephemeral and the recipient's public keys. */
async function wrappingKey(
  privateKey: CryptoKey,
  publicKey: CryptoKey,
  ephemeralRaw: Uint8Array,
  recipientKey: string,
  usages: KeyUsage[],
): Promise<CryptoKey> {
  const shared = await crypto.subtle.deriveBits({ name: 'X25519', public: publicKey }, privateKey, 256);
  const material = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  const salt = concatBytes([ephemeralRaw, base64ToBytes(recipientKey) ?? new Uint8Array()]);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: WRAP_INFO },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    usages,
  );
}
