import type { ActTemplate, LegalReference } from '../template';
import { verdictIntroductory } from './part-requisites';
import {
  acquittalGround,
  acquittalGroundStated,
  acquitted,
  appealProcedure,
  appliedLaw,
  caseToProsecutor,
  chargeSubstance,
  civilClaim,
  establishedFacts,
  evidence,
  physicalEvidence,
  preventiveMeasure,
  proceduralCosts,
  prosecutionEvidenceRejected,
  rehabilitation,
  requiredBy,
  verdictAppealTerm,
  verdictArticle,
  whereApplicable,
} from './requisites';
import { actOpeningInTheNameOfTheRepublic, CODES, JUDGE_SIGNATURE, PART_HEADINGS } from './common';

/** What an acquittal's parts contain [confirmed, legal audit 2026-12, S1]. */
const ARTICLE_399: LegalReference = { code: CODES.upk, article: '399', part: '1', verification: 'confirmed' };
const ARTICLE_400: LegalReference = { code: CODES.upk, article: '400', verification: 'confirmed' };
const ARTICLE_401: LegalReference = { code: CODES.upk, article: '401', verification: 'confirmed' };
/** Art. 400 does not list the article; «по обвинению» in art. 394 ч.1 implies it, and practice names it [partial]. */
const ARTICLE_394: LegalReference = { code: CODES.upk, article: '394', part: '1', verification: 'partial' };
/** Art. 394 ч.4: the case to the prosecutor when the offender stays unidentified [confirmed, audit S1]. */
const ARTICLE_394_4: LegalReference = {
  code: CODES.upk,
  article: '394',
  part: '4',
  verification: 'confirmed',
};
/** 15 days from the pronouncement [confirmed, audit S1]. */
const ARTICLE_418: LegalReference = { code: CODES.upk, article: '418', part: '1', verification: 'confirmed' };

/**
 * An acquittal (оправдательный приговор / ақтау үкімі), УПК РК chapter 46: art. 392 names the kinds of verdict and
 * art. 394 the acquittal, with the three parts of every verdict (art. 395 ч.3) — introductory, descriptive-reasoning,
 * operative [confirmed, legal audit 2026-12, S1]. The Kazakh name of the act and the Kazakh heading
 * «Сипаттау-уәждеу бөлігі» are unverified. Introductory part: art. 396 [confirmed], as in the guilty verdict.
 * Descriptive-reasoning part: art. 399 [confirmed] (marked partial for its Kazakh heading); art. 399 ч.2 forbids
 * wording that casts doubt on the innocence of the acquitted, which no pattern can check, so the hint says it.
 * Operative part: arts. 400 and 401 [confirmed], with the appeal term of art. 418 ч.1; where the offender stays
 * unidentified, the case goes to the prosecutor (art. 394 ч.4). The signature block closes the act.
 */
export const criminalVerdictAcquittal: ActTemplate = {
  id: 'criminal-verdict-acquittal',
  title: { ru: 'Оправдательный приговор', kk: 'Ақтау үкімі' },
  reference: { code: CODES.upk, article: '394', verification: 'confirmed' },
  parts: [
    {
      id: 'introductory',
      akomaNtoso: 'header',
      requisites: verdictIntroductory(),
      heading: PART_HEADINGS.introductory,
      hint: {
        ru: 'Дата и место постановления приговора, суд, состав суда, секретарь, государственный обвинитель, защитник, потерпевший, гражданский истец и гражданский ответчик, их представители, переводчик, данные о личности подсудимого, статья, часть и пункт уголовного закона, по которым он обвинялся.',
        kk: 'Үкім шығарылған күн мен орын, сот, сот құрамы, хатшы, мемлекеттік айыптаушы, қорғаушы, жәбірленуші, азаматтық талапкер мен азаматтық жауапкер, олардың өкілдері, аудармашы, сотталушының жеке басы туралы деректер, ол айыпталған қылмыстық заңның бабы, бөлігі және тармағы.',
      },
      initialParagraphs: actOpeningInTheNameOfTheRepublic({ ru: 'ПРИГОВОР', kk: 'ҮКІМ' }),
      reference: { code: CODES.upk, article: '396', verification: 'confirmed' },
    },
    {
      id: 'descriptive-reasoning',
      akomaNtoso: 'motivation',
      requisites: [
        ...requiredBy(
          ARTICLE_399,
          chargeSubstance,
          establishedFacts,
          prosecutionEvidenceRejected,
          evidence,
          appliedLaw,
          acquittalGround,
        ),
        whereApplicable(civilClaim)(ARTICLE_399),
      ],
      heading: PART_HEADINGS.descriptiveReasoning,
      hint: {
        ru: 'Существо предъявленного обвинения; обстоятельства, установленные судом; мотивы, по которым суд признаёт недостоверными или недостаточными доказательства обвинения; доказательства, на которых основано оправдание; основание оправдания; мотивы решения по гражданскому иску. Не допускаются формулировки, ставящие под сомнение невиновность оправданного.',
        kk: 'Тағылған айыптаудың мәні; сот анықтаған мән-жайлар; соттың айыптау дәлелдемелерін анық емес немесе жеткіліксіз деп тану уәждері; ақтау негізделген дәлелдемелер; ақтау негізі; азаматтық талап бойынша шешімнің уәждері. Ақталған адамның кінәсіздігіне күмән келтіретін тұжырымдарға жол берілмейді.',
      },
      reference: { code: CODES.upk, article: '399', verification: 'partial' },
    },
    {
      id: 'operative',
      akomaNtoso: 'decision',
      requisites: [
        ...requiredBy(ARTICLE_400, acquitted),
        verdictArticle(ARTICLE_394),
        // Art. 400 п.2 puts the ground in the operative part; the descriptive-reasoning part gives the evidence for it.
        acquittalGroundStated(ARTICLE_400),
        whereApplicable(preventiveMeasure)(ARTICLE_400),
        rehabilitation(ARTICLE_400),
        whereApplicable(civilClaim)(ARTICLE_401),
        whereApplicable(physicalEvidence)(ARTICLE_401),
        ...requiredBy(ARTICLE_401, proceduralCosts, appealProcedure),
        verdictAppealTerm(ARTICLE_418),
        whereApplicable(caseToProsecutor)(ARTICLE_394_4),
      ],
      heading: PART_HEADINGS.operative,
      hint: {
        ru: 'Признание подсудимого невиновным и его оправдание по статье, части и пункту уголовного закона с указанием основания; отмена меры пресечения, если она была избрана; разъяснение права на возмещение вреда; решение по гражданскому иску, вещественным доказательствам и процессуальным издержкам; порядок и срок обжалования — 15 суток со дня провозглашения приговора; если лицо, совершившее деяние, не установлено, — направление дела прокурору.',
        kk: 'Сотталушыны қылмыстық заңның бабы, бөлігі және тармағы бойынша негізін көрсете отырып кінәсіз деп тану және ақтау; бұлтартпау шарасы таңдалған болса, оның күшін жою; зиянды өтеу құқығын түсіндіру; азаматтық талап, заттай дәлелдемелер және процестік шығындар бойынша шешім; шағымдану тәртібі мен мерзімі — үкім жария етілген күннен бастап 15 тәулік; іс-әрекетті жасаған адам анықталмаса, — істі прокурорға жіберу.',
      },
      reference: { code: CODES.upk, article: '400, 401', verification: 'confirmed' },
    },
    JUDGE_SIGNATURE,
  ],
};
