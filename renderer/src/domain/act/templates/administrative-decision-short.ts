import type { ActTemplate, LegalReference } from '../template';
import { actOpeningInTheNameOfTheRepublic, CODES, JUDGE_SIGNATURE, PART_HEADINGS } from './common';
import {
  administrativeIntroductory,
  administrativeOperative,
  administrativeReasoning,
} from './part-requisites';

/** Arts. 151–153 set the short form [confirmed]; what each part contains is not confirmed [unverified]. */
const ARTICLES_151_153: LegalReference = { code: CODES.appk, article: '151–153', verification: 'unverified' };

/**
 * A decision on an administrative case in short form: АППК РК arts. 151–153 allow a decision of three parts —
 * introductory, reasoning, operative — with the full form made on application within 10 working days
 * [confirmed]. The content of each part follows the full decision (administrative-decision.ts) and is unverified
 * like it, so the parts cite arts. 151–153 as unverified. The signature block closes the act.
 */
export const administrativeDecisionShort: ActTemplate = {
  id: 'administrative-decision-short',
  title: {
    ru: 'Решение суда по административному делу (сокращённая форма)',
    kk: 'Әкімшілік іс бойынша сот шешімі (қысқартылған нысан)',
  },
  reference: { code: CODES.appk, article: '151–153', verification: 'confirmed' },
  parts: [
    {
      id: 'introductory',
      akomaNtoso: 'header',
      heading: PART_HEADINGS.introductory,
      hint: {
        ru: 'Дата и место вынесения решения, суд, судья, секретарь, истец, ответчик — административный орган или должностное лицо, другие участники и их представители, предмет спора: оспариваемый административный акт, действие или бездействие.',
        kk: 'Шешім шығарылған күн мен орын, сот, судья, хатшы, талапкер, жауапкер — әкімшілік орган немесе лауазымды адам, басқа да қатысушылар мен олардың өкілдері, дау нысанасы: дау айтылып отырған әкімшілік акт, әрекет немесе әрекетсіздік.',
      },
      initialParagraphs: actOpeningInTheNameOfTheRepublic({ ru: 'РЕШЕНИЕ', kk: 'ШЕШІМ' }),
      reference: ARTICLES_151_153,
      requisites: administrativeIntroductory(ARTICLES_151_153),
    },
    {
      id: 'reasoning',
      akomaNtoso: 'motivation',
      heading: PART_HEADINGS.reasoning,
      hint: {
        ru: 'Кратко: установленные обстоятельства, доказательства, выводы о законности оспариваемого акта или действия, применённые нормы права.',
        kk: 'Қысқаша: анықталған мән-жайлар, дәлелдемелер, дау айтылып отырған акт немесе әрекеттің заңдылығы туралы тұжырымдар, қолданылған құқық нормалары.',
      },
      reference: ARTICLES_151_153,
      requisites: administrativeReasoning(ARTICLES_151_153),
    },
    {
      id: 'operative',
      akomaNtoso: 'decision',
      heading: PART_HEADINGS.operative,
      hint: {
        ru: 'Вывод по каждому требованию и что обязан сделать ответчик; распределение судебных расходов; порядок и срок обжалования; право получить решение в полной форме по заявлению.',
        kk: 'Әрбір талап бойынша қорытынды және жауапкер не істеуге міндетті; сот шығындарын бөлу; шағымдану тәртібі мен мерзімі; өтініш бойынша шешімді толық нысанда алу құқығы.',
      },
      reference: ARTICLES_151_153,
      requisites: administrativeOperative(ARTICLES_151_153),
    },
    JUDGE_SIGNATURE,
  ],
};
