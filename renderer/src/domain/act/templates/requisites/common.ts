import type { LegalReference, Requisite } from '../../template';
import { textRequisite } from './builder';

/** Requisites of every family of acts: who decided, when and where, the reasoning's basics, the appeal. */

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

/**
 * Where the act was made or the case heard: a town or a village, as the date line names it («город Караганда»,
 * «г. Актобе», «Қарағанды қаласы», «Қонаев қ.»). A court's name with its town counts too: that is where it sits.
 */
export const place = textRequisite(
  'place',
  { ru: 'Место вынесения акта', kk: 'Актінің шығарылған орны' },
  {
    ru: [
      /(?<!\p{L})город\p{L}{0,2}(?!\p{L})/iu,
      // «г. Актобе», not «2024 г.» nor the initial «Г. К.» of a name.
      /(?<![\p{L}\d]|\d\s)(?:г|с|п|пос)\.\s?(?!\p{L}\.)\p{L}/iu,
      /(?<!\p{L})(?:сел[оае]|пос[её]лк?\p{L}{0,2}|аул\p{L}{0,2})(?!\p{L})/iu,
    ],
    kk: [
      /(?<!\p{L})қала(?:сы|сында|сының)?(?!\p{L})/iu,
      // «Қонаев қ.», not the initials «Қ. Б.» of a name.
      /\p{L}{3}\sқ\.(?!\s?\p{L}\.)/iu,
      /(?<!\p{L})(?:ауыл|кент)(?:ы|і|ында|інде)?(?!\p{L})/iu,
    ],
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

/** The persons taking part in the case, by their procedural roles, and their representatives. */
export const caseParticipants = textRequisite(
  'participants',
  { ru: 'Лица, участвующие в деле', kk: 'Іске қатысушы адамдар' },
  {
    ru: [/ист(?:ец|ц)/iu, /ответчик/iu, /заявител/iu, /с участием/iu, /представител/iu, /участвующ/iu],
    kk: [/талапкер/iu, /жауапкер/iu, /арыз беруші/iu, /қатысуымен/iu, /өкіл/iu, /қатысушы/iu],
  },
);

/** Besides the parties: third parties, a prosecutor, representatives — where the case has them. */
export const otherParticipants = textRequisite(
  'other-participants',
  {
    ru: 'Другие лица, участвующие в деле, и представители',
    kk: 'Іске қатысушы басқа адамдар және өкілдер',
  },
  {
    ru: [/представител/iu, /трет\p{L}{1,3}\s{1,2}лиц/iu, /прокурор/iu],
    kk: [/өкіл/iu, /үшінші тұлға/iu, /прокурор/iu],
  },
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

/** Why the court rejects some evidence or an argument resting on it. */
export const rejectedEvidence = textRequisite(
  'rejected-evidence',
  {
    ru: 'Доводы, по которым суд отвергает те или иные доказательства',
    kk: 'Сот кейбір дәлелдемелерді қабылдамайтын уәждер',
  },
  {
    ru: [
      /отверга/iu,
      /отклоня/iu,
      /не принима/iu,
      /критически/iu,
      /несостоятельн/iu,
      /недопустим/iu,
      /недостоверн/iu,
    ],
    kk: [
      /қабылдамай/iu,
      /қабылданба/iu,
      /сын тұрғысынан/iu,
      /негізсіз/iu,
      /жол берілмейтін/iu,
      /анық емес/iu,
    ],
  },
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

export const appealEffect = textRequisite(
  'entry-into-force',
  {
    ru: 'Вступление в силу и порядок дальнейшего обжалования',
    kk: 'Заңды күшіне енуі және одан әрі шағымдану тәртібі',
  },
  { ru: [/в (?:законную )?силу/iu, /кассац/iu, /обжал/iu], kk: [/күшіне/iu, /кассац/iu, /шағым/iu] },
);
