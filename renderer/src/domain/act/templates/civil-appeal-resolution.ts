import type { ActTemplate, LegalReference } from '../template';
import {
  appealArguments,
  appealEffect,
  appealedAct,
  appealOutcome,
  appliedLaw,
  claimSubject,
  costs,
  court,
  date,
  evidence,
  firstInstance,
  judges,
  objections,
  place,
  requiredBy,
} from './requisites';
import { actOpening, CODES, PART_HEADINGS } from './common';

/** ГПК art. 426 ч.1: what an appeal resolution states [confirmed, legal audit 2026-12, S3]. */
const ARTICLE_426: LegalReference = { code: CODES.gpk, article: '426', part: '1', verification: 'confirmed' };

/**
 * A resolution of the appeal instance in a civil case (постановление / қаулы): the appeal court gives one where it
 * upholds, changes, or quashes and decides anew (ГПК РК arts. 424–425), and art. 426 ч.1 lists what it states
 * [confirmed, legal audit 2026-12, S3]; the secretary is not among them. The four parts are a drafting convention.
 * The resolution takes effect on its announcement (art. 431); cassation lies within six months (art. 436 ч.1). The
 * appeal court usually sits as a collegium, so the act closes with the signatures of the presiding judge and the
 * judges.
 */
export const civilAppealResolution: ActTemplate = {
  id: 'civil-appeal-resolution',
  title: {
    ru: 'Постановление апелляционной инстанции по гражданскому делу',
    kk: 'Азаматтық іс бойынша апелляциялық сатының қаулысы',
  },
  reference: { code: CODES.gpk, article: '426', verification: 'confirmed' },
  parts: [
    {
      id: 'introductory',
      akomaNtoso: 'header',
      requisites: requiredBy(ARTICLE_426, court, date, place, judges, appealedAct, claimSubject),
      reference: ARTICLE_426,
      heading: PART_HEADINGS.introductory,
      hint: {
        ru: 'Дата и место вынесения постановления, суд (судебная коллегия), состав суда — председательствующий и судьи, секретарь, участники дела и их представители, обжалуемый судебный акт, кем подана апелляционная жалоба или ходатайство прокурора, предмет спора или заявленное требование.',
        kk: 'Қаулы шығарылған күн мен орын, сот (сот алқасы), сот құрамы — төрағалық етуші және судьялар, хатшы, іске қатысушылар мен олардың өкілдері, шағым жасалған сот актісі, апелляциялық шағымды немесе прокурордың өтінішхатын кім берді, дау нысанасы немесе мәлімделген талап.',
      },
      initialParagraphs: actOpening({ ru: 'ПОСТАНОВЛЕНИЕ', kk: 'ҚАУЛЫ' }),
    },
    {
      id: 'descriptive',
      akomaNtoso: 'background',
      requisites: requiredBy(ARTICLE_426, firstInstance, appealArguments, objections),
      reference: ARTICLE_426,
      heading: PART_HEADINGS.descriptive,
      hint: {
        ru: 'Обстоятельства дела, установленные судом первой инстанции, и мотивы, которыми он руководствовался; краткое содержание обжалуемого решения; доводы апелляционной жалобы (ходатайства), возражения на неё, объяснения участников в суде апелляционной инстанции — в третьем лице.',
        kk: 'Бірінші сатыдағы сот анықтаған іс мән-жайлары және ол басшылыққа алған уәждер; шағым жасалған шешімнің қысқаша мазмұны; апелляциялық шағымның (өтінішхаттың) уәждері, оған қарсылықтар, қатысушылардың апелляциялық сатыдағы түсініктемелері — үшінші жақта.',
      },
    },
    {
      id: 'reasoning',
      akomaNtoso: 'motivation',
      requisites: requiredBy(ARTICLE_426, evidence, appliedLaw),
      reference: ARTICLE_426,
      heading: PART_HEADINGS.reasoning,
      hint: {
        ru: 'Выводы суда по доводам жалобы, обстоятельства и доказательства, на которых они основаны, мотивы, по которым доводы приняты или отклонены, применённые нормы материального и процессуального права.',
        kk: 'Соттың шағым уәждері бойынша тұжырымдары, олар негізделген мән-жайлар мен дәлелдемелер, уәждердің қабылдану немесе қабылданбау себептері, қолданылған материалдық және іс жүргізу құқығының нормалары.',
      },
    },
    {
      id: 'operative',
      akomaNtoso: 'decision',
      requisites: requiredBy(ARTICLE_426, appealOutcome, costs, appealEffect),
      reference: ARTICLE_426,
      heading: PART_HEADINGS.operative,
      hint: {
        ru: 'Результат рассмотрения жалобы: решение оставлено без изменения, изменено или отменено, с вынесением нового решения или без него; распределение судебных расходов; вступление в силу со дня оглашения и порядок дальнейшего обжалования (кассационная жалоба — в течение шести месяцев со дня вступления в законную силу).',
        kk: 'Шағымды қарау нәтижесі: шешім өзгеріссіз қалдырылды, өзгертілді немесе жаңа шешім шығарыла отырып не шығарылмай жойылды; сот шығындарын бөлу; жарияланған күннен бастап заңды күшіне енуі және одан әрі шағымдану тәртібі (кассациялық шағым — заңды күшіне енген күннен бастап алты ай ішінде).',
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
