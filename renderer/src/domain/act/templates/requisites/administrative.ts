import { appealTerm, textRequisite } from './builder';

/** Requisites of administrative acts: decisions under the АППК РК and resolutions under the КоАП РК. */

// — АППК: decisions on administrative cases —

/** The respondent of an administrative case: a body or an official. */
export const respondentBody = textRequisite(
  'respondent',
  {
    ru: 'Ответчик — административный орган или должностное лицо',
    kk: 'Жауапкер — әкімшілік орган немесе лауазымды адам',
  },
  {
    ru: [/ответчик/iu, /орган/iu, /акимат/iu, /департамент/iu, /управлени/iu, /должностн/iu],
    kk: [/жауапкер/iu, /орган/iu, /әкімді[кг]/iu, /департамент/iu, /басқарма/iu, /лауазымды/iu],
  },
);

export const contestedAct = textRequisite(
  'contested-act',
  {
    ru: 'Оспариваемый административный акт, действие или бездействие',
    kk: 'Дау айтылып отырған әкімшілік акт, әрекет немесе әрекетсіздік',
  },
  {
    ru: [/оспарива/iu, /административн\p{L}{0,3}\s{1,2}акт/iu, /бездейств/iu, /действи[йяе]/iu],
    kk: [/дау айт/iu, /әкімшілік акт/iu, /әрекет/iu],
  },
);

export const legalityFinding = textRequisite(
  'legality',
  {
    ru: 'Вывод о законности оспариваемого акта или действия',
    kk: 'Дау айтылып отырған акт немесе әрекеттің заңдылығы туралы тұжырым',
  },
  { ru: [/законн/iu, /правомерн/iu], kk: [/заңды/iu, /заңсыз/iu] },
);

const ARGUMENTS_ANSWERED_LABEL = {
  ru: 'Почему суд не согласен с каждым из доводов участников',
  kk: 'Сот қатысушылардың әрбір уәжімен неге келіспейтіні',
};
const ARGUMENTS_ANSWERED_PATTERNS = {
  ru: [/довод/iu, /несостоятельн/iu, /не соглас/iu, /не может согласиться/iu],
  kk: [/уәж/iu, /негізсіз/iu, /келіспе/iu],
};

/** АППК 152 ч.4 п.5: the answer to each argument of the participants. */
export const argumentsAnswered = textRequisite(
  'arguments-answered',
  ARGUMENTS_ANSWERED_LABEL,
  ARGUMENTS_ANSWERED_PATTERNS,
);

/**
 * The same in a short decision, where the court may only refer to the decision on the pre-trial complaint when it
 * disagrees with the plaintiff (АППК 153 ч.2): «решением по результатам рассмотрения жалобы …».
 */
export const argumentsAnsweredShort = textRequisite('arguments-answered', ARGUMENTS_ANSWERED_LABEL, {
  ru: [...ARGUMENTS_ANSWERED_PATTERNS.ru, /решени\p{L}{0,2}[^.]{0,60}жалоб/iu],
  kk: [...ARGUMENTS_ANSWERED_PATTERNS.kk, /шағым\p{L}{0,6}\s{1,2}(?:қарау|бойынша)/iu],
});

/** АППК 155 ч.5: the term within which the decision is to be executed, where it obliges the respondent to act. */
export const executionTerm = textRequisite(
  'execution-term',
  { ru: 'Срок исполнения решения', kk: 'Шешімді орындау мерзімі' },
  {
    ru: [
      /срок\p{L}{0,2}\s{1,2}исполнени/iu,
      /(?:исполн|обязать)[^.]{0,120}в течение/iu,
      /в течение[^.]{0,120}исполн/iu,
    ],
    kk: [
      /орындау\s{1,2}мерзім/iu,
      /(?:орында|міндет)[^.]{0,120}ішінде/iu,
      /ішінде[^.]{0,120}(?:орында|міндет)/iu,
    ],
  },
);

/** АППК 152 ч.3, second paragraph (art. 127 ч.5, ч.9): what follows if the decision is not executed. */
export const nonExecutionConsequences = textRequisite(
  'non-execution',
  { ru: 'Правовые последствия неисполнения решения', kk: 'Шешімді орындамаудың құқықтық салдары' },
  {
    ru: [/неисполнени/iu, /не исполн/iu, /(?<!\p{L})ст\.\s?127(?!\d)/iu],
    kk: [/орында(?:ма|лма)/iu, /127-ба[бп]/iu],
  },
);

// — КоАП: resolutions on cases of administrative offences —

/** The person an administrative-offence case is about. */
export const offender = textRequisite(
  'offender',
  {
    ru: 'Лицо, в отношении которого ведётся производство, и сведения о нём',
    kk: 'Өзіне қатысты іс жүргізіліп жатқан адам және ол туралы мәліметтер',
  },
  {
    ru: [/в отношении/iu, /привлекаем/iu, /правонарушител/iu, /родивш|рождени/iu],
    kk: [/қатысты/iu, /тартылған/iu, /туған/iu],
  },
);

/** КоАП 822 ч.1 п.3: the person's data — birth date, identity document, IIN, registration, work. */
export const offenderIdentity = textRequisite(
  'offender-identity',
  {
    ru: 'Сведения о лице: дата рождения, документ, удостоверяющий личность, ИИН, место жительства, место работы',
    kk: 'Адам туралы мәліметтер: туған күні, жеке басын куәландыратын құжат, ЖСН, тұрғылықты жері, жұмыс орны',
  },
  {
    ru: [
      /рождени/iu,
      /родивш/iu,
      /(?<!\p{L})иин(?!\p{L})/iu,
      /удостоверени\p{L}{0,2}\s{1,2}личност/iu,
      /проживающ/iu,
      /зарегистрирован/iu,
      /работающ/iu,
    ],
    kk: [
      /туған/iu,
      /(?<!\p{L})жсн(?!\p{L})/iu,
      /жеке куәлі/iu,
      /тұратын/iu,
      /тіркелген/iu,
      /жұмыс істейтін/iu,
    ],
  },
);

/** The article of the КоАП providing for liability for the offence. */
export const offenceArticle = textRequisite(
  'offence-article',
  { ru: 'Статья КоАП, предусматривающая ответственность', kk: 'Жауаптылық көзделген кодекстің бабы' },
  {
    ru: [/(?<!\p{L})ст\.\s?\d/iu, /стать[яеийю]/iu, /коап/iu],
    kk: [/ба[бп]/iu, /\d+-б\./iu, /кодекс/iu],
  },
);

/** КоАП 822 ч.1 п.4: the language of the proceedings. */
export const proceedingsLanguage = textRequisite(
  'language',
  { ru: 'Язык производства по делу', kk: 'Іс жүргізу тілі' },
  {
    ru: [
      /язык\p{L}{0,2}\s{1,2}(?:производств|судопроизводств)/iu,
      /(?:русск|казахск|государственн)\p{L}{0,3}\s{1,2}язык/iu,
    ],
    kk: [/жүргізу\s{1,2}тіл/iu, /(?:орыс|қазақ|мемлекеттік)\s{1,2}тіл/iu],
  },
);

export const qualification = textRequisite(
  'qualification',
  { ru: 'Квалификация правонарушения', kk: 'Құқық бұзушылықты саралау' },
  { ru: [/квалифиц/iu, /состав/iu, /образу/iu], kk: [/сарала/iu, /құрам/iu] },
);

export const penalty = textRequisite(
  'penalty',
  {
    ru: 'Решение по делу: взыскание (вид, размер) или прекращение производства',
    kk: 'Іс бойынша шешім: жаза (түрі, мөлшері) не іс жүргізуді тоқтату',
  },
  {
    ru: [/виновн/iu, /взыскани/iu, /штраф/iu, /прекрат/iu, /предупреждени/iu, /арест/iu],
    kk: [/кінәлі/iu, /жаза/iu, /айыппұл/iu, /тоқтат/iu, /ескерту/iu, /қамаққа/iu],
  },
);

/** КоАП 822 ч.1 п.8, 832 ч.1: ten days from service of the resolution; the number must be there, not «срок» alone. */
export const offenceAppealTerm = appealTerm(
  {
    ru: 'Срок обжалования — 10 суток со дня вручения копии постановления',
    kk: 'Шағымдану мерзімі — қаулының көшірмесі табыс етілген күннен бастап 10 тәулік',
  },
  { ru: [/(?:10|десят\p{L}{0,3})\s{1,2}сут/iu], kk: [/(?:10|он)\s{1,2}тәулік/iu] },
);

/** КоАП 822 ч.1 п.9: the term for paying the fine voluntarily or executing another penalty, where one is imposed. */
export const paymentTerm = textRequisite(
  'payment-term',
  {
    ru: 'Срок добровольной уплаты штрафа или исполнения иного взыскания',
    kk: 'Айыппұлды өз еркімен төлеу немесе өзге жазаны орындау мерзімі',
  },
  {
    ru: [
      /добровольн\p{L}{0,3}\s{1,2}(?:уплат|исполнени)/iu,
      /уплат\p{L}{0,3}[^.]{0,60}(?:в течение|срок|не позднее)/iu,
      /(?:в течение|срок|не позднее)[^.]{0,60}(?:уплат|исполн)/iu,
    ],
    kk: [
      /өз еркімен/iu,
      /төле[^.]{0,60}(?:ішінде|мерзім|кешіктірмей)/iu,
      /(?:ішінде|мерзім|кешіктірмей)[^.]{0,60}төле/iu,
    ],
  },
);

/** КоАП 822 ч.3: what becomes of seized things and documents, where any were seized. */
export const seizedThings = textRequisite(
  'seized-things',
  { ru: 'Решение об изъятых вещах и документах', kk: 'Алып қойылған заттар мен құжаттар туралы шешім' },
  {
    ru: [/изъят/iu, /веществен\p{L}{0,3}\s{1,2}доказательств/iu, /конфиск/iu, /арестованн/iu],
    kk: [/алып қойыл/iu, /заттай дәлел/iu, /тәркіле/iu],
  },
);

/** КоАП 829-14 ч.2: the damage to be made good, its amount, term and procedure, where damage is awarded. */
export const damage = textRequisite(
  'damage',
  {
    ru: 'Размер ущерба, срок и порядок его возмещения',
    kk: 'Залалдың мөлшері, оны өтеу мерзімі мен тәртібі',
  },
  { ru: [/ущерб/iu, /(?<!\p{L})вред/iu, /возмещени/iu], kk: [/залал/iu, /зиян/iu, /өтеу/iu] },
);
