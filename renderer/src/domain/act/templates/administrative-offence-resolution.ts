import type { ActTemplate, LegalReference } from '../template';
import {
  appealProcedure,
  appliedLaw,
  court,
  date,
  establishedFacts,
  evidence,
  explanations,
  judge,
  offenceArticle,
  offenceRecord,
  offender,
  penalty,
  qualification,
  requiredBy,
} from './requisites';
import { actOpening, CODES, JUDGE_SIGNATURE, PART_HEADINGS } from './common';

/** The content article, commonly cited as art. 821 [unverified]. */
const ARTICLE_821: LegalReference = { code: CODES.koap, article: '821', verification: 'unverified' };

/**
 * A first-instance resolution in a case of an administrative offence (постановление / қаулы) under the КоАП РК.
 * Its content article is commonly cited as art. 821 [unverified], and the Kazakh abbreviation of the code, ӘҚБтК,
 * is unverified too (the Kazakh hints name the code in full). The Supreme Court's НП No. 5 of 20.04.2018 requires
 * the resolution to be lawful, well-founded, clear and concise, resting on relevant, admissible and reliable
 * evidence [confirmed]; review on complaint is under art. 829-14 part 1 [confirmed]. The four parts follow the
 * civil decision by analogy [unverified]. The signature block closes the act.
 */
export const administrativeOffenceResolution: ActTemplate = {
  id: 'administrative-offence-resolution',
  title: {
    ru: 'Постановление по делу об административном правонарушении',
    kk: 'Әкімшілік құқық бұзушылық туралы іс бойынша қаулы',
  },
  reference: { code: CODES.koap, article: '821', verification: 'unverified' },
  parts: [
    {
      id: 'introductory',
      akomaNtoso: 'header',
      requisites: requiredBy(ARTICLE_821, court, date, judge, offender, offenceArticle),
      heading: PART_HEADINGS.introductory,
      hint: {
        ru: 'Дата и место рассмотрения дела, судья, секретарь, лицо, в отношении которого ведётся производство, и сведения о нём, другие участники и их представители, статья КоАП, предусматривающая ответственность за правонарушение.',
        kk: 'Іс қаралған күн мен орын, судья, хатшы, өзіне қатысты іс жүргізіліп жатқан адам және ол туралы мәліметтер, басқа да қатысушылар мен олардың өкілдері, құқық бұзушылық үшін жауаптылық көзделген Әкімшілік құқық бұзушылық туралы кодекстің бабы.',
      },
      initialParagraphs: actOpening({ ru: 'ПОСТАНОВЛЕНИЕ', kk: 'ҚАУЛЫ' }),
      reference: { code: CODES.koap, article: '821', verification: 'unverified' },
    },
    {
      id: 'descriptive',
      akomaNtoso: 'background',
      requisites: requiredBy(ARTICLE_821, offenceRecord, explanations),
      heading: PART_HEADINGS.descriptive,
      hint: {
        ru: 'Обстоятельства, изложенные в протоколе об административном правонарушении, объяснения лица, в отношении которого ведётся производство, потерпевшего и других участников — кратко, в третьем лице.',
        kk: 'Әкімшілік құқық бұзушылық туралы хаттамада баяндалған мән-жайлар, өзіне қатысты іс жүргізіліп жатқан адамның, жәбірленушінің және басқа қатысушылардың түсініктемелері — қысқаша, үшінші жақта.',
      },
      reference: { code: CODES.koap, article: '821', verification: 'unverified' },
    },
    {
      id: 'reasoning',
      akomaNtoso: 'motivation',
      requisites: requiredBy(ARTICLE_821, establishedFacts, evidence, appliedLaw, qualification),
      heading: PART_HEADINGS.reasoning,
      hint: {
        ru: 'Обстоятельства, установленные судьёй; доказательства и их оценка по относимости, допустимости и достоверности; квалификация правонарушения; смягчающие и отягчающие обстоятельства; мотивы выбора взыскания.',
        kk: 'Судья анықтаған мән-жайлар; дәлелдемелер және оларды қатыстылығы, жол берілетіндігі және анықтығы тұрғысынан бағалау; құқық бұзушылықты саралау; жеңілдететін және ауырлататын мән-жайлар; жаза түрін таңдау уәждері.',
      },
      reference: { code: CODES.koap, article: '821', verification: 'unverified' },
    },
    {
      id: 'operative',
      akomaNtoso: 'decision',
      requisites: [
        ...requiredBy(ARTICLE_821, penalty),
        // Review on complaint: art. 829-14 part 1 [confirmed].
        appealProcedure({ code: CODES.koap, article: '829-14', part: '1', verification: 'confirmed' }),
      ],
      heading: PART_HEADINGS.operative,
      hint: {
        ru: 'Решение по делу: признание лица виновным по статье (части) КоАП и наложенное взыскание, его вид и размер, либо прекращение производства; порядок и срок обжалования.',
        kk: 'Іс бойынша шешім: адамды Әкімшілік құқық бұзушылық туралы кодекстің бабы (бөлігі) бойынша кінәлі деп тану және қолданылған әкімшілік жаза, оның түрі мен мөлшері, не іс жүргізуді тоқтату; шағымдану тәртібі мен мерзімі.',
      },
      reference: { code: CODES.koap, article: '821', verification: 'unverified' },
    },
    JUDGE_SIGNATURE,
  ],
};
