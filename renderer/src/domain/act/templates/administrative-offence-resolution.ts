import type { LocalizedText } from '../../language';
import type { ActTemplate, LegalReference } from '../template';
import {
  offenceResolutionIntroductory,
  offenceResolutionOperative,
  offenceResolutionReasoning,
} from './part-requisites';
import { actOpening, CODES, JUDGE_SIGNATURE, PART_HEADINGS } from './common';

/**
 * КоАП art. 822 ч.1: what a resolution states, for a court by art. 829-14 ч.3 [confirmed, legal audit 2026-12, S2].
 * Art. 821, cited before, lists the decisions of bodies and officials.
 */
const ARTICLE_822: LegalReference = {
  code: CODES.koap,
  article: '822',
  part: '1',
  verification: 'confirmed',
};

/** The hints of the parts both КоАП resolution templates share. */
export const OFFENCE_RESOLUTION_HINTS = {
  introductory: {
    ru: 'Дата и место рассмотрения дела, судья, секретарь, лицо, в отношении которого ведётся производство, и сведения о нём (дата рождения, документ, удостоверяющий личность, ИИН, место жительства и регистрации, место работы), язык производства, другие участники и их представители, статья КоАП, предусматривающая ответственность за правонарушение.',
    kk: 'Іс қаралған күн мен орын, судья, хатшы, өзіне қатысты іс жүргізіліп жатқан адам және ол туралы мәліметтер (туған күні, жеке басын куәландыратын құжат, ЖСН, тұрғылықты және тіркелген жері, жұмыс орны), іс жүргізу тілі, басқа да қатысушылар мен олардың өкілдері, құқық бұзушылық үшін жауаптылық көзделген Әкімшілік құқық бұзушылық туралы кодекстің бабы.',
  },
  operative: {
    ru: 'Решение по делу: признание лица виновным по статье (части) КоАП и наложенное взыскание, его вид и размер, либо прекращение производства; срок добровольной уплаты штрафа или исполнения иного взыскания; решение об изъятых вещах и документах; размер ущерба, срок и порядок его возмещения, если он взыскивается; порядок и срок обжалования — 10 суток со дня вручения копии постановления.',
    kk: 'Іс бойынша шешім: адамды Әкімшілік құқық бұзушылық туралы кодекстің бабы (бөлігі) бойынша кінәлі деп тану және қолданылған әкімшілік жаза, оның түрі мен мөлшері, не іс жүргізуді тоқтату; айыппұлды өз еркімен төлеу немесе өзге жазаны орындау мерзімі; алып қойылған заттар мен құжаттар туралы шешім; залал өндірілсе, оның мөлшері, өтеу мерзімі мен тәртібі; шағымдану тәртібі мен мерзімі — қаулының көшірмесі табыс етілген күннен бастап 10 тәулік.',
  },
} satisfies Record<string, LocalizedText>;

/**
 * A first-instance resolution in a case of an administrative offence (постановление / қаулы) under the КоАП РК:
 * art. 822 ч.1 lists what it states, and art. 829-14 ч.3 applies that list to a court's resolution [confirmed];
 * the Kazakh abbreviation of the code, ӘҚБтК, is unverified (the Kazakh hints name the code in full). The Supreme
 * Court's НП No. 5 of 20.04.2018 requires the resolution to be lawful, well-founded, clear and concise, resting on
 * relevant, admissible and reliable evidence [confirmed]. The appeal procedure and term: art. 822 ч.1 п.8; an appeal
 * lies within ten days of service (art. 832 ч.1); art. 829-14 ч.1 lists the kinds of decision. Art. 822 does not
 * require the protocol's account or the participants' explanations, so the descriptive part only suggests them. The
 * code names three parts for a full resolution (art. 822 ч.5): that is administrative-offence-resolution-reasoned;
 * the four parts below are kept for drafts and packs already written (docs/legal-sources.md). The signature block
 * closes the act.
 */
export const administrativeOffenceResolution: ActTemplate = {
  id: 'administrative-offence-resolution',
  title: {
    ru: 'Постановление по делу об административном правонарушении',
    kk: 'Әкімшілік құқық бұзушылық туралы іс бойынша қаулы',
  },
  reference: ARTICLE_822,
  parts: [
    {
      id: 'introductory',
      akomaNtoso: 'header',
      requisites: offenceResolutionIntroductory(),
      heading: PART_HEADINGS.introductory,
      hint: OFFENCE_RESOLUTION_HINTS.introductory,
      initialParagraphs: actOpening({ ru: 'ПОСТАНОВЛЕНИЕ', kk: 'ҚАУЛЫ' }),
      reference: ARTICLE_822,
    },
    {
      id: 'descriptive',
      akomaNtoso: 'background',
      heading: PART_HEADINGS.descriptive,
      hint: {
        ru: 'Обстоятельства, изложенные в протоколе об административном правонарушении, объяснения лица, в отношении которого ведётся производство, потерпевшего и других участников — кратко, в третьем лице.',
        kk: 'Әкімшілік құқық бұзушылық туралы хаттамада баяндалған мән-жайлар, өзіне қатысты іс жүргізіліп жатқан адамның, жәбірленушінің және басқа қатысушылардың түсініктемелері — қысқаша, үшінші жақта.',
      },
    },
    {
      id: 'reasoning',
      akomaNtoso: 'motivation',
      requisites: offenceResolutionReasoning(),
      heading: PART_HEADINGS.reasoning,
      hint: {
        ru: 'Обстоятельства, установленные судьёй; доказательства и их оценка по относимости, допустимости и достоверности; квалификация правонарушения; смягчающие и отягчающие обстоятельства; мотивы выбора взыскания.',
        kk: 'Судья анықтаған мән-жайлар; дәлелдемелер және оларды қатыстылығы, жол берілетіндігі және анықтығы тұрғысынан бағалау; құқық бұзушылықты саралау; жеңілдететін және ауырлататын мән-жайлар; жаза түрін таңдау уәждері.',
      },
      reference: ARTICLE_822,
    },
    {
      id: 'operative',
      akomaNtoso: 'decision',
      requisites: offenceResolutionOperative(),
      heading: PART_HEADINGS.operative,
      hint: OFFENCE_RESOLUTION_HINTS.operative,
      reference: ARTICLE_822,
    },
    JUDGE_SIGNATURE,
  ],
};
