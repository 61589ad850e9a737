import type { ActTemplate, LegalReference } from '../template';
import { actOpeningInTheNameOfTheRepublic, CODES, JUDGE_SIGNATURE, PART_HEADINGS } from './common';
import {
  administrativeIntroductory,
  administrativeOperative,
  administrativeReasoning,
} from './part-requisites';

/**
 * АППК art. 153: the short decision (краткое решение) [confirmed, legal audit 2026-12, S4]. What each part contains
 * follows the full decision (152 ч.3–4), with evidence that may be listed without its content (153 ч.1: the evidence
 * requisite asks for a link, which a bare reference to a material carries) and, against the plaintiff's arguments, a
 * reference to the decision on the pre-trial complaint (153 ч.2); the audit confirms the form, not yet each requisite
 * in it, so the parts stay unverified. The term of execution and the consequences of non-execution cite their own
 * articles (АППК 155 ч.5, 152 ч.3).
 */
const ARTICLE_153: LegalReference = { code: CODES.appk, article: '153', verification: 'unverified' };

/**
 * A short decision on an administrative case (краткое решение / қысқаша нысандағы шешім): АППК РК art. 151 ч.1 allows
 * it and art. 153 gives it three parts — introductory, reasoning, operative — with the full decision made on a
 * party's petition within ten working days of service [confirmed, legal audit 2026-12, S4]. The content of each
 * part follows the full decision (administrative-decision.ts). The signature block closes the act.
 */
export const administrativeDecisionShort: ActTemplate = {
  id: 'administrative-decision-short',
  title: {
    ru: 'Краткое решение суда по административному делу',
    kk: 'Әкімшілік іс бойынша қысқаша нысандағы сот шешімі',
  },
  reference: { code: CODES.appk, article: '153', verification: 'confirmed' },
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
      reference: ARTICLE_153,
      requisites: administrativeIntroductory(ARTICLE_153),
    },
    {
      id: 'reasoning',
      akomaNtoso: 'motivation',
      heading: PART_HEADINGS.reasoning,
      hint: {
        ru: 'Кратко: обстоятельства спора; исковые требования и их обоснования; доказательства — их можно перечислить без раскрытия содержания; доводы, по которым суд отклонил какие-либо доказательства; при несогласии с доводами истца суд вправе сослаться на решение по результатам досудебного рассмотрения жалобы; применённые нормы права; выводы о законности оспариваемого акта или действия.',
        kk: 'Қысқаша: дау мән-жайлары; талап қою талаптары және олардың негіздемелері; дәлелдемелер — оларды мазмұнын ашпай тізбелеуге болады; сот кейбір дәлелдемелерді қабылдамаған уәждер; талапкердің уәждерімен келіспеген кезде сот шағымды сотқа дейін қарау нәтижелері бойынша шешімге сілтеме жасауға құқылы; қолданылған құқық нормалары; дау айтылып отырған акт немесе әрекеттің заңдылығы туралы тұжырымдар.',
      },
      reference: ARTICLE_153,
      requisites: administrativeReasoning(ARTICLE_153, { short: true }),
    },
    {
      id: 'operative',
      akomaNtoso: 'decision',
      heading: PART_HEADINGS.operative,
      hint: {
        ru: 'Вывод по каждому требованию и что обязан сделать ответчик; срок исполнения решения и правовые последствия его неисполнения (части пятая и девятая ст. 127 АППК); распределение судебных расходов; порядок и срок обжалования; право ходатайствовать об изготовлении решения в полной форме не позднее десяти рабочих дней с момента вручения краткого решения.',
        kk: 'Әрбір талап бойынша қорытынды және жауапкер не істеуге міндетті; шешімді орындау мерзімі және оны орындамаудың құқықтық салдары (ӘРПК 127-бабының 5 және 9-бөліктері); сот шығындарын бөлу; шағымдану тәртібі мен мерзімі; қысқаша шешім табыс етілген сәттен бастап он жұмыс күнінен кешіктірмей шешімді толық нысанда дайындау туралы өтінішхат беру құқығы.',
      },
      reference: ARTICLE_153,
      requisites: administrativeOperative(ARTICLE_153),
    },
    JUDGE_SIGNATURE,
  ],
};
