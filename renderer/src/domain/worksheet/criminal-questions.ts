import type { LegalReference, Verification } from '../act/template';
import { CODES } from '../act/templates/common';
import type { ContentLanguage, LocalizedText } from '../language';

/**
 * The questions a court decides when passing a verdict, УПК РК art. 390: the reasoning checklist of a criminal
 * case (shared/reference/judicial-acts-kz.md, "Criminal verdict"). That the article asks these questions, in this
 * order, is confirmed; the wording below is ours, reconstructed from the article's content, so it is marked as
 * such (`partial` in Russian; the Kazakh wording is a translation not checked against the official Kazakh text).
 */
export const CRIMINAL_QUESTIONS_REFERENCE: LegalReference = {
  code: CODES.upk,
  article: '390',
  verification: 'partial',
};

/** How sure we are of the questions' wording, per language (the list itself is confirmed). */
export const CRIMINAL_QUESTIONS_WORDING: Record<ContentLanguage, Verification> = {
  ru: 'partial',
  kk: 'unverified',
};

export interface CriminalQuestion {
  /** Stable id, stored in drafts and submissions with the answer: never rename one. */
  id: string;
  question: LocalizedText;
}

export const CRIMINAL_QUESTIONS = [
  {
    id: 'act-occurred',
    question: {
      ru: 'Доказано ли, что имело место деяние, в совершении которого обвиняется подсудимый?',
      kk: 'Сотталушы жасады деп айыпталып отырған әрекеттің орын алғаны дәлелденді ме?',
    },
  },
  {
    id: 'offence-qualification',
    question: {
      ru: 'Является ли это деяние уголовным правонарушением и какими статьёй, частью, пунктом УК РК оно предусмотрено?',
      kk: 'Бұл әрекет қылмыстық құқық бұзушылық болып табыла ма және ол ҚК-нің қай бабымен, бөлігімен, тармағымен көзделген?',
    },
  },
  {
    id: 'committed-by-defendant',
    question: {
      ru: 'Доказано ли, что деяние совершил подсудимый?',
      kk: 'Әрекетті сотталушы жасағаны дәлелденді ме?',
    },
  },
  {
    id: 'guilt',
    question: {
      ru: 'Виновен ли подсудимый в совершении этого уголовного правонарушения?',
      kk: 'Сотталушы осы қылмыстық құқық бұзушылықты жасауға кінәлі ме?',
    },
  },
  {
    id: 'mitigating-aggravating',
    question: {
      ru: 'Имеются ли обстоятельства, смягчающие или отягчающие уголовную ответственность и наказание?',
      kk: 'Қылмыстық жауаптылық пен жазаны жеңілдететін немесе ауырлататын мән-жайлар бар ма?',
    },
  },
  {
    id: 'subject-to-punishment',
    question: {
      ru: 'Подлежит ли подсудимый наказанию за совершённое уголовное правонарушение?',
      kk: 'Сотталушы жасаған қылмыстық құқық бұзушылығы үшін жазаға жата ма?',
    },
  },
  {
    id: 'punishment',
    question: {
      ru: 'Какое наказание должно быть назначено подсудимому?',
      kk: 'Сотталушыға қандай жаза тағайындалуға тиіс?',
    },
  },
  {
    id: 'no-punishment-release-deferral',
    question: {
      ru: 'Имеются ли основания для постановления приговора без назначения наказания, освобождения от наказания или отсрочки его отбывания?',
      kk: 'Жаза тағайындамай үкім шығаруға, жазадан босатуға немесе жазаны өтеуді кейінге қалдыруға негіздер бар ма?',
    },
  },
  {
    id: 'institution-regime',
    question: {
      ru: 'Какие вид учреждения уголовно-исполнительной системы и режим должны быть определены подсудимому, если назначается лишение свободы?',
      kk: 'Бас бостандығынан айыру тағайындалса, сотталушыға қылмыстық-атқару жүйесі мекемесінің қандай түрі және қандай режим белгіленуге тиіс?',
    },
  },
  {
    id: 'civil-claim',
    question: {
      ru: 'Подлежит ли удовлетворению гражданский иск, в чью пользу и в каком размере?',
      kk: 'Азаматтық талап қанағаттандырылуға жата ма, кімнің пайдасына және қандай мөлшерде?',
    },
  },
  {
    id: 'seized-property',
    question: {
      ru: 'Как поступить с имуществом, на которое наложен арест?',
      kk: 'Тыйым салынған мүлікке қатысты қандай шешім қабылдануға тиіс?',
    },
  },
  {
    id: 'physical-evidence',
    question: {
      ru: 'Как поступить с вещественными доказательствами?',
      kk: 'Заттай дәлелдемелерге қатысты қандай шешім қабылдануға тиіс?',
    },
  },
  {
    id: 'procedural-costs',
    question: {
      ru: 'На кого и в каком размере должны быть возложены процессуальные издержки?',
      kk: 'Процестік шығындар кімге және қандай мөлшерде жүктелуге тиіс?',
    },
  },
] as const satisfies readonly CriminalQuestion[];

export type CriminalQuestionId = (typeof CRIMINAL_QUESTIONS)[number]['id'];

export const CRIMINAL_QUESTION_IDS: readonly CriminalQuestionId[] = CRIMINAL_QUESTIONS.map(
  (question) => question.id,
);
