import type { ActTemplate } from '../template';
import { civilDecisionIntroductory, civilDecisionOperative, gpk226 } from './part-requisites';
import { appliedLaw, claim, establishedFacts, evidence, objections, requiredBy } from './requisites';
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
      requisites: requiredBy(gpk226('4'), claim, objections),
      heading: PART_HEADINGS.descriptive,
      hint: {
        ru: 'Требования истца (предмет, основания, изменения), возражения ответчика, объяснения других участников — кратко, в третьем лице.',
        kk: 'Талапкердің талаптары (нысанасы, негіздері, өзгерістері), жауапкердің қарсылықтары, басқа қатысушылардың түсініктемелері — қысқаша, үшінші жақта.',
      },
      reference: { code: CODES.gpk, article: '226', part: '4', verification: 'confirmed' },
    },
    {
      id: 'reasoning',
      akomaNtoso: 'motivation',
      requisites: requiredBy(gpk226('5'), establishedFacts, evidence, appliedLaw),
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
        ru: 'Вывод по каждому требованию и каждой стороне, распределение судебных расходов, порядок и срок обжалования.',
        kk: 'Әрбір талап және әрбір тарап бойынша қорытынды, сот шығындарын бөлу, шағымдану тәртібі мен мерзімі.',
      },
      reference: { code: CODES.gpk, article: '226', part: '6–7', verification: 'confirmed' },
    },
    JUDGE_SIGNATURE,
  ],
};
