import { appealTerm, textRequisite } from './builder';

/** Requisites of verdicts (УПК РК): guilty verdicts and acquittals. */

// — the introductory part —

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

/** УПК 396 п.3: the victim, where there is one. */
export const victim = textRequisite(
  'victim',
  { ru: 'Потерпевший и его представитель', kk: 'Жәбірленуші және оның өкілі' },
  { ru: [/потерпевш/iu], kk: [/жәбірленуші/iu] },
);

/** УПК 396 п.3: the civil plaintiff and the civil defendant, where a civil claim was brought. */
export const civilParties = textRequisite(
  'civil-parties',
  { ru: 'Гражданский истец, гражданский ответчик', kk: 'Азаматтық талапкер, азаматтық жауапкер' },
  {
    ru: [/гражданск\p{L}{0,3}\s{1,2}(?:ист(?:ец|ц)|ответчик)/iu],
    kk: [/азаматтық\s{1,2}(?:талапкер|жауапкер)/iu],
  },
);

/** УПК 396 п.3: the interpreter, where one took part. */
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

// — the descriptive-reasoning part —

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

/**
 * УПК 397 ч.3: the reasons for the decisions on the other questions of art. 390 — the civil claim, physical
 * evidence, procedural costs, the preventive measure, confiscation: one of them named is enough for the check.
 */
export const otherQuestions = textRequisite(
  'other-questions',
  {
    ru: 'Мотивы решений по другим вопросам ст. 390 УПК: гражданский иск, вещественные доказательства, издержки, мера пресечения',
    kk: 'ҚПК 390-бабының өзге мәселелері бойынша шешімдердің уәждері: азаматтық талап, заттай дәлелдемелер, шығындар, бұлтартпау шарасы',
  },
  {
    ru: [
      /гражданск\p{L}{0,3}\s{1,2}иск/iu,
      /веществен\p{L}{0,3}\s{1,2}доказательств/iu,
      /процессуальн\p{L}{0,3}\s{1,2}издерж/iu,
      /мер\p{L}{0,2}\s{1,2}пресечени/iu,
      /конфиск/iu,
    ],
    kk: [/азаматтық\s{1,2}тала[пб]/iu, /заттай дәлел/iu, /процестік шығын/iu, /бұлтартпау/iu, /тәркіле/iu],
  },
);

export const chargeSubstance = textRequisite(
  'charge',
  { ru: 'Существо предъявленного обвинения', kk: 'Тағылған айыптаудың мәні' },
  { ru: [/обвин/iu], kk: [/айы[пб]/iu] },
);

/** УПК 399 ч.1: why the evidence the charge rested on is unreliable or insufficient. */
export const prosecutionEvidenceRejected = textRequisite(
  'prosecution-evidence',
  {
    ru: 'Мотивы, по которым суд признаёт доказательства обвинения недостоверными или недостаточными',
    kk: 'Сот айыптау дәлелдемелерін анық емес немесе жеткіліксіз деп тану уәждері',
  },
  {
    ru: [
      /недостоверн/iu,
      /недостаточн/iu,
      /не подтвержда/iu,
      /отверга/iu,
      /не доказ/iu,
      /не может быть положен/iu,
    ],
    kk: [/анық емес/iu, /жеткіліксіз/iu, /растамайды/iu, /қабылдамай/iu, /дәлелденбе/iu],
  },
);

/** The ground of acquittal in the descriptive-reasoning part: the evidence for it. */
export const acquittalGround = textRequisite(
  'acquittal-ground',
  { ru: 'Основание оправдания', kk: 'Ақтау негізі' },
  {
    ru: [/оправда/iu, /отсутстви/iu, /непричастн/iu, /не установлен/iu, /не доказан/iu],
    kk: [/ақта/iu, /жоқ/iu, /қатысы жоқ/iu, /дәлелденбе/iu],
  },
);

// — the operative part —

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

/**
 * УПК 398 ч.1 пп.4–5: what follows from the punishment — the kind of institution for imprisonment, or the duty to
 * report to the probation service within ten days, the probation term and the duties imposed.
 */
export const sentenceExecution = textRequisite(
  'sentence-execution',
  {
    ru: 'Вид учреждения либо явка в службу пробации, срок пробационного контроля и обязанности осуждённого',
    kk: 'Мекеменің түрі не пробация қызметіне келу, пробациялық бақылау мерзімі және сотталғанның міндеттері',
  },
  {
    ru: [/пробаци/iu, /учреждени/iu, /колони/iu, /безопасности/iu, /(?<!\p{L})режим/iu],
    kk: [/пробация/iu, /мекеме/iu, /қауіпсіздігі/iu, /(?<!\p{L})режим/iu, /колония/iu],
  },
);

/** УПК 398 ч.1 п.7: credit for time held before the verdict, where the convict was held. */
export const detentionCredit = textRequisite(
  'detention-credit',
  { ru: 'Зачёт времени содержания под стражей', kk: 'Күзетпен ұсталған уақытты есепке алу' },
  { ru: [/зач[её]т/iu, /зачест/iu, /засчит/iu], kk: [/есепке ал/iu, /есептелсін/iu] },
);

/**
 * УПК 398 ч.1 п.9: the preventive measure until the verdict takes effect; in an acquittal (art. 400 п.3) its
 * cancellation, where one was chosen.
 */
export const preventiveMeasure = textRequisite(
  'preventive-measure',
  { ru: 'Решение о мере пресечения', kk: 'Бұлтартпау шарасы туралы шешім' },
  {
    ru: [/мер\p{L}{0,2}\s{1,2}пресечени/iu, /подписк\p{L}{0,2}\s{1,2}о невыезд/iu, /под страж/iu],
    kk: [/бұлтартпау/iu, /кетпеу туралы қолхат/iu, /күзетпен ұста/iu],
  },
);

export const civilClaim = textRequisite(
  'civil-claim',
  { ru: 'Решение по гражданскому иску', kk: 'Азаматтық талап бойынша шешім' },
  { ru: [/гражданск\p{L}{0,3}\s{1,2}иск/iu, /(?<!\p{L})иск/iu], kk: [/азаматтық тала[пб]/iu, /тала[пб]/iu] },
);

/** УПК 401 ч.1 п.2: what becomes of the physical evidence, where the case has any. */
export const physicalEvidence = textRequisite(
  'physical-evidence',
  { ru: 'Решение о вещественных доказательствах', kk: 'Заттай дәлелдемелер туралы шешім' },
  { ru: [/веществен\p{L}{0,3}\s{1,2}доказательств/iu, /вещдок/iu], kk: [/заттай дәлел/iu] },
);

export const proceduralCosts = textRequisite(
  'procedural-costs',
  { ru: 'Решение о процессуальных издержках', kk: 'Процестік шығындар туралы шешім' },
  { ru: [/издерж/iu, /расход/iu], kk: [/шығын/iu, /шығыс/iu] },
);

/** УПК 401, second paragraph; УК 98-1, 98-2: the compulsory payment to the Victims' Compensation Fund. */
export const victimsFund = textRequisite(
  'victims-fund',
  {
    ru: 'Принудительный платёж в Фонд компенсации потерпевшим',
    kk: 'Жәбірленушілерге өтемақы қорына мәжбүрлі төлем',
  },
  {
    ru: [/фонд\p{L}{0,2}\s{1,2}компенсаци/iu, /принудительн\p{L}{0,3}\s{1,2}плат/iu],
    kk: [/өтемақы\s{1,2}қор/iu, /мәжбүрлі\s{1,2}төлем/iu],
  },
);

export const verdictAppealTerm = appealTerm(
  {
    ru: 'Срок обжалования — 15 суток со дня провозглашения приговора (осуждённым под стражей — со дня вручения копии)',
    kk: 'Шағымдану мерзімі — үкім жария етілген күннен бастап 15 тәулік (күзетпен ұсталған сотталғанға — көшірмесі табыс етілген күннен бастап)',
  },
  // Not «срок» alone: a sentence «сроком на 2 года» is no appeal term.
  { ru: [/15\s*сут/iu, /пятнадцат\p{L}{0,3}\s{1,2}сут/iu], kk: [/15\s*тәулік/iu, /он бес\s+тәулік/iu] },
);

export const acquitted = textRequisite(
  'acquitted',
  { ru: 'Признание подсудимого невиновным и его оправдание', kk: 'Сотталушыны кінәсіз деп тану және ақтау' },
  { ru: [/оправда/iu, /невиновн/iu], kk: [/ақта/iu, /кінәсіз/iu] },
);

/**
 * УПК 400 п.2: the ground of acquittal stated in the operative part — «за отсутствием события (состава)», «за
 * непричастностью», or the provision naming it. «Оправдать» alone does not say on which ground.
 */
export const acquittalGroundStated = textRequisite(
  'acquittal-ground',
  { ru: 'Основание оправдания', kk: 'Ақтау негізі' },
  {
    ru: [
      /отсутстви[емия]{1,2}[^.]{0,40}(?:событи|состав)/iu,
      /непричастн/iu,
      /не\s?доказан[^.]{0,40}участи/iu,
      /(?<!\p{L})ст\.\s?(?:35|394)(?!\d)/iu,
    ],
    kk: [
      /(?:оқиға|құрам)\p{L}{0,6}\s{1,2}(?:болмау|жоқ)/iu,
      /қатыс\p{L}{0,6}\s{1,2}дәлелденбе/iu,
      /қатысы жоқ/iu,
      /(?<!\d)(?:35|394)-ба[бп]/iu,
    ],
  },
);

export const rehabilitation = textRequisite(
  'rehabilitation',
  { ru: 'Разъяснение права на возмещение вреда', kk: 'Зиянды өтеу құқығын түсіндіру' },
  { ru: [/возмещени/iu, /реабилит/iu], kk: [/өтеу/iu, /ақталған/iu] },
);

/** УПК 394 ч.4: where the offender stays unidentified, the case goes to the prosecutor. */
export const caseToProsecutor = textRequisite(
  'case-to-prosecutor',
  {
    ru: 'Направление дела прокурору для установления лица, подлежащего привлечению в качестве обвиняемого',
    kk: 'Айыпталушы ретінде тартылуға тиіс адамды анықтау үшін істі прокурорға жіберу',
  },
  { ru: [/прокурору/iu], kk: [/прокурорға/iu] },
);
