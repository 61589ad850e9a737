import { describe, expect, it } from 'vitest';
import { CONTENT_LANGUAGES, type LocalizedText } from '../../language';
import type { ActTemplate, Requisite } from '../template';
import { ACT_TEMPLATES, findActTemplate } from './index';

/**
 * A phrase from a real act for each text requisite, in Russian and Kazakh: every template's patterns for that
 * requisite must find it, so a pattern that misses the way judges actually write fails here.
 */
const SAMPLES: Record<string, LocalizedText> = {
  court: { ru: 'Бостандыкский районный суд г. Алматы', kk: 'Алматы қаласы Бостандық аудандық соты' },
  date: { ru: '15 марта 2024 года', kk: '2024 жылғы 15 наурыз' },
  judge: {
    ru: 'в составе председательствующего судьи Ахметовой А. Б.',
    kk: 'төрағалық етуші судья Ахметова А. Б.',
  },
  judges: {
    ru: 'председательствующего Сейткали Н., судей Омарова Б., Ким Л.',
    kk: 'төрағалық етуші Сейтқали Н., судьялар Омаров Б., Ким Л.',
  },
  secretary: { ru: 'при секретаре судебного заседания Нуровой Д.', kk: 'сот отырысының хатшысы Нұрова Д.' },
  plaintiff: { ru: 'по иску Иванова И. И.', kk: 'талапкер Иванов И. И.' },
  defendant: { ru: 'к ТОО «Арман» (ответчик)', kk: 'жауапкер «Арман» ЖШС' },
  'claim-subject': {
    ru: 'о взыскании задолженности по договору займа',
    kk: 'қарыз шарты бойынша берешекті өндіріп алу туралы',
  },
  respondent: { ru: 'к акимату города Алматы', kk: 'Алматы қаласының әкімдігіне' },
  'contested-act': { ru: 'об оспаривании постановления акимата', kk: 'әкімдік қаулысына дау айту туралы' },
  prosecutor: {
    ru: 'с участием государственного обвинителя — прокурора Серикова',
    kk: 'мемлекеттік айыптаушы — прокурор Серіков',
  },
  'defence-counsel': { ru: 'защитника — адвоката Ли', kk: 'қорғаушы — адвокат Ли' },
  interpreter: { ru: 'с участием переводчика Оразова Н.', kk: 'аудармашы Оразов Н. қатысуымен' },
  'defendant-identity': {
    ru: 'Петрова П. П., 01.02.1990 года рождения, уроженца г. Караганды, гражданина Республики Казахстан',
    kk: 'Петров П. П., 1990 жылы 1 ақпанда туған, Қазақстан Республикасының азаматы',
  },
  'charged-article': {
    ru: 'обвиняемого в совершении преступления, предусмотренного ч. 2 ст. 188 УК РК',
    kk: 'ҚК-нің 188-бабының 2-бөлігімен көзделген қылмысты жасады деп айыпталған',
  },
  offender: { ru: 'в отношении Касымова Е., 1985 года рождения', kk: 'Қасымов Е.-ге қатысты' },
  'offence-article': { ru: 'по ч. 1 ст. 434 КоАП', kk: 'ӘҚБтК-нің 434-бабының 1-бөлігі бойынша' },
  matter: {
    ru: 'ходатайство истца о назначении экспертизы',
    kk: 'талапкердің сараптама тағайындау туралы өтінішхаты',
  },
  'appealed-act': {
    ru: 'по апелляционной жалобе ответчика на решение суда',
    kk: 'жауапкердің сот шешіміне апелляциялық шағымы бойынша',
  },
  claim: { ru: 'Истец просил взыскать 500 000 тенге', kk: 'Талапкер 500 000 теңге өндіріп алуды сұрады' },
  objections: {
    ru: 'Ответчик иск не признал, возражал против его удовлетворения',
    kk: 'Жауапкер талапты мойындамады, оған қарсы пікір білдірді',
  },
  'appeal-arguments': {
    ru: 'В апелляционной жалобе ответчик приводит доводы о нарушении норм права',
    kk: 'Апелляциялық шағымда жауапкер құқық нормаларының бұзылғаны туралы уәждер келтіреді',
  },
  facts: {
    ru: 'Судом установлено, что 1 марта 2023 года стороны заключили договор',
    kk: 'Сот 2023 жылғы 1 наурызда тараптар шарт жасасқанын анықтады',
  },
  legality: {
    ru: 'Оспариваемое постановление является незаконным',
    kk: 'Дау айтылып отырған қаулы заңсыз болып табылады',
  },
  'offence-proven': {
    ru: 'Подсудимый совершил кражу при следующих обстоятельствах',
    kk: 'Сотталушы ұрлықты мынадай мән-жайларда жасады',
  },
  circumstances: {
    ru: 'Обстоятельств, смягчающих и отягчающих наказание, не установлено',
    kk: 'Жазаны жеңілдететін және ауырлататын мән-жайлар анықталған жоқ',
  },
  'sentencing-reasons': {
    ru: 'Суд считает необходимым назначить наказание в виде штрафа',
    kk: 'Сот айыппұл түрінде жаза тағайындауды қажет деп санайды',
  },
  charge: {
    ru: 'Органом уголовного преследования Петров обвиняется в краже',
    kk: 'Қылмыстық қудалау органы Петровты ұрлық жасады деп айыптады',
  },
  'acquittal-ground': {
    ru: 'Петров подлежит оправданию за отсутствием состава преступления',
    kk: 'Петров қылмыс құрамының жоқтығына байланысты ақталуға жатады',
  },
  qualification: {
    ru: 'Действия Касымова правильно квалифицированы',
    kk: 'Қасымовтың әрекеттері дұрыс сараланған',
  },
  // One phrase for the outcome of a decision, of an appeal and of a ruling.
  outcome: {
    ru: 'Иск удовлетворить. Решение оставить без изменения.',
    kk: 'Талап қанағаттандырылсын. Шешім өзгеріссіз қалдырылсын.',
  },
  costs: {
    ru: 'Взыскать с ответчика расходы по оплате государственной пошлины',
    kk: 'Жауапкерден мемлекеттік баж бойынша шығыстарды өндіріп алу',
  },
  appeal: {
    ru: 'Решение может быть обжаловано в апелляционном порядке',
    kk: 'Шешімге апелляциялық тәртіппен шағым жасалуы мүмкін',
  },
  // A term is found beside the appeal it is for; «сроком на 2 года» alone is a sentence, not a term (see below).
  'appeal-term': {
    ru: 'Жалоба может быть подана в срок 15 суток со дня провозглашения',
    kk: 'Шағым жария етілген күннен бастап 15 тәулік мерзімде беріледі',
  },
  'entry-into-force': {
    ru: 'Постановление вступает в законную силу со дня оглашения',
    kk: 'Қаулы жарияланған күнінен бастап заңды күшіне енеді',
  },
  recovery: { ru: 'Взыскать с ответчика 300 000 тенге', kk: 'Жауапкерден 300 000 теңге өндіріп алынсын' },
  'objection-right': {
    ru: 'Ответчик вправе заявить возражения в течение десяти рабочих дней',
    kk: 'Жауапкер он жұмыс күні ішінде қарсылық білдіруге құқылы',
  },
  guilty: { ru: 'Петрова П. П. признать виновным', kk: 'Петров П. П. кінәлі деп танылсын' },
  article: { ru: 'по ч. 2 ст. 188 УК РК', kk: 'ҚК-нің 188-бабының 2-бөлігі бойынша' },
  punishment: {
    ru: 'назначить наказание в виде лишения свободы сроком на 2 года',
    kk: '2 жылға бас бостандығынан айыру түрінде жаза тағайындалсын',
  },
  'civil-claim': {
    ru: 'Гражданский иск потерпевшего удовлетворить',
    kk: 'Жәбірленушінің азаматтық талабы қанағаттандырылсын',
  },
  'procedural-costs': {
    ru: 'Процессуальные издержки возместить за счёт бюджета',
    kk: 'Процестік шығындар бюджет есебінен өтелсін',
  },
  acquitted: {
    ru: 'Петрова П. П. признать невиновным и оправдать',
    kk: 'Петров П. П. кінәсіз деп танылып, ақталсын',
  },
  rehabilitation: { ru: 'Разъяснить право на возмещение вреда', kk: 'Зиянды өтеу құқығы түсіндірілсін' },
  penalty: {
    ru: 'Касымова признать виновным и подвергнуть штрафу',
    kk: 'Қасымов кінәлі деп танылып, айыппұл салынсын',
  },
};

function textRequisites(template: ActTemplate): [string, Requisite][] {
  return template.parts.flatMap((part) =>
    (part.requisites ?? []).map((requisite): [string, Requisite] => [part.id, requisite]),
  );
}

function finds(requisite: Requisite, language: keyof LocalizedText, text: string): boolean {
  if (requisite.check.kind !== 'text') return false;
  return requisite.check.patterns[language].some((pattern) => new RegExp(pattern, 'iu').test(text));
}

/**
 * Parts whose content no article requires: the КоАП names neither the protocol's account nor the participants'
 * explanations (art. 822; legal audit 2026-12, 1.10), so that part only suggests them.
 */
const PARTS_WITH_NOTHING_REQUIRED = new Set(['administrative-offence-resolution/descriptive']);

describe.each([...ACT_TEMPLATES.values()])('requisites of $id', (template) => {
  it('are given for every part but the signature, with ids unique in their part', () => {
    for (const part of template.parts) {
      const ids = (part.requisites ?? []).map((requisite) => requisite.id);
      if (part.id === 'signature' || PARTS_WITH_NOTHING_REQUIRED.has(`${template.id}/${part.id}`))
        expect(ids).toEqual([]);
      else expect(ids.length, part.id).toBeGreaterThan(0);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it.each(CONTENT_LANGUAGES)('find the way acts are written in %s', (language) => {
    for (const [partId, requisite] of textRequisites(template)) {
      if (requisite.check.kind !== 'text') continue;
      const sample = SAMPLES[requisite.id]?.[language];
      expect(sample, `a ${language} sample for ${requisite.id}`).toBeDefined();
      expect(finds(requisite, language, sample ?? ''), `${partId}/${requisite.id}: «${sample}»`).toBe(true);
    }
  });

  it.each(CONTENT_LANGUAGES)(
    'find nothing in a part that only repeats its hint-free filler in %s',
    (language) => {
      const filler = { ru: 'Текст будет написан позже.', kk: 'Мәтін кейінірек жазылады.' }[language];
      for (const [, requisite] of textRequisites(template))
        expect(finds(requisite, language, filler)).toBe(false);
    },
  );
});

function requisite(templateId: string, partId: string, requisiteId: string): Requisite | undefined {
  return findActTemplate(templateId)
    ?.parts.find((part) => part.id === partId)
    ?.requisites?.find((item) => item.id === requisiteId);
}

describe('requisites as the reference marks them', () => {
  it('have decisions rely on evidence and cite norms in their reasoning', () => {
    for (const id of ['civil-decision', 'administrative-decision', 'administrative-decision-short']) {
      expect(requisite(id, 'reasoning', 'evidence')?.check).toEqual({ kind: 'evidence' });
      expect(requisite(id, 'reasoning', 'law')?.check).toEqual({ kind: 'citation' });
    }
    expect(
      requisite('criminal-verdict-guilty', 'descriptive-reasoning', 'evidence')?.reference,
    ).toMatchObject({
      article: '397',
      verification: 'confirmed',
    });
  });

  it('cite a civil decision’s one-month appeal term to ГПК 403 ч.3, and the simplified decision’s to 267-4 ч.4', () => {
    expect(requisite('civil-decision', 'operative', 'appeal-term')?.reference).toMatchObject({
      article: '403',
      part: '3',
      verification: 'confirmed',
    });
    const simplified = requisite('civil-decision-simplified', 'operative', 'appeal-term') as Requisite;
    expect(simplified.reference).toMatchObject({ article: '267-4', part: '4', verification: 'confirmed' });
    expect(simplified.label.ru).toContain('заявления об отмене');
    expect(
      finds(
        simplified,
        'ru',
        'Решение может быть обжаловано в апелляционном порядке по истечении срока на подачу заявления об отмене решения, а если заявление подано, — в месячный срок после вынесения определения об отказе в его удовлетворении.',
      ),
    ).toBe(true);
    for (const id of ['civil-decision', 'civil-decision-simplified'])
      expect(requisite(id, 'operative', 'costs')?.reference).toMatchObject({
        article: '226',
        part: '6',
        verification: 'confirmed',
      });
    expect(findActTemplate('civil-decision-simplified')?.reference.article).toBe('267-4');
  });

  it('ask for a secretary only where the act records a hearing the code names one for', () => {
    expect(requisite('civil-decision', 'introductory', 'secretary')).toBeDefined();
    // Simplified proceedings: no hearing (ГПК 267-3 ч.5); an appeal resolution: not in ГПК 426.
    expect(requisite('civil-decision-simplified', 'introductory', 'secretary')).toBeUndefined();
    expect(requisite('civil-appeal-resolution', 'introductory', 'secretary')).toBeUndefined();
  });

  it('cite the content articles of a ruling, an appeal resolution and a court order (ГПК 269, 426, 140)', () => {
    for (const [id, article] of [
      ['civil-ruling', '269'],
      ['civil-appeal-resolution', '426'],
      ['court-order', '140'],
    ] as const) {
      const template = findActTemplate(id);
      expect(template?.reference).toMatchObject({ article, verification: 'confirmed' });
      for (const part of template?.parts ?? [])
        for (const item of part.requisites ?? [])
          expect(item.reference?.article, `${id}/${item.id}`).toBe(article);
    }
  });

  it('count a verdict’s 15 days from the pronouncement, under УПК 418 ч.1 (legal audit 2026-12)', () => {
    const term = requisite('criminal-verdict-guilty', 'operative', 'appeal-term') as Requisite;
    expect(term.label.ru).toContain('15 суток со дня провозглашения');
    expect(term.label.ru).not.toContain('получения копии');
    expect(term.reference).toMatchObject({ article: '418', part: '1', verification: 'confirmed' });
    expect(
      finds(
        term,
        'ru',
        'Приговор может быть обжалован в течение пятнадцати суток со дня его провозглашения, а осуждённым, содержащимся под стражей, — в тот же срок со дня вручения копии.',
      ),
    ).toBe(true);
    expect(
      finds(term, 'kk', 'Үкімге жария етілген күннен бастап он бес тәулік ішінде шағым берілуі мүмкін.'),
    ).toBe(true);
  });

  it('rest a guilty verdict’s operative part on УПК 398 and 401, not 627', () => {
    const operative = findActTemplate('criminal-verdict-guilty')?.parts.find(
      (part) => part.id === 'operative',
    );
    expect(operative?.requisites?.map((item) => [item.id, item.reference?.article])).toEqual([
      ['guilty', '398'],
      ['article', '398'],
      ['punishment', '398'],
      ['civil-claim', '401'],
      ['procedural-costs', '401'],
      ['appeal', '401'],
      ['appeal-term', '418'],
    ]);
    expect(operative?.reference?.article).not.toContain('627');
  });

  it('cite the kind of verdict and the content articles of an acquittal: 393, 394, 399–401', () => {
    expect(findActTemplate('criminal-verdict-guilty')?.reference.article).toBe('393');
    expect(findActTemplate('criminal-verdict-acquittal')?.reference.article).toBe('394');
    expect(
      requisite('criminal-verdict-acquittal', 'descriptive-reasoning', 'charge')?.reference,
    ).toMatchObject({
      article: '399',
      verification: 'confirmed',
    });
    expect(requisite('criminal-verdict-acquittal', 'operative', 'acquitted')?.reference?.article).toBe('400');
    expect(requisite('criminal-verdict-acquittal', 'operative', 'appeal')?.reference?.article).toBe('401');
  });

  it('mark the list of a verdict’s introductory part confirmed (art. 396)', () => {
    for (const id of ['criminal-verdict-guilty', 'criminal-verdict-acquittal'])
      expect(requisite(id, 'introductory', 'defendant-identity')?.reference).toMatchObject({
        article: '396',
        verification: 'confirmed',
      });
  });

  it('cite КоАП 822 for a resolution’s content and appeal, and require neither the protocol nor explanations', () => {
    const template = findActTemplate('administrative-offence-resolution');
    expect(template?.reference.article).toBe('822');
    for (const part of template?.parts ?? []) {
      expect(part.reference?.article ?? '822', part.id).toBe('822');
      for (const item of part.requisites ?? []) expect(item.reference?.article, item.id).toBe('822');
    }
    expect(template?.parts.find((part) => part.id === 'descriptive')?.requisites ?? []).toEqual([]);
  });

  it('confirm an administrative decision’s content under АППК 152 ч.3 (→ ГПК 226) and ч.4', () => {
    expect(requisite('administrative-decision', 'introductory', 'respondent')?.reference).toMatchObject({
      article: '152',
      part: '3',
      verification: 'confirmed',
    });
    expect(requisite('administrative-decision', 'reasoning', 'legality')?.reference).toMatchObject({
      article: '152',
      part: '4',
      verification: 'confirmed',
    });
    expect(findActTemplate('administrative-decision-short')?.reference.article).toBe('153');
  });

  it('tell a court from its judge and from a defendant', () => {
    const court = requisite('civil-decision', 'introductory', 'court') as Requisite;
    expect(finds(court, 'ru', 'Судья Иванова А. Б., судебное заседание')).toBe(false);
    expect(finds(court, 'ru', 'в суде первой инстанции')).toBe(true);
    expect(finds(court, 'kk', 'сотталушы Петров')).toBe(false);
    expect(finds(court, 'kk', 'аудандық сотта')).toBe(true);
  });

  it('take no sentence or other period for the appeal term', () => {
    const verdict = requisite('criminal-verdict-guilty', 'operative', 'appeal-term') as Requisite;
    expect(finds(verdict, 'ru', 'Назначить наказание в виде ограничения свободы сроком на 2 года')).toBe(
      false,
    );
    expect(finds(verdict, 'kk', 'Жазаны өтеу мерзімі 2 жыл')).toBe(false);
    const civil = requisite('civil-decision', 'operative', 'appeal-term') as Requisite;
    expect(finds(civil, 'ru', 'Взыскать долг с рассрочкой платежа сроком на три месяца')).toBe(false);
    expect(
      finds(
        civil,
        'ru',
        'Решение может быть обжаловано в течение одного месяца со дня принятия в окончательной форме',
      ),
    ).toBe(true);
    expect(finds(civil, 'kk', 'Шешімге бір ай ішінде апелляциялық шағым берілуі мүмкін')).toBe(true);
  });

  it('find a citation by its shown text where a part names the article', () => {
    const article = requisite('criminal-verdict-guilty', 'operative', 'article') as Requisite;
    expect(finds(article, 'ru', 'признать виновным по ст.188 УК РК')).toBe(true);
    expect(finds(article, 'kk', '188-б. 2-б.')).toBe(true);
  });
});
