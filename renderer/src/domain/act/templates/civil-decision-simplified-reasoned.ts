import type { ActTemplate, LegalReference } from '../template';
import { CODES, JUDGE_SIGNATURE, PART_HEADINGS } from './common';
import { civilDecisionOperative, civilDecisionReasoning, gpk226 } from './part-requisites';
import { SIMPLIFIED_INTRODUCTORY, SIMPLIFIED_OPERATIVE_HINT } from './civil-decision-simplified';
import { simplifiedAppealTerm } from './requisites';

/** ГПК art. 267-4 ч.1: the reasoned decision in simplified (written) proceedings [confirmed, legal audit 2026-12, S3]. */
const ARTICLE_267_4_1: LegalReference = {
  code: CODES.gpk,
  article: '267-4',
  part: '1',
  verification: 'confirmed',
};

/**
 * The reasoned decision in simplified (written) proceedings, ГПК РК chapter 21-1: on a party's written petition made
 * before the decision takes effect, or of its own motion, the court makes a decision of three parts — introductory,
 * reasoning and operative, with no descriptive part (art. 267-4 ч.1) [confirmed, legal audit 2026-12, S3]. Each part
 * contains what it contains in the full decision (art. 226 ч.3, ч.5, ч.6–7; civil-decision.ts), without the
 * secretary: the case is heard without calling the parties (art. 267-3 ч.5). The appeal opens after the period for
 * an application to set the decision aside (art. 267-4 ч.4). Whether the decision must state the defendant's right
 * to apply to set it aside within five working days (ч.2) is unverified, so the hint suggests it and nothing checks
 * it. The signature block closes the act.
 */
export const civilDecisionSimplifiedReasoned: ActTemplate = {
  id: 'civil-decision-simplified-reasoned',
  title: {
    ru: 'Решение суда по гражданскому делу в упрощённом (письменном) производстве, с мотивировочной частью',
    kk: 'Азаматтық іс бойынша оңайлатылған (жазбаша) іс жүргізудегі сот шешімі, уәждеу бөлігімен',
  },
  reference: ARTICLE_267_4_1,
  parts: [
    SIMPLIFIED_INTRODUCTORY,
    {
      id: 'reasoning',
      akomaNtoso: 'motivation',
      heading: PART_HEADINGS.reasoning,
      hint: {
        ru: 'Кратко — требования истца и возражения ответчика; обстоятельства дела, установленные судом; доказательства, на которых основаны выводы суда; доводы, по которым суд отвергает те или иные доказательства; применённые нормы материального и процессуального права.',
        kk: 'Қысқаша — талапкердің талаптары мен жауапкердің қарсылықтары; сот анықтаған іс мән-жайлары; сот тұжырымдары негізделген дәлелдемелер; сот кейбір дәлелдемелерді қабылдамайтын уәждер; қолданылған материалдық және іс жүргізу құқығының нормалары.',
      },
      reference: gpk226('5'),
      requisites: civilDecisionReasoning(),
    },
    {
      id: 'operative',
      akomaNtoso: 'decision',
      heading: PART_HEADINGS.operative,
      hint: SIMPLIFIED_OPERATIVE_HINT,
      reference: { ...ARTICLE_267_4_1, part: '1, 4' },
      requisites: civilDecisionOperative(simplifiedAppealTerm({ ...ARTICLE_267_4_1, part: '4' })),
    },
    JUDGE_SIGNATURE,
  ],
};
