import type { ActTemplate, LegalReference } from '../template';
import { OFFENCE_RESOLUTION_HINTS } from './administrative-offence-resolution';
import { actOpening, CODES, JUDGE_SIGNATURE, PART_HEADINGS } from './common';
import {
  offenceResolutionIntroductory,
  offenceResolutionOperative,
  offenceResolutionReasoning,
} from './part-requisites';

/** КоАП art. 822 ч.5: the resolution of three parts [confirmed, legal audit 2026-12, S2]. */
const ARTICLE_822_5: LegalReference = {
  code: CODES.koap,
  article: '822',
  part: '5',
  verification: 'confirmed',
};
/** КоАП art. 822 ч.1: what a resolution states, for a court by art. 829-14 ч.3 [confirmed, legal audit 2026-12, S2]. */
const ARTICLE_822_1: LegalReference = {
  code: CODES.koap,
  article: '822',
  part: '1',
  verification: 'confirmed',
};

/**
 * A resolution in a case of an administrative offence in three parts — introductory, descriptive-reasoning and
 * operative — as КоАП РК art. 822 ч.5 names them for the resolution made in full [confirmed, legal audit 2026-12,
 * S2]; art. 822 ч.1 lists what it states, and art. 829-14 ч.3 applies that list to a court. The same article's short
 * resolution (introductory, «установочная», operative) is not a template: its middle part has no heading or part id
 * of ours yet. The Kazakh heading «Сипаттау-уәждеу бөлігі» and the code's Kazakh abbreviation are unverified. The
 * signature block closes the act.
 */
export const administrativeOffenceResolutionReasoned: ActTemplate = {
  id: 'administrative-offence-resolution-reasoned',
  title: {
    ru: 'Постановление по делу об административном правонарушении (вводная, описательно-мотивировочная и резолютивная части)',
    kk: 'Әкімшілік құқық бұзушылық туралы іс бойынша қаулы (кіріспе, сипаттау-уәждеу және қарар бөліктері)',
  },
  reference: ARTICLE_822_5,
  parts: [
    {
      id: 'introductory',
      akomaNtoso: 'header',
      requisites: offenceResolutionIntroductory(),
      heading: PART_HEADINGS.introductory,
      hint: OFFENCE_RESOLUTION_HINTS.introductory,
      initialParagraphs: actOpening({ ru: 'ПОСТАНОВЛЕНИЕ', kk: 'ҚАУЛЫ' }),
      reference: ARTICLE_822_1,
    },
    {
      id: 'descriptive-reasoning',
      akomaNtoso: 'motivation',
      requisites: offenceResolutionReasoning(),
      heading: PART_HEADINGS.descriptiveReasoning,
      hint: {
        ru: 'Обстоятельства, установленные судьёй (при необходимости — кратко изложенные в протоколе и объяснения участников); доказательства и их оценка по относимости, допустимости и достоверности; квалификация правонарушения; смягчающие и отягчающие обстоятельства; мотивы выбора взыскания.',
        kk: 'Судья анықтаған мән-жайлар (қажет болса — хаттамада баяндалғандары мен қатысушылардың түсініктемелері қысқаша); дәлелдемелер және оларды қатыстылығы, жол берілетіндігі және анықтығы тұрғысынан бағалау; құқық бұзушылықты саралау; жеңілдететін және ауырлататын мән-жайлар; жаза түрін таңдау уәждері.',
      },
      reference: { ...ARTICLE_822_1, verification: 'partial' },
    },
    {
      id: 'operative',
      akomaNtoso: 'decision',
      requisites: offenceResolutionOperative(),
      heading: PART_HEADINGS.operative,
      hint: OFFENCE_RESOLUTION_HINTS.operative,
      reference: ARTICLE_822_1,
    },
    JUDGE_SIGNATURE,
  ],
};
