import type { LocalizedText } from '../../language';
import type { ActPartTemplate, ActTemplate, LegalReference } from '../template';
import { actOpeningInTheNameOfTheRepublic, CODES, JUDGE_SIGNATURE, PART_HEADINGS } from './common';
import { civilDecisionIntroductory, civilDecisionOperative } from './part-requisites';
import { simplifiedAppealTerm } from './requisites';

/** ГПК art. 267-4: the decision in simplified (written) proceedings [confirmed, legal audit 2026-12, S3]. */
const ARTICLE_267_4: LegalReference = { code: CODES.gpk, article: '267-4', verification: 'confirmed' };

/** The introductory part of either decision in simplified proceedings (art. 226 ч.3, without the secretary). */
export const SIMPLIFIED_INTRODUCTORY: ActPartTemplate = {
  id: 'introductory',
  akomaNtoso: 'header',
  heading: PART_HEADINGS.introductory,
  hint: {
    ru: 'Дата и место вынесения решения, суд, судья (без секретаря: дело рассматривается без вызова сторон), стороны и другие участники, их представители, предмет спора; указание, что дело рассмотрено в порядке упрощённого (письменного) производства.',
    kk: 'Шешім шығарылған күн мен орын, сот, судья (хатшысыз: іс тараптарды шақырмай қаралады), тараптар мен басқа да қатысушылар, олардың өкілдері, дау нысанасы; іс оңайлатылған (жазбаша) іс жүргізу тәртібімен қаралғаны туралы көрсетілім.',
  },
  initialParagraphs: actOpeningInTheNameOfTheRepublic({ ru: 'РЕШЕНИЕ', kk: 'ШЕШІМ' }),
  reference: { code: CODES.gpk, article: '226', part: '3', verification: 'confirmed' },
  requisites: civilDecisionIntroductory({ hearing: false }),
};

/** The operative part's hint in either decision in simplified proceedings, with the appeal of art. 267-4 ч.4. */
export const SIMPLIFIED_OPERATIVE_HINT: LocalizedText = {
  ru: 'Вывод по каждому требованию и каждой стороне, распределение судебных расходов, порядок и срок обжалования: апелляционная жалоба — по истечении срока на подачу заявления об отмене решения, а если оно подано, — в месячный срок после определения об отказе в его удовлетворении. Можно разъяснить право ответчика подать заявление об отмене решения в течение пяти рабочих дней со дня получения его копии.',
  kk: 'Әрбір талап және әрбір тарап бойынша қорытынды, сот шығындарын бөлу, шағымдану тәртібі мен мерзімі: апелляциялық шағым — шешімнің күшін жою туралы арыз беру мерзімі өткеннен кейін, ал арыз берілсе, — оны қанағаттандырудан бас тарту туралы ұйғарымнан кейін бір ай ішінде. Жауапкердің шешімнің көшірмесін алған күннен бастап бес жұмыс күні ішінде оның күшін жою туралы арыз беру құқығын түсіндіруге болады.',
};

/**
 * A civil decision in simplified (written) proceedings, ГПК РК chapter 21-1: art. 267-4 ч.1 gives it the
 * introductory and operative parts; the reasoned version a party may petition for, or the court make of its own
 * motion, is civil-decision-simplified-reasoned [confirmed, legal audit 2026-12, S3]. Each part contains what it contains in the full decision (art. 226,
 * civil-decision.ts), except the secretary: the case is heard without calling the parties (art. 267-3 ч.5). The
 * appeal opens after the period for an application to set the decision aside (art. 267-4 ч.4), not one month from
 * the decision in final form. Whether the decision must state the defendant's right to apply to set it aside within
 * five working days (ч.2) is unverified: the hint suggests it, nothing checks it. The signature block closes the act.
 */
export const civilDecisionSimplified: ActTemplate = {
  id: 'civil-decision-simplified',
  title: {
    ru: 'Решение суда по гражданскому делу в упрощённом (письменном) производстве',
    kk: 'Азаматтық іс бойынша оңайлатылған (жазбаша) іс жүргізудегі сот шешімі',
  },
  reference: ARTICLE_267_4,
  parts: [
    SIMPLIFIED_INTRODUCTORY,
    {
      id: 'operative',
      akomaNtoso: 'decision',
      heading: PART_HEADINGS.operative,
      hint: SIMPLIFIED_OPERATIVE_HINT,
      reference: ARTICLE_267_4,
      requisites: civilDecisionOperative(simplifiedAppealTerm({ ...ARTICLE_267_4, part: '4' })),
    },
    JUDGE_SIGNATURE,
  ],
};
