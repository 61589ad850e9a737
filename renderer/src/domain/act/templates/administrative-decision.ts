import type { ActTemplate, LegalReference } from '../template';
import {
  administrativeIntroductory,
  administrativeOperative,
  administrativeReasoning,
} from './part-requisites';
import { claim, objections, requiredBy } from './requisites';
import { actOpeningInTheNameOfTheRepublic, CODES, JUDGE_SIGNATURE, PART_HEADINGS } from './common';

/** Art. 152 requires the four parts [confirmed]; what each contains is not confirmed [unverified]. */
const ARTICLE_152: LegalReference = { code: CODES.appk, article: '152', verification: 'unverified' };

/**
 * A decision on an administrative case (решение / шешім) of the first instance: АППК РК art. 152 requires four
 * parts — introductory, descriptive, reasoning, operative — in written and oral proceedings [confirmed]; see also
 * the Supreme Court's НП No. 5 of 29.11.2024 [confirmed], and the ГПК applies subsidiarily (АППК art. 1 part 3)
 * [confirmed]. This is the full form; the short form of arts. 151–153 (introductory, reasoning, operative)
 * [confirmed] is administrative-decision-short. What each part contains is not confirmed: the hints follow the civil decision
 * and add the contested administrative act or action, the respondent body and the court's active role
 * [unverified], so the parts cite art. 152 as unverified. The signature block closes the act.
 */
export const administrativeDecision: ActTemplate = {
  id: 'administrative-decision',
  title: { ru: 'Решение суда по административному делу', kk: 'Әкімшілік іс бойынша сот шешімі' },
  reference: { code: CODES.appk, article: '152', verification: 'confirmed' },
  parts: [
    {
      id: 'introductory',
      akomaNtoso: 'header',
      requisites: administrativeIntroductory(ARTICLE_152),
      heading: PART_HEADINGS.introductory,
      hint: {
        ru: 'Дата и место вынесения решения, суд, судья, секретарь, истец, ответчик — административный орган или должностное лицо, другие участники и их представители, предмет спора: оспариваемый административный акт, действие или бездействие.',
        kk: 'Шешім шығарылған күн мен орын, сот, судья, хатшы, талапкер, жауапкер — әкімшілік орган немесе лауазымды адам, басқа да қатысушылар мен олардың өкілдері, дау нысанасы: дау айтылып отырған әкімшілік акт, әрекет немесе әрекетсіздік.',
      },
      initialParagraphs: actOpeningInTheNameOfTheRepublic({ ru: 'РЕШЕНИЕ', kk: 'ШЕШІМ' }),
      reference: { code: CODES.appk, article: '152', verification: 'unverified' },
    },
    {
      id: 'descriptive',
      akomaNtoso: 'background',
      requisites: requiredBy(ARTICLE_152, claim, objections),
      heading: PART_HEADINGS.descriptive,
      hint: {
        ru: 'Требования истца в отношении оспариваемого акта или действия, возражения ответчика, объяснения других участников — кратко, в третьем лице.',
        kk: 'Дау айтылып отырған акт немесе әрекет жөніндегі талапкердің талаптары, жауапкердің қарсылықтары, басқа қатысушылардың түсініктемелері — қысқаша, үшінші жақта.',
      },
      reference: { code: CODES.appk, article: '152', verification: 'unverified' },
    },
    {
      id: 'reasoning',
      akomaNtoso: 'motivation',
      requisites: administrativeReasoning(ARTICLE_152),
      heading: PART_HEADINGS.reasoning,
      hint: {
        ru: 'Установленные обстоятельства, в том числе выясненные судом по собственной инициативе (активная роль суда); доказательства и их оценка; выводы о законности оспариваемого акта или действия; применённые нормы права.',
        kk: 'Анықталған мән-жайлар, оның ішінде соттың өз бастамасымен анықтағандары (соттың белсенді рөлі); дәлелдемелер және оларды бағалау; дау айтылып отырған акт немесе әрекеттің заңдылығы туралы тұжырымдар; қолданылған құқық нормалары.',
      },
      reference: { code: CODES.appk, article: '152', verification: 'unverified' },
    },
    {
      id: 'operative',
      akomaNtoso: 'decision',
      requisites: administrativeOperative(ARTICLE_152),
      heading: PART_HEADINGS.operative,
      hint: {
        ru: 'Вывод по каждому требованию: иск удовлетворён полностью или частично либо в нём отказано, и что обязан сделать ответчик; распределение судебных расходов; порядок и срок обжалования.',
        kk: 'Әрбір талап бойынша қорытынды: талап толық немесе ішінара қанағаттандырылды не қанағаттандырудан бас тартылды және жауапкер не істеуге міндетті; сот шығындарын бөлу; шағымдану тәртібі мен мерзімі.',
      },
      reference: { code: CODES.appk, article: '152', verification: 'unverified' },
    },
    JUDGE_SIGNATURE,
  ],
};
