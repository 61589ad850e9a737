import { beforeAll, describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64';
import { utf8 } from './digest';
import { fingerprintOf, generateIdentity, type IdentitySecrets } from './identity';
import { readRecoveryFile, writeRecoveryFile } from './recovery-file';
import { withByteChanged } from './test-support';

// Each write and each read that gets as far as the passphrase costs one PBKDF2 at 600,000 iterations (some 100 ms):
// one file is written for all the tests, and the reads that need the passphrase are few.
const passphrase = 'Жаз келді, 2026!';
let secrets: IdentitySecrets;
let file: Uint8Array;
let json: Record<string, unknown>;
beforeAll(async () => {
  secrets = await generateIdentity('Айгерим Сериковна', new Date('2026-12-08T09:30:00.000Z'));
  file = await writeRecoveryFile(secrets, passphrase);
  json = JSON.parse(new TextDecoder().decode(file)) as Record<string, unknown>;
});

const asFile = (value: unknown) => utf8(JSON.stringify(value, null, 2));

describe('writeRecoveryFile', () => {
  it('writes whose keys they are in clear, and the private keys only locked', async () => {
    expect(json).toMatchObject({
      format: 'casedraft.trainer-recovery',
      formatVersion: 1,
      public: secrets.public,
      fingerprint: await fingerprintOf(secrets.public),
      createdAt: '2026-12-08T09:30:00.000Z',
      kdf: { name: 'PBKDF2-SHA-256', iterations: 600_000 },
    });
    const text = new TextDecoder().decode(file);
    expect(text).not.toContain(secrets.signingPrivateKey);
    expect(text).not.toContain(secrets.encryptionPrivateKey);
    expect(text).not.toContain(passphrase);
  });
});

describe('readRecoveryFile', () => {
  it('gives back the same keys with the passphrase, the passphrase typed in either Unicode form', async () => {
    expect(await readRecoveryFile(file, passphrase)).toEqual({ ok: true, secrets });
    // 'й' typed as и + combining breve (NFD) is the same passphrase.
    expect(await readRecoveryFile(file, passphrase.normalize('NFD'))).toEqual({ ok: true, secrets });
  });

  it('opens a file whose fields were put in another order (a JSON tool re-saved it)', async () => {
    const sortedKeys = (value: unknown): unknown =>
      typeof value === 'object' && value !== null
        ? Object.fromEntries(
            Object.entries(value)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([key, item]) => [key, sortedKeys(item)]),
          )
        : value;
    expect(await readRecoveryFile(asFile(sortedKeys(json)), passphrase)).toEqual({ ok: true, secrets });
  });

  it('writes a file that opens whatever the order of the fields of the identity it was given', async () => {
    const { name, signingKey, encryptionKey } = secrets.public;
    const reordered = { ...secrets, public: { encryptionKey, signingKey, name } };
    const written = await writeRecoveryFile(reordered, passphrase);
    expect(await readRecoveryFile(written, passphrase)).toEqual({ ok: true, secrets });
  });

  it('says the passphrase does not open it when it is wrong', async () => {
    expect(await readRecoveryFile(file, 'Жаз келді, 2025!')).toEqual({
      ok: false,
      reason: 'wrongPassphrase',
    });
  });

  it('does not open when the name or the locked part was changed (the passphrase cannot tell which)', async () => {
    const renamed = { ...json, public: { ...(json.public as object), name: 'Болат' } };
    const locked = withByteChanged(base64ToBytes(json.ciphertext as string)!, 0);
    const changed = { ...json, ciphertext: bytesToBase64(locked) };
    const [first, second] = await Promise.all([
      readRecoveryFile(asFile(renamed), passphrase),
      readRecoveryFile(asFile(changed), passphrase),
    ]);
    expect(first).toEqual({ ok: false, reason: 'wrongPassphrase' });
    expect(second).toEqual({ ok: false, reason: 'wrongPassphrase' });
  });

  it('refuses a file that locks one trainer’s private keys under another’s name', async () => {
    const other = await generateIdentity('Болат');
    const patched = await writeRecoveryFile(
      { ...secrets, encryptionPrivateKey: other.encryptionPrivateKey },
      passphrase,
    );
    expect(await readRecoveryFile(patched, passphrase)).toEqual({ ok: false, reason: 'damaged' });
  });

  it('says a file cut short or missing a part is damaged, before asking for the passphrase’s work', async () => {
    const { iv: _iv, ...withoutIv } = json;
    for (const damaged of [
      file.slice(0, file.length - 40),
      asFile(withoutIv),
      asFile({ ...json, kdf: { name: 'PBKDF2-SHA-256', iterations: 1, salt: 'x' } }),
      asFile({ ...json, ciphertext: 'not base64!' }),
      asFile({ ...json, public: { ...(json.public as object), signingKey: 'AAAA' } }),
      asFile({ ...json, extra: true }),
    ]) {
      expect(await readRecoveryFile(damaged, passphrase)).toEqual({ ok: false, reason: 'damaged' });
    }
  });

  it('says a file of a newer version is not one this app reads', async () => {
    expect(await readRecoveryFile(asFile({ ...json, formatVersion: 2 }), passphrase)).toEqual({
      ok: false,
      reason: 'unsupportedVersion',
    });
  });

  it('says anything else is not a recovery file', async () => {
    for (const other of [
      new Uint8Array(),
      utf8('PK\u0003\u0004'),
      Uint8Array.of(0xff, 0xfe, 0x00),
      utf8('null'),
      utf8('[1,2]'),
      asFile({ format: 'casedraft.submission', formatVersion: 1 }),
      asFile({ ...json, format: 'casedraft.trainer-key' }),
    ]) {
      expect(await readRecoveryFile(other, passphrase)).toEqual({ ok: false, reason: 'notRecoveryFile' });
    }
  });
});
