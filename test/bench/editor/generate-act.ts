import { Fragment, type Node as ProseMirrorNode } from 'prosemirror-model';
import { createActDocument } from '../../../renderer/src/domain/act/document';
import { actSchema } from '../../../renderer/src/domain/act/schema';
import type { ActTemplate } from '../../../renderer/src/domain/act/template';
import { mulberry32 } from '../random';

export interface ActShape {
  /** Text blocks to add (paragraphs, each list item counting as one), spread over the template's parts. */
  paragraphs: number;
  seed: number;
}

/** About 25 paragraphs a page (about 2,500 characters): short lines and single sentences of a verdict. */
export const ACT_100_PAGES: ActShape = { paragraphs: 2500, seed: 20251101 };
export const ACT_1_PAGE: ActShape = { paragraphs: 25, seed: 20251102 };

/** Share of the added paragraphs each part gets, by position; a template's last parts get the last shares. */
const PART_SHARES = [0.05, 0.78, 0.15, 0.02];

/**
 * A filled-in act: the template's new document (createActDocument, so headings and initial paragraphs are the
 * app's) with Russian legal paragraphs (about 100 characters on average) appended to its parts. About one paragraph in
 * ten opens with a bold lead, one in fifteen has an italic quotation, and every 25-40 paragraphs comes a numbered
 * or bulleted list of evidence. Statute citations and evidence links run throughout (see sentence()).
 * Deterministic.
 */
export function generateAct(template: ActTemplate, shape: ActShape): ProseMirrorNode {
  const random = mulberry32(shape.seed);
  const { nodes } = actSchema;
  const empty = createActDocument(template, 'ru');
  const shares = template.parts.map((_, index) => PART_SHARES[index] ?? PART_SHARES.at(-1)!);
  const total = shares.reduce((a, b) => a + b, 0);
  let left = shape.paragraphs;
  const parts: ProseMirrorNode[] = [];
  empty.forEach((part, _offset, index) => {
    const count =
      index === empty.childCount - 1 ? left : Math.round((shape.paragraphs * shares[index]!) / total);
    left -= count;
    const blocks: ProseMirrorNode[] = [];
    part.forEach((child) => {
      // Keep the heading and the template's initial text; drop the lone empty paragraph of an empty part.
      if (child.type !== nodes.paragraph || child.content.size > 0) blocks.push(child);
    });
    let added = 0;
    let nextList = 25 + Math.floor(random() * 16);
    while (added < count) {
      if (added >= nextList && count - added >= 3) {
        const items = Math.min(count - added, 3 + Math.floor(random() * 3));
        const list = random() < 0.7 ? nodes.ordered_list : nodes.bullet_list;
        blocks.push(
          list.create(
            null,
            Array.from({ length: items }, () =>
              nodes.list_item.create(null, nodes.paragraph.create(null, listItem(random))),
            ),
          ),
        );
        added += items;
        nextList = added + 25 + Math.floor(random() * 16);
      } else {
        blocks.push(paragraph(random));
        added++;
      }
    }
    if (blocks.length === 1) blocks.push(nodes.paragraph.create());
    parts.push(part.copy(Fragment.from(blocks)));
  });
  const doc = empty.copy(Fragment.from(parts));
  doc.check();
  return doc;
}

function paragraph(random: () => number): ProseMirrorNode {
  const { marks, nodes } = actSchema;
  const roll = random();
  if (roll < 0.1) {
    return nodes.paragraph.create(null, [
      actSchema.text(pick(random, LEADS), [marks.strong.create()]),
      actSchema.text(` ${pick(random, SHORT)}`),
    ]);
  }
  if (roll < 0.17) {
    return nodes.paragraph.create(null, [
      actSchema.text(`${pick(random, QUOTE_INTROS)} `),
      actSchema.text(`«${pick(random, FACTS)}»`, [marks.em.create()]),
      actSchema.text('.'),
    ]);
  }
  return nodes.paragraph.create(null, roll < 0.55 ? actSchema.text(pick(random, SHORT)) : sentence(random));
}

/**
 * One sentence of 90-200 characters. A quarter of them apply a norm and end with a statute citation; a quarter
 * rely on evidence and link it to a material of the case.
 */
function sentence(random: () => number): ProseMirrorNode[] {
  const roll = random();
  if (roll < 0.2) {
    return [
      actSchema.text(
        `${pick(random, PERSONS)} ${pick(random, SAID)} ${pick(random, FACTS)} ${pick(random, CIRCUMSTANCES)}.`,
      ),
    ];
  }
  if (roll < 0.45)
    return [actSchema.text(`${pick(random, PERSONS)} ${pick(random, SAID)} ${pick(random, FACTS)}.`)];
  if (roll < 0.75) {
    return [
      actSchema.text(`${pick(random, COURT)} ${pick(random, FINDINGS)} `),
      actSchema.nodes.citation.create(pick(random, CITATIONS)),
      actSchema.text('.'),
    ];
  }
  return [...evidence(random), actSchema.text(` ${pick(random, EVIDENCE_SAYS)} ${pick(random, FACTS)}.`)];
}

function listItem(random: () => number): ProseMirrorNode[] {
  return [
    ...evidence(random),
    actSchema.text(` (т. ${1 + Math.floor(random() * 3)}, л.д. ${1 + Math.floor(random() * 250)});`),
  ];
}

/** A piece of evidence, linked to the material of the case it is in. */
function evidence(random: () => number): ProseMirrorNode[] {
  const index = Math.floor(random() * EVIDENCE.length);
  const material = MATERIALS[index % MATERIALS.length]!;
  return [actSchema.text(EVIDENCE[index]!, [actSchema.marks.evidence.create(material)])];
}

function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)]!;
}

const LEADS = ['Суд установил:', 'Вина подсудимого подтверждается:', 'Суд считает:', 'Приговорил:'];
/** Lines of 40-80 characters: transitions, headings of reasoning, references to the file. */
const SHORT = [
  'Суд, исследовав материалы дела, приходит к следующему.',
  'Вина подсудимого подтверждается следующими доказательствами.',
  'Подсудимый вину в предъявленном обвинении признал полностью.',
  'Гражданский иск потерпевшей подлежит удовлетворению.',
  'Обстоятельств, отягчающих наказание, судом не установлено.',
  'Оснований для оговора подсудимого свидетелями не имеется.',
  'Доводы защиты опровергаются материалами уголовного дела.',
  'Процессуальные издержки взыскать с осуждённого.',
  'Меру пресечения оставить прежней до вступления приговора в законную силу.',
];
const QUOTE_INTROS = ['В протоколе допроса указано:', 'Подсудимый заявил суду:', 'Эксперт пришёл к выводу:'];
const PERSONS = [
  'Подсудимый Ахметов Б.К. в судебном заседании',
  'Потерпевшая Сергеева Н.П. суду',
  'Свидетель Жумабаев Е.С. на предварительном следствии',
  'Государственный обвинитель в прениях',
  'Защитник подсудимого адвокат Ким О.В.',
  'Допрошенный в качестве свидетеля участковый инспектор полиции',
];
const SAID = ['показал, что', 'пояснил, что', 'сообщил, что', 'указал, что', 'подтвердил, что'];
const FACTS = [
  '15 марта 2024 года около 22 часов подсудимый находился во дворе дома № 14 по улице Абая',
  'имущество потерпевшей на общую сумму 347 500 тенге было изъято без её согласия',
  'телесные повреждения причинены тупым твёрдым предметом и квалифицируются как вред здоровью средней тяжести',
  'подсудимый ранее с потерпевшим знаком не был и долговых обязательств перед ним не имел',
  'похищенный мобильный телефон был обнаружен и изъят в ходе обыска по месту жительства подсудимого',
  'денежные средства переведены на банковский счёт, открытый на имя третьего лица',
];
const CIRCUMSTANCES = [
  'и эти показания согласуются с другими доказательствами по делу',
  'что подтверждается протоколом осмотра места происшествия',
  'при этом оснований для оговора подсудимого судом не установлено',
  'в присутствии понятых и с применением видеозаписи',
  'после чего скрылся с места преступления и распорядился похищенным по своему усмотрению',
];
const COURT = [
  'Оценив собранные доказательства в их совокупности, суд',
  'Исследовав материалы уголовного дела, суд',
  'С учётом изложенного суд',
  'Принимая во внимание характер и степень общественной опасности деяния, суд',
];
const FINDINGS = [
  'квалифицирует действия подсудимого как кражу, совершённую с незаконным проникновением в жилище, по',
  'признаёт смягчающим наказание обстоятельством активное способствование раскрытию преступления согласно',
  'не находит оснований для назначения наказания ниже низшего предела, предусмотренного',
  'считает вину подсудимого доказанной в полном объёме, оценив доказательства по правилам',
  'приходит к выводу о необходимости назначения наказания в виде ограничения свободы с учётом требований',
];
/** Statute citations, as the act schema's citation node holds them. */
const CITATIONS = [
  { code: 'УК РК', article: '188', part: '3', paragraph: '3', text: 'п. 3 ч. 3 ст. 188 УК РК' },
  { code: 'УК РК', article: '53', part: '1', paragraph: '', text: 'ч. 1 ст. 53 УК РК' },
  { code: 'УК РК', article: '55', part: '', paragraph: '', text: 'ст. 55 УК РК' },
  { code: 'УПК РК', article: '25', part: '', paragraph: '', text: 'ст. 25 УПК РК' },
  { code: 'УК РК', article: '52', part: '', paragraph: '', text: 'ст. 52 УК РК' },
];
/** The case materials the evidence is linked to, by position in EVIDENCE. */
const MATERIALS = [
  { material: 'protocols', title: 'Протоколы осмотра места происшествия, явки с повинной, выемки' },
  { material: 'expertise-bank', title: 'Заключение экспертизы и банковская выписка' },
  { material: 'hearing', title: 'Выписка из протокола судебного заседания' },
  { material: 'civil-claim', title: 'Гражданский иск потерпевшей' },
  { material: 'protocols', title: 'Протоколы осмотра места происшествия, явки с повинной, выемки' },
];
const EVIDENCE = [
  'Протокол осмотра места происшествия от 16 марта 2024 года',
  'Заключение судебно-медицинской экспертизы № 1187',
  'Протокол очной ставки между подсудимым и свидетелем',
  'Справка о стоимости похищенного имущества',
  'Вещественное доказательство — видеозапись с камеры наблюдения',
];
const EVIDENCE_SAYS = ['подтверждает, что', 'свидетельствует о том, что', 'устанавливает, что'];
