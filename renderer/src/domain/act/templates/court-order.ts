import type { ActTemplate, LegalReference } from '../template';
import {
  caseNumber,
  contractualPenalty,
  costs,
  court,
  date,
  defendant,
  defendantObjectionRight,
  judge,
  legalBasis,
  partyIdentity,
  plaintiff,
  recovery,
  requiredBy,
  whereApplicable,
} from './requisites';
import { actOpening, CODES, JUDGE_SIGNATURE, PART_HEADINGS } from './common';

/** ГПК 140 ч.1: what a court order states [confirmed, legal audit 2026-12, S3]. */
const ARTICLE_140: LegalReference = { code: CODES.gpk, article: '140', part: '1', verification: 'confirmed' };

/**
 * A court order (судебный приказ / сот бұйрығы), ГПК РК chapter 12: art. 140 lists what it states [confirmed]; the
 * ГПК has called the parties «истец» and «ответчик» since Law 20.12.2021 № 84-VII, not «взыскатель» and «должник»
 * (legal audit 2026-12, S3). The objection term is ten working days from receipt of a copy (art. 141 ч.2). The code
 * prescribes no parts: the introductory and operative parts are a layout only. The Kazakh name «сот бұйрығы» is
 * unverified in the code's text. The signature block closes the act.
 */
export const courtOrder: ActTemplate = {
  id: 'court-order',
  title: { ru: 'Судебный приказ', kk: 'Сот бұйрығы' },
  reference: { code: CODES.gpk, article: '140', verification: 'confirmed' },
  parts: [
    {
      id: 'introductory',
      akomaNtoso: 'header',
      requisites: requiredBy(
        ARTICLE_140,
        caseNumber,
        court,
        date,
        judge,
        plaintiff,
        defendant,
        partyIdentity,
      ),
      heading: PART_HEADINGS.introductory,
      hint: {
        ru: 'Номер производства и дата приказа, суд, фамилия и инициалы судьи, истец и ответчик и сведения о них (дата рождения, место жительства или нахождения, ИИН или БИН, банковские реквизиты), требование и документы, на которых оно основано.',
        kk: 'Іс жүргізудің нөмірі мен бұйрықтың күні, сот, судьяның тегі мен аты-жөнінің бас әріптері, талапкер мен жауапкер және олар туралы мәліметтер (туған күні, тұрғылықты жері немесе орналасқан жері, ЖСН немесе БСН, банктік деректемелері), талап және ол негізделген құжаттар.',
      },
      initialParagraphs: actOpening({ ru: 'СУДЕБНЫЙ ПРИКАЗ', kk: 'СОТ БҰЙРЫҒЫ' }),
    },
    {
      id: 'operative',
      akomaNtoso: 'decision',
      requisites: [
        ...requiredBy(ARTICLE_140, legalBasis, recovery),
        whereApplicable(contractualPenalty)(ARTICLE_140),
        ...requiredBy(ARTICLE_140, costs, defendantObjectionRight),
      ],
      heading: PART_HEADINGS.operative,
      hint: {
        ru: 'Закон, на основании которого удовлетворено требование; что и с кого взыскивается в пользу истца: сумма или имущество, неустойка, государственная пошлина, взыскиваемая с ответчика; право ответчика заявить возражения в течение десяти рабочих дней со дня получения копии приказа.',
        kk: 'Талапты қанағаттандыруға негіз болған заң; талапкердің пайдасына кімнен не өндіріп алынады: сома немесе мүлік, тұрақсыздық айыбы, жауапкерден өндірілетін мемлекеттік баж; жауапкердің бұйрықтың көшірмесін алған күннен бастап он жұмыс күні ішінде қарсылық білдіру құқығы.',
      },
    },
    JUDGE_SIGNATURE,
  ],
};
