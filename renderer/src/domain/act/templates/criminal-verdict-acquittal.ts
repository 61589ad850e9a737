import type { ActTemplate, LegalReference } from '../template';
import { verdictIntroductory } from './part-requisites';
import {
  acquittalGround,
  acquitted,
  appealProcedure,
  appliedLaw,
  chargeSubstance,
  civilClaim,
  evidence,
  proceduralCosts,
  rehabilitation,
  requiredBy,
  verdictArticle,
} from './requisites';
import { actOpeningInTheNameOfTheRepublic, CODES, JUDGE_SIGNATURE, PART_HEADINGS } from './common';

/** What an acquittal's parts contain [confirmed, legal audit 2026-12, S1]. */
const ARTICLE_399: LegalReference = { code: CODES.upk, article: '399', part: '1', verification: 'confirmed' };
const ARTICLE_400: LegalReference = { code: CODES.upk, article: '400', verification: 'confirmed' };
const ARTICLE_401: LegalReference = { code: CODES.upk, article: '401', verification: 'confirmed' };
/** Art. 400 does not list the article; «по обвинению» in art. 394 ч.1 implies it, and practice names it [partial]. */
const ARTICLE_394: LegalReference = { code: CODES.upk, article: '394', part: '1', verification: 'partial' };

/**
 * An acquittal (оправдательный приговор / ақтау үкімі), УПК РК chapter 46: art. 392 names the kinds of verdict and
 * art. 394 the acquittal, with the three parts of every verdict (art. 395 ч.3) — introductory, descriptive-reasoning,
 * operative [confirmed, legal audit 2026-12, S1]. The Kazakh name of the act and the Kazakh heading
 * «Сипаттау-уәждеу бөлігі» are unverified. Introductory part: art. 396 [confirmed], as in the guilty verdict.
 * Descriptive-reasoning part: art. 399 [confirmed] (marked partial for its Kazakh heading); operative part: arts. 400
 * and 401 [confirmed]. The signature block closes the act.
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
        ru: 'Дата и место постановления приговора, суд, состав суда, секретарь, государственный обвинитель, защитник, потерпевший, гражданский истец и гражданский ответчик, их представители, данные о личности подсудимого, статья, часть и пункт уголовного закона, по которым он обвинялся.',
        kk: 'Үкім шығарылған күн мен орын, сот, сот құрамы, хатшы, мемлекеттік айыптаушы, қорғаушы, жәбірленуші, азаматтық талапкер мен азаматтық жауапкер, олардың өкілдері, сотталушының жеке басы туралы деректер, ол айыпталған қылмыстық заңның бабы, бөлігі және тармағы.',
      },
      initialParagraphs: actOpeningInTheNameOfTheRepublic({ ru: 'ПРИГОВОР', kk: 'ҮКІМ' }),
      reference: { code: CODES.upk, article: '396', verification: 'confirmed' },
    },
    {
      id: 'descriptive-reasoning',
      akomaNtoso: 'motivation',
      requisites: requiredBy(ARTICLE_399, chargeSubstance, evidence, appliedLaw, acquittalGround),
      heading: PART_HEADINGS.descriptiveReasoning,
      hint: {
        ru: 'Существо предъявленного обвинения; обстоятельства, установленные судом; доказательства, на которых основано оправдание, и мотивы, по которым суд отвергает доказательства обвинения; основание оправдания.',
        kk: 'Тағылған айыптаудың мәні; сот анықтаған мән-жайлар; ақтау негізделген дәлелдемелер және соттың айыптау дәлелдемелерін қабылдамау уәждері; ақтау негізі.',
      },
      reference: { code: CODES.upk, article: '399', verification: 'partial' },
    },
    {
      id: 'operative',
      akomaNtoso: 'decision',
      requisites: [
        ...requiredBy(ARTICLE_400, acquitted),
        verdictArticle(ARTICLE_394),
        rehabilitation(ARTICLE_400),
        ...requiredBy(ARTICLE_401, civilClaim, proceduralCosts, appealProcedure),
      ],
      heading: PART_HEADINGS.operative,
      hint: {
        ru: 'Признание подсудимого невиновным и его оправдание по статье, части и пункту уголовного закона с указанием основания; отмена меры пресечения; разъяснение права на возмещение вреда; решение по гражданскому иску и процессуальным издержкам; порядок и срок обжалования.',
        kk: 'Сотталушыны қылмыстық заңның бабы, бөлігі және тармағы бойынша негізін көрсете отырып кінәсіз деп тану және ақтау; бұлтартпау шарасының күшін жою; зиянды өтеу құқығын түсіндіру; азаматтық талап және процестік шығындар бойынша шешім; шағымдану тәртібі мен мерзімі.',
      },
      reference: { code: CODES.upk, article: '400, 401', verification: 'confirmed' },
    },
    JUDGE_SIGNATURE,
  ],
};
