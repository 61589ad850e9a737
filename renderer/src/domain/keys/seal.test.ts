import { beforeAll, describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64';
import { utf8 } from './digest';
import type { TrainerIdentity } from './identity';
import { openSealed, sealBytes, sealedRecipientSchema, type SealedBytes } from './seal';
import { makeTrainer, withByteChanged } from './test-support';

const header = utf8('{"caseId":"c1","packId":"p"}');
const act = utf8('Решение по делу № 2-1234/2026: иск удовлетворить.');
const text = (bytes: Uint8Array | undefined) => bytes && new TextDecoder().decode(bytes);

let trainer: TrainerIdentity;
let coTrainer: TrainerIdentity;
let programme: TrainerIdentity;
let stranger: TrainerIdentity;
beforeAll(async () => {
  trainer = await makeTrainer('Айгерим');
  coTrainer = await makeTrainer('Bolat');
  programme = await makeTrainer('Программа');
  stranger = await makeTrainer('Сосед');
});

/** Each value a base64 string decodes to, with one of its bytes changed, in turn. */
function* everyByteChanged(base64: string): Generator<string> {
  const bytes = base64ToBytes(base64)!;
  for (let index = 0; index < bytes.length; index++) {
    yield bytesToBase64(withByteChanged(bytes, index));
  }
}

describe('sealBytes and openSealed', () => {
  it('open what was sealed, for the trainer it was sealed to, and name them by fingerprint', async () => {
    const sealed = await sealBytes(act, [trainer.public], header);
    expect(sealed.recipients.map((stanza) => stanza.fingerprint)).toEqual([trainer.fingerprint]);
    expect(sealed.recipients.every((stanza) => sealedRecipientSchema.safeParse(stanza).success)).toBe(true);
    expect(text(await openSealed(sealed, header, trainer))).toBe(text(act));
  });

  it('do not show the content in the sealed bytes', async () => {
    const sealed = await sealBytes(act, [trainer.public], header);
    expect(text(sealed.ciphertext)).not.toContain('иск');
    expect(sealed.ciphertext.length).toBe(act.length + 16);
  });

  it('open an empty value too', async () => {
    const sealed = await sealBytes(new Uint8Array(), [trainer.public], header);
    expect(await openSealed(sealed, header, trainer)).toEqual(new Uint8Array());
  });

  it('let each of several trainers open it, and no one else', async () => {
    const sealed = await sealBytes(act, [trainer.public, coTrainer.public, programme.public], header);
    for (const recipient of [trainer, coTrainer, programme]) {
      expect(text(await openSealed(sealed, header, recipient))).toBe(text(act));
    }
    expect(await openSealed(sealed, header, stranger)).toBeUndefined();
  });

  it('cannot be opened by a trainer it was not sealed to, even one who copies a recipient’s fingerprint', async () => {
    const sealed = await sealBytes(act, [trainer.public], header);
    expect(await openSealed(sealed, header, stranger)).toBeUndefined();
    const impostor = { ...stranger, fingerprint: trainer.fingerprint };
    expect(await openSealed(sealed, header, impostor)).toBeUndefined();
  });

  it('uses fresh keys and nonces each time: sealing the same bytes twice gives different values', async () => {
    const [first, second] = await Promise.all([
      sealBytes(act, [trainer.public], header),
      sealBytes(act, [trainer.public], header),
    ]);
    expect(first.iv).not.toBe(second.iv);
    expect(first.recipients[0]!.ephemeralKey).not.toBe(second.recipients[0]!.ephemeralKey);
    expect(bytesToBase64(first.ciphertext)).not.toBe(bytesToBase64(second.ciphertext));
  });

  it('refuses to seal to no one, or to a key of the wrong size', async () => {
    await expect(sealBytes(act, [], header)).rejects.toThrow();
    await expect(sealBytes(act, [{ ...trainer.public, encryptionKey: 'AAAA' }], header)).rejects.toThrow(
      /no usable key/,
    );
  });
});

describe('a sealed value with a single byte changed', () => {
  let sealed: SealedBytes;
  beforeAll(async () => {
    sealed = await sealBytes(utf8('Иск удовлетворить.'), [trainer.public, coTrainer.public], header);
  });

  /** Every recipient's view of one changed value: none of them may open it. */
  async function openedByAnyone(changed: SealedBytes, aad = header): Promise<boolean> {
    for (const recipient of [trainer, coTrainer]) {
      if (await openSealed(changed, aad, recipient)) return true;
    }
    return false;
  }

  it('is refused when any byte of the content is changed', async () => {
    for (let index = 0; index < sealed.ciphertext.length; index++) {
      const ciphertext = withByteChanged(sealed.ciphertext, index, 0x80);
      expect(await openedByAnyone({ ...sealed, ciphertext }), `content byte ${index}`).toBe(false);
    }
  });

  it('is refused when the content is cut short or lengthened', async () => {
    expect(await openedByAnyone({ ...sealed, ciphertext: sealed.ciphertext.slice(0, -1) })).toBe(false);
    const longer = new Uint8Array(sealed.ciphertext.length + 1);
    longer.set(sealed.ciphertext);
    expect(await openedByAnyone({ ...sealed, ciphertext: longer })).toBe(false);
  });

  it('is refused when any byte of the content’s nonce is changed', async () => {
    for (const iv of everyByteChanged(sealed.iv)) {
      expect(await openedByAnyone({ ...sealed, iv }), iv).toBe(false);
    }
  });

  it('is refused when any byte of the header it was sealed with is changed', async () => {
    for (let index = 0; index < header.length; index++) {
      expect(await openedByAnyone(sealed, withByteChanged(header, index)), `header byte ${index}`).toBe(
        false,
      );
    }
  });

  it('is refused, by every recipient, when any byte of any recipient’s stanza is changed', async () => {
    for (const [which, stanza] of sealed.recipients.entries()) {
      for (const field of ['ephemeralKey', 'iv', 'wrappedKey'] as const) {
        for (const value of everyByteChanged(stanza[field])) {
          const recipients = sealed.recipients.with(which, { ...stanza, [field]: value });
          expect(await openedByAnyone({ ...sealed, recipients }), `stanza ${which} ${field}`).toBe(false);
        }
      }
      for (let index = 0; index < stanza.fingerprint.length; index++) {
        const letter = stanza.fingerprint[index] === 'A' ? 'B' : 'A';
        const fingerprint = stanza.fingerprint.slice(0, index) + letter + stanza.fingerprint.slice(index + 1);
        const recipients = sealed.recipients.with(which, { ...stanza, fingerprint });
        expect(await openedByAnyone({ ...sealed, recipients }), `stanza ${which} fingerprint`).toBe(false);
      }
    }
  });

  it('is refused when a recipient’s stanza is removed, swapped or added', async () => {
    const [first, second] = sealed.recipients as [SealedBytes['recipients'][0], SealedBytes['recipients'][0]];
    expect(await openedByAnyone({ ...sealed, recipients: [first] })).toBe(false);
    expect(await openedByAnyone({ ...sealed, recipients: [second, first] })).toBe(false);
    const other = await sealBytes(act, [stranger.public], header);
    expect(await openedByAnyone({ ...sealed, recipients: [first, second, other.recipients[0]!] })).toBe(
      false,
    );
  });

  it('is still opened when nothing was changed (the checks above refuse for the change alone)', async () => {
    expect(await openedByAnyone({ ...sealed, recipients: [...sealed.recipients] })).toBe(true);
  });
});
