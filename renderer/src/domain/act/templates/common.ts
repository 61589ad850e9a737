import type { LocalizedText } from '../../language';
import type { ActPartTemplate } from '../template';

/** The procedural codes templates cite, abbreviated as in shared/reference/judicial-acts-kz.md. */
export const CODES = {
  gpk: { ru: 'ГПК РК', kk: 'АПК ҚР' },
  upk: { ru: 'УПК РК', kk: 'ҚПК ҚР' },
  appk: { ru: 'АППК РК', kk: 'ӘРПК ҚР' },
  /** The Kazakh abbreviation ӘҚБтК is unverified. */
  koap: { ru: 'КоАП РК', kk: 'ӘҚБтК ҚР' },
} satisfies Record<string, LocalizedText>;

/**
 * The parts' headings as the codes name them (shared/reference/judicial-acts-kz.md, vocabulary): confirmed in both
 * languages, except the Kazakh «Сипаттау-уәждеу бөлігі», which is unverified.
 */
export const PART_HEADINGS = {
  introductory: { ru: 'Вводная часть', kk: 'Кіріспе бөлік' },
  descriptive: { ru: 'Описательная часть', kk: 'Сипаттау бөлігі' },
  reasoning: { ru: 'Мотивировочная часть', kk: 'Уәждеу бөлігі' },
  descriptiveReasoning: { ru: 'Описательно-мотивировочная часть', kk: 'Сипаттау-уәждеу бөлігі' },
  operative: { ru: 'Резолютивная часть', kk: 'Қарар бөлігі' },
} satisfies Record<string, LocalizedText>;

/** Every act is made in the name of the Republic [confirmed]: a new draft opens with the act's name and this line. */
export function actOpening(actName: LocalizedText): Record<keyof LocalizedText, string[]> {
  return {
    ru: [actName.ru, 'ИМЕНЕМ РЕСПУБЛИКИ КАЗАХСТАН'],
    kk: [actName.kk, 'ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ АТЫНАН'],
  };
}

/** The closing signature of an act made by one judge. */
export const JUDGE_SIGNATURE: ActPartTemplate = {
  id: 'signature',
  akomaNtoso: 'conclusions',
  heading: { ru: 'Подпись судьи', kk: 'Судьяның қолы' },
  hint: { ru: 'Судья (подпись) Фамилия И. О.', kk: 'Судья (қолы) Тегі А. Ә.' },
};
