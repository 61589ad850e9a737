import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { base32, grouped } from './base32';
import { base64ToBytes, bytesToBase64 } from './base64';
import {
  fingerprintOf,
  generateIdentity,
  importPublic,
  keyCard,
  publicIdentitySchema,
  readKeyCard,
  unlockIdentity,
  type IdentitySecrets,
} from './identity';

let aigerim: IdentitySecrets;
let bolat: IdentitySecrets;
beforeAll(async () => {
  [aigerim, bolat] = await Promise.all([generateIdentity('  Айгерим Сериковна '), generateIdentity('Bolat')]);
});

describe('generateIdentity', () => {
  it('makes a named pair of public keys, their private keys and the moment they were made', async () => {
    const now = new Date('2026-12-08T09:30:00.000Z');
    const secrets = await generateIdentity('Сауле', now);
    expect(publicIdentitySchema.parse(secrets.public)).toEqual(secrets.public);
    expect(secrets.public.name).toBe('Сауле');
    expect(secrets.createdAt).toBe('2026-12-08T09:30:00.000Z');
    expect(aigerim.public.name).toBe('Айгерим Сериковна');
  });

  it('makes different keys each time', () => {
    expect(aigerim.public.signingKey).not.toBe(bolat.public.signingKey);
    expect(aigerim.public.encryptionKey).not.toBe(bolat.public.encryptionKey);
    expect(aigerim.signingPrivateKey).not.toBe(bolat.signingPrivateKey);
  });
});

describe('unlockIdentity', () => {
  it('unlocks stored keys, also after they have been through JSON, with the fingerprint of their public keys', async () => {
    const identity = await unlockIdentity(JSON.parse(JSON.stringify(aigerim)) as IdentitySecrets);
    expect(identity?.public).toEqual(aigerim.public);
    expect(identity?.fingerprint).toBe(await fingerprintOf(aigerim.public));
    expect(identity?.signingPrivateKey.extractable).toBe(false);
    expect(identity?.encryptionPrivateKey.extractable).toBe(false);
  });

  it('refuses private keys that are not the pairs of the public ones', async () => {
    const mixed = [
      { ...aigerim, signingPrivateKey: bolat.signingPrivateKey },
      { ...aigerim, encryptionPrivateKey: bolat.encryptionPrivateKey },
      { ...aigerim, public: bolat.public },
      { ...aigerim, public: { ...aigerim.public, encryptionKey: bolat.public.encryptionKey } },
    ];
    for (const secrets of mixed) expect(await unlockIdentity(secrets)).toBeUndefined();
  });

  it('refuses damaged keys, never throwing', async () => {
    const broken = bytesToBase64(base64ToBytes(aigerim.signingPrivateKey)!.slice(0, 20));
    const damaged = [
      { ...aigerim, signingPrivateKey: 'not base64' },
      { ...aigerim, signingPrivateKey: broken },
      { ...aigerim, encryptionPrivateKey: '' },
      {
        ...aigerim,
        signingPrivateKey: aigerim.encryptionPrivateKey,
        encryptionPrivateKey: aigerim.signingPrivateKey,
      },
      { ...aigerim, public: { ...aigerim.public, signingKey: 'AAAA' } },
    ];
    for (const secrets of damaged) expect(await unlockIdentity(secrets)).toBeUndefined();
  });
});

describe('fingerprintOf', () => {
  it('is the first 60 bits of SHA-256 over both raw public keys, as 12 characters in three groups', async () => {
    const fingerprint = await fingerprintOf(aigerim.public);
    expect(fingerprint).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const digest = createHash('sha256')
      .update(base64ToBytes(aigerim.public.signingKey)!)
      .update(base64ToBytes(aigerim.public.encryptionKey)!)
      .digest();
    expect(fingerprint).toBe(grouped(base32(new Uint8Array(digest), 12), 4));
  });

  it('names the keys, not the name: renaming keeps it, another key changes it', async () => {
    const fingerprint = await fingerprintOf(aigerim.public);
    expect(await fingerprintOf({ ...aigerim.public, name: 'А. Сериковна' })).toBe(fingerprint);
    expect(await fingerprintOf(bolat.public)).not.toBe(fingerprint);
    expect(await fingerprintOf({ ...aigerim.public, encryptionKey: bolat.public.encryptionKey })).not.toBe(
      fingerprint,
    );
  });
});

describe('importPublic', () => {
  it('imports a 32-byte public key of either kind, and nothing else', async () => {
    expect(await importPublic(aigerim.public.signingKey, 'Ed25519', ['verify'])).toBeDefined();
    expect(await importPublic(aigerim.public.encryptionKey, 'X25519', [])).toBeDefined();
    for (const junk of ['', 'AAAA', bytesToBase64(new Uint8Array(33)), 'x'.repeat(44)]) {
      expect(await importPublic(junk, 'Ed25519', ['verify']), junk).toBeUndefined();
    }
  });
});

describe('keyCard and readKeyCard', () => {
  it('round-trip a trainer’s public identity through one line of text, pasted with spaces or a line end', () => {
    const card = keyCard(aigerim.public);
    expect(card).toMatch(/^CASEDRAFT-TRAINER-1:[A-Za-z0-9+/]+=*$/);
    expect(card).not.toContain(aigerim.signingPrivateKey);
    expect(readKeyCard(card)).toEqual(aigerim.public);
    expect(readKeyCard(`  ${card}\r\n`)).toEqual(aigerim.public);
  });

  it('read a card broken over lines, as it comes back copied from the printed sheet or an e-mail', () => {
    const card = keyCard(aigerim.public);
    const broken = card.match(/.{1,76}/g)!.join('\n');
    expect(broken).toContain('\n');
    expect(readKeyCard(broken)).toEqual(aigerim.public);
    expect(readKeyCard(card.replace(':', ': '))).toEqual(aigerim.public);
  });

  it('make a card of the identity alone, when given a pack’s trainer entry with more fields', () => {
    const entry = { ...aigerim.public, role: 'coTrainer' as const };
    expect(readKeyCard(keyCard(entry))).toEqual(aigerim.public);
  });

  it('read nothing from junk, another format, a cut-off card or a card naming no valid trainer', () => {
    const card = keyCard(aigerim.public);
    const encoded = (value: unknown) =>
      `CASEDRAFT-TRAINER-1:${bytesToBase64(new TextEncoder().encode(JSON.stringify(value)))}`;
    const junk = [
      '',
      'hello',
      card.slice(20),
      card.replace('TRAINER-1', 'TRAINER-2'),
      card.slice(0, -4),
      `${card}AAAA`,
      'CASEDRAFT-TRAINER-1:',
      'CASEDRAFT-TRAINER-1:!!!!',
      `CASEDRAFT-TRAINER-1:${bytesToBase64(Uint8Array.of(0xff, 0xfe, 0x7b, 0x7d))}`,
      encoded('just text'),
      encoded({ ...aigerim.public, name: '  ' }),
      encoded({ ...aigerim.public, signingKey: 'AAAA' }),
      encoded({ ...aigerim.public, signingPrivateKey: aigerim.signingPrivateKey }),
      encoded({ name: 'Айгерим', signingKey: aigerim.public.signingKey }),
    ];
    for (const text of junk) expect(readKeyCard(text), text).toBeUndefined();
  });
});
