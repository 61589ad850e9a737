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

/**
 * The opening of an act the codes make «in the name of the Republic of Kazakhstan»: a civil decision (ГПК 226 ч.1),
 * an administrative decision (АППК 152 ч.1) and a verdict (УПК 387, 396 п.1) [confirmed, audit 2026-12, S1 S3 S4]. A
 * new draft opens with the act's name and this line.
 */
export function actOpeningInTheNameOfTheRepublic(
  actName: LocalizedText,
): Record<keyof LocalizedText, string[]> {
  return {
    ru: [actName.ru, 'ИМЕНЕМ РЕСПУБЛИКИ КАЗАХСТАН'],
    kk: [actName.kk, 'ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ АТЫНАН'],
  };
}

/**
 * The opening of an act whose content article does not require that line — a ruling (ГПК 269), a court order
 * (ГПК 140), an appeal resolution (ГПК 426), a КоАП resolution (КоАП 822, 829-14) [confirmed, audit 2026-12]: a new
 * draft opens with the act's name only. Whether practice adds the line to these acts is unverified, so a trainee
 * who writes it is not faulted either.
 */
export function actOpening(actName: LocalizedText): Record<keyof LocalizedText, string[]> {
  return { ru: [actName.ru], kk: [actName.kk] };
}

/** The closing signature of an act made by one judge. */
export const JUDGE_SIGNATURE: ActPartTemplate = {
  id: 'signature',
  akomaNtoso: 'conclusions',
  heading: { ru: 'Подпись судьи', kk: 'Судьяның қолы' },
  hint: { ru: 'Судья (подпись) Фамилия И. О.', kk: 'Судья (қолы) Тегі А. Ә.' },
};
