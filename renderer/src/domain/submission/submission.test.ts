import { describe, expect, it } from 'vitest';
import { createActDocument } from '../act/document';
import { civilDecision } from '../act/templates/civil-decision';
import { canonicalJson } from '../integrity/canonical-json';
import { sha256Hex } from '../integrity/sha256';
import { encodeSubmission, readSubmission, sealSubmission, submissionFileName } from './submission';
import sample from '../../../../test/fixtures/submissions/sample-v1.cdsub?raw';
import type { SubmissionContent, SubmissionV1 } from './submission-v1';

function content(): SubmissionContent {
  return {
    format: 'casedraft.submission',
    formatVersion: 1,
    participant: { name: 'Асель Нурланова' },
    pack: { id: 'civil-loan-karaganda', version: 1, title: 'Заём' },
    case: { id: 'loan-dispute', title: 'Дело', actType: 'civil-decision', language: 'ru' },
    createdAt: '2026-11-20T09:00:00.000Z',
    exportedAt: '2026-11-20T12:30:00.000Z',
    app: { name: 'CaseDraft', version: '0.1.0' },
    document: createActDocument(civilDecision, 'ru').toJSON() as Record<string, unknown>,
  };
}

describe('submissions', () => {
  it('are sealed with the SHA-256 of their canonical content', async () => {
    const sealed = await sealSubmission(content());
    expect(sealed.digest).toEqual({ algorithm: 'SHA-256', value: await sha256Hex(canonicalJson(content())) });
  });

  it('read back intact from their file', async () => {
    const sealed = await sealSubmission(content());
    expect(await readSubmission(encodeSubmission(sealed))).toEqual({ ok: true, submission: sealed });
  });

  it('are caught when a word of the act was changed after sealing', async () => {
    const sealed = await sealSubmission(content());
    const tampered = new TextDecoder().decode(encodeSubmission(sealed)).replace('ИМЕНЕМ', 'ОТ ИМЕНИ');
    const check = await readSubmission(new TextEncoder().encode(tampered));
    expect(check).toMatchObject({ ok: false, reason: 'digestMismatch' });
  });

  it('are caught when the participant was changed after sealing', async () => {
    const sealed = await sealSubmission(content());
    const check = await readSubmission(
      encodeSubmission({ ...sealed, participant: { name: 'Someone Else' } }),
    );
    expect(check).toMatchObject({ ok: false, reason: 'digestMismatch' });
  });

  it('are refused when the document does not fit the act schema', async () => {
    const sealed = await sealSubmission({
      ...content(),
      document: { type: 'doc', content: [{ type: 'iframe' }] },
    });
    expect(await readSubmission(encodeSubmission(sealed))).toMatchObject({
      ok: false,
      reason: 'invalidDocument',
    });
  });

  it('verify with the values exactly as written, spaces included', async () => {
    const sealed = await sealSubmission({ ...content(), participant: { name: 'Асель Нурланова ' } });
    expect(await readSubmission(encodeSubmission(sealed))).toMatchObject({ ok: true });
  });

  it('are refused when the act lacks parts its template requires', async () => {
    const full = content().document as { content: unknown[] };
    const sealed = await sealSubmission({
      ...content(),
      document: { ...full, content: full.content.slice(0, 2) },
    });
    expect(await readSubmission(encodeSubmission(sealed))).toMatchObject({
      ok: false,
      reason: 'invalidDocument',
    });
  });

  it('are refused when not JSON or not a submission', async () => {
    expect(await readSubmission(new TextEncoder().encode('nope'))).toMatchObject({
      ok: false,
      reason: 'notJson',
    });
    expect(await readSubmission(new TextEncoder().encode('{"format":"casedraft.pack"}'))).toMatchObject({
      ok: false,
      reason: 'invalidStructure',
    });
  });
});

describe('the digest, checked against an independent implementation', () => {
  const file = new TextEncoder().encode(sample);

  it('verifies a file sealed by make-sample.py from the documented rules', async () => {
    expect(await readSubmission(file)).toMatchObject({ ok: true });
  });

  it('seals the same content to the same digest', async () => {
    const { digest, ...rest } = JSON.parse(sample) as SubmissionV1;
    expect((await sealSubmission(rest)).digest).toEqual(digest);
  });
});

describe('submissionFileName', () => {
  it('keeps Cyrillic names and joins words with hyphens', () => {
    expect(submissionFileName('Асель  Нурланова', 'loan-dispute')).toBe('Асель-Нурланова-loan-dispute.cdsub');
  });

  it('strips characters that are not allowed in file names', () => {
    expect(submissionFileName('a/b\\c:*?"<>|d', 'x')).toBe('abcd-x.cdsub');
  });

  it('falls back to the case id when no usable name is left', () => {
    expect(submissionFileName('///', 'case-one')).toBe('case-one.cdsub');
  });
});
