import { describe, expect, it } from 'vitest';
import { generateIdentity, unlockIdentity, type TrainerIdentity } from '../keys/identity';
import { nextLink } from '../timeline/timeline';
import sample from '../../../../test/fixtures/submissions/sample-v1.cdsub?raw';
import { openSubmissionFile, sealSubmissionFile } from './sealed-submission';
import { encodeSubmission, sealSubmission } from './submission';
import type { SubmissionV3 } from './submission-v3';
import { validSubmissionContent } from './test-submission';

async function trainer(name: string): Promise<TrainerIdentity> {
  const identity = await unlockIdentity(await generateIdentity(name));
  if (!identity) throw new Error('the test identity did not unlock');
  return identity;
}

async function submissionV3(): Promise<SubmissionV3> {
  const first = await nextLink(undefined, {
    kind: 'save',
    at: '2026-11-20T10:00:00.000Z',
    chars: 120,
    words: 20,
  });
  const submitted = await nextLink(first, { kind: 'submitted', at: '2026-11-20T12:30:00.000Z' });
  return sealSubmission({
    ...validSubmissionContent(),
    formatVersion: 3 as const,
    timeline: [first, submitted],
    exam: { startedAt: '2026-11-20T08:30:00.000Z', durationMinutes: 240, extraMinutes: 15 },
  });
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * The smallest change of a byte: a base64 character becomes the one whose value differs in its lowest bit (in a
 * last character before `=`, a bit atob ignores), any other byte differs in its lowest bit.
 */
function slightlyChanged(byte: number): number {
  const value = BASE64.indexOf(String.fromCharCode(byte));
  return value >= 0 ? BASE64.charCodeAt(value ^ 1) : byte ^ 1;
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('sealed submissions (format 3)', () => {
  it('open with the trainer’s key to the very submission sealed, timeline and exam included', async () => {
    const gulnara = await trainer('Гульнара Сапарова');
    const submission = await submissionV3();
    const { bytes, sealedTo } = await sealSubmissionFile(submission, [gulnara.public]);
    expect(sealedTo).toEqual([gulnara.fingerprint]);
    // Nothing of the participant, nor of the act, in clear.
    expect(text(bytes)).not.toContain('Асель');
    expect(text(bytes)).not.toContain('"document"');
    const opened = await openSubmissionFile(bytes, [gulnara]);
    expect(opened.ok && opened.submission).toEqual(submission);
    expect(opened.sealedTo).toEqual([gulnara.fingerprint]);
  });

  it('open with any one of the trainers the pack names', async () => {
    const [gulnara, co, programme] = await Promise.all([trainer('A'), trainer('B'), trainer('C')]);
    const { bytes } = await sealSubmissionFile(await submissionV3(), [
      gulnara.public,
      co.public,
      programme.public,
    ]);
    for (const identity of [gulnara, co, programme]) {
      expect((await openSubmissionFile(bytes, [identity])).ok, identity.public.name).toBe(true);
    }
  });

  it('sealed to another trainer cannot be opened, and the refusal names the keys that open it', async () => {
    const [gulnara, other] = await Promise.all([trainer('Гульнара'), trainer('Другой')]);
    const { bytes } = await sealSubmissionFile(await submissionV3(), [gulnara.public]);
    expect(await openSubmissionFile(bytes, [other])).toMatchObject({
      ok: false,
      reason: 'sealedForOtherTrainer',
      sealedTo: [gulnara.fingerprint],
    });
    expect(await openSubmissionFile(bytes, [])).toMatchObject({
      ok: false,
      reason: 'noTrainerKey',
      sealedTo: [gulnara.fingerprint],
    });
  });

  it('is refused when any single byte of the file is changed', { timeout: 120_000 }, async () => {
    const gulnara = await trainer('Гульнара');
    const { bytes } = await sealSubmissionFile(await submissionV3(), [gulnara.public]);
    expect((await openSubmissionFile(bytes, [gulnara])).ok).toBe(true);
    const opened: number[] = [];
    for (let at = 0; at < bytes.length; at++) {
      const changed = bytes.slice();
      changed[at] = slightlyChanged(bytes[at]!);
      if ((await openSubmissionFile(changed, [gulnara])).ok) opened.push(at);
    }
    expect(opened).toEqual([]);
  });

  it('still read plain files of versions 1, 2 and 3', async () => {
    const v1 = await openSubmissionFile(new TextEncoder().encode(sample), []);
    expect(v1.ok && v1.submission.formatVersion).toBe(1);
    const v2 = await sealSubmission({ ...validSubmissionContent(), formatVersion: 2 as const });
    const readV2 = await openSubmissionFile(encodeSubmission(v2), []);
    expect(readV2.ok && readV2.submission).toEqual(v2);
    expect(readV2.sealedTo).toBeUndefined();
    const v3 = await submissionV3();
    const readV3 = await openSubmissionFile(encodeSubmission(v3), []);
    expect(readV3.ok && readV3.submission).toEqual(v3);
  });

  it('is refused when its inner submission was changed before sealing (its digest)', async () => {
    const gulnara = await trainer('Гульнара');
    const submission = await submissionV3();
    const forged = { ...submission, participant: { name: 'Кто-то другой' } };
    const { bytes } = await sealSubmissionFile(forged, [gulnara.public]);
    expect(await openSubmissionFile(bytes, [gulnara])).toMatchObject({ ok: false, reason: 'digestMismatch' });
  });
});
