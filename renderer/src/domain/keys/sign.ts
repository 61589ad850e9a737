import { base64ToBytes, bytesToBase64 } from './base64';
import { importPublic, type TrainerIdentity } from './identity';

/** An Ed25519 signature of `bytes` by the trainer, in base64 (64 bytes). */
export async function signBytes(identity: TrainerIdentity, bytes: Uint8Array): Promise<string> {
  const signature = await crypto.subtle.sign(
    'Ed25519',
    identity.signingPrivateKey,
    bytes as Uint8Array<ArrayBuffer>,
  );
  return bytesToBase64(new Uint8Array(signature));
}

/** Whether `signature` (base64) is the holder of `signingKey`'s over `bytes`. Never throws: anything wrong is false. */
export async function verifyBytes(
  signingKey: string,
  bytes: Uint8Array,
  signature: string,
): Promise<boolean> {
  const key = await importPublic(signingKey, 'Ed25519', ['verify']);
  const signed = base64ToBytes(signature);
  if (!key || signed?.length !== 64) return false;
  try {
    return await crypto.subtle.verify('Ed25519', key, signed, bytes as Uint8Array<ArrayBuffer>);
  } catch {
    return false;
  }
}
