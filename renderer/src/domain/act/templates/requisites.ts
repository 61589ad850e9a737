import type { LocalizedText } from '../../language';
import type { LegalReference, Requisite } from '../template';

/**
 * The requisites templates share, as data the completeness checker evaluates (template.ts, RequisiteCheck). Each
 * builder takes the provision that requires the requisite in the act at hand, with its verification status from
 * shared/reference/judicial-acts-kz.md; a requisite without a reference is one the reference names no article for.
 *
 * Text patterns are deliberately tolerant word stems, in Russian and Kazakh, matched case-insensitively with the
 * `u` flag on a part's plain text (a citation counts by its shown text). Kazakh stems allow for a final consonant
 * voiced before a vowel: талап → талабы, әкімдік → әкімдігі, бап → бабы. They are written as regular-expression
 * literals so that a typo fails to compile here, and kept simple — alternations of stems, no repeated groups —
 * because they run over long texts. `(?<!\p{L})` and `(?!\p{L})` stand for word boundaries, which `\b` is not
 * outside ASCII.
 */
type RequisiteBuilder = (reference?: LegalReference) => Requisite;

function textRequisite(
  id: string,
  label: LocalizedText,
  patterns: { ru: RegExp[]; kk: RegExp[] },
): RequisiteBuilder {
  return (reference) => ({
    id,
    label,
    check: {
      kind: 'text',
      patterns: {
        ru: patterns.ru.map((pattern) => pattern.source),
        kk: patterns.kk.map((pattern) => pattern.source),
      },
    },
    ...(reference ? { reference } : {}),
  });
}

const RU_MONTHS =
  /\d{1,2}»?\s*(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)/iu;
const KK_MONTHS =
  /\d{1,2}\s*(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)/iu;
const NUMERIC_DATE = /\d{1,2}[./]\d{1,2}[./]\d{2,4}/u;

// — the introductory part —

export const court = textRequisite(
  'court',
  { ru: 'Суд, вынесший акт', kk: 'Актіні шығарған сот' },
  {
    ru: [/(?<!\p{L})суд(?:а|е|ом|у)?(?!\p{L})/iu, /коллеги[яи]/iu],
    kk: [/(?<!\p{L})сот(?:ы|та|тың|ының|қа)?(?!\p{L})/iu, /алқа/iu],
  },
);

export const date = textRequisite(
  'date',
  { ru: 'Дата', kk: 'Күні' },
  {
    ru: [RU_MONTHS, NUMERIC_DATE, /\d{4}\s*(?:г\.|год)/iu],
    kk: [KK_MONTHS, NUMERIC_DATE, /\d{4}\s*(?:ж\.|жыл)/iu],
  },
);

export const judge = textRequisite(
  'judge',
  { ru: 'Судья (состав суда)', kk: 'Судья (сот құрамы)' },
  {
    ru: [/судь[яиеёй]/iu, /председательств/iu, /в составе/iu],
    kk: [/судья/iu, /төрағалық/iu, /құрамында/iu],
  },
);

/** The judges of a collegium: the presiding judge and the others. */
export const judges = textRequisite(
  'judges',
  { ru: 'Состав суда: председательствующий и судьи', kk: 'Сот құрамы: төрағалық етуші және судьялар' },
  { ru: [/председательств/iu, /судь[яиеёй]/iu], kk: [/төрағалық/iu, /судья/iu] },
);

export const secretary = textRequisite(
  'secretary',
  { ru: 'Секретарь судебного заседания', kk: 'Сот отырысының хатшысы' },
  { ru: [/секретар/iu], kk: [/хатшы/iu] },
);

export const plaintiff = textRequisite(
  'plaintiff',
  { ru: 'Истец (заявитель)', kk: 'Талапкер (арыз беруші)' },
  { ru: [/ист(?:ец|ц)/iu, /по иску/iu, /заявител/iu], kk: [/талапкер/iu, /арыз беруші/iu] },
);

export const defendant = textRequisite(
  'defendant',
  { ru: 'Ответчик', kk: 'Жауапкер' },
  { ru: [/ответчик/iu], kk: [/жауапкер/iu] },
);

export const claimSubject = textRequisite(
  'claim-subject',
  { ru: 'Предмет спора', kk: 'Дау нысанасы' },
  {
    ru: [
      /по иску/iu,
      /по заявлению/iu,
      /(?<!\p{L})об?\s(?:взыск|призна|возмещ|расторж|обязан|оспарив|отмен)/iu,
      /предмет/iu,
    ],
    kk: [/талап(?:ы|арызы)? бойынша/iu, /туралы/iu, /нысана/iu],
  },
);

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

export const prosecutor = textRequisite(
  'prosecutor',
  { ru: 'Государственный обвинитель', kk: 'Мемлекеттік айыптаушы' },
  { ru: [/прокурор/iu, /обвинител/iu], kk: [/прокурор/iu, /айыптаушы/iu] },
);

export const defenceCounsel = textRequisite(
  'defence-counsel',
  { ru: 'Защитник', kk: 'Қорғаушы' },
  { ru: [/защитник/iu, /адвокат/iu], kk: [/қорғаушы/iu, /адвокат/iu] },
);

/** An interpreter, named only where one took part: the template marks it `where-applicable`. */
export const interpreter = textRequisite(
  'interpreter',
  { ru: 'Переводчик', kk: 'Аудармашы' },
  { ru: [/переводчик/iu], kk: [/аудармашы/iu, /тілмаш/iu] },
);

export const defendantIdentity = textRequisite(
  'defendant-identity',
  { ru: 'Данные о личности подсудимого', kk: 'Сотталушының жеке басы туралы деректер' },
  {
    ru: [/родивш/iu, /рождени/iu, /уроженец|уроженк/iu, /гражданин|гражданк/iu, /(?<!\p{L})иин(?!\p{L})/iu],
    kk: [/туған/iu, /(?<!\p{L})жсн(?!\p{L})/iu, /азамат/iu],
  },
);

/** The article, part and paragraph of the criminal law (or of the КоАП) the person is charged under. */
export const chargedArticle = textRequisite(
  'charged-article',
  {
    ru: 'Статья (часть, пункт) закона, по которой предъявлено обвинение',
    kk: 'Айып тағылған заңның бабы (бөлігі, тармағы)',
  },
  {
    ru: [/(?<!\p{L})ст\.\s?\d/iu, /стать[яеийю]/iu, /предусмотренн/iu],
    kk: [/ба[бп]/iu, /\d+-б\./iu],
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

/** The matter a ruling decides, or the act an appeal is against. */
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

export const appealArguments = textRequisite(
  'appeal-arguments',
  { ru: 'Доводы апелляционной жалобы (ходатайства)', kk: 'Апелляциялық шағымның (өтінішхаттың) уәждері' },
  { ru: [/довод/iu, /жалоб/iu, /ходатайств/iu], kk: [/уәж/iu, /шағым/iu, /өтінішхат/iu] },
);

// — the reasoning part —

export const establishedFacts = textRequisite(
  'facts',
  { ru: 'Обстоятельства, установленные судом', kk: 'Сот анықтаған мән-жайлар' },
  { ru: [/установ/iu, /обстоятельств/iu], kk: [/анықта/iu, /белгілен/iu, /мән-жай/iu] },
);

export const evidence = (reference?: LegalReference): Requisite => ({
  id: 'evidence',
  label: {
    ru: 'Ссылки на доказательства из материалов дела',
    kk: 'Іс материалдарындағы дәлелдемелерге сілтемелер',
  },
  check: { kind: 'evidence' },
  ...(reference ? { reference } : {}),
});

export const appliedLaw = (reference?: LegalReference): Requisite => ({
  id: 'law',
  label: {
    ru: 'Применённые нормы права (ссылки на статьи)',
    kk: 'Қолданылған құқық нормалары (баптарға сілтемелер)',
  },
  check: { kind: 'citation' },
  ...(reference ? { reference } : {}),
});

export const legalityFinding = textRequisite(
  'legality',
  {
    ru: 'Вывод о законности оспариваемого акта или действия',
    kk: 'Дау айтылып отырған акт немесе әрекеттің заңдылығы туралы тұжырым',
  },
  { ru: [/законн/iu, /правомерн/iu], kk: [/заңды/iu, /заңсыз/iu] },
);

export const offenceProven = textRequisite(
  'offence-proven',
  { ru: 'Преступное деяние, признанное доказанным', kk: 'Дәлелденген деп танылған қылмыстық іс-әрекет' },
  {
    ru: [/совершил/iu, /совершено/iu, /при следующих обстоятельствах/iu, /доказан/iu],
    kk: [/жасады/iu, /жасаған/iu, /мән-жайлар/iu, /дәлелден/iu],
  },
);

export const circumstances = textRequisite(
  'circumstances',
  { ru: 'Смягчающие и отягчающие обстоятельства', kk: 'Жеңілдететін және ауырлататын мән-жайлар' },
  { ru: [/смягча/iu, /отягча/iu], kk: [/жеңілдет/iu, /ауырлат/iu] },
);

export const sentencingReasons = textRequisite(
  'sentencing-reasons',
  { ru: 'Мотивы решения о наказании', kk: 'Жаза туралы шешімнің уәждері' },
  { ru: [/наказани/iu], kk: [/жаза/iu] },
);

export const chargeSubstance = textRequisite(
  'charge',
  { ru: 'Существо предъявленного обвинения', kk: 'Тағылған айыптаудың мәні' },
  { ru: [/обвин/iu], kk: [/айы[пб]/iu] },
);

export const acquittalGround = textRequisite(
  'acquittal-ground',
  { ru: 'Основание оправдания', kk: 'Ақтау негізі' },
  {
    ru: [/оправда/iu, /отсутстви/iu, /непричастн/iu, /не установлен/iu, /не доказан/iu],
    kk: [/ақта/iu, /жоқ/iu, /қатысы жоқ/iu, /дәлелденбе/iu],
  },
);

export const qualification = textRequisite(
  'qualification',
  { ru: 'Квалификация правонарушения', kk: 'Құқық бұзушылықты саралау' },
  { ru: [/квалифиц/iu, /состав/iu, /образу/iu], kk: [/сарала/iu, /құрам/iu] },
);

// — the operative part —

export const outcome = textRequisite(
  'outcome',
  {
    ru: 'Вывод по каждому требованию: удовлетворить или отказать',
    kk: 'Әрбір талап бойынша қорытынды: қанағаттандыру немесе бас тарту',
  },
  {
    ru: [/удовлетвор/iu, /отказ/iu, /взыскать/iu, /обязать/iu, /признать/iu, /прекрат/iu],
    kk: [/қанағаттандыр/iu, /бас тарт/iu, /өндіріп/iu, /міндетте/iu, /деп тан/iu, /тоқтат/iu],
  },
);

export const costs = textRequisite(
  'costs',
  { ru: 'Распределение судебных расходов', kk: 'Сот шығындарын бөлу' },
  { ru: [/расход/iu, /издерж/iu, /пошлин/iu], kk: [/шығын/iu, /шығыс/iu, /баж/iu] },
);

export const appealProcedure = textRequisite(
  'appeal',
  { ru: 'Порядок обжалования', kk: 'Шағымдану тәртібі' },
  {
    ru: [/обжал/iu, /апелляц/iu, /жалоб/iu, /протест/iu, /пересмотр/iu],
    kk: [/шағым/iu, /апелляция/iu, /наразылық/iu, /қайта қара/iu],
  },
);

/** The term itself is in the label, with the article that sets it as the requisite's reference. */
export function appealTerm(label: LocalizedText, patterns: { ru: RegExp[]; kk: RegExp[] }): RequisiteBuilder {
  return textRequisite('appeal-term', label, patterns);
}

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

export const verdictAppealTerm = appealTerm(
  {
    ru: 'Срок обжалования — 15 суток со дня провозглашения приговора (осуждённым под стражей — со дня вручения копии)',
    kk: 'Шағымдану мерзімі — үкім жария етілген күннен бастап 15 тәулік (күзетпен ұсталған сотталғанға — көшірмесі табыс етілген күннен бастап)',
  },
  // Not «срок» alone: a sentence «сроком на 2 года» is no appeal term.
  { ru: [/15\s*сут/iu, /пятнадцат\p{L}{0,3}\s{1,2}сут/iu], kk: [/15\s*тәулік/iu, /он бес\s+тәулік/iu] },
);

export const appealEffect = textRequisite(
  'entry-into-force',
  {
    ru: 'Вступление в силу и порядок дальнейшего обжалования',
    kk: 'Заңды күшіне енуі және одан әрі шағымдану тәртібі',
  },
  { ru: [/в (?:законную )?силу/iu, /кассац/iu, /обжал/iu], kk: [/күшіне/iu, /кассац/iu, /шағым/iu] },
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

/** A court order's defendant («ответчик» since Law 20.12.2021 № 84-VII, formerly «должник») may object (ГПК 141 ч.2). */
export const defendantObjectionRight = textRequisite(
  'objection-right',
  {
    ru: 'Право ответчика заявить возражения и срок для этого',
    kk: 'Жауапкердің қарсылық білдіру құқығы және оның мерзімі',
  },
  { ru: [/возражени/iu], kk: [/қарсылық/iu] },
);

export const guilty = textRequisite(
  'guilty',
  { ru: 'Признание подсудимого виновным', kk: 'Сотталушыны кінәлі деп тану' },
  { ru: [/виновн/iu], kk: [/кінәлі/iu] },
);

export const verdictArticle = textRequisite(
  'article',
  { ru: 'Статья, часть и пункт уголовного закона', kk: 'Қылмыстық заңның бабы, бөлігі және тармағы' },
  { ru: [/(?<!\p{L})ст\.\s?\d/iu, /стать[яеийю]/iu], kk: [/ба[бп]/iu, /\d+-б\./iu] },
);

export const punishment = textRequisite(
  'punishment',
  { ru: 'Назначенное наказание', kk: 'Тағайындалған жаза' },
  {
    ru: [
      /наказани/iu,
      /лишени[еяю] свобод/iu,
      /ограничени[еяю] свобод/iu,
      /штраф/iu,
      /исправительн/iu,
      /общественн\p{L}{0,3}\s{1,2}работ/iu,
    ],
    kk: [/жаза/iu, /бас бостандығ/iu, /айыппұл/iu, /қоғамдық жұмыс/iu],
  },
);

export const civilClaim = textRequisite(
  'civil-claim',
  { ru: 'Решение по гражданскому иску', kk: 'Азаматтық талап бойынша шешім' },
  { ru: [/гражданск\p{L}{0,3}\s{1,2}иск/iu, /(?<!\p{L})иск/iu], kk: [/азаматтық тала[пб]/iu, /тала[пб]/iu] },
);

export const proceduralCosts = textRequisite(
  'procedural-costs',
  { ru: 'Решение о процессуальных издержках', kk: 'Процестік шығындар туралы шешім' },
  { ru: [/издерж/iu, /расход/iu], kk: [/шығын/iu, /шығыс/iu] },
);

export const acquitted = textRequisite(
  'acquitted',
  { ru: 'Признание подсудимого невиновным и его оправдание', kk: 'Сотталушыны кінәсіз деп тану және ақтау' },
  { ru: [/оправда/iu, /невиновн/iu], kk: [/ақта/iu, /кінәсіз/iu] },
);

export const rehabilitation = textRequisite(
  'rehabilitation',
  { ru: 'Разъяснение права на возмещение вреда', kk: 'Зиянды өтеу құқығын түсіндіру' },
  { ru: [/возмещени/iu, /реабилит/iu], kk: [/өтеу/iu, /ақталған/iu] },
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

/** The requisites the same provision requires, each with that provision as its reference. */
export function requiredBy(
  reference: LegalReference | undefined,
  ...builders: RequisiteBuilder[]
): Requisite[] {
  return builders.map((build) => build(reference));
}
