import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../language';
import {
  checkCompleteness,
  firstGapPosition,
  foundCount,
  isGap,
  partsWithGaps,
  requiredCount,
  type CompletenessReport,
  type PartCompleteness,
} from './completeness';
import { buildDraft, FILLED_DRAFTS, type DraftText } from './completeness.fixtures';
import { createActDocument } from './document';
import { actSchema } from './schema';
import type { ActTemplate } from './template';
import { ACT_TEMPLATES } from './templates';
import { b } from './test-builders';

/** A small template of the shape the real ones have: a title in the first part, each kind of check once. */
const fixture: ActTemplate = {
  id: 'fixture-decision',
  title: { ru: 'Решение', kk: 'Шешім' },
  reference: { code: { ru: 'ГПК РК', kk: 'АПК ҚР' }, article: '226', verification: 'confirmed' },
  parts: [
    {
      id: 'introductory',
      akomaNtoso: 'header',
      heading: { ru: 'Вводная часть', kk: 'Кіріспе бөлік' },
      hint: { ru: 'Суд, дата.', kk: 'Сот, күн.' },
      initialParagraphs: {
        ru: ['РЕШЕНИЕ', 'ИМЕНЕМ РЕСПУБЛИКИ КАЗАХСТАН'],
        kk: ['ШЕШІМ', 'ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ АТЫНАН'],
      },
      requisites: [
        {
          id: 'court',
          label: { ru: 'Суд', kk: 'Сот' },
          // A whole word: JavaScript's \b knows only Latin letters, so the word's edges are looked around for.
          check: { kind: 'text', patterns: { ru: ['(?<!\\p{L})суд(?!\\p{L})', 'судья'], kk: ['сот'] } },
        },
      ],
    },
    {
      id: 'reasoning',
      akomaNtoso: 'motivation',
      heading: { ru: 'Мотивировочная часть', kk: 'Уәждеу бөлігі' },
      hint: { ru: 'Нормы, доказательства.', kk: 'Нормалар, дәлелдемелер.' },
      requisites: [
        { id: 'norms', label: { ru: 'Нормы права', kk: 'Құқық нормалары' }, check: { kind: 'citation' } },
        {
          id: 'evidence',
          label: { ru: 'Доказательства', kk: 'Дәлелдемелер' },
          check: { kind: 'evidence', min: 2 },
        },
      ],
    },
    {
      id: 'signature',
      akomaNtoso: 'conclusions',
      heading: { ru: 'Подпись судьи', kk: 'Судьяның қолы' },
      hint: { ru: 'Судья', kk: 'Судья' },
    },
  ],
};

function fixtureDoc(...parts: ProseMirrorNode[]): ProseMirrorNode {
  return b.doc({ template: fixture.id, language: 'ru' }, ...parts) as ProseMirrorNode;
}

function part(id: string, heading: string, ...blocks: ProseMirrorNode[]): ProseMirrorNode {
  return b.part({ id }, b.part_heading({ text: heading }), ...blocks) as ProseMirrorNode;
}

const citation = (article: string) =>
  b.citation({ code: 'ГПК РК', article, text: `ст. ${article} ГПК РК` }) as ProseMirrorNode;
const evidence = (material: string, text: string) => b.evidence({ material }, text) as ProseMirrorNode;

const filledIntroductory = part(
  'introductory',
  'Вводная часть',
  b.paragraph('РЕШЕНИЕ'),
  b.paragraph('ИМЕНЕМ РЕСПУБЛИКИ КАЗАХСТАН'),
  b.paragraph('12 марта 2024 года Специализированный межрайонный экономический суд, судья Иванова А. Б.'),
) as ProseMirrorNode;
const filledReasoning = part(
  'reasoning',
  'Мотивировочная часть',
  b.paragraph(
    'Согласно ',
    citation('226'),
    ' долг подтверждён ',
    evidence('m1', 'распиской'),
    ' и ',
    evidence('m2', 'выпиской'),
    '.',
  ),
);
const filledSignature = part('signature', 'Подпись судьи', b.paragraph('Судья А. Б. Иванова'));

/** Where `text` starts in the document. */
function positionOf(doc: ProseMirrorNode, text: string): number {
  let found = -1;
  doc.descendants((node, pos) => {
    if (found < 0 && node.isText && node.text?.includes(text)) found = pos + node.text.indexOf(text);
    return found < 0;
  });
  return found;
}

function statusOf(parts: PartCompleteness[], partId: string, requisiteId: string) {
  const status = parts
    .find((candidate) => candidate.part.id === partId)
    ?.requisites.find((candidate) => candidate.requisite.id === requisiteId);
  if (!status) throw new Error(`no requisite ${partId}/${requisiteId}`);
  return status;
}

describe('checkCompleteness on a fixture template', () => {
  it('reports a fresh draft empty everywhere, the act title notwithstanding, with the cursor at each part’s text', () => {
    const doc = createActDocument(fixture, 'ru');
    const report = checkCompleteness(doc, fixture);
    expect(report.parts.map((result) => [result.part.id, result.empty])).toEqual([
      ['introductory', true],
      ['reasoning', true],
      ['signature', true],
    ]);
    expect(report.parts.flatMap((result) => result.requisites.map((status) => status.found))).toEqual([
      false,
      false,
      false,
    ]);
    // Missing items point at the start of their part's text: the title in the first part, the empty paragraph after.
    expect(doc.resolve(statusOf(report.parts, 'introductory', 'court').position).parent.textContent).toBe(
      'РЕШЕНИЕ',
    );
    const reasoning = report.parts[1];
    expect(reasoning && doc.resolve(reasoning.position).parent.type).toBe(actSchema.nodes.paragraph);
    expect(reasoning && doc.resolve(reasoning.position).node(1).attrs.id).toBe('reasoning');
    expect(firstGapPosition(report)).toBe(report.parts[0]?.position);
  });

  it('finds every requisite of a filled draft, where it is written', () => {
    const doc = fixtureDoc(filledIntroductory, filledReasoning, filledSignature);
    const report = checkCompleteness(doc, fixture);
    expect(partsWithGaps(report)).toEqual([]);
    expect(firstGapPosition(report)).toBeUndefined();
    expect(report.parts.map(foundCount)).toEqual([1, 2, 0]);
    expect(statusOf(report.parts, 'introductory', 'court').position).toBe(positionOf(doc, 'суд, судья'));
    const norms = statusOf(report.parts, 'reasoning', 'norms').position;
    expect(doc.nodeAt(norms)?.type).toBe(actSchema.nodes.citation);
    expect(statusOf(report.parts, 'reasoning', 'evidence').position).toBe(positionOf(doc, 'распиской'));
  });

  it('matches patterns ignoring case, in Kazakh for a Kazakh act', () => {
    const doc = b.doc(
      { template: fixture.id, language: 'kk' },
      part('introductory', 'Кіріспе бөлік', b.paragraph('Қарағанды облысының мамандандырылған СОТЫ')),
      part('reasoning', 'Уәждеу бөлігі', b.paragraph('')),
      part('signature', 'Судьяның қолы', b.paragraph('')),
    ) as ProseMirrorNode;
    expect(statusOf(checkCompleteness(doc, fixture).parts, 'introductory', 'court').found).toBe(true);
    // The Russian patterns do not apply to a Kazakh act: «судья» alone is not found.
    const russianOnly = b.doc(
      { template: fixture.id, language: 'kk' },
      part('introductory', 'Кіріспе бөлік', b.paragraph('Судья Иванова')),
      part('reasoning', 'Уәждеу бөлігі', b.paragraph('')),
      part('signature', 'Судьяның қолы', b.paragraph('')),
    ) as ProseMirrorNode;
    expect(statusOf(checkCompleteness(russianOnly, fixture).parts, 'introductory', 'court').found).toBe(
      false,
    );
  });

  it('keeps near misses missing: a word containing the pattern, too few evidence links, citations as plain text', () => {
    const doc = fixtureDoc(
      part('introductory', 'Вводная часть', b.paragraph('Судебное заседание, судом установлено')),
      part(
        'reasoning',
        'Мотивировочная часть',
        // One link split by bold is still one link; the citation is typed as plain text, not inserted.
        b.paragraph(
          'Согласно ст. 226 ГПК РК долг подтверждён ',
          evidence('m1', 'распис'),
          b.strong(evidence('m1', 'кой')),
        ),
      ),
      filledSignature,
    );
    const report = checkCompleteness(doc, fixture);
    expect(statusOf(report.parts, 'introductory', 'court').found).toBe(false);
    expect(statusOf(report.parts, 'reasoning', 'norms').found).toBe(false);
    expect(statusOf(report.parts, 'reasoning', 'evidence').found).toBe(false);
    expect(report.parts.map((result) => result.empty)).toEqual([false, false, false]);
  });

  it('flags a part holding only its starting paragraphs and blank lines as empty, and an unsigned act', () => {
    const doc = fixtureDoc(
      part(
        'introductory',
        'Вводная часть',
        b.paragraph(' РЕШЕНИЕ '),
        b.paragraph(''),
        b.paragraph('ИМЕНЕМ РЕСПУБЛИКИ КАЗАХСТАН'),
      ),
      filledReasoning,
      part('signature', 'Подпись судьи', b.paragraph('  ')),
    );
    expect(checkCompleteness(doc, fixture).parts.map((result) => result.empty)).toEqual([true, false, true]);
  });

  it('counts text in a table or a list, and a citation alone, as content', () => {
    const doc = fixtureDoc(
      part('introductory', 'Вводная часть', b.bullet_list(b.list_item(b.paragraph('суд')))),
      part('reasoning', 'Мотивировочная часть', b.paragraph(citation('15'))),
      part('signature', 'Подпись судьи', b.table(b.table_row(b.table_cell(b.paragraph('Судья'))))),
    );
    const report = checkCompleteness(doc, fixture);
    expect(report.parts.map((result) => result.empty)).toEqual([false, false, false]);
    expect(statusOf(report.parts, 'introductory', 'court').position).toBe(positionOf(doc, 'суд'));
  });

  it('does not scan an unchanged part again, and keeps its positions right when an earlier part grows', () => {
    const doc = fixtureDoc(filledIntroductory, filledReasoning, filledSignature);
    const before = checkCompleteness(doc, fixture);
    const reasoningNode = doc.child(1);
    const descendants = vi.spyOn(reasoningNode, 'descendants');
    const firstNode = doc.child(0);
    const firstText = positionOf(doc, 'суд, судья');
    const edited = doc.replace(firstText, firstText, doc.slice(firstText, firstText + 4));

    expect(edited.child(1)).toBe(reasoningNode);
    const after = checkCompleteness(edited, fixture);
    expect(descendants).not.toHaveBeenCalled();
    expect(edited.child(0)).not.toBe(firstNode);
    expect(statusOf(after.parts, 'reasoning', 'evidence').position).toBe(
      statusOf(before.parts, 'reasoning', 'evidence').position + 4,
    );
    expect(statusOf(after.parts, 'reasoning', 'evidence').position).toBe(positionOf(edited, 'распиской'));
  });
});

/** The fixture with two requisites the law asks for only in some cases, in its first part. */
const conditional: ActTemplate = {
  ...fixture,
  id: 'fixture-conditional',
  parts: fixture.parts.map((candidate) =>
    candidate.id === 'introductory'
      ? {
          ...candidate,
          requisites: [
            ...(candidate.requisites ?? []),
            {
              id: 'interpreter',
              label: { ru: 'Переводчик', kk: 'Аудармашы' },
              check: { kind: 'text', patterns: { ru: ['переводчик'], kk: ['аудармашы'] } },
              applies: 'where-applicable',
            },
            {
              id: 'third-parties',
              label: { ru: 'Третьи лица', kk: 'Үшінші тұлғалар' },
              check: { kind: 'text', patterns: { ru: ['треть(?:его|их) лиц'], kk: ['үшінші тұлға'] } },
              applies: 'where-applicable',
            },
          ],
        }
      : candidate,
  ),
};

/** A fixture document with the trainee's "not applicable" marks. */
function markedDoc(notApplicable: string[], ...parts: ProseMirrorNode[]): ProseMirrorNode {
  return b.doc({ template: conditional.id, language: 'ru', notApplicable }, ...parts) as ProseMirrorNode;
}

const states = (report: CompletenessReport, partId: string) =>
  report.parts
    .find((result) => result.part.id === partId)
    ?.requisites.map((status) => [status.requisite.id, status.state]);

describe('requisites asked for only in some cases', () => {
  it('are "where applicable" when not found, not gaps, and left out of the count', () => {
    const report = checkCompleteness(
      fixtureDoc(filledIntroductory, filledReasoning, filledSignature),
      conditional,
    );
    expect(states(report, 'introductory')).toEqual([
      ['court', 'found'],
      ['interpreter', 'where-applicable'],
      ['third-parties', 'where-applicable'],
    ]);
    expect(statusOf(report.parts, 'introductory', 'interpreter').found).toBe(false);
    expect(partsWithGaps(report)).toEqual([]);
    expect(firstGapPosition(report)).toBeUndefined();
    const [introductory] = report.parts;
    expect(introductory && [foundCount(introductory), requiredCount(introductory)]).toEqual([1, 1]);
  });

  it('are found and counted where the act names them', () => {
    const doc = fixtureDoc(
      part('introductory', 'Вводная часть', b.paragraph('Суд, с участием переводчика Оразова Н.')),
      filledReasoning,
      filledSignature,
    );
    const report = checkCompleteness(doc, conditional);
    expect(statusOf(report.parts, 'introductory', 'interpreter')).toMatchObject({
      state: 'found',
      position: positionOf(doc, 'переводчика'),
    });
    const [introductory] = report.parts;
    expect(introductory && [foundCount(introductory), requiredCount(introductory)]).toEqual([2, 2]);
  });

  it('are "not applicable" once the trainee marks them so, each on its own; a mark never hides a gap', () => {
    const report = checkCompleteness(
      markedDoc(
        ['introductory/interpreter', 'introductory/court', 'reasoning/norms'],
        part('introductory', 'Вводная часть', b.paragraph('Заседание 12 марта')),
        filledReasoning,
        filledSignature,
      ),
      conditional,
    );
    // Only a conditional requisite can be waived: a mark on a required one (a hostile or outdated file) is ignored.
    expect(states(report, 'introductory')).toEqual([
      ['court', 'missing'],
      ['interpreter', 'not-applicable'],
      ['third-parties', 'where-applicable'],
    ]);
    expect(partsWithGaps(report).map((result) => result.part.id)).toEqual(['introductory']);
    expect(firstGapPosition(report)).toBe(statusOf(report.parts, 'introductory', 'court').position);
  });

  it('are found when written, even if marked not applicable earlier', () => {
    const doc = markedDoc(
      ['introductory/interpreter'],
      part('introductory', 'Вводная часть', b.paragraph('Суд, переводчик Оразов Н.')),
      filledReasoning,
      filledSignature,
    );
    expect(statusOf(checkCompleteness(doc, conditional).parts, 'introductory', 'interpreter').state).toBe(
      'found',
    );
  });

  it('change state with a mark without any part being scanned again', () => {
    // Parts of its own: a spy another test left on a shared part would count that test's scans.
    const doc = fixtureDoc(
      part('introductory', 'Вводная часть', b.paragraph('Суд')),
      part('reasoning', 'Мотивировочная часть', b.paragraph('Суд установил')),
      part('signature', 'Подпись судьи', b.paragraph('Судья')),
    );
    expect(statusOf(checkCompleteness(doc, conditional).parts, 'introductory', 'interpreter').state).toBe(
      'where-applicable',
    );
    const scans = [0, 1, 2].map((index) => vi.spyOn(doc.child(index), 'descendants'));
    const marked = doc.type.create(
      { ...doc.attrs, notApplicable: ['introductory/interpreter'] },
      doc.content,
    );
    expect(statusOf(checkCompleteness(marked, conditional).parts, 'introductory', 'interpreter').state).toBe(
      'not-applicable',
    );
    expect(scans.map((scan) => scan.mock.calls.length)).toEqual([0, 0, 0]);
  });
});

/** `part/requisite` for every requisite the report counts as a gap. */
function missing(report: CompletenessReport): string[] {
  return report.parts.flatMap((result) =>
    result.requisites.filter(isGap).map((status) => `${result.part.id}/${status.requisite.id}`),
  );
}

function draftsOf(templateId: string): [ContentLanguage, DraftText][] {
  return Object.entries(FILLED_DRAFTS[templateId] ?? {}) as [ContentLanguage, DraftText][];
}

/** The same draft with its citations typed as plain text and its evidence links removed (the words stay). */
function withoutLinks(text: DraftText): DraftText {
  return Object.fromEntries(
    Object.entries(text).map(([partId, paragraphs]) => [
      partId,
      paragraphs.map((pieces) =>
        pieces.map((piece) =>
          typeof piece === 'string' ? piece : 'cite' in piece ? piece.cite : piece.evidence,
        ),
      ),
    ]),
  );
}

describe.each([...ACT_TEMPLATES.values()])('checkCompleteness for a $id', (template) => {
  const requisites = template.parts.flatMap((part) => part.requisites ?? []);
  const requiredRequisites = requisites.filter((requisite) => requisite.applies !== 'where-applicable');

  it.each(CONTENT_LANGUAGES)(
    'reports a fresh %s draft empty in every part, every requisite missing or, if conditional, where applicable',
    (language) => {
      const report = checkCompleteness(createActDocument(template, language), template);
      expect(report.parts.map((result) => result.part.id)).toEqual(template.parts.map((part) => part.id));
      expect(report.parts.filter((result) => !result.empty)).toEqual([]);
      expect(requiredRequisites.length).toBeGreaterThan(0);
      expect(missing(report)).toHaveLength(requiredRequisites.length);
      const whereApplicable = report.parts.flatMap((result) =>
        result.requisites.filter((status) => status.state === 'where-applicable'),
      );
      expect(whereApplicable).toHaveLength(requisites.length - requiredRequisites.length);
    },
  );

  it('has a filled draft, in Russian at least', () => {
    expect(draftsOf(template.id).map(([language]) => language)).toContain('ru');
  });

  it.each(draftsOf(template.id))(
    'finds every requisite of a filled %s draft, each in its own part',
    (language, text) => {
      const doc = buildDraft(template, language, text);
      doc.check();
      const report = checkCompleteness(doc, template);
      expect(missing(report)).toEqual([]);
      expect(report.parts.filter((result) => result.empty)).toEqual([]);
      for (const result of report.parts) {
        for (const status of result.requisites) {
          expect(doc.resolve(status.position).node(1).attrs.id, status.requisite.id).toBe(result.part.id);
        }
      }
    },
  );

  it.each(draftsOf(template.id))(
    'misses the citation and evidence requisites of a %s draft whose citations are typed and evidence unlinked',
    (language, text) => {
      const report = checkCompleteness(buildDraft(template, language, withoutLinks(text)), template);
      const linkRequisites = template.parts.flatMap((part) =>
        (part.requisites ?? [])
          .filter((requisite) => requisite.check.kind !== 'text')
          .map((requisite) => `${part.id}/${requisite.id}`),
      );
      expect(missing(report)).toEqual(linkRequisites);
    },
  );
});

describe('a short administrative decision (АППК 153 ч.1)', () => {
  it('takes evidence listed without its content, each item linked to its material', () => {
    const template = ACT_TEMPLATES.get('administrative-decision-short');
    const text = FILLED_DRAFTS['administrative-decision-short']?.ru;
    if (!template || !text) throw new Error('no short administrative decision draft');
    const bareList = {
      ...text,
      reasoning: [
        [
          'Доказательства: ',
          { evidence: 'письмо ответчика (л. д. 12)', material: 'refusal-letter' },
          ', ',
          { evidence: 'заключение проектной организации (л. д. 20)', material: 'project-opinion' },
          '.',
        ],
      ],
    };
    const report = checkCompleteness(buildDraft(template, 'ru', bareList), template);
    expect(statusOf(report.parts, 'reasoning', 'evidence').found).toBe(true);
  });
});

/** What else a guilty verdict's operative part decides (УПК 398, 401), for the near misses of its appeal term. */
const PROBATION_DETENTION_MEASURE_EVIDENCE_FUND = {
  ru: 'Обязать осуждённого явиться в службу пробации; зачесть время содержания под стражей; меру пресечения отменить; вещественные доказательства вернуть; взыскать принудительный платёж в Фонд компенсации потерпевшим.',
  kk: 'Сотталған пробация қызметіне келуге міндетті; күзетпен ұсталған уақыты есепке алынсын; бұлтартпау шарасы жойылсын; заттай дәлелдемелер қайтарылсын; Жәбірленушілерге өтемақы қорына мәжбүрлі төлем өндірілсін.',
};

describe('near misses in real templates stay missing', () => {
  /** A filled draft with one part rewritten so that it almost, but not quite, says what is required. */
  it.each([
    {
      template: 'civil-decision',
      language: 'ru',
      part: 'operative',
      paragraphs: [
        'Взыскать с Ахметова Е. С. в пользу Сериковой А. Б. 2 000 000 тенге.',
        'В обеспечение исполнения решения сохранить арест, наложенный на автомобиль ответчика.',
        'Решение может быть обжаловано в апелляционном порядке.',
      ],
      missing: ['operative/costs', 'operative/appeal-term'],
    },
    {
      template: 'civil-decision',
      language: 'kk',
      part: 'operative',
      paragraphs: [
        'Талап қанағаттандырылсын. Ахметов Е. С.-тен Серикова А. Б.-ның пайдасына 2 000 000 теңге өндіріп алынсын.',
        'Шешімнің орындалуын қамтамасыз ету үшін жауапкердің автокөлігіне салынған тыйым сақталсын.',
      ],
      missing: ['operative/costs', 'operative/appeal', 'operative/appeal-term'],
    },
    {
      // The parties are named, but not as plaintiff and defendant.
      template: 'court-order',
      language: 'ru',
      part: 'introductory',
      paragraphs: [
        'Дело № 2-118/2024',
        '10 января 2024 года',
        'Судья районного суда № 1 города Караганды Абенова Ж. Т., рассмотрев заявление ТОО «Караганда Энерго» (БИН 020540001234) о вынесении судебного приказа в отношении Петрова И. И., ИИН 800512300123,',
      ],
      missing: ['introductory/plaintiff', 'introductory/defendant'],
    },
    {
      // The wording the ГПК dropped in 2021 (Law 20.12.2021 № 84-VII): an order must name the plaintiff and the defendant.
      template: 'court-order',
      language: 'ru',
      part: 'introductory',
      paragraphs: [
        'Дело № 2-118/2024',
        '10 января 2024 года',
        'Судья районного суда № 1 города Караганды Абенова Ж. Т., рассмотрев заявление взыскателя ТОО «Караганда Энерго» (БИН 020540001234) о вынесении судебного приказа о взыскании с должника Петрова И. И., ИИН 800512300123, задолженности,',
      ],
      missing: ['introductory/plaintiff', 'introductory/defendant'],
    },
    {
      template: 'criminal-verdict-guilty',
      language: 'ru',
      part: 'operative',
      paragraphs: [
        'Бекова Армана Серикулы признать виновным по ч. 1 ст. 188 УК РК и назначить ему наказание в виде ограничения свободы на 1 год. Гражданский иск оставить без рассмотрения, процессуальные издержки взыскать с осуждённого.',
        PROBATION_DETENTION_MEASURE_EVIDENCE_FUND.ru,
        'Приговор может быть обжалован в апелляционном порядке.',
      ],
      missing: ['operative/appeal-term'],
    },
    {
      template: 'criminal-verdict-guilty',
      language: 'kk',
      part: 'operative',
      paragraphs: [
        'Беков Арман Серікұлы ҚР ҚК 188-бабының 1-бөлігі бойынша кінәлі деп танылсын, оған бас бостандығын шектеу түрінде жаза тағайындалсын. Азаматтық талап қараусыз қалдырылсын, процестік шығындар сотталғаннан өндіріп алынсын.',
        PROBATION_DETENTION_MEASURE_EVIDENCE_FUND.kk,
        'Үкімге апелляциялық шағым берілуі мүмкін.',
      ],
      missing: ['operative/appeal-term'],
    },
  ] as const)('$template ($language): $missing', (nearMiss) => {
    const template = ACT_TEMPLATES.get(nearMiss.template);
    const text = FILLED_DRAFTS[nearMiss.template]?.[nearMiss.language];
    if (!template || !text) throw new Error(`no ${nearMiss.template} draft in ${nearMiss.language}`);
    const rewritten = { ...text, [nearMiss.part]: nearMiss.paragraphs.map((paragraph) => [paragraph]) };
    expect(missing(checkCompleteness(buildDraft(template, nearMiss.language, rewritten), template))).toEqual(
      nearMiss.missing,
    );
  });
});
