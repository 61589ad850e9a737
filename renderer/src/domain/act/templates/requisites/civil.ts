import { appealTerm, textRequisite } from './builder';

/** Requisites of civil acts (ГПК РК): decisions, rulings, appeal resolutions, court orders. */

// — the introductory part —

/** The matter a ruling decides. */
export const matterDecided = textRequisite(
  'matter',
  { ru: 'Рассматриваемый вопрос (ходатайство, заявление)', kk: 'Қаралатын мәселе (өтінішхат, арыз)' },
  {
    ru: [/ходатайств/iu, /заявлени/iu, /вопрос/iu, /жалоб/iu],
    kk: [/өтінішхат/iu, /арыз/iu, /мәселе/iu, /шағым/iu],
  },
);

export const appealedAct = textRequisite(
  'appealed-act',
  {
    ru: 'Обжалуемый судебный акт и кем подана жалоба',
    kk: 'Шағым жасалған сот актісі және шағымды кім берді',
  },
  {
    ru: [/обжалуем/iu, /апелляционн\p{L}{0,3}\s{1,2}жалоб/iu, /ходатайств/iu],
    kk: [/шағым/iu, /өтінішхат/iu],
  },
);

/** A court order's number of proceedings (ГПК 140 ч.1 п.1): «Дело № 2-1234/2024», not «районный суд № 2». */
export const caseNumber = textRequisite(
  'case-number',
  { ru: 'Номер производства (дела)', kk: 'Іс жүргізудің (істің) нөмірі' },
  {
    ru: [
      /(?:дел|производств|приказ)\p{L}{0,2}\s{1,2}№/iu,
      /№\s?\d{1,5}[-/]\d/u,
      /номер\p{L}{0,2}\s{1,2}(?:дел|производств)/iu,
    ],
    kk: [/(?<!\p{L})іс\p{L}{0,3}\s{1,2}№/iu, /№\s?\d{1,5}[-/]\d/u, /нөмір/iu],
  },
);

/** What a court order says of each party (ГПК 140 ч.1 пп.3–4): birth date, address, IIN or BIN, bank details. */
export const partyIdentity = textRequisite(
  'party-identity',
  {
    ru: 'Сведения о сторонах: дата рождения, место жительства или нахождения, ИИН или БИН, реквизиты',
    kk: 'Тараптар туралы мәліметтер: туған күні, тұрғылықты немесе орналасқан жері, ЖСН немесе БСН, деректемелері',
  },
  {
    ru: [
      /(?<!\p{L})(?:иин|бин)(?!\p{L})/iu,
      /рождени/iu,
      /родивш/iu,
      /проживающ/iu,
      /зарегистрирован/iu,
      /адрес/iu,
      /мест\p{L}{0,2}\s{1,2}(?:жительств|нахождени)/iu,
      /реквизит/iu,
    ],
    kk: [
      /(?<!\p{L})(?:жсн|бсн)(?!\p{L})/iu,
      /туған/iu,
      /тұратын/iu,
      /тұрғылықты/iu,
      /мекенжай/iu,
      /орналасқан/iu,
      /деректеме/iu,
      /тіркелген/iu,
    ],
  },
);

// — the descriptive part —

export const claim = textRequisite(
  'claim',
  { ru: 'Требования истца: предмет и основания', kk: 'Талапкердің талаптары: нысанасы мен негіздері' },
  {
    ru: [/(?<!\p{L})иск/iu, /требовани/iu, /проси[тл]/iu, /заявлени/iu],
    kk: [/тала[пб]/iu, /сұра/iu, /арыз/iu],
  },
);

export const objections = textRequisite(
  'objections',
  { ru: 'Возражения ответчика', kk: 'Жауапкердің қарсылықтары' },
  {
    ru: [/возраж/iu, /не призна/iu, /отзыв/iu, /против/iu],
    kk: [/қарсы/iu, /мойындама/iu, /пікір/iu],
  },
);

/** ГПК 226 ч.4: the third parties' explanations, where the case has third parties. */
export const thirdParties = textRequisite(
  'third-parties',
  { ru: 'Объяснения третьих лиц', kk: 'Үшінші тұлғалардың түсініктемелері' },
  { ru: [/трет\p{L}{1,3}\s{1,2}лиц/iu], kk: [/үшінші тұлға/iu] },
);

/** ГПК 226 ч.4: «с указанием на доказательства, которыми они обосновывают доводы». */
export const partiesEvidence = textRequisite(
  'parties-evidence',
  {
    ru: 'Доказательства, которыми стороны обосновывают свои доводы',
    kk: 'Тараптар өз уәждерін негіздейтін дәлелдемелер',
  },
  {
    ru: [/доказательств/iu, /ссыла/iu, /подтвержда/iu, /обосновыва/iu, /в подтверждение/iu, /представил/iu],
    kk: [/дәлел/iu, /сілтеме/iu, /растал/iu, /растайт/iu, /негізде/iu, /ұсынды/iu],
  },
);

export const appealArguments = textRequisite(
  'appeal-arguments',
  { ru: 'Доводы апелляционной жалобы (ходатайства)', kk: 'Апелляциялық шағымның (өтінішхаттың) уәждері' },
  { ru: [/довод/iu, /жалоб/iu, /ходатайств/iu], kk: [/уәж/iu, /шағым/iu, /өтінішхат/iu] },
);

/** ГПК 426 ч.1 п.5: what the first instance found and decided, and why. */
export const firstInstance = textRequisite(
  'first-instance',
  {
    ru: 'Обстоятельства, установленные судом первой инстанции, его мотивы и краткое содержание его решения',
    kk: 'Бірінші сатыдағы сот анықтаған мән-жайлар, оның уәждері және шешімінің қысқаша мазмұны',
  },
  {
    ru: [/перв\p{L}{0,3}\s{1,2}инстанц/iu, /(?<!\p{L})решением\s/iu, /обжалуем\p{L}{0,3}\s{1,2}решени/iu],
    kk: [/бірінші саты/iu, /(?<!\p{L})шешімі(?:мен|нде)/iu, /шағым жасалған шешім/iu],
  },
);

// — the operative part —

/** ГПК 226 ч.7: the court's order and term of execution, immediate execution, or security for it. */
export const execution = textRequisite(
  'execution',
  {
    ru: 'Порядок и срок исполнения, немедленное исполнение или обеспечение исполнения',
    kk: 'Орындау тәртібі мен мерзімі, дереу орындау немесе орындауды қамтамасыз ету',
  },
  {
    ru: [
      /немедленн\p{L}{0,3}\s{1,2}исполн/iu,
      /(?:порядок|порядке|срок|обеспечени\p{L}{0,2})\s{1,2}исполнени/iu,
      /рассрочк/iu,
      /отсрочк/iu,
    ],
    kk: [
      /дереу орында/iu,
      /орындау(?:дың)? (?:тәртіб|мерзім)/iu,
      /орындалуын қамтамасыз/iu,
      /кейінге қалдыр/iu,
      /бөліп төле/iu,
    ],
  },
);

/** A civil appeal term counts only beside the appeal it is for: «сроком на …», «в течение месяца» alone say something else. */
const CIVIL_APPEAL_TERM_PATTERNS = {
  ru: [
    /(?:обжал|апелляц|жалоб)[^.]{0,120}(?:срок|месяц|\d{1,3}\s?(?:дн|сут))/iu,
    /(?:срок|месяц|\d{1,3}\s?(?:дн|сут))[^.]{0,120}(?:обжал|апелляц|жалоб)/iu,
  ],
  kk: [
    /шағым[^.]{0,120}(?:мерзім|(?<!\p{L})ай(?!\p{L})|\d{1,3}\s?(?:күн|тәулік))/iu,
    /(?:мерзім|(?<!\p{L})ай(?!\p{L})|\d{1,3}\s?(?:күн|тәулік))[^.]{0,120}шағым/iu,
  ],
};

export const civilAppealTerm = appealTerm(
  {
    ru: 'Срок обжалования — месяц со дня принятия решения в окончательной форме',
    kk: 'Шағымдану мерзімі — шешім түпкілікті нысанда шығарылған күннен бастап бір ай',
  },
  CIVIL_APPEAL_TERM_PATTERNS,
);

/** ГПК 267-4 ч.4: the appeal against a decision in simplified proceedings opens after the set-aside period. */
export const simplifiedAppealTerm = appealTerm(
  {
    ru: 'Срок обжалования — по истечении срока на подачу заявления об отмене решения, а если оно подано, — месяц после определения об отказе в его удовлетворении',
    kk: 'Шағымдану мерзімі — шешімнің күшін жою туралы арыз беру мерзімі өткеннен кейін, ал арыз берілсе, — оны қанағаттандырудан бас тарту туралы ұйғарымнан кейін бір ай',
  },
  CIVIL_APPEAL_TERM_PATTERNS,
);

/** ГПК 429 ч.1: a частная жалоба within ten working days; the number of days must be there, not «срок» alone. */
export const rulingAppealTerm = appealTerm(
  {
    ru: 'Срок обжалования — десять рабочих дней со дня изготовления определения в окончательной форме',
    kk: 'Шағымдану мерзімі — ұйғарым түпкілікті нысанда дайындалған күннен бастап он жұмыс күні',
  },
  { ru: [/(?:10|десят\p{L}{0,3})\s{1,2}рабоч/iu], kk: [/(?:10|он)\s{1,2}жұмыс\s{1,2}күн/iu] },
);

export const appealOutcome = textRequisite(
  'outcome',
  { ru: 'Результат рассмотрения жалобы', kk: 'Шағымды қарау нәтижесі' },
  {
    ru: [/без изменени/iu, /изменить/iu, /отменить/iu, /оставить/iu],
    kk: [/өзгеріссіз/iu, /өзгерт/iu, /жойылсын|жою/iu, /қалдыр/iu],
  },
);

export const rulingOutcome = textRequisite(
  'outcome',
  { ru: 'Вывод суда по рассматриваемому вопросу', kk: 'Қаралатын мәселе бойынша соттың қорытындысы' },
  {
    ru: [
      /определил/iu,
      /удовлетвор/iu,
      /отказ/iu,
      /возврат/iu,
      /оставить/iu,
      /прекрат/iu,
      /приостанов/iu,
      /назначить/iu,
    ],
    kk: [/ұйғар/iu, /қанағаттандыр/iu, /бас тарт/iu, /қайтар/iu, /қалдыр/iu, /тоқтат/iu, /тағайында/iu],
  },
);

export const recovery = textRequisite(
  'recovery',
  { ru: 'Что и с кого взыскивается', kk: 'Кімнен не өндіріп алынады' },
  { ru: [/взыскать/iu, /взыскани/iu], kk: [/өндіріп/iu, /өндірілсін/iu] },
);

/**
 * ГПК 140 ч.1 п.5: the law the claim is granted under, as judges write it («руководствуясь статьями 139–140 ГПК»,
 * «ст. 272 ГК»): not «законную силу», which is about something else.
 */
export const legalBasis = textRequisite(
  'legal-basis',
  { ru: 'Закон, на основании которого удовлетворено требование', kk: 'Талап қанағаттандырылған заң' },
  {
    ru: [/(?<!\p{L})ст\.\s?\d/iu, /стать(?:я|и|е|ей|ёй|ю|ями|ях)(?!\p{L})/iu, /закон(?!н)/iu, /кодекс/iu],
    kk: [/ба[бп]/iu, /\d{1,4}-б\./iu, /заң(?!д)/iu, /кодекс/iu],
  },
);

/** ГПК 140 ч.1 п.7: the penalty (неустойка) and its period, where the claim includes one. */
export const contractualPenalty = textRequisite(
  'contractual-penalty',
  { ru: 'Размер неустойки и период её начисления', kk: 'Тұрақсыздық айыбының мөлшері және есептелу кезеңі' },
  { ru: [/неустойк/iu, /(?<!\p{L})пен(?:я|и|ю|ей)(?!\p{L})/iu], kk: [/тұрақсыздық айыб/iu, /өсімпұл/iu] },
);

/** A court order's defendant («ответчик» since Law 20.12.2021 № 84-VII, formerly «должник») may object (ГПК 141 ч.2). */
export const defendantObjectionRight = textRequisite(
  'objection-right',
  {
    ru: 'Право ответчика заявить возражения и срок для этого',
    kk: 'Жауапкердің қарсылық білдіру құқығы және оның мерзімі',
  },
  { ru: [/возражени/iu], kk: [/қарсылық/iu] },
);
