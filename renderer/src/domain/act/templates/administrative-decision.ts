import type { ActTemplate, LegalReference } from '../template';
import {
  administrativeIntroductory,
  administrativeOperative,
  administrativeReasoning,
} from './part-requisites';
import { claim, objections, requiredBy } from './requisites';
import { actOpeningInTheNameOfTheRepublic, CODES, JUDGE_SIGNATURE, PART_HEADINGS } from './common';

/**
 * АППК art. 152 ч.3: the introductory, descriptive and operative parts contain what the ГПК requires (ГПК 226);
 * ч.4: what the reasoning contains [confirmed, legal audit 2026-12, S3 S4].
 */
const ARTICLE_152_3: LegalReference = {
  code: CODES.appk,
  article: '152',
  part: '3',
  verification: 'confirmed',
};
const ARTICLE_152_4: LegalReference = {
  code: CODES.appk,
  article: '152',
  part: '4',
  verification: 'confirmed',
};

/**
 * A decision on an administrative case (решение / шешім) of the first instance: АППК РК art. 152 requires four
 * parts — introductory, descriptive, reasoning, operative — in written and oral proceedings [confirmed]; see also
 * the Supreme Court's НП No. 5 of 29.11.2024 [confirmed]. The introductory, descriptive and operative parts follow
 * ГПК art. 226 (АППК 152 ч.3), the reasoning follows АППК 152 ч.4 [confirmed, legal audit 2026-12]. An appeal lies
 * within two months of the decision in final form (АППК 168 ч.2). A decision that obliges the respondent to act states
 * the term of its execution (АППК 155 ч.5) and the legal consequences of not executing it (152 ч.3; 127 ч.5, ч.9). The short form of art. 153 (introductory,
 * reasoning, operative) is administrative-decision-short. The court's active role in the reasoning hint is a
 * principle (АППК 16), not a content requisite. The signature block closes the act.
 */
export const administrativeDecision: ActTemplate = {
  id: 'administrative-decision',
  title: { ru: 'Решение суда по административному делу', kk: 'Әкімшілік іс бойынша сот шешімі' },
  reference: { code: CODES.appk, article: '152', verification: 'confirmed' },
  parts: [
    {
      id: 'introductory',
      akomaNtoso: 'header',
      requisites: administrativeIntroductory(ARTICLE_152_3),
      heading: PART_HEADINGS.introductory,
      hint: {
        ru: 'Дата и место вынесения решения, суд, судья, секретарь, истец, ответчик — административный орган или должностное лицо, другие участники и их представители, предмет спора: оспариваемый административный акт, действие или бездействие.',
        kk: 'Шешім шығарылған күн мен орын, сот, судья, хатшы, талапкер, жауапкер — әкімшілік орган немесе лауазымды адам, басқа да қатысушылар мен олардың өкілдері, дау нысанасы: дау айтылып отырған әкімшілік акт, әрекет немесе әрекетсіздік.',
      },
      initialParagraphs: actOpeningInTheNameOfTheRepublic({ ru: 'РЕШЕНИЕ', kk: 'ШЕШІМ' }),
      reference: ARTICLE_152_3,
    },
    {
      id: 'descriptive',
      akomaNtoso: 'background',
      requisites: requiredBy(ARTICLE_152_3, claim, objections),
      heading: PART_HEADINGS.descriptive,
      hint: {
        ru: 'Требования истца в отношении оспариваемого акта или действия, возражения ответчика, объяснения других участников — кратко, в третьем лице.',
        kk: 'Дау айтылып отырған акт немесе әрекет жөніндегі талапкердің талаптары, жауапкердің қарсылықтары, басқа қатысушылардың түсініктемелері — қысқаша, үшінші жақта.',
      },
      reference: ARTICLE_152_3,
    },
    {
      id: 'reasoning',
      akomaNtoso: 'motivation',
      requisites: administrativeReasoning(ARTICLE_152_4),
      heading: PART_HEADINGS.reasoning,
      hint: {
        ru: 'Обстоятельства спора, в том числе выясненные судом по собственной инициативе (активная роль суда); исковые требования и их обоснования; доказательства, на которых суд основывает решение, и доводы, по которым он отклонил какие-либо доказательства; почему суд не согласен с каждым из доводов участников; применённые нормы права; выводы по каждому требованию, о законности оспариваемого акта или действия.',
        kk: 'Дау мән-жайлары, оның ішінде соттың өз бастамасымен анықтағандары (соттың белсенді рөлі); талап қою талаптары және олардың негіздемелері; сот шешімін негіздейтін дәлелдемелер және ол кейбір дәлелдемелерді қабылдамаған уәждер; сот қатысушылардың әрбір уәжімен неге келіспейтіні; қолданылған құқық нормалары; әрбір талап бойынша, дау айтылып отырған акт немесе әрекеттің заңдылығы туралы тұжырымдар.',
      },
      reference: ARTICLE_152_4,
    },
    {
      id: 'operative',
      akomaNtoso: 'decision',
      requisites: administrativeOperative(ARTICLE_152_3),
      heading: PART_HEADINGS.operative,
      hint: {
        ru: 'Вывод по каждому требованию: иск удовлетворён полностью или частично либо в нём отказано, и что обязан сделать ответчик; срок исполнения решения и правовые последствия его неисполнения (части пятая и девятая ст. 127 АППК); распределение судебных расходов; порядок и срок обжалования — два месяца со дня вынесения решения в окончательной форме.',
        kk: 'Әрбір талап бойынша қорытынды: талап толық немесе ішінара қанағаттандырылды не қанағаттандырудан бас тартылды және жауапкер не істеуге міндетті; шешімді орындау мерзімі және оны орындамаудың құқықтық салдары (ӘРПК 127-бабының 5 және 9-бөліктері); сот шығындарын бөлу; шағымдану тәртібі мен мерзімі — шешім түпкілікті нысанда шығарылған күннен бастап екі ай.',
      },
      reference: ARTICLE_152_3,
    },
    JUDGE_SIGNATURE,
  ],
};
