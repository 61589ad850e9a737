import type { ActTemplate, LegalReference } from '../template';
import {
  appealProcedure,
  appliedLaw,
  circumstances,
  civilClaim,
  evidence,
  guilty,
  offenceProven,
  proceduralCosts,
  punishment,
  requiredBy,
  sentencingReasons,
  verdictAppealTerm,
  verdictArticle,
} from './requisites';
import { verdictIntroductory } from './part-requisites';
import { actOpeningInTheNameOfTheRepublic, CODES, JUDGE_SIGNATURE, PART_HEADINGS } from './common';

const ARTICLE_397: LegalReference = { code: CODES.upk, article: '397', verification: 'confirmed' };
const ARTICLE_627: LegalReference = { code: CODES.upk, article: '627', verification: 'confirmed' };

/**
 * A guilty verdict (обвинительный приговор / айыптау үкімі), УПК РК chapter 46: art. 393 names the guilty verdict
 * and the acquittal, and a verdict has three parts — introductory, descriptive-reasoning, operative [confirmed].
 * The Kazakh name of the act is unverified. Introductory part: art. 396 [partial]; the list in its hint is
 * unverified. Descriptive-reasoning part: its content, art. 397, is confirmed, but the Kazakh heading
 * «Сипаттау-уәждеу бөлігі» is unverified, so the part is marked partial. Operative part: the model of art. 627
 * [confirmed], with the 15-day appeal period; the other items of a general-procedure verdict (aggregation of
 * sentences, type of institution, credit for pre-trial detention, preventive measure, physical evidence, arrested
 * property) are unverified and left out of the hint. The signature block closes the act.
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
        ru: 'Дата и место постановления приговора, суд, состав суда, секретарь, государственный обвинитель, защитник, потерпевший, гражданский истец и гражданский ответчик, их представители, данные о личности подсудимого, статья, часть и пункт уголовного закона, по которым он обвиняется.',
        kk: 'Үкім шығарылған күн мен орын, сот, сот құрамы, хатшы, мемлекеттік айыптаушы, қорғаушы, жәбірленуші, азаматтық талапкер мен азаматтық жауапкер, олардың өкілдері, сотталушының жеке басы туралы деректер, ол айыпталып отырған қылмыстық заңның бабы, бөлігі және тармағы.',
      },
      initialParagraphs: actOpeningInTheNameOfTheRepublic({ ru: 'ПРИГОВОР', kk: 'ҮКІМ' }),
      reference: { code: CODES.upk, article: '396', verification: 'partial' },
    },
    {
      id: 'descriptive-reasoning',
      akomaNtoso: 'motivation',
      requisites: [
        ...requiredBy(ARTICLE_397, offenceProven, evidence),
        // Art. 390: under which article, part and paragraph the act is an offence [confirmed].
        appliedLaw({ code: CODES.upk, article: '390', verification: 'confirmed' }),
        ...requiredBy(ARTICLE_397, circumstances, sentencingReasons),
      ],
      heading: PART_HEADINGS.descriptiveReasoning,
      hint: {
        ru: 'Преступное деяние, признанное доказанным: место, время, способ совершения, форма вины, мотив, последствия; доказательства, на которых основаны выводы суда, и мотивы, по которым отвергнуты другие доказательства; смягчающие и отягчающие обстоятельства; основания изменения квалификации или исключения части обвинения; мотивы каждого решения о наказании.',
        kk: 'Дәлелденген деп танылған қылмыстық іс-әрекет: жасалған орны, уақыты, тәсілі, кінәнің нысаны, уәжі, салдары; сот тұжырымдары негізделген дәлелдемелер және өзге дәлелдемелердің қабылданбау уәждері; жеңілдететін және ауырлататын мән-жайлар; саралауды өзгертудің немесе айыптаудың бір бөлігін алып тастаудың негіздері; жаза туралы әрбір шешімнің уәждері.',
      },
      reference: { code: CODES.upk, article: '397', verification: 'partial' },
    },
    {
      id: 'operative',
      akomaNtoso: 'decision',
      requisites: requiredBy(
        ARTICLE_627,
        guilty,
        verdictArticle,
        punishment,
        civilClaim,
        proceduralCosts,
        appealProcedure,
        verdictAppealTerm,
      ),
      heading: PART_HEADINGS.operative,
      hint: {
        ru: 'Признание подсудимого виновным по статье, части и пункту уголовного закона; назначенное наказание; решение по гражданскому иску и процессуальным издержкам; порядок и срок обжалования — 15 суток со дня получения копии приговора.',
        kk: 'Сотталушыны қылмыстық заңның бабы, бөлігі және тармағы бойынша кінәлі деп тану; тағайындалған жаза; азаматтық талап және процестік шығындар бойынша шешім; шағымдану тәртібі мен мерзімі — үкімнің көшірмесін алған күннен бастап 15 тәулік.',
      },
      reference: { code: CODES.upk, article: '627', verification: 'confirmed' },
    },
    JUDGE_SIGNATURE,
  ],
};
