import { describe, expect, it } from 'vitest';
import { createActDocument } from '../act/document';
import { RECEIVED_DOCUMENT_LIMITS } from '../act/received-document';
import type { ActTemplate } from '../act/template';
import { civilDecision } from '../act/templates/civil-decision';
import {
  SUBMISSION_LIMITS,
  encodeSubmission,
  readSubmission,
  sealSubmission,
  type SubmissionCheck,
  type SubmissionContent,
} from './submission';
import { validSubmissionContent } from './test-submission';

/**
 * Every kind of file a trainer's CaseDraft refuses, each with its reason (docs/formats/submission.md): a hostile
 * file gets an answer, never an exception, and nothing it carries beyond the act schema is kept.
 */

type Json = Record<string, unknown>;

const encoder = new TextEncoder();

/** The act of the valid civil decision with `change` applied to the first paragraph of its reasoning part. */
function documentWith(change: (paragraph: Json) => void): Json {
  const document = createActDocument(civilDecision, 'ru').toJSON() as { content: { content: Json[] }[] };
  const part = document.content[2]!;
  const paragraph = part.content[1]!;
  change(paragraph);
  return document as unknown as Json;
}

async function readSealed(content: SubmissionContent): Promise<SubmissionCheck> {
  return readSubmission(encodeSubmission(await sealSubmission(content)));
}

async function readWithDocument(document: Json): Promise<SubmissionCheck> {
  return readSealed({ ...validSubmissionContent(), document });
}

/** A valid submission's text with `replacement` put in place of the first `target`. */
async function editedFile(target: string, replacement: string): Promise<Uint8Array> {
  const text = new TextDecoder().decode(encodeSubmission(await sealSubmission(validSubmissionContent())));
  expect(text).toContain(target);
  return encoder.encode(text.replace(target, replacement));
}

function table(rows: Json[][]): Json {
  return {
    type: 'table',
    content: rows.map((cells) => ({ type: 'table_row', content: cells })),
  };
}

function cell(attrs: Json = {}): Json {
  return { type: 'table_cell', attrs, content: [{ type: 'paragraph' }] };
}

/** A part with `block` after its reasoning paragraph. */
function documentWithBlock(block: Json): Json {
  const document = createActDocument(civilDecision, 'ru').toJSON() as { content: { content: Json[] }[] };
  document.content[2]!.content.push(block);
  return document as unknown as Json;
}

describe('a submission refused before it is parsed', () => {
  it('is too large when over the size cap', async () => {
    const bytes = new Uint8Array(SUBMISSION_LIMITS.maxFileBytes + 1).fill(0x20);
    expect(await readSubmission(bytes)).toMatchObject({ ok: false, reason: 'tooLarge' });
  });

  it('is too deep, not an exception, with 100,000 nested arrays in an unknown attribute', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const bytes = await editedFile('"type": "paragraph"', `"type": "paragraph", "attrs": { "x": ${deep} }`);
    expect(await readSubmission(bytes)).toMatchObject({ ok: false, reason: 'tooDeep' });
  });

  it('is refused when a key is given twice, even written with an escape', async () => {
    const twice = await editedFile(
      '"participant": {',
      '"participant": { "name": "Другой" },\n  "participant": {',
    );
    const check = await readSubmission(twice);
    expect(check).toMatchObject({ ok: false, reason: 'duplicateKey' });
    expect(!check.ok && check.detail).toContain('participant');

    const escaped = await editedFile('"format":', '"\\u0066ormat": "casedraft.submission",\n  "format":');
    expect(await readSubmission(escaped)).toMatchObject({ ok: false, reason: 'duplicateKey' });
  });

  it('is refused when a key inside the act is given twice', async () => {
    const twice = await editedFile('"type": "paragraph"', '"type": "paragraph", "type": "paragraph"');
    expect(await readSubmission(twice)).toMatchObject({ ok: false, reason: 'duplicateKey' });
  });
});

describe('a submission refused for its structure or version', () => {
  it('has an unknown key at the top level', async () => {
    const check = await readSealed({
      ...validSubmissionContent(),
      comment: 'x',
    } as unknown as SubmissionContent);
    expect(check).toMatchObject({ ok: false, reason: 'invalidStructure' });
  });

  it('has a format version the app does not know', async () => {
    const later = { ...validSubmissionContent(), formatVersion: 99 } as unknown as SubmissionContent;
    expect(await readSealed(later)).toMatchObject({ ok: false, reason: 'unsupportedVersion' });
    const text = { ...validSubmissionContent(), formatVersion: '2' } as unknown as SubmissionContent;
    expect(await readSealed(text)).toMatchObject({ ok: false, reason: 'invalidStructure' });
  });

  it('carries its own two-part template under a built-in act type', async () => {
    const twoParts: ActTemplate = { ...civilDecision, parts: civilDecision.parts.slice(0, 2) };
    const check = await readSealed({
      ...validSubmissionContent(),
      formatVersion: 2,
      template: JSON.parse(JSON.stringify(twoParts)) as Json,
      document: createActDocument(twoParts, 'ru').toJSON() as Json,
    });
    expect(check).toMatchObject({ ok: false, reason: 'builtInTemplate' });
  });
});

describe('a submission whose act holds what the act schema does not', () => {
  it.each([
    ['an onclick attribute', (paragraph: Json) => (paragraph.attrs = { onclick: 'alert(1)' }), 'onclick'],
    ['a style key on a node', (paragraph: Json) => (paragraph.style = 'color:red'), 'style'],
    [
      'an unknown attribute of a mark',
      (paragraph: Json) =>
        (paragraph.content = [{ type: 'text', text: 'x', marks: [{ type: 'em', attrs: { style: 'x' } }] }]),
      'style',
    ],
    [
      'an unknown mark',
      (paragraph: Json) => (paragraph.content = [{ type: 'text', text: 'x', marks: [{ type: 'link' }] }]),
      'link',
    ],
    [
      'an unknown node type',
      (paragraph: Json) => (paragraph.content = [{ type: 'script', text: 'alert(1)' }]),
      'script',
    ],
    [
      'an unknown attribute of the document',
      (paragraph: Json) => (paragraph.content = [{ type: 'text', text: 'x', attrs: { id: 'y' } }]),
      'attrs',
    ],
  ])('is refused for %s', async (_name, change, named) => {
    const check = await readWithDocument(documentWith(change));
    expect(check).toMatchObject({ ok: false, reason: 'invalidDocument' });
    expect(!check.ok && check.detail).toContain(named);
  });

  it('is refused for an unknown attribute of the doc node, while notApplicable is read', async () => {
    const document = documentWith(() => undefined) as { attrs: Json };
    const marked = { ...document, attrs: { ...document.attrs, notApplicable: ['introductory/interpreter'] } };
    expect(await readWithDocument(marked)).toMatchObject({ ok: true });
    const hostile = { ...document, attrs: { ...document.attrs, style: 'display:none' } };
    expect(await readWithDocument(hostile)).toMatchObject({ ok: false, reason: 'invalidDocument' });
  });
});

describe('a submission whose act is over a limit', () => {
  it('has a huge colspan', async () => {
    const check = await readWithDocument(documentWithBlock(table([[cell({ colspan: 1_000_000 })]])));
    expect(check).toMatchObject({ ok: false, reason: 'documentTooLarge', limit: 'maxCellSpan' });
    expect(!check.ok && check.detail).toContain('colspan');
  });

  it('has a table whose spans add up to a huge grid', async () => {
    const { maxCellSpan, maxTableCells } = RECEIVED_DOCUMENT_LIMITS;
    const row = Array.from({ length: maxTableCells / maxCellSpan + 1 }, () => cell({ colspan: maxCellSpan }));
    expect(await readWithDocument(documentWithBlock(table([row])))).toMatchObject({
      ok: false,
      reason: 'documentTooLarge',
      limit: 'maxTableCells',
    });
  });

  it('has lists nested deeper than the act may be', async () => {
    let list: Json = { type: 'paragraph' };
    for (let level = 0; level < RECEIVED_DOCUMENT_LIMITS.maxDepth / 2; level++) {
      list = {
        type: 'bullet_list',
        content: [{ type: 'list_item', content: [{ type: 'paragraph' }, list] }],
      };
    }
    expect(await readWithDocument(documentWithBlock(list))).toMatchObject({ ok: false, reason: 'tooDeep' });
  });

  it('has more nodes than the limit', async () => {
    const breaks = Array.from({ length: RECEIVED_DOCUMENT_LIMITS.maxNodes }, () => ({ type: 'hard_break' }));
    const check = await readWithDocument(documentWith((paragraph) => (paragraph.content = breaks)));
    expect(check).toMatchObject({ ok: false, reason: 'documentTooLarge', limit: 'maxNodes' });
  });

  it('has more marks on a node than the schema has mark types', async () => {
    const marks = ['strong', 'em', 'underline', 'em', 'strong'].map((type) => ({ type }));
    const check = await readWithDocument(
      documentWith((paragraph) => (paragraph.content = [{ type: 'text', text: 'x', marks }])),
    );
    expect(check).toMatchObject({ ok: false, reason: 'documentTooLarge', limit: 'maxMarks' });
  });
});

describe('a real piece of work', () => {
  it('a 100-page act with citations, evidence links and tables is read', async () => {
    const paragraphs = Array.from({ length: 3_000 }, (_, index) => ({
      type: 'paragraph',
      content: [
        { type: 'text', text: `Пункт ${index}. Суд, исследовав материалы дела, установил следующее: ` },
        {
          type: 'text',
          text: 'распиской от 10 марта 2025 года',
          marks: [
            { type: 'strong' },
            { type: 'evidence', attrs: { material: 'evidence', title: 'Расписка' } },
          ],
        },
        { type: 'text', text: ' подтверждается передача денег; по ' },
        {
          type: 'citation',
          attrs: { code: 'ГК РК', article: '715', part: '1', paragraph: '', text: 'ч. 1 ст. 715 ГК РК' },
        },
        { type: 'hard_break' },
        { type: 'text', text: 'заёмщик обязан возвратить сумму займа в срок, указанный в договоре.' },
      ],
    }));
    const costs = table([
      [cell({ colspan: 2 }), cell()],
      [cell(), cell(), cell({ colspan: 1, rowspan: 1, colwidth: [120] })],
    ]);
    const document = createActDocument(civilDecision, 'ru').toJSON() as { content: { content: Json[] }[] };
    document.content[2]!.content.push(...paragraphs, costs);
    const bytes = encodeSubmission(
      await sealSubmission({ ...validSubmissionContent(), document: document as unknown as Json }),
    );
    expect(bytes.byteLength).toBeGreaterThan(1_000_000);
    expect(await readSubmission(bytes)).toMatchObject({ ok: true });
  });
});
