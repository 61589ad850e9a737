import type { ActTemplate } from '../template';
import { appliedLaw, court, date, judge, matterDecided, requiredBy, rulingOutcome } from './requisites';
import { actOpening, CODES, JUDGE_SIGNATURE, PART_HEADINGS } from './common';

/**
 * A civil court ruling (определение / ұйғарым): ГПК РК art. 21 names rulings among the forms of act of the first,
 * appeal and cassation instances [confirmed]. The article on what a ruling contains is not in
 * shared/reference/judicial-acts-kz.md: the four parts below follow the decision of art. 226 by analogy
 * [unverified], so the parts cite no article. The signature block closes the act.
 */
export const civilRuling: ActTemplate = {
  id: 'civil-ruling',
  title: { ru: 'Определение суда по гражданскому делу', kk: 'Азаматтық іс бойынша сот ұйғарымы' },
  reference: { code: CODES.gpk, article: '21', verification: 'confirmed' },
  parts: [
    {
      id: 'introductory',
      akomaNtoso: 'header',
      requisites: requiredBy(undefined, court, date, judge),
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
      requisites: requiredBy(undefined, matterDecided),
      heading: PART_HEADINGS.descriptive,
      hint: {
        ru: 'Рассматриваемый вопрос или ходатайство: кто и о чём заявил, доводы и возражения участников — кратко, в третьем лице.',
        kk: 'Қаралатын мәселе немесе өтінішхат: кім және не туралы мәлімдеді, қатысушылардың уәждері мен қарсылықтары — қысқаша, үшінші жақта.',
      },
    },
    {
      id: 'reasoning',
      akomaNtoso: 'motivation',
      requisites: requiredBy(undefined, appliedLaw),
      heading: PART_HEADINGS.reasoning,
      hint: {
        ru: 'Мотивы, по которым суд пришёл к своим выводам, обстоятельства и доказательства, на которые он ссылается, применённые нормы права.',
        kk: 'Соттың өз тұжырымдарына келген уәждері, ол сілтеме жасайтын мән-жайлар мен дәлелдемелер, қолданылған құқық нормалары.',
      },
    },
    {
      id: 'operative',
      akomaNtoso: 'decision',
      requisites: requiredBy(undefined, rulingOutcome),
      heading: PART_HEADINGS.operative,
      hint: {
        ru: 'Вывод суда по рассматриваемому вопросу; если определение может быть обжаловано — порядок и срок обжалования.',
        kk: 'Қаралатын мәселе бойынша соттың қорытындысы; ұйғарымға шағым жасалуы мүмкін болса — шағымдану тәртібі мен мерзімі.',
      },
    },
    JUDGE_SIGNATURE,
  ],
};
