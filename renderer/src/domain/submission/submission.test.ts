import { describe, expect, it } from 'vitest';
import { createActDocument, parseActDocument } from '../act/document';
import type { ActTemplate } from '../act/template';
import { civilDecision } from '../act/templates/civil-decision';
import { criminalVerdictGuilty } from '../act/templates/criminal-verdict-guilty';
import { WORKSHEET_LIMITS, emptyWorksheet, type Worksheet } from '../worksheet/worksheet';
import { canonicalJson } from '../integrity/canonical-json';
import { sha256Hex } from '../integrity/sha256';
import {
  encodeSubmission,
  readSubmission,
  sealSubmission,
  submissionFileName,
  type Submission,
} from './submission';
import sample from '../../../../test/fixtures/submissions/sample-v1.cdsub?raw';
import type { SubmissionV1 } from './submission-v1';
import { validSubmissionContent } from './test-submission';
import type { SubmissionV2 } from './submission-v2';

describe('submissions', () => {
  it('are sealed with the SHA-256 of their canonical content', async () => {
    const sealed = await sealSubmission(validSubmissionContent());
    expect(sealed.digest).toEqual({
      algorithm: 'SHA-256',
      value: await sha256Hex(canonicalJson(validSubmissionContent())),
    });
  });

  it('read back intact from their file', async () => {
    const sealed = await sealSubmission(validSubmissionContent());
    const check = await readSubmission(encodeSubmission(sealed));
    expect(check).toMatchObject({ ok: true, submission: sealed, template: civilDecision });
    // The act comes parsed, so whoever reads the file next need not parse it again.
    expect(check.ok && check.act.toJSON()).toEqual(sealed.document);
  });

  it('are caught when a word of the act was changed after sealing', async () => {
    const sealed = await sealSubmission(validSubmissionContent());
    const tampered = new TextDecoder().decode(encodeSubmission(sealed)).replace('ИМЕНЕМ', 'ОТ ИМЕНИ');
    const check = await readSubmission(new TextEncoder().encode(tampered));
    expect(check).toMatchObject({ ok: false, reason: 'digestMismatch' });
  });

  it('are caught when the participant was changed after sealing', async () => {
    const sealed = await sealSubmission(validSubmissionContent());
    const check = await readSubmission(
      encodeSubmission({ ...sealed, participant: { name: 'Someone Else' } }),
    );
    expect(check).toMatchObject({ ok: false, reason: 'digestMismatch' });
  });

  it('are refused when the document does not fit the act schema', async () => {
    const sealed = await sealSubmission({
      ...validSubmissionContent(),
      document: { type: 'doc', content: [{ type: 'iframe' }] },
    });
    expect(await readSubmission(encodeSubmission(sealed))).toMatchObject({
      ok: false,
      reason: 'invalidDocument',
    });
  });

  it('verify with the values exactly as written, spaces included', async () => {
    const sealed = await sealSubmission({
      ...validSubmissionContent(),
      participant: { name: 'Асель Нурланова ' },
    });
    expect(await readSubmission(encodeSubmission(sealed))).toMatchObject({ ok: true });
  });

  it('are refused when the act lacks parts its template requires', async () => {
    const full = validSubmissionContent().document as { content: unknown[] };
    const sealed = await sealSubmission({
      ...validSubmissionContent(),
      document: { ...full, content: full.content.slice(0, 2) },
    });
    expect(await readSubmission(encodeSubmission(sealed))).toMatchObject({
      ok: false,
      reason: 'invalidDocument',
    });
  });

  it('quote the file in their reason only in excerpt: a megabyte field name, a megabyte of broken JSON', async () => {
    const sealed = await sealSubmission(validSubmissionContent());
    const withHugeKey = await readSubmission(
      new TextEncoder().encode(JSON.stringify({ ...sealed, ['x'.repeat(1_000_000)]: 1 })),
    );
    expect(withHugeKey).toMatchObject({ ok: false, reason: 'invalidStructure' });
    expect((withHugeKey as { detail: string }).detail.length).toBeLessThanOrEqual(300);
    const broken = await readSubmission(new TextEncoder().encode(`{"document": [${'1,'.repeat(500_000)}`));
    expect(broken).toMatchObject({ ok: false, reason: 'notJson' });
    expect((broken as { detail: string }).detail.length).toBeLessThanOrEqual(300);
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

/** A guilty verdict whose reasoning cites a statute and ties a finding to a material of the case. */
function verdictWithCitationAndEvidence(): Record<string, unknown> {
  const json = createActDocument(criminalVerdictGuilty, 'ru').toJSON() as {
    content: { attrs: { id: string }; content: unknown[] }[];
  };
  const reasoning = json.content.find((part) => part.attrs.id === 'descriptive-reasoning');
  reasoning?.content.push({
    type: 'paragraph',
    content: [
      { type: 'text', text: 'Вина подтверждается ' },
      {
        type: 'text',
        text: 'протоколом осмотра места происшествия',
        marks: [{ type: 'evidence', attrs: { material: 'protocols', title: 'Протоколы' } }],
      },
      { type: 'text', text: '; деяние квалифицируется по ' },
      {
        type: 'citation',
        attrs: { code: 'УК РК', article: '188', part: '2', paragraph: '3', text: 'п. 3 ч. 2 ст. 188 УК РК' },
      },
    ],
  });
  return json as unknown as Record<string, unknown>;
}

const worksheet: Worksheet = {
  ...emptyWorksheet('criminal'),
  facts: [
    {
      statement: 'Подсудимый проник в квартиру через балкон',
      evidence: ['protocols', 'hearing'],
      assessment: 'Протокол осмотра относим, допустим и достоверен.',
    },
  ],
  criminalQuestions: { ...emptyWorksheet('criminal').criminalQuestions, guilt: 'Виновен.' },
};

function contentV2(extra: Partial<SubmissionV2> = {}): Omit<SubmissionV2, 'digest'> {
  return {
    ...validSubmissionContent(),
    formatVersion: 2,
    case: { id: 'theft-guilty', title: 'Кража', actType: 'criminal-verdict-guilty', language: 'ru' },
    document: verdictWithCitationAndEvidence(),
    worksheet,
    ...extra,
  } as Omit<SubmissionV2, 'digest'>;
}

describe('submissions of format version 2', () => {
  it('read back intact with their worksheet, citations and evidence links', async () => {
    const sealed = await sealSubmission(contentV2());
    const check = await readSubmission(encodeSubmission(sealed));
    expect(check).toMatchObject({ ok: true, submission: sealed, template: criminalVerdictGuilty });
    if (!check.ok) return;
    expect(check.submission).toMatchObject({ formatVersion: 2, worksheet });
    const act = parseActDocument(check.submission.document);
    const inline: string[] = [];
    act.descendants((node) => {
      if (node.type.name === 'citation') inline.push(`citation ${String(node.attrs.article)}`);
      for (const mark of node.marks) inline.push(`${mark.type.name} ${String(mark.attrs.material)}`);
    });
    expect(inline).toEqual(['evidence protocols', 'citation 188']);
  });

  it('may leave the worksheet out', async () => {
    const { worksheet: _left, ...rest } = contentV2();
    expect(await readSubmission(encodeSubmission(await sealSubmission(rest)))).toMatchObject({ ok: true });
  });

  it('are caught when the worksheet was changed after sealing', async () => {
    const sealed = await sealSubmission(contentV2());
    const tampered = new TextDecoder().decode(encodeSubmission(sealed)).replace('Виновен.', 'Невиновен.');
    expect(await readSubmission(new TextEncoder().encode(tampered))).toMatchObject({
      ok: false,
      reason: 'digestMismatch',
    });
  });

  it('are refused, with the reason, when the worksheet is oversized or has unknown fields', async () => {
    const oversized = await sealSubmission(
      contentV2({ worksheet: { ...worksheet, analysis: 'а'.repeat(WORKSHEET_LIMITS.analysis + 1) } }),
    );
    const oversizedCheck = await readSubmission(encodeSubmission(oversized));
    expect(oversizedCheck).toMatchObject({ ok: false, reason: 'invalidWorksheet' });
    expect(!oversizedCheck.ok && oversizedCheck.detail).toContain('analysis');

    const unknownField = await sealSubmission(
      contentV2({ worksheet: { ...worksheet, hidden: 'x' } as Worksheet }),
    );
    expect(await readSubmission(encodeSubmission(unknownField))).toMatchObject({
      ok: false,
      reason: 'invalidWorksheet',
    });
  });

  it('carry a template the app does not ship, and the act is checked against it', async () => {
    const own = { ...JSON.parse(JSON.stringify(civilDecision)), id: 'pack-own-decision' } as ActTemplate;
    const document = createActDocument(own, 'ru').toJSON() as Record<string, unknown>;
    const caseFields = { id: 'own', title: 'Дело', actType: own.id, language: 'ru' as const };
    const withTemplate = await sealSubmission(
      contentV2({ case: caseFields, document, template: own as unknown as Record<string, unknown> }),
    );
    expect(await readSubmission(encodeSubmission(withTemplate))).toMatchObject({
      ok: true,
      template: { id: 'pack-own-decision' },
    });

    const { template: _none, ...withoutTemplate } = withTemplate as SubmissionV2;
    expect(await readSubmission(encodeSubmission(withoutTemplate))).toMatchObject({
      ok: false,
      reason: 'invalidDocument',
    });
  });

  it("are refused when their template is not a valid template or not the case's act type", async () => {
    const ownCase = { id: 'own', title: 'Дело', actType: 'pack-own-decision', language: 'ru' as const };
    const broken = await sealSubmission(
      contentV2({ case: ownCase, template: { id: 'pack-own-decision', parts: [] } }),
    );
    expect(await readSubmission(encodeSubmission(broken))).toMatchObject({
      ok: false,
      reason: 'invalidTemplate',
    });

    const other = await sealSubmission(
      contentV2({ case: ownCase, template: civilDecision as unknown as Record<string, unknown> }),
    );
    expect(await readSubmission(encodeSubmission(other))).toMatchObject({
      ok: false,
      reason: 'invalidTemplate',
    });
  });

  it('carry the requisites the trainee marked not applicable, and are refused when that list is malformed', async () => {
    const withMarks = (notApplicable: unknown) => {
      const document = verdictWithCitationAndEvidence() as { attrs: Record<string, unknown> };
      return { ...document, attrs: { ...document.attrs, notApplicable } };
    };
    const marked = await readSubmission(
      encodeSubmission(
        await sealSubmission(contentV2({ document: withMarks(['introductory/interpreter']) })),
      ),
    );
    expect(marked.ok && parseActDocument(marked.submission.document).attrs.notApplicable).toEqual([
      'introductory/interpreter',
    ]);
    const malformed = await sealSubmission(contentV2({ document: withMarks('introductory/interpreter') }));
    expect(await readSubmission(encodeSubmission(malformed))).toMatchObject({
      ok: false,
      reason: 'invalidDocument',
    });
  });

  it('of a later format version are refused as such', async () => {
    const later = { ...(await sealSubmission(contentV2())), formatVersion: 4 } as unknown as Submission;
    expect(await readSubmission(encodeSubmission(later))).toMatchObject({
      ok: false,
      reason: 'unsupportedVersion',
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
