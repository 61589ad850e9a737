import type { ActTemplate, LegalReference } from '../template';
import {
  appealProcedure,
  appliedLaw,
  circumstances,
  civilClaim,
  detentionCredit,
  evidence,
  guilty,
  offenceProven,
  otherQuestions,
  physicalEvidence,
  preventiveMeasure,
  proceduralCosts,
  punishment,
  requiredBy,
  sentenceExecution,
  sentencingReasons,
  verdictAppealTerm,
  verdictArticle,
  victimsFund,
  whereApplicable,
} from './requisites';
import { verdictIntroductory } from './part-requisites';
import { actOpeningInTheNameOfTheRepublic, CODES, JUDGE_SIGNATURE, PART_HEADINGS } from './common';

const ARTICLE_397: LegalReference = { code: CODES.upk, article: '397', verification: 'confirmed' };
/** Art. 397 ч.3: reasons on the questions of art. 390 [confirmed, audit S1]. */
const ARTICLE_397_3: LegalReference = {
  code: CODES.upk,
  article: '397',
  part: '3',
  verification: 'confirmed',
};
/** The operative part of a guilty verdict (art. 398 ч.1) and of every verdict (art. 401) [confirmed, audit S1]. */
const ARTICLE_398: LegalReference = { code: CODES.upk, article: '398', part: '1', verification: 'confirmed' };
const ARTICLE_401: LegalReference = { code: CODES.upk, article: '401', verification: 'confirmed' };
/** 15 days from the pronouncement; from service of the copy only for a convict in custody [confirmed, audit S1]. */
const ARTICLE_418: LegalReference = { code: CODES.upk, article: '418', part: '1', verification: 'confirmed' };

/**
 * A guilty verdict (обвинительный приговор / айыптау үкімі), УПК РК chapter 46: art. 392 names the kinds of verdict,
 * art. 393 the guilty verdict, and art. 395 ч.3 gives every verdict three parts — introductory,
 * descriptive-reasoning, operative [confirmed, legal audit 2026-12, S1]. The Kazakh name of the act is unverified.
 * Introductory part: art. 396 [confirmed]. Descriptive-reasoning part: art. 397 [confirmed], but the Kazakh heading
 * «Сипаттау-уәждеу бөлігі» is unverified, so the part is marked partial. Operative part: arts. 398 ч.1 and 401
 * [confirmed] — not art. 627, which is the verdict of conciliation proceedings — with the appeal term of art. 418
 * ч.1: 15 days from the pronouncement. Every guilty verdict decides the preventive measure until it takes effect
 * (398 п.9) and the compulsory payment to the Victims' Compensation Fund (401; УК 98-1, 98-2); the civil claim,
 * physical evidence, credit for detention and what follows from the punishment (an institution, probation) only where
 * the case has them. The signature block closes the act.
 */
export const criminalVerdictGuilty: ActTemplate = {
  id: 'criminal-verdict-guilty',
  title: { ru: 'Обвинительный приговор', kk: 'Айыптау үкімі' },
  reference: { code: CODES.upk, article: '393', verification: 'confirmed' },
  parts: [
    {
      id: 'introductory',
      akomaNtoso: 'header',
      requisites: verdictIntroductory(),
      heading: PART_HEADINGS.introductory,
      hint: {
        ru: 'Дата и место постановления приговора, суд, состав суда, секретарь, государственный обвинитель, защитник, потерпевший, гражданский истец и гражданский ответчик, их представители, переводчик, данные о личности подсудимого, статья, часть и пункт уголовного закона, по которым он обвиняется.',
        kk: 'Үкім шығарылған күн мен орын, сот, сот құрамы, хатшы, мемлекеттік айыптаушы, қорғаушы, жәбірленуші, азаматтық талапкер мен азаматтық жауапкер, олардың өкілдері, аудармашы, сотталушының жеке басы туралы деректер, ол айыпталып отырған қылмыстық заңның бабы, бөлігі және тармағы.',
      },
      initialParagraphs: actOpeningInTheNameOfTheRepublic({ ru: 'ПРИГОВОР', kk: 'ҮКІМ' }),
      reference: { code: CODES.upk, article: '396', verification: 'confirmed' },
    },
    {
      id: 'descriptive-reasoning',
      akomaNtoso: 'motivation',
      requisites: [
        ...requiredBy(ARTICLE_397, offenceProven, evidence),
        // The qualification is one of the questions of art. 390 that art. 397 ч.3 asks reasons for.
        appliedLaw(ARTICLE_397_3),
        ...requiredBy(ARTICLE_397, circumstances, sentencingReasons),
        otherQuestions(ARTICLE_397_3),
      ],
      heading: PART_HEADINGS.descriptiveReasoning,
      hint: {
        ru: 'Преступное деяние, признанное доказанным: место, время, способ совершения, форма вины, мотив, последствия; доказательства, на которых основаны выводы суда, и мотивы, по которым отвергнуты другие доказательства; смягчающие и отягчающие обстоятельства; основания изменения квалификации или исключения части обвинения; мотивы каждого решения о наказании; мотивы решений по гражданскому иску, вещественным доказательствам, процессуальным издержкам, мере пресечения и другим вопросам ст. 390 УПК.',
        kk: 'Дәлелденген деп танылған қылмыстық іс-әрекет: жасалған орны, уақыты, тәсілі, кінәнің нысаны, уәжі, салдары; сот тұжырымдары негізделген дәлелдемелер және өзге дәлелдемелердің қабылданбау уәждері; жеңілдететін және ауырлататын мән-жайлар; саралауды өзгертудің немесе айыптаудың бір бөлігін алып тастаудың негіздері; жаза туралы әрбір шешімнің уәждері; азаматтық талап, заттай дәлелдемелер, процестік шығындар, бұлтартпау шарасы және ҚПК 390-бабының өзге мәселелері бойынша шешімдердің уәждері.',
      },
      reference: { code: CODES.upk, article: '397', verification: 'partial' },
    },
    {
      id: 'operative',
      akomaNtoso: 'decision',
      requisites: [
        ...requiredBy(ARTICLE_398, guilty, verdictArticle, punishment),
        // Пп.4–5: what follows from the punishment given — an institution, probation or neither (a fine).
        whereApplicable(sentenceExecution)(ARTICLE_398),
        whereApplicable(detentionCredit)(ARTICLE_398),
        preventiveMeasure(ARTICLE_398),
        whereApplicable(civilClaim)(ARTICLE_401),
        whereApplicable(physicalEvidence)(ARTICLE_401),
        ...requiredBy(ARTICLE_401, proceduralCosts, victimsFund, appealProcedure),
        verdictAppealTerm(ARTICLE_418),
      ],
      heading: PART_HEADINGS.operative,
      hint: {
        ru: 'Признание подсудимого виновным по статье, части и пункту уголовного закона; назначенное наказание и вид учреждения либо обязанность явки в службу пробации в течение десяти суток, срок пробационного контроля и обязанности; зачёт времени содержания под стражей; мера пресечения до вступления приговора в законную силу; решение по гражданскому иску, вещественным доказательствам и процессуальным издержкам; принудительный платёж в Фонд компенсации потерпевшим; порядок и срок обжалования — 15 суток со дня провозглашения приговора, а осуждённым, содержащимся под стражей, — со дня вручения копии.',
        kk: 'Сотталушыны қылмыстық заңның бабы, бөлігі және тармағы бойынша кінәлі деп тану; тағайындалған жаза және мекеменің түрі не он тәулік ішінде пробация қызметіне келу міндеті, пробациялық бақылау мерзімі мен міндеттер; күзетпен ұсталған уақытты есепке алу; үкім заңды күшіне енгенге дейінгі бұлтартпау шарасы; азаматтық талап, заттай дәлелдемелер және процестік шығындар бойынша шешім; Жәбірленушілерге өтемақы қорына мәжбүрлі төлем; шағымдану тәртібі мен мерзімі — үкім жария етілген күннен бастап 15 тәулік, ал күзетпен ұсталған сотталған үшін — көшірмесі табыс етілген күннен бастап.',
      },
      reference: { code: CODES.upk, article: '398, 401', verification: 'confirmed' },
    },
    JUDGE_SIGNATURE,
  ],
};
