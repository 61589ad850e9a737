import type { ActTemplate } from '../template';
import {
  appealArguments,
  appealEffect,
  appealedAct,
  appealOutcome,
  appliedLaw,
  costs,
  court,
  date,
  evidence,
  judges,
  objections,
  requiredBy,
  secretary,
} from './requisites';
import { actOpening, CODES, PART_HEADINGS } from './common';

/**
 * A resolution of the appeal instance in a civil case (постановление / қаулы): ГПК РК art. 21 gives the appeal and
 * cassation instances определения and постановления [confirmed]. The articles on what an appeal resolution
 * contains are not in shared/reference/judicial-acts-kz.md [unverified]: the four parts below follow the decision
 * of art. 226 by analogy, so the parts cite no article. The appeal court sits as a collegium, so the act closes
 * with the signatures of the presiding judge and the judges.
 */
export const civilAppealResolution: ActTemplate = {
  id: 'civil-appeal-resolution',
  title: {
    ru: 'Постановление апелляционной инстанции по гражданскому делу',
    kk: 'Азаматтық іс бойынша апелляциялық сатының қаулысы',
  },
  reference: { code: CODES.gpk, article: '21', verification: 'confirmed' },
  parts: [
    {
      id: 'introductory',
      akomaNtoso: 'header',
      requisites: requiredBy(undefined, court, date, judges, secretary, appealedAct),
      heading: PART_HEADINGS.introductory,
      hint: {
        ru: 'Дата и место вынесения постановления, суд (судебная коллегия), состав суда — председательствующий и судьи, секретарь, участники дела и их представители, обжалуемый судебный акт, кем подана апелляционная жалоба или ходатайство прокурора.',
        kk: 'Қаулы шығарылған күн мен орын, сот (сот алқасы), сот құрамы — төрағалық етуші және судьялар, хатшы, іске қатысушылар мен олардың өкілдері, шағым жасалған сот актісі, апелляциялық шағымды немесе прокурордың өтінішхатын кім берді.',
      },
      initialParagraphs: actOpening({ ru: 'ПОСТАНОВЛЕНИЕ', kk: 'ҚАУЛЫ' }),
    },
    {
      id: 'descriptive',
      akomaNtoso: 'background',
      requisites: requiredBy(undefined, appealArguments, objections),
      heading: PART_HEADINGS.descriptive,
      hint: {
        ru: 'Краткое содержание обжалуемого решения, доводы апелляционной жалобы (ходатайства), возражения на неё, объяснения участников в суде апелляционной инстанции — в третьем лице.',
        kk: 'Шағым жасалған шешімнің қысқаша мазмұны, апелляциялық шағымның (өтінішхаттың) уәждері, оған қарсылықтар, қатысушылардың апелляциялық сатыдағы түсініктемелері — үшінші жақта.',
      },
    },
    {
      id: 'reasoning',
      akomaNtoso: 'motivation',
      requisites: requiredBy(undefined, evidence, appliedLaw),
      heading: PART_HEADINGS.reasoning,
      hint: {
        ru: 'Выводы суда по доводам жалобы, обстоятельства и доказательства, на которых они основаны, мотивы, по которым доводы приняты или отклонены, применённые нормы материального и процессуального права.',
        kk: 'Соттың шағым уәждері бойынша тұжырымдары, олар негізделген мән-жайлар мен дәлелдемелер, уәждердің қабылдану немесе қабылданбау себептері, қолданылған материалдық және іс жүргізу құқығының нормалары.',
      },
    },
    {
      id: 'operative',
      akomaNtoso: 'decision',
      requisites: requiredBy(undefined, appealOutcome, costs, appealEffect),
      heading: PART_HEADINGS.operative,
      hint: {
        ru: 'Результат рассмотрения жалобы: решение оставлено без изменения, изменено или отменено, с вынесением нового решения или без него; распределение судебных расходов; вступление в силу и порядок дальнейшего обжалования.',
        kk: 'Шағымды қарау нәтижесі: шешім өзгеріссіз қалдырылды, өзгертілді немесе жаңа шешім шығарыла отырып не шығарылмай жойылды; сот шығындарын бөлу; заңды күшіне енуі және одан әрі шағымдану тәртібі.',
      },
    },
    {
      id: 'signature',
      akomaNtoso: 'conclusions',
      heading: { ru: 'Подписи судей', kk: 'Судьялардың қолдары' },
      hint: {
        ru: 'Председательствующий (подпись) Фамилия И. О. / Судьи (подпись) Фамилия И. О., (подпись) Фамилия И. О.',
        kk: 'Төрағалық етуші (қолы) Тегі А. Ә. / Судьялар (қолы) Тегі А. Ә., (қолы) Тегі А. Ә.',
      },
    },
  ],
};
