import type { ActTemplate } from '../template';
import {
  civilDecisionIntroductory,
  civilDecisionOperative,
  civilDecisionReasoning,
  gpk226,
} from './part-requisites';
import { claim, objections, partiesEvidence, requiredBy, thirdParties, whereApplicable } from './requisites';
import { actOpeningInTheNameOfTheRepublic, CODES, JUDGE_SIGNATURE, PART_HEADINGS } from './common';

/**
 * A civil court decision (решение / шешім) of the first instance: ГПК РК art. 226 requires four parts —
 * introductory, descriptive, reasoning, operative; parts 3–7 of the article say what each contains, and art. 403
 * ч.3 gives the appeal term, one month from the decision in final form [confirmed, legal audit 2026-12, S3]. The
 * signature block closes the act.
 */
export const civilDecision: ActTemplate = {
  id: 'civil-decision',
  title: { ru: 'Решение суда по гражданскому делу', kk: 'Азаматтық іс бойынша сот шешімі' },
  reference: { code: CODES.gpk, article: '226', verification: 'confirmed' },
  parts: [
    {
      id: 'introductory',
      akomaNtoso: 'header',
      requisites: civilDecisionIntroductory({ hearing: true }),
      heading: PART_HEADINGS.introductory,
      hint: {
        ru: 'Дата и место вынесения решения, суд, судья, секретарь, стороны и другие участники, их представители, предмет спора.',
        kk: 'Шешім шығарылған күн мен орын, сот, судья, хатшы, тараптар мен басқа да қатысушылар, олардың өкілдері, дау нысанасы.',
      },
      initialParagraphs: actOpeningInTheNameOfTheRepublic({ ru: 'РЕШЕНИЕ', kk: 'ШЕШІМ' }),
      reference: { code: CODES.gpk, article: '226', part: '3', verification: 'confirmed' },
    },
    {
      id: 'descriptive',
      akomaNtoso: 'background',
      requisites: [
        ...requiredBy(gpk226('4'), claim, objections),
        whereApplicable(thirdParties)(gpk226('4')),
        partiesEvidence(gpk226('4')),
      ],
      heading: PART_HEADINGS.descriptive,
      hint: {
        ru: 'Требования истца (предмет, основания, изменения), возражения ответчика, объяснения третьих лиц и других участников — кратко, в третьем лице, с указанием на доказательства, которыми каждый обосновывает свои доводы.',
        kk: 'Талапкердің талаптары (нысанасы, негіздері, өзгерістері), жауапкердің қарсылықтары, үшінші тұлғалар мен басқа қатысушылардың түсініктемелері — қысқаша, үшінші жақта, әрқайсысы өз уәждерін негіздейтін дәлелдемелерді көрсете отырып.',
      },
      reference: { code: CODES.gpk, article: '226', part: '4', verification: 'confirmed' },
    },
    {
      id: 'reasoning',
      akomaNtoso: 'motivation',
      requisites: civilDecisionReasoning(),
      heading: PART_HEADINGS.reasoning,
      hint: {
        ru: 'Установленные судом обстоятельства, доказательства, на которых основаны выводы, доводы отклонения иных доказательств, применённые нормы материального и процессуального права.',
        kk: 'Сот анықтаған мән-жайлар, тұжырымдар негізделген дәлелдемелер, өзге дәлелдемелердің қабылданбау уәждері, қолданылған материалдық және іс жүргізу құқығының нормалары.',
      },
      reference: { code: CODES.gpk, article: '226', part: '5', verification: 'confirmed' },
    },
    {
      id: 'operative',
      akomaNtoso: 'decision',
      requisites: civilDecisionOperative(),
      heading: PART_HEADINGS.operative,
      hint: {
        ru: 'Вывод по каждому требованию и каждой стороне, распределение судебных расходов, порядок и срок обжалования; если суд устанавливает порядок и срок исполнения, обращает решение к немедленному исполнению или обеспечивает его исполнение — об этом.',
        kk: 'Әрбір талап және әрбір тарап бойынша қорытынды, сот шығындарын бөлу, шағымдану тәртібі мен мерзімі; егер сот орындау тәртібі мен мерзімін белгілесе, шешімді дереу орындауға жіберсе немесе оның орындалуын қамтамасыз етсе — бұл туралы.',
      },
      reference: { code: CODES.gpk, article: '226', part: '6–7', verification: 'confirmed' },
    },
    JUDGE_SIGNATURE,
  ],
};
