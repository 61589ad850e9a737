import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../language';
import { actToAkomaNtoso, citationHref, type AkomaNtosoMeta } from './akoma-ntoso';
import { createActDocument } from './document';
import { actSchema } from './schema';
import type { ActTemplate } from './template';
import { ACT_TEMPLATES, findActTemplate } from './templates';

const { nodes, marks } = actSchema;

const META: AkomaNtosoMeta = {
  packId: 'training-2024',
  caseId: 'loan-dispute',
  date: '2024-03-15',
  generator: 'CaseDraft 0.1.0',
  author: 'Асель «Нурланова» & Co',
};

function paragraph(...content: (ProseMirrorNode | string)[]): ProseMirrorNode {
  return nodes.paragraph.create(
    null,
    content.map((item) => (typeof item === 'string' ? actSchema.text(item) : item)),
  );
}

function citation(code: string, article: string, part = '', text = `ч. ${part} ст. ${article} ${code}`) {
  return nodes.citation.create({ code, article, part, paragraph: '', text });
}

function evidence(text: string, material: string, bold = false): ProseMirrorNode {
  const evidenceMark = marks.evidence.create({ material, title: 'Договор' });
  return actSchema.text(text, bold ? [marks.strong.create(), evidenceMark] : [evidenceMark]);
}

/** A draft with every part written: text with characters XML must escape, a citation, evidence, lists, a table. */
function filledAct(template: ActTemplate, language: ContentLanguage, numbered = false): ProseMirrorNode {
  const empty = createActDocument(template, language);
  const parts: ProseMirrorNode[] = [];
  empty.forEach((part) => {
    const id = part.attrs.id as string;
    parts.push(
      nodes.part.create({ id }, [
        part.child(0),
        paragraph(`${id}: суд <установил> & "решил" `, citation('ГПК РК', '226', '1')),
        paragraph(
          'Договор займа ',
          evidence('от 1 марта', 'loan-contract'),
          evidence(' 2023 года', 'loan-contract', true),
          nodes.hard_break.create(),
          actSchema.text('\u0007управляющий символ', [marks.em.create()]),
        ),
        nodes.bullet_list.create(null, [
          nodes.list_item.create(null, [
            paragraph('первый довод'),
            nodes.ordered_list.create({ order: 3 }, [nodes.list_item.create(null, paragraph('подпункт'))]),
          ]),
        ]),
        nodes.table.create(null, [
          nodes.table_row.create(null, [nodes.table_header.create({ colspan: 2 }, paragraph('Расходы'))]),
          nodes.table_row.create(null, [
            nodes.table_cell.create(null, paragraph('Госпошлина')),
            nodes.table_cell.create(null, paragraph('15 000')),
          ]),
        ]),
      ]),
    );
  });
  return nodes.doc.create({ ...empty.attrs, numberedReasoning: numbered }, parts);
}

/** The Node APIs this test uses, which the renderer's type configuration does not know. */
interface NodeApis {
  spawnSync(
    command: string,
    args: string[],
    options: { encoding: 'utf8' },
  ): { status: number | null; stdout: string; stderr: string; error?: Error };
  existsSync(path: string): boolean;
  mkdtempSync(prefix: string): string;
  writeFileSync(path: string, data: string): void;
  rmSync(path: string, options: { recursive: true; force: true }): void;
  tmpdir(): string;
}

/** shared/ sits beside the repository, in CI and in the development container. */
const XSD = decodeURIComponent(
  new URL('../../../../../shared/schemas/akomantoso30.xsd', import.meta.url).pathname,
);

describe('actToAkomaNtoso', () => {
  const template = findActTemplate('civil-decision') as ActTemplate;

  it('places each part in the element its template names, in order', () => {
    const xml = actToAkomaNtoso(filledAct(template, 'ru'), template, META);
    const order = [
      '<judgment name="civil-decision">',
      '<meta>',
      '<header>',
      'introductory: суд',
      '</header>',
      '<judgmentBody>',
      '<background>',
      'descriptive: суд',
      '<motivation>',
      'reasoning: суд',
      '<decision>',
      'operative: суд',
      '</judgmentBody>',
      '<conclusions>',
      'signature: суд',
      '</conclusions>',
    ].map((text) => xml.indexOf(text));
    expect(order.every((position) => position >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(xml).not.toContain('Вводная часть');
  });

  it('escapes text and attributes and drops characters XML cannot hold', () => {
    const xml = actToAkomaNtoso(filledAct(template, 'ru'), template, META);
    expect(xml).toContain('суд &lt;установил&gt; &amp; &quot;решил&quot;');
    expect(xml).toContain('showAs="Асель «Нурланова» &amp; Co"');
    expect(xml).not.toContain('\u0007');
    expect(xml).toContain('<i>управляющий символ</i>');
  });

  it('links citations to a synthetic provision and evidence to the material, keeping one link over bold text', () => {
    const xml = actToAkomaNtoso(filledAct(template, 'ru'), template, META);
    expect(xml).toContain(
      '<ref href="/akn/kz/act/code/%D0%B3%D0%BF%D0%BA-%D1%80%D0%BA/~art_226__para_1">ч. 1 ст. 226 ГПК РК</ref>',
    );
    expect(xml).toContain('<ref href="#material-loan-contract">от 1 марта<b> 2023 года</b></ref>');
  });

  it('names an article, part and point after the naming convention', () => {
    expect(citationHref({ code: 'УПК', article: '397', part: '2', paragraph: '1' })).toBe(
      '/akn/kz/act/code/%D1%83%D0%BF%D0%BA/~art_397__para_2__point_1',
    );
    expect(citationHref({ code: 'КоАП РК', article: '829-14', part: '', paragraph: '' })).toMatch(
      /\/~art_829-14$/,
    );
  });

  it('numbers the reasoning paragraphs when the draft does', () => {
    const plain = actToAkomaNtoso(filledAct(template, 'ru'), template, META);
    const numbered = actToAkomaNtoso(filledAct(template, 'ru', true), template, META);
    expect(plain).not.toContain('<paragraph');
    expect(numbered).toContain('<paragraph eId="reasoning__para_2"><num>2.</num><content><p>Договор займа');
    expect(numbered.match(/<paragraph /g)).toHaveLength(2);
  });

  it('identifies the work, the expression in its language and the manifestation', () => {
    const xml = actToAkomaNtoso(filledAct(template, 'kk'), template, META);
    expect(xml).toContain('<FRBRuri value="/akn/kz/judgment/2024/training-2024~loan-dispute"/>');
    expect(xml).toContain('<FRBRlanguage language="kaz"/>');
    expect(xml).toContain('<FRBRsubtype value="civil-decision"/>');
  });

  it('refuses an act that does not follow the template', () => {
    const other = findActTemplate('court-order') as ActTemplate;
    expect(() => actToAkomaNtoso(filledAct(template, 'ru'), other, META)).toThrow(/template/);
  });
});

describe('Akoma Ntoso export against the OASIS schema', async () => {
  const node = Object.assign(
    {},
    ...(await Promise.all(
      ['node:child_process', 'node:fs', 'node:os'].map((name) => import(/* @vite-ignore */ name as string)),
    )),
  ) as NodeApis;
  // Every template in both languages, numbered reasoning in Kazakh: one xmllint run reads the schema once.
  const cases = [...ACT_TEMPLATES.values()].flatMap((template) =>
    CONTENT_LANGUAGES.map((language) => ({ id: template.id, template, language })),
  );
  let report = '';
  const fileOf = (id: string, language: string) => `${directory}/${id}.${language}.xml`;
  const directory = node.mkdtempSync(`${node.tmpdir()}/akn-`);

  beforeAll(() => {
    // The schema comes with ../shared, which CI always has beside the repository.
    expect(node.existsSync(XSD), `${XSD} is missing`).toBe(true);
    for (const { template, language } of cases) {
      const xml = actToAkomaNtoso(filledAct(template, language, language === 'kk'), template, META);
      node.writeFileSync(fileOf(template.id, language), xml);
    }
    const files = cases.map(({ id, language }) => fileOf(id, language));
    const result = node.spawnSync('xmllint', ['--schema', XSD, '--noout', ...files], { encoding: 'utf8' });
    expect(result.error, 'xmllint (Debian libxml2-utils) must be installed').toBeUndefined();
    report = result.stderr;
  });
  afterAll(() => {
    node.rmSync(directory, { recursive: true, force: true });
  });

  it.each(cases)('a filled $id in $language validates against the OASIS schema', ({ id, language }) => {
    const lines = report.split('\n').filter((line) => line.startsWith(fileOf(id, language)));
    expect(lines).toEqual([`${fileOf(id, language)} validates`]);
  });
});
