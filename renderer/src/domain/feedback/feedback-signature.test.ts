import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../integrity/canonical-json';
import { sha256Hex } from '../integrity/sha256';
import { fingerprintOf, generateIdentity, unlockIdentity, type TrainerIdentity } from '../keys/identity';
import { createRichTextSanitizer } from '../pack/rich-text';
import { buildFeedback, encodeFeedback, readFeedback, sealFeedback, writeFeedback } from './feedback';
import type { FeedbackFileV2 } from './feedback-v2';
import { markedFeedbackInput } from './test-feedback';

const sanitize = createRichTextSanitizer(new JSDOM('').window as unknown as Window & typeof globalThis);
const read = (bytes: Uint8Array) => readFeedback(bytes, { sanitize });

async function trainer(name: string): Promise<TrainerIdentity> {
  const identity = await unlockIdentity(await generateIdentity(name));
  if (!identity) throw new Error('the test keys do not unlock');
  return identity;
}

const gulnara = await trainer('Гульнара Сапарова');
const other = await trainer('Другой тренер');

async function signedFile(): Promise<FeedbackFileV2> {
  return buildFeedback({ ...(await markedFeedbackInput()), signer: gulnara });
}

describe('a signed feedback file (format 2)', () => {
  it('is read back with who signed it, under their fingerprint', async () => {
    const check = await read(encodeFeedback(await signedFile()));
    if (!check.ok) throw new Error(`refused: ${check.reason} ${check.detail}`);
    expect(check.feedback.formatVersion).toBe(2);
    expect(check.signedBy).toEqual({
      identity: gulnara.public,
      fingerprint: await fingerprintOf(gulnara.public),
    });
  });

  it('is written by the export’s writer byte for byte as built and encoded, signature and all', async () => {
    const input = { ...(await markedFeedbackInput()), signer: gulnara };
    const written = await writeFeedback(input);
    expect(new TextDecoder().decode(written)).toBe(
      new TextDecoder().decode(encodeFeedback(await buildFeedback(input))),
    );
    expect(await read(written)).toMatchObject({ ok: true, signedBy: { identity: gulnara.public } });
  });

  it('is refused when anything in it changed after signing, even with its digest made again', async () => {
    const file = await signedFile();
    const { digest: _digest, signature, ...content } = file;
    if (!signature) throw new Error('not signed');
    const changes: ((file: FeedbackFileV2) => FeedbackFileV2)[] = [
      (file) => ({ ...file, total: 10 }),
      (file) => ({ ...file, overallComment: 'Отлично.' }),
      (file) => ({ ...file, trainerName: 'Другой тренер' }),
      (file) => ({ ...file, signature: { ...signature, signer: { ...signature.signer, name: 'Другой' } } }),
      (file) => ({ ...file, signature: { ...signature, signer: other.public } }),
      (file) => ({ ...file, digest: 'a'.repeat(64) }),
    ];
    for (const change of changes) {
      expect(await read(encodeFeedback(change(file)))).toMatchObject({
        ok: false,
        reason: 'signatureMismatch',
      });
    }
    // A forger who seals the changed file again keeps a signature that is not over its new digest.
    const resealed = { ...(await sealFeedback({ ...content, total: 10 })), signature };
    expect(await read(encodeFeedback(resealed))).toMatchObject({ ok: false, reason: 'signatureMismatch' });
  });

  it('signed again by another trainer is theirs: the app shows that trainer, not the first', async () => {
    const { digest: _digest, signature: _signature, ...content } = await signedFile();
    const check = await read(encodeFeedback(await sealFeedback(content, other)));
    expect(check).toMatchObject({ ok: true, signedBy: { identity: { name: 'Другой тренер' } } });
  });
});

describe('an unsigned feedback file', () => {
  it('of format 2 is read as unsigned', async () => {
    const check = await read(encodeFeedback(await buildFeedback(await markedFeedbackInput())));
    expect(check.ok).toBe(true);
    expect(check).not.toHaveProperty('signedBy');
  });

  it('of format 1 is still read, as unsigned; a signature in it is not of that format', async () => {
    const { digest: _digest, ...content } = await buildFeedback(await markedFeedbackInput());
    const v1 = { ...content, formatVersion: 1 as const };
    const bytes = encodeFeedback({ ...v1, digest: await sha256Hex(canonicalJson(v1)) });
    const check = await read(bytes);
    expect(check).toMatchObject({ ok: true, feedback: { formatVersion: 1 } });
    expect(check).not.toHaveProperty('signedBy');

    const signed = await signedFile();
    const v1Signed = { ...signed, formatVersion: 1 as const };
    expect(await read(encodeFeedback(v1Signed as unknown as FeedbackFileV2))).toMatchObject({
      ok: false,
      reason: 'invalidStructure',
    });
  });
});
