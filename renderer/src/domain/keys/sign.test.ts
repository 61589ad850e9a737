import { beforeAll, describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64';
import { utf8 } from './digest';
import { generateIdentity, unlockIdentity, type TrainerIdentity } from './identity';
import { signBytes, verifyBytes } from './sign';
import { makeTrainer, withByteChanged } from './test-support';

const digest = utf8('3f5a0c9e1b7d4a2f8e6c0b9a7d5f3e1c2b4a6d8f0e9c7b5a3d1f2e4c6b8a0d9f');

let trainer: TrainerIdentity;
let other: TrainerIdentity;
beforeAll(async () => {
  [trainer, other] = await Promise.all([makeTrainer('Айгерим'), makeTrainer('Bolat')]);
});

describe('signBytes and verifyBytes', () => {
  it('a signature checks against the signer’s key, and not another trainer’s', async () => {
    const signature = await signBytes(trainer, digest);
    expect(base64ToBytes(signature)).toHaveLength(64);
    expect(await verifyBytes(trainer.public.signingKey, digest, signature)).toBe(true);
    expect(await verifyBytes(other.public.signingKey, digest, signature)).toBe(false);
  });

  it('keys restored from their stored form sign as the same trainer', async () => {
    const secrets = await generateIdentity('Сауле');
    const [first, second] = await Promise.all([
      unlockIdentity(secrets),
      unlockIdentity(structuredClone(secrets)),
    ]);
    const signature = await signBytes(second!, digest);
    expect(await verifyBytes(first!.public.signingKey, digest, signature)).toBe(true);
  });

  it('refuses the signature when any byte of what was signed changes, or a byte is cut off', async () => {
    const signature = await signBytes(trainer, digest);
    for (let index = 0; index < digest.length; index++) {
      const changed = withByteChanged(digest, index);
      expect(await verifyBytes(trainer.public.signingKey, changed, signature), `byte ${index}`).toBe(false);
    }
    expect(await verifyBytes(trainer.public.signingKey, digest.slice(0, -1), signature)).toBe(false);
  });

  it('refuses a signature with any byte changed, or any character of its text', async () => {
    const signature = await signBytes(trainer, digest);
    const bytes = base64ToBytes(signature)!;
    for (let index = 0; index < bytes.length; index++) {
      const changed = bytesToBase64(withByteChanged(bytes, index));
      expect(await verifyBytes(trainer.public.signingKey, digest, changed), `byte ${index}`).toBe(false);
    }
    for (let index = 0; index < signature.length - 2; index++) {
      const letter = signature[index] === 'A' ? 'B' : 'A';
      const changed = signature.slice(0, index) + letter + signature.slice(index + 1);
      expect(await verifyBytes(trainer.public.signingKey, digest, changed), `character ${index}`).toBe(false);
    }
  });

  it('says false, never throws, for a signature or key that is not one', async () => {
    const signature = await signBytes(trainer, digest);
    for (const junk of [
      '',
      'not base64!',
      bytesToBase64(new Uint8Array(63)),
      bytesToBase64(new Uint8Array(64)),
    ]) {
      expect(await verifyBytes(trainer.public.signingKey, digest, junk), junk).toBe(false);
    }
    for (const key of ['', 'AAAA', trainer.public.encryptionKey.slice(0, -4), '%'.repeat(44)]) {
      expect(await verifyBytes(key, digest, signature), key).toBe(false);
    }
  });

  it('signs and checks empty bytes too', async () => {
    const signature = await signBytes(trainer, new Uint8Array());
    expect(await verifyBytes(trainer.public.signingKey, new Uint8Array(), signature)).toBe(true);
  });
});
