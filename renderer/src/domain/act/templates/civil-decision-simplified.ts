import type { ActTemplate } from '../template';
import { actOpeningInTheNameOfTheRepublic, CODES, JUDGE_SIGNATURE, PART_HEADINGS } from './common';
import { civilDecisionIntroductory, civilDecisionOperative } from './part-requisites';

/**
 * A civil decision in simplified (written) proceedings: it has the introductory and operative parts only; the
 * reasoning is added when a party petitions for it [confirmed]. The article of the ГПК on the simplified decision
 * is not in shared/reference/judicial-acts-kz.md, so the template cites art. 226, whose content rules bind
 * decisions in all proceedings (НП No. 5 of 11.07.2003 para 1) [confirmed]. Both parts contain what they contain
 * in the full decision (civil-decision.ts), with the same requisites [partial]. The signature block closes the act.
 */
export const civilDecisionSimplified: ActTemplate = {
  id: 'civil-decision-simplified',
  title: {
    ru: 'Решение суда по гражданскому делу в упрощённом (письменном) производстве',
    kk: 'Азаматтық іс бойынша оңайлатылған (жазбаша) іс жүргізудегі сот шешімі',
  },
  reference: { code: CODES.gpk, article: '226', verification: 'confirmed' },
  parts: [
    {
      id: 'introductory',
      akomaNtoso: 'header',
      heading: PART_HEADINGS.introductory,
      hint: {
        ru: 'Дата и место вынесения решения, суд, судья, стороны и другие участники, их представители, предмет спора; указание, что дело рассмотрено в порядке упрощённого (письменного) производства.',
        kk: 'Шешім шығарылған күн мен орын, сот, судья, тараптар мен басқа да қатысушылар, олардың өкілдері, дау нысанасы; іс оңайлатылған (жазбаша) іс жүргізу тәртібімен қаралғаны туралы көрсетілім.',
      },
      initialParagraphs: actOpeningInTheNameOfTheRepublic({ ru: 'РЕШЕНИЕ', kk: 'ШЕШІМ' }),
      reference: { code: CODES.gpk, article: '226', verification: 'partial' },
      requisites: civilDecisionIntroductory(),
    },
    {
      id: 'operative',
      akomaNtoso: 'decision',
      heading: PART_HEADINGS.operative,
      hint: {
        ru: 'Вывод по каждому требованию и каждой стороне, распределение судебных расходов, порядок и срок обжалования.',
        kk: 'Әрбір талап және әрбір тарап бойынша қорытынды, сот шығындарын бөлу, шағымдану тәртібі мен мерзімі.',
      },
      reference: { code: CODES.gpk, article: '226', verification: 'partial' },
      requisites: civilDecisionOperative(),
    },
    JUDGE_SIGNATURE,
  ],
};
