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

/** The articles on an acquittal's content are believed to be about 398–400 [unverified]. */
const ARTICLES_398_400: LegalReference = { code: CODES.upk, article: '398–400', verification: 'unverified' };

/**
 * An acquittal (оправдательный приговор / ақтау үкімі), УПК РК chapter 46: art. 393 names the acquittal as a kind
 * of verdict, with the three parts of every verdict — introductory, descriptive-reasoning, operative [confirmed].
 * The Kazakh name of the act and the Kazakh heading «Сипаттау-уәждеу бөлігі» are unverified. Introductory part:
 * art. 396 [partial], as in the guilty verdict. The articles on the content of an acquittal are believed to be
 * about arts. 398–400 [unverified], and so are the hints of the descriptive-reasoning and operative parts. The
 * signature block closes the act.
 */
export const criminalVerdictAcquittal: ActTemplate = {
  id: 'criminal-verdict-acquittal',
  title: { ru: 'Оправдательный приговор', kk: 'Ақтау үкімі' },
  reference: { code: CODES.upk, article: '393', verification: 'confirmed' },
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
      reference: { code: CODES.upk, article: '396', verification: 'partial' },
    },
    {
      id: 'descriptive-reasoning',
      akomaNtoso: 'motivation',
      requisites: requiredBy(ARTICLES_398_400, chargeSubstance, evidence, appliedLaw, acquittalGround),
      heading: PART_HEADINGS.descriptiveReasoning,
      hint: {
        ru: 'Существо предъявленного обвинения; обстоятельства, установленные судом; доказательства, на которых основано оправдание, и мотивы, по которым суд отвергает доказательства обвинения; основание оправдания.',
        kk: 'Тағылған айыптаудың мәні; сот анықтаған мән-жайлар; ақтау негізделген дәлелдемелер және соттың айыптау дәлелдемелерін қабылдамау уәждері; ақтау негізі.',
      },
      reference: { code: CODES.upk, article: '398–400', verification: 'unverified' },
    },
    {
      id: 'operative',
      akomaNtoso: 'decision',
      requisites: requiredBy(
        ARTICLES_398_400,
        acquitted,
        verdictArticle,
        rehabilitation,
        civilClaim,
        proceduralCosts,
        appealProcedure,
      ),
      heading: PART_HEADINGS.operative,
      hint: {
        ru: 'Признание подсудимого невиновным и его оправдание по статье, части и пункту уголовного закона с указанием основания; отмена меры пресечения; разъяснение права на возмещение вреда; решение по гражданскому иску и процессуальным издержкам; порядок и срок обжалования.',
        kk: 'Сотталушыны қылмыстық заңның бабы, бөлігі және тармағы бойынша негізін көрсете отырып кінәсіз деп тану және ақтау; бұлтартпау шарасының күшін жою; зиянды өтеу құқығын түсіндіру; азаматтық талап және процестік шығындар бойынша шешім; шағымдану тәртібі мен мерзімі.',
      },
      reference: { code: CODES.upk, article: '398–400', verification: 'unverified' },
    },
    JUDGE_SIGNATURE,
  ],
};
