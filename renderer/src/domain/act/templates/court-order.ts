import type { ActTemplate } from '../template';
import {
  costs,
  court,
  creditor,
  date,
  debtor,
  debtorObjectionRight,
  judge,
  recovery,
  requiredBy,
} from './requisites';
import { actOpening, CODES, JUDGE_SIGNATURE, PART_HEADINGS } from './common';

/**
 * A court order (судебный приказ / сот бұйрығы): ГПК РК art. 21 names court orders among the acts of the first
 * instance [confirmed]; the Kazakh name «сот бұйрығы» is unverified. What an order contains is not in
 * shared/reference/judicial-acts-kz.md: the parts below (introductory, operative with the claim to recover,
 * signature) and their hints are unverified, so the parts cite no article; check them against the ГПК before
 * relying on them.
 */
export const courtOrder: ActTemplate = {
  id: 'court-order',
  title: { ru: 'Судебный приказ', kk: 'Сот бұйрығы' },
  reference: { code: CODES.gpk, article: '21', verification: 'confirmed' },
  parts: [
    {
      id: 'introductory',
      akomaNtoso: 'header',
      requisites: requiredBy(undefined, court, date, judge, creditor, debtor),
      heading: PART_HEADINGS.introductory,
      hint: {
        ru: 'Номер и дата приказа, суд, судья, взыскатель и должник и сведения о них, требование и документы, на которых оно основано.',
        kk: 'Бұйрықтың нөмірі мен күні, сот, судья, өндіріп алушы мен борышкер және олар туралы мәліметтер, талап және ол негізделген құжаттар.',
      },
      initialParagraphs: actOpening({ ru: 'СУДЕБНЫЙ ПРИКАЗ', kk: 'СОТ БҰЙРЫҒЫ' }),
    },
    {
      id: 'operative',
      akomaNtoso: 'decision',
      requisites: requiredBy(undefined, recovery, costs, debtorObjectionRight),
      heading: PART_HEADINGS.operative,
      hint: {
        ru: 'Что и с кого взыскивается в пользу взыскателя: сумма или имущество, расходы по уплате государственной пошлины; право должника заявить возражения и срок для этого.',
        kk: 'Өндіріп алушының пайдасына кімнен не өндіріп алынады: сома немесе мүлік, мемлекеттік баж төлеу шығыстары; борышкердің қарсылық білдіру құқығы және оның мерзімі.',
      },
    },
    JUDGE_SIGNATURE,
  ],
};
