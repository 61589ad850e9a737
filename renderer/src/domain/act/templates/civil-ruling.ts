import type { ActTemplate, LegalReference } from '../template';
import {
  appealProcedure,
  appliedLaw,
  caseParticipants,
  claimSubject,
  court,
  date,
  judge,
  matterDecided,
  place,
  requiredBy,
  rulingAppealTerm,
  rulingOutcome,
  secretary,
  whereApplicable,
} from './requisites';
import { actOpening, CODES, JUDGE_SIGNATURE, PART_HEADINGS } from './common';

/** ГПК art. 269 ч.1: what a ruling states [confirmed, legal audit 2026-12, S3]. */
const ARTICLE_269: LegalReference = { code: CODES.gpk, article: '269', part: '1', verification: 'confirmed' };
/** ГПК art. 429 ч.1: a частная жалоба within ten working days [confirmed, legal audit 2026-12, S3]. */
const ARTICLE_429: LegalReference = { code: CODES.gpk, article: '429', part: '1', verification: 'confirmed' };

/**
 * A civil court ruling (определение / ұйғарым): an act that does not decide the case on the merits (ГПК РК art. 268
 * ч.1); art. 269 lists what it states [confirmed, legal audit 2026-12, S3]. The code prescribes no parts: the four
 * parts below are a drafting convention, and each cites the items of art. 269 it holds. Where the ruling may be
 * appealed, it states the procedure and term (п.7): a частная жалоба within ten working days of the ruling in final
 * form (art. 429 ч.1). The signature block closes the act.
 */
export const civilRuling: ActTemplate = {
  id: 'civil-ruling',
  title: { ru: 'Определение суда по гражданскому делу', kk: 'Азаматтық іс бойынша сот ұйғарымы' },
  reference: { code: CODES.gpk, article: '269', verification: 'confirmed' },
  parts: [
    {
      id: 'introductory',
      akomaNtoso: 'header',
      requisites: [
        ...requiredBy(ARTICLE_269, court, date, place, judge),
        // A ruling made outside a hearing (on securing a claim, on accepting one) has no secretary of a hearing.
        whereApplicable(secretary)(ARTICLE_269),
        ...requiredBy(ARTICLE_269, caseParticipants, claimSubject),
      ],
      reference: ARTICLE_269,
      heading: PART_HEADINGS.introductory,
      hint: {
        ru: 'Дата и место вынесения определения, суд, судья, секретарь, участники дела и их представители, вопрос, по которому выносится определение.',
        kk: 'Ұйғарым шығарылған күн мен орын, сот, судья, хатшы, іске қатысушылар мен олардың өкілдері, ұйғарым шығарылатын мәселе.',
      },
      initialParagraphs: actOpening({ ru: 'ОПРЕДЕЛЕНИЕ', kk: 'ҰЙҒАРЫМ' }),
    },
    {
      id: 'descriptive',
      akomaNtoso: 'background',
      requisites: requiredBy(ARTICLE_269, matterDecided),
      reference: ARTICLE_269,
      heading: PART_HEADINGS.descriptive,
      hint: {
        ru: 'Рассматриваемый вопрос или ходатайство: кто и о чём заявил, доводы и возражения участников — кратко, в третьем лице.',
        kk: 'Қаралатын мәселе немесе өтінішхат: кім және не туралы мәлімдеді, қатысушылардың уәждері мен қарсылықтары — қысқаша, үшінші жақта.',
      },
    },
    {
      id: 'reasoning',
      akomaNtoso: 'motivation',
      requisites: requiredBy(ARTICLE_269, appliedLaw),
      reference: ARTICLE_269,
      heading: PART_HEADINGS.reasoning,
      hint: {
        ru: 'Мотивы, по которым суд пришёл к своим выводам, обстоятельства и доказательства, на которые он ссылается, применённые нормы права.',
        kk: 'Соттың өз тұжырымдарына келген уәждері, ол сілтеме жасайтын мән-жайлар мен дәлелдемелер, қолданылған құқық нормалары.',
      },
    },
    {
      id: 'operative',
      akomaNtoso: 'decision',
      requisites: [
        rulingOutcome(ARTICLE_269),
        // Art. 269 ч.1 п.7: «если оно подлежит обжалованию».
        whereApplicable(appealProcedure)(ARTICLE_269),
        whereApplicable(rulingAppealTerm)(ARTICLE_429),
      ],
      reference: ARTICLE_269,
      heading: PART_HEADINGS.operative,
      hint: {
        ru: 'Вывод суда по рассматриваемому вопросу; если определение может быть обжаловано — порядок и срок обжалования (частная жалоба — в течение десяти рабочих дней со дня изготовления определения в окончательной форме).',
        kk: 'Қаралатын мәселе бойынша соттың қорытындысы; ұйғарымға шағым жасалуы мүмкін болса — шағымдану тәртібі мен мерзімі (жеке шағым — ұйғарым түпкілікті нысанда дайындалған күннен бастап он жұмыс күні ішінде).',
      },
    },
    JUDGE_SIGNATURE,
  ],
};
