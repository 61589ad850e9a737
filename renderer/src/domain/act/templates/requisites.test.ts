import { describe, expect, it } from 'vitest';
import { CONTENT_LANGUAGES, type LocalizedText } from '../../language';
import type { ActTemplate, Requisite } from '../template';
import { ACT_TEMPLATES, findActTemplate } from './index';

/**
 * A phrase from a real act for each text requisite, in Russian and Kazakh: every template's patterns for that
 * requisite must find it, so a pattern that misses the way judges actually write fails here.
 */
const SAMPLES: Record<string, LocalizedText> = {
  court: { ru: 'Бостандыкский районный суд г. Алматы', kk: 'Алматы қаласы Бостандық аудандық соты' },
  date: { ru: '15 марта 2024 года', kk: '2024 жылғы 15 наурыз' },
  judge: {
    ru: 'в составе председательствующего судьи Ахметовой А. Б.',
    kk: 'төрағалық етуші судья Ахметова А. Б.',
  },
  judges: {
    ru: 'председательствующего Сейткали Н., судей Омарова Б., Ким Л.',
    kk: 'төрағалық етуші Сейтқали Н., судьялар Омаров Б., Ким Л.',
  },
  secretary: { ru: 'при секретаре судебного заседания Нуровой Д.', kk: 'сот отырысының хатшысы Нұрова Д.' },
  plaintiff: { ru: 'по иску Иванова И. И.', kk: 'талапкер Иванов И. И.' },
  defendant: { ru: 'к ТОО «Арман» (ответчик)', kk: 'жауапкер «Арман» ЖШС' },
  'claim-subject': {
    ru: 'о взыскании задолженности по договору займа',
    kk: 'қарыз шарты бойынша берешекті өндіріп алу туралы',
  },
  respondent: { ru: 'к акимату города Алматы', kk: 'Алматы қаласының әкімдігіне' },
  'contested-act': { ru: 'об оспаривании постановления акимата', kk: 'әкімдік қаулысына дау айту туралы' },
  prosecutor: {
    ru: 'с участием государственного обвинителя — прокурора Серикова',
    kk: 'мемлекеттік айыптаушы — прокурор Серіков',
  },
  'defence-counsel': { ru: 'защитника — адвоката Ли', kk: 'қорғаушы — адвокат Ли' },
  'defendant-identity': {
    ru: 'Петрова П. П., 01.02.1990 года рождения, уроженца г. Караганды, гражданина Республики Казахстан',
    kk: 'Петров П. П., 1990 жылы 1 ақпанда туған, Қазақстан Республикасының азаматы',
  },
  'charged-article': {
    ru: 'обвиняемого в совершении преступления, предусмотренного ч. 2 ст. 188 УК РК',
    kk: 'ҚК-нің 188-бабының 2-бөлігімен көзделген қылмысты жасады деп айыпталған',
  },
  offender: { ru: 'в отношении Касымова Е., 1985 года рождения', kk: 'Қасымов Е.-ге қатысты' },
  'offence-article': { ru: 'по ч. 1 ст. 434 КоАП', kk: 'ӘҚБтК-нің 434-бабының 1-бөлігі бойынша' },
  matter: {
    ru: 'ходатайство истца о назначении экспертизы',
    kk: 'талапкердің сараптама тағайындау туралы өтінішхаты',
  },
  'appealed-act': {
    ru: 'по апелляционной жалобе ответчика на решение суда',
    kk: 'жауапкердің сот шешіміне апелляциялық шағымы бойынша',
  },
  claim: { ru: 'Истец просил взыскать 500 000 тенге', kk: 'Талапкер 500 000 теңге өндіріп алуды сұрады' },
  objections: {
    ru: 'Ответчик иск не признал, возражал против его удовлетворения',
    kk: 'Жауапкер талапты мойындамады, оған қарсы пікір білдірді',
  },
  'appeal-arguments': {
    ru: 'В апелляционной жалобе ответчик приводит доводы о нарушении норм права',
    kk: 'Апелляциялық шағымда жауапкер құқық нормаларының бұзылғаны туралы уәждер келтіреді',
  },
  facts: {
    ru: 'Судом установлено, что 1 марта 2023 года стороны заключили договор',
    kk: 'Сот 2023 жылғы 1 наурызда тараптар шарт жасасқанын анықтады',
  },
  legality: {
    ru: 'Оспариваемое постановление является незаконным',
    kk: 'Дау айтылып отырған қаулы заңсыз болып табылады',
  },
  'offence-proven': {
    ru: 'Подсудимый совершил кражу при следующих обстоятельствах',
    kk: 'Сотталушы ұрлықты мынадай мән-жайларда жасады',
  },
  circumstances: {
    ru: 'Обстоятельств, смягчающих и отягчающих наказание, не установлено',
    kk: 'Жазаны жеңілдететін және ауырлататын мән-жайлар анықталған жоқ',
  },
  'sentencing-reasons': {
    ru: 'Суд считает необходимым назначить наказание в виде штрафа',
    kk: 'Сот айыппұл түрінде жаза тағайындауды қажет деп санайды',
  },
  charge: {
    ru: 'Органом уголовного преследования Петров обвиняется в краже',
    kk: 'Қылмыстық қудалау органы Петровты ұрлық жасады деп айыптады',
  },
  'acquittal-ground': {
    ru: 'Петров подлежит оправданию за отсутствием состава преступления',
    kk: 'Петров қылмыс құрамының жоқтығына байланысты ақталуға жатады',
  },
  qualification: {
    ru: 'Действия Касымова правильно квалифицированы',
    kk: 'Қасымовтың әрекеттері дұрыс сараланған',
  },
  // One phrase for the outcome of a decision, of an appeal and of a ruling.
  outcome: {
    ru: 'Иск удовлетворить. Решение оставить без изменения.',
    kk: 'Талап қанағаттандырылсын. Шешім өзгеріссіз қалдырылсын.',
  },
  costs: {
    ru: 'Взыскать с ответчика расходы по оплате государственной пошлины',
    kk: 'Жауапкерден мемлекеттік баж бойынша шығыстарды өндіріп алу',
  },
  appeal: {
    ru: 'Решение может быть обжаловано в апелляционном порядке',
    kk: 'Шешімге апелляциялық тәртіппен шағым жасалуы мүмкін',
  },
  // A term is found beside the appeal it is for; «сроком на 2 года» alone is a sentence, not a term (see below).
  'appeal-term': {
    ru: 'Жалоба может быть подана в срок 15 суток со дня провозглашения',
    kk: 'Шағым жария етілген күннен бастап 15 тәулік мерзімде беріледі',
  },
  'entry-into-force': {
    ru: 'Постановление вступает в законную силу со дня оглашения',
    kk: 'Қаулы жарияланған күнінен бастап заңды күшіне енеді',
  },
  recovery: { ru: 'Взыскать с ответчика 300 000 тенге', kk: 'Жауапкерден 300 000 теңге өндіріп алынсын' },
  'objection-right': {
    ru: 'Ответчик вправе заявить возражения в течение десяти рабочих дней',
    kk: 'Жауапкер он жұмыс күні ішінде қарсылық білдіруге құқылы',
  },
  guilty: { ru: 'Петрова П. П. признать виновным', kk: 'Петров П. П. кінәлі деп танылсын' },
  article: { ru: 'по ч. 2 ст. 188 УК РК', kk: 'ҚК-нің 188-бабының 2-бөлігі бойынша' },
  punishment: {
    ru: 'назначить наказание в виде лишения свободы сроком на 2 года',
    kk: '2 жылға бас бостандығынан айыру түрінде жаза тағайындалсын',
  },
  'civil-claim': {
    ru: 'Гражданский иск потерпевшего удовлетворить',
    kk: 'Жәбірленушінің азаматтық талабы қанағаттандырылсын',
  },
  'procedural-costs': {
    ru: 'Процессуальные издержки возместить за счёт бюджета',
    kk: 'Процестік шығындар бюджет есебінен өтелсін',
  },
  acquitted: {
    ru: 'Петрова П. П. признать невиновным и оправдать',
    kk: 'Петров П. П. кінәсіз деп танылып, ақталсын',
  },
  rehabilitation: { ru: 'Разъяснить право на возмещение вреда', kk: 'Зиянды өтеу құқығы түсіндірілсін' },
  penalty: {
    ru: 'Касымова признать виновным и подвергнуть штрафу',
    kk: 'Қасымов кінәлі деп танылып, айыппұл салынсын',
  },
  // The requisites the legal audit of 2026-12 found missing (docs/legal-sources.md).
  place: { ru: 'г. Караганда', kk: 'Қарағанды қаласы' },
  'other-participants': {
    ru: 'с участием представителя истца Ким Л. по доверенности',
    kk: 'талапкердің өкілі Ким Л. сенімхат бойынша қатысуымен',
  },
  participants: {
    ru: 'с участием истца Сериковой А. Б. и ответчика Ахметова Е. С.',
    kk: 'талапкер Серикова А. Б. мен жауапкер Ахметов Е. С. қатысуымен',
  },
  'third-parties': {
    ru: 'Третье лицо ТОО «Арман» пояснило, что договор исполнен',
    kk: 'Үшінші тұлға «Арман» ЖШС шарттың орындалғанын түсіндірді',
  },
  'parties-evidence': {
    ru: 'В подтверждение своих доводов истец ссылается на расписку от 1 февраля 2023 года',
    kk: 'Талапкер өз уәждерін 2023 жылғы 1 ақпандағы қолхатпен негіздейді',
  },
  'rejected-evidence': {
    ru: 'Довод ответчика о частичном возврате долга суд отвергает, поскольку он ничем не подтверждён',
    kk: 'Жауапкердің борыш ішінара қайтарылды деген уәжін сот қабылдамайды, өйткені ол ештеңемен расталмаған',
  },
  execution: {
    ru: 'Решение в части взыскания заработной платы за три месяца обратить к немедленному исполнению',
    kk: 'Шешімнің үш айлық жалақыны өндіріп алу бөлігі дереу орындалуға жатады',
  },
  'first-instance': {
    ru: 'Решением районного суда № 2 города Астаны от 12 марта 2024 года иск удовлетворён',
    kk: 'Астана қаласының № 2 аудандық сотының 2024 жылғы 12 наурыздағы шешімімен талап қанағаттандырылды',
  },
  'case-number': { ru: 'Дело № 2-1234/2024', kk: '№ 2-1234/2024 іс' },
  'party-identity': {
    ru: 'Петрова Ивана Ивановича, 12.05.1980 года рождения, ИИН 800512300123, проживающего в г. Караганде',
    kk: 'Петров Иван Иванович, 1980 жылғы 12 мамырда туған, ЖСН 800512300123, Қарағанды қаласында тұратын',
  },
  'legal-basis': {
    ru: 'Руководствуясь статьёй 272 ГК РК и статьями 139–140 ГПК РК',
    kk: 'ҚР АК 272-бабын және ҚР АПК 139–140-баптарын басшылыққа алып',
  },
  'contractual-penalty': {
    ru: 'неустойку за период с 1 марта по 1 июня 2024 года в размере 18 450 тенге',
    kk: '2024 жылғы 1 наурыздан 1 маусымға дейінгі кезең үшін 18 450 теңге тұрақсыздық айыбы',
  },
  victim: { ru: 'потерпевшей Смирновой О. В.', kk: 'жәбірленуші Смирнова О. В.' },
  'civil-parties': { ru: 'гражданского истца Смирновой О. В.', kk: 'азаматтық талапкер Смирнова О. В.' },
  interpreter: { ru: 'переводчика Абдуллаева Р. К.', kk: 'аудармашы Абдуллаев Р. К.' },
  'other-questions': {
    ru: 'Вещественное доказательство — ноутбук — подлежит возврату потерпевшей как законному владельцу',
    kk: 'Заттай дәлелдеме — ноутбук заңды иесі ретінде жәбірленушіге қайтарылуға жатады',
  },
  'prosecution-evidence': {
    ru: 'Показания свидетеля Иванова суд признаёт недостоверными: они противоречат выписке банка',
    kk: 'Сот куә Ивановтың айғақтарын анық емес деп таниды: олар банк үзінді-көшірмесіне қайшы келеді',
  },
  'sentence-execution': {
    ru: 'Обязать осуждённого в течение десяти суток после вступления приговора в законную силу явиться в службу пробации для постановки на учёт',
    kk: 'Сотталған үкім заңды күшіне енгеннен кейін он тәулік ішінде есепке қою үшін пробация қызметіне келуге міндетті',
  },
  'detention-credit': {
    ru: 'Зачесть в срок наказания время содержания под стражей с 12 по 14 февраля 2024 года',
    kk: '2024 жылғы 12-14 ақпан аралығында күзетпен ұсталған уақыты жаза мерзіміне есепке алынсын',
  },
  'preventive-measure': {
    ru: 'Меру пресечения — подписку о невыезде — оставить без изменения до вступления приговора в законную силу',
    kk: 'Бұлтартпау шарасы — кетпеу туралы қолхат — үкім заңды күшіне енгенге дейін өзгеріссіз қалдырылсын',
  },
  'physical-evidence': {
    ru: 'Вещественное доказательство — ноутбук — вернуть потерпевшей',
    kk: 'Заттай дәлелдеме — ноутбук жәбірленушіге қайтарылсын',
  },
  'victims-fund': {
    ru: 'Взыскать с осуждённого принудительный платёж в Фонд компенсации потерпевшим в размере 20 МРП',
    kk: 'Сотталғаннан Жәбірленушілерге өтемақы қорына 20 АЕК мөлшерінде мәжбүрлі төлем өндірілсін',
  },
  'case-to-prosecutor': {
    ru: 'Уголовное дело направить прокурору для установления лица, подлежащего привлечению в качестве обвиняемого',
    kk: 'Айыпталушы ретінде тартылуға тиіс адамды анықтау үшін қылмыстық іс прокурорға жіберілсін',
  },
  'arguments-answered': {
    ru: 'Доводы ответчика о несоответствии проекта строительным нормам суд находит несостоятельными',
    kk: 'Жауапкердің жоба құрылыс нормаларына сәйкес келмейді деген уәжі негізсіз',
  },
  'execution-term': {
    ru: 'Обязать ответчика в течение десяти рабочих дней со дня вступления решения в законную силу выдать разрешение',
    kk: 'Жауапкер шешім заңды күшіне енген күннен бастап он жұмыс күні ішінде рұқсат беруге міндетті',
  },
  'non-execution': {
    ru: 'В случае неисполнения решения суда на ответчика налагается штраф в размере пятидесяти МРП',
    kk: 'Сот шешімі орындалмаған жағдайда жауапкерге елу АЕК мөлшерінде айыппұл салынады',
  },
  'offender-identity': {
    ru: 'Сергеева П. А., 9 сентября 1990 года рождения, ИИН 900909300456, проживающего в г. Уральске',
    kk: 'Сергеев П. А., 1990 жылғы 9 қыркүйекте туған, ЖСН 900909300456, Орал қаласында тұратын',
  },
  language: { ru: 'Производство по делу ведётся на русском языке', kk: 'Іс жүргізу тілі — орыс тілі' },
  'payment-term': {
    ru: 'Штраф подлежит уплате не позднее тридцати суток со дня вступления постановления в законную силу',
    kk: 'Айыппұл қаулы заңды күшіне енген күннен бастап отыз тәулік ішінде төленуге тиіс',
  },
  'seized-things': {
    ru: 'Изъятое водительское удостоверение вернуть Сергееву П. А.',
    kk: 'Алып қойылған жүргізуші куәлігі Сергеев П. А.-ға қайтарылсын',
  },
  damage: {
    ru: 'Взыскать с Сергеева П. А. в пользу Ким Л. в возмещение ущерба 120 000 тенге',
    kk: 'Сергеев П. А.-дан Ким Л.-ның пайдасына залалды өтеу үшін 120 000 теңге өндірілсін',
  },
};

/** A template whose requisite of that id is written otherwise: `template/requisite`. */
const SAMPLES_OF_TEMPLATE: Record<string, LocalizedText> = {
  'civil-ruling/appeal-term': {
    ru: 'Частная жалоба может быть подана в течение десяти рабочих дней со дня изготовления определения в окончательной форме',
    kk: 'Ұйғарымға түпкілікті нысанда дайындалған күннен бастап он жұмыс күні ішінде жеке шағым берілуі мүмкін',
  },
  'administrative-offence-resolution/appeal-term': {
    ru: 'Постановление может быть обжаловано в течение десяти суток со дня вручения его копии',
    kk: 'Қаулыға оның көшірмесі табыс етілген күннен бастап он тәулік ішінде шағым жасалуы мүмкін',
  },
  'administrative-offence-resolution-reasoned/appeal-term': {
    ru: 'Постановление может быть обжаловано в течение 10 суток со дня вручения его копии',
    kk: 'Қаулыға оның көшірмесі табыс етілген күннен бастап 10 тәулік ішінде шағым жасалуы мүмкін',
  },
};

function sampleFor(templateId: string, requisiteId: string): LocalizedText | undefined {
  return SAMPLES_OF_TEMPLATE[`${templateId}/${requisiteId}`] ?? SAMPLES[requisiteId];
}

function textRequisites(template: ActTemplate): [string, Requisite][] {
  return template.parts.flatMap((part) =>
    (part.requisites ?? []).map((requisite): [string, Requisite] => [part.id, requisite]),
  );
}

function finds(requisite: Requisite, language: keyof LocalizedText, text: string): boolean {
  if (requisite.check.kind !== 'text') return false;
  return requisite.check.patterns[language].some((pattern) => new RegExp(pattern, 'iu').test(text));
}

/**
 * Parts whose content no article requires: the КоАП names neither the protocol's account nor the participants'
 * explanations (art. 822; legal audit 2026-12, 1.10), so that part only suggests them.
 */
const PARTS_WITH_NOTHING_REQUIRED = new Set(['administrative-offence-resolution/descriptive']);

describe.each([...ACT_TEMPLATES.values()])('requisites of $id', (template) => {
  it('are given for every part but the signature, with ids unique in their part', () => {
    for (const part of template.parts) {
      const ids = (part.requisites ?? []).map((requisite) => requisite.id);
      if (part.id === 'signature' || PARTS_WITH_NOTHING_REQUIRED.has(`${template.id}/${part.id}`))
        expect(ids).toEqual([]);
      else expect(ids.length, part.id).toBeGreaterThan(0);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it.each(CONTENT_LANGUAGES)('find the way acts are written in %s', (language) => {
    for (const [partId, requisite] of textRequisites(template)) {
      if (requisite.check.kind !== 'text') continue;
      const sample = sampleFor(template.id, requisite.id)?.[language];
      expect(sample, `a ${language} sample for ${requisite.id}`).toBeDefined();
      expect(finds(requisite, language, sample ?? ''), `${partId}/${requisite.id}: «${sample}»`).toBe(true);
    }
  });

  it.each(CONTENT_LANGUAGES)(
    'find nothing in a part that only repeats its hint-free filler in %s',
    (language) => {
      const filler = { ru: 'Текст будет написан позже.', kk: 'Мәтін кейінірек жазылады.' }[language];
      for (const [, requisite] of textRequisites(template))
        expect(finds(requisite, language, filler)).toBe(false);
    },
  );
});

/**
 * For each requisite the legal audit found missing, a sentence from the same part of a real act that does not say
 * it: the requisite must stay missing there. Keyed by requisite id, or `template/part/requisite` where one template
 * checks that id otherwise.
 */
const ABSENT: Record<string, LocalizedText> = {
  place: {
    ru: '12 марта 2024 года Специализированный межрайонный экономический суд в составе судьи Ахметовой Г. К.',
    kk: '2024 жылғы 12 наурыз. Мамандандырылған ауданаралық экономикалық сот, судья Ахметова Г. К.',
  },
  'other-participants': {
    ru: 'при секретаре Ли О. В., с участием истца Сериковой А. Б. и ответчика Ахметова Е. С.',
    kk: 'хатшы Ли О. В., талапкер Серикова А. Б. мен жауапкер Ахметов Е. С. қатысуымен',
  },
  participants: {
    ru: 'рассмотрев материалы о наложении ареста на имущество,',
    kk: 'мүлікке тыйым салу туралы материалдарды қарап,',
  },
  'third-parties': { ru: 'Ответчик иск не признал.', kk: 'Жауапкер талапты мойындамады.' },
  'parties-evidence': {
    ru: 'Истец просит взыскать долг, ответчик иск не признал.',
    kk: 'Талапкер борышты өндіріп алуды сұрайды, жауапкер талапты мойындамады.',
  },
  'rejected-evidence': {
    ru: 'Передача денег подтверждается распиской; ответчик иск не признал.',
    kk: 'Ақшаның берілгені қолхатпен расталады; жауапкер талапты мойындамады.',
  },
  execution: {
    ru: 'Решение может быть обжаловано в течение месяца.',
    kk: 'Шешімге бір ай ішінде шағым берілуі мүмкін.',
  },
  'first-instance': {
    ru: 'В апелляционной жалобе ответчик просит отменить решение суда.',
    kk: 'Апелляциялық шағымда жауапкер сот шешімінің күшін жоюды сұрайды.',
  },
  'case-number': {
    ru: 'Судья районного суда № 1 города Караганды Абенова Ж. Т.',
    kk: 'Қарағанды қаласының № 1 аудандық сотының судьясы Әбенова Ж. Т.',
  },
  'party-identity': {
    ru: 'о взыскании с ответчика Петрова И. И. задолженности',
    kk: 'жауапкер Петров И. И.-ден берешекті өндіріп алу туралы',
  },
  'legal-basis': {
    ru: 'Взыскать с Петрова И. И. в пользу ТОО «Караганда Энерго» 184 500 тенге.',
    kk: 'Петров И. И.-ден «Караганда Энерго» ЖШС пайдасына 184 500 теңге өндіріп алынсын.',
  },
  'contractual-penalty': {
    ru: 'Взыскать 184 500 тенге задолженности за тепловую энергию.',
    kk: 'Жылу энергиясы үшін 184 500 теңге берешек өндіріп алынсын.',
  },
  ...Object.fromEntries(
    ['victim', 'civil-parties', 'interpreter'].map((id) => [
      id,
      {
        ru: 'с участием государственного обвинителя — прокурора Сагинтаева Н. М., защитника — адвоката Ивановой Л. П.',
        kk: 'мемлекеттік айыптаушы — прокурор Сағынтаев Н. М., қорғаушы — адвокат Иванова Л. П. қатысуымен',
      },
    ]),
  ),
  ...Object.fromEntries(
    ['other-questions', 'sentence-execution', 'detention-credit'].map((id) => [
      id,
      {
        ru: 'Суд считает возможным назначить наказание в виде штрафа в размере 100 МРП.',
        kk: 'Сот 100 АЕК мөлшерінде айыппұл түріндегі жаза тағайындауды мүмкін деп санайды.',
      },
    ]),
  ),
  ...Object.fromEntries(
    ['preventive-measure', 'physical-evidence', 'victims-fund'].map((id) => [
      id,
      {
        ru: 'Процессуальные издержки взыскать с осуждённого.',
        kk: 'Процестік шығындар сотталғаннан өндіріп алынсын.',
      },
    ]),
  ),
  'prosecution-evidence': {
    ru: 'Калиев Д. Н. обвиняется в том, что путём обмана завладел деньгами Ахметова Т. С.',
    kk: 'Калиев Д. Н. алдау жолымен Ахметов Т. С.-ның ақшасын иемденді деп айыпталады.',
  },
  'case-to-prosecutor': {
    ru: 'Разъяснить оправданному право на возмещение вреда.',
    kk: 'Ақталған адамға зиянды өтеу құқығы түсіндірілсін.',
  },
  // «Оправдать» alone does not say on which ground (УПК 400 п.2).
  'criminal-verdict-acquittal/operative/acquittal-ground': {
    ru: 'Калиева Д. Н. признать невиновным и оправдать.',
    kk: 'Калиев Д. Н. кінәсіз деп танылып, ақталсын.',
  },
  'arguments-answered': {
    ru: 'Исследовав материалы дела, суд установил следующие обстоятельства.',
    kk: 'Іс материалдарын зерттеп, сот мынадай мән-жайларды анықтады.',
  },
  ...Object.fromEntries(
    ['execution-term', 'non-execution'].map((id) => [
      id,
      {
        ru: 'Иск удовлетворить. Признать незаконным отказ ответчика.',
        kk: 'Талап қанағаттандырылсын. Жауапкердің бас тартуы заңсыз деп танылсын.',
      },
    ]),
  ),
  'offender-identity': {
    ru: 'в отношении Сергеева Павла Андреевича',
    kk: 'Сергеев Павел Андреевичке қатысты',
  },
  language: {
    ru: 'Судья, рассмотрев дело об административном правонарушении,',
    kk: 'Судья әкімшілік құқық бұзушылық туралы істі қарап,',
  },
  ...Object.fromEntries(
    ['payment-term', 'seized-things', 'damage'].map((id) => [
      id,
      {
        ru: 'Подвергнуть административному взысканию в виде штрафа в размере 30 МРП.',
        kk: '30 АЕК мөлшерінде айыппұл салынсын.',
      },
    ]),
  ),
  // The number of days must be there: «в установленный срок» does not state the term.
  'civil-ruling/operative/appeal-term': {
    ru: 'Определение может быть обжаловано в установленный законом срок.',
    kk: 'Ұйғарымға заңда белгіленген мерзімде шағым жасалуы мүмкін.',
  },
  ...Object.fromEntries(
    ['administrative-offence-resolution', 'administrative-offence-resolution-reasoned'].map((id) => [
      `${id}/operative/appeal-term`,
      {
        ru: 'Постановление может быть обжаловано в порядке и сроки, предусмотренные КоАП РК.',
        kk: 'Қаулыға Кодексте көзделген тәртіппен және мерзімде шағым жасалуы мүмкін.',
      },
    ]),
  ),
};

describe('the requisites the legal audit found missing', () => {
  const checked = [...ACT_TEMPLATES.values()].flatMap((template) =>
    template.parts.flatMap((part) =>
      (part.requisites ?? []).flatMap((item) => {
        const absent = ABSENT[`${template.id}/${part.id}/${item.id}`] ?? ABSENT[item.id];
        return absent ? [{ key: `${template.id}/${part.id}/${item.id}`, item, absent }] : [];
      }),
    ),
  );

  it('are each checked for somewhere', () => {
    const keys = new Set(checked.map(({ key }) => key.split('/').slice(-1)[0]));
    for (const id of Object.keys(ABSENT)) expect(keys, id).toContain(id.split('/').slice(-1)[0]);
  });

  it.each(CONTENT_LANGUAGES)(
    'stay missing where a real %s sentence of their part does not say them',
    (language) => {
      for (const { key, item, absent } of checked) {
        expect(finds(item, language, absent[language]), `${key}: «${absent[language]}»`).toBe(false);
        const sample = sampleFor(key.split('/')[0] ?? '', item.id)?.[language] ?? '';
        expect(finds(item, language, `${absent[language]} ${sample}`), `${key} with its sample`).toBe(true);
      }
    },
  );
});

/**
 * The requisites the law asks for only in some cases, `template/part/requisite`: the checklist says "where
 * applicable" for them rather than "missing". Every other requisite is required in every act of its type.
 */
const WHERE_APPLICABLE = [
  ...['civil-decision', 'civil-decision-simplified', 'civil-decision-simplified-reasoned'].flatMap((id) => [
    `${id}/introductory/other-participants`,
    `${id}/operative/execution`,
  ]),
  'civil-decision/descriptive/third-parties',
  'civil-ruling/introductory/secretary',
  'civil-ruling/operative/appeal',
  'civil-ruling/operative/appeal-term',
  'court-order/operative/contractual-penalty',
  ...['criminal-verdict-guilty', 'criminal-verdict-acquittal'].flatMap((id) => [
    `${id}/introductory/victim`,
    `${id}/introductory/civil-parties`,
    `${id}/introductory/interpreter`,
    `${id}/operative/civil-claim`,
    `${id}/operative/physical-evidence`,
  ]),
  'criminal-verdict-guilty/operative/sentence-execution',
  'criminal-verdict-guilty/operative/detention-credit',
  'criminal-verdict-acquittal/descriptive-reasoning/civil-claim',
  'criminal-verdict-acquittal/operative/preventive-measure',
  'criminal-verdict-acquittal/operative/case-to-prosecutor',
  ...['administrative-decision', 'administrative-decision-short'].flatMap((id) => [
    `${id}/operative/execution-term`,
    `${id}/operative/non-execution`,
  ]),
  ...['administrative-offence-resolution', 'administrative-offence-resolution-reasoned'].flatMap((id) => [
    `${id}/operative/payment-term`,
    `${id}/operative/seized-things`,
    `${id}/operative/damage`,
  ]),
];

describe('requisites the law asks for only in some cases', () => {
  it('carry applies: where-applicable, and no other requisite does', () => {
    const marked = [...ACT_TEMPLATES.values()].flatMap((template) =>
      template.parts.flatMap((part) =>
        (part.requisites ?? [])
          .filter((item) => item.applies !== undefined)
          .map((item) => {
            expect(item.applies).toBe('where-applicable');
            return `${template.id}/${part.id}/${item.id}`;
          }),
      ),
    );
    expect(marked.sort()).toEqual([...WHERE_APPLICABLE].sort());
  });

  it('keep what every act states required: a guilty verdict’s preventive measure and Fund payment, an acquittal’s ground', () => {
    for (const [templateId, partId, id] of [
      ['criminal-verdict-guilty', 'operative', 'preventive-measure'],
      ['criminal-verdict-guilty', 'operative', 'victims-fund'],
      ['criminal-verdict-acquittal', 'operative', 'acquittal-ground'],
      ['criminal-verdict-acquittal', 'operative', 'appeal-term'],
      ['court-order', 'operative', 'legal-basis'],
      ['administrative-offence-resolution', 'introductory', 'language'],
    ] as const) {
      const item = requisite(templateId, partId, id);
      expect(item, `${templateId}/${partId}/${id}`).toBeDefined();
      expect(item?.applies).toBeUndefined();
    }
  });
});

function requisite(templateId: string, partId: string, requisiteId: string): Requisite | undefined {
  return findActTemplate(templateId)
    ?.parts.find((part) => part.id === partId)
    ?.requisites?.find((item) => item.id === requisiteId);
}

describe('requisites as the reference marks them', () => {
  it('have decisions rely on evidence and cite norms in their reasoning', () => {
    for (const id of ['civil-decision', 'administrative-decision', 'administrative-decision-short']) {
      expect(requisite(id, 'reasoning', 'evidence')?.check).toEqual({ kind: 'evidence' });
      expect(requisite(id, 'reasoning', 'law')?.check).toEqual({ kind: 'citation' });
    }
    expect(
      requisite('criminal-verdict-guilty', 'descriptive-reasoning', 'evidence')?.reference,
    ).toMatchObject({
      article: '397',
      verification: 'confirmed',
    });
  });

  it('cite a civil decision’s one-month appeal term to ГПК 403 ч.3, and the simplified decision’s to 267-4 ч.4', () => {
    expect(requisite('civil-decision', 'operative', 'appeal-term')?.reference).toMatchObject({
      article: '403',
      part: '3',
      verification: 'confirmed',
    });
    const simplified = requisite('civil-decision-simplified', 'operative', 'appeal-term') as Requisite;
    expect(simplified.reference).toMatchObject({ article: '267-4', part: '4', verification: 'confirmed' });
    expect(simplified.label.ru).toContain('заявления об отмене');
    expect(
      finds(
        simplified,
        'ru',
        'Решение может быть обжаловано в апелляционном порядке по истечении срока на подачу заявления об отмене решения, а если заявление подано, — в месячный срок после вынесения определения об отказе в его удовлетворении.',
      ),
    ).toBe(true);
    for (const id of ['civil-decision', 'civil-decision-simplified'])
      expect(requisite(id, 'operative', 'costs')?.reference).toMatchObject({
        article: '226',
        part: '6',
        verification: 'confirmed',
      });
    expect(findActTemplate('civil-decision-simplified')?.reference.article).toBe('267-4');
  });

  it('ask for a secretary only where the act records a hearing the code names one for', () => {
    expect(requisite('civil-decision', 'introductory', 'secretary')).toBeDefined();
    // Simplified proceedings: no hearing (ГПК 267-3 ч.5); an appeal resolution: not in ГПК 426.
    expect(requisite('civil-decision-simplified', 'introductory', 'secretary')).toBeUndefined();
    expect(requisite('civil-appeal-resolution', 'introductory', 'secretary')).toBeUndefined();
  });

  it('cite the content articles of a ruling, an appeal resolution and a court order (ГПК 269, 426, 140)', () => {
    for (const [id, article] of [
      ['civil-ruling', '269'],
      ['civil-appeal-resolution', '426'],
      ['court-order', '140'],
    ] as const) {
      const template = findActTemplate(id);
      expect(template?.reference).toMatchObject({ article, verification: 'confirmed' });
      for (const part of template?.parts ?? [])
        for (const item of part.requisites ?? [])
          // A ruling's appeal term is set by ГПК 429 ч.1, not by its content article.
          if (!(id === 'civil-ruling' && item.id === 'appeal-term'))
            expect(item.reference?.article, `${id}/${item.id}`).toBe(article);
    }
    expect(requisite('civil-ruling', 'operative', 'appeal-term')?.reference).toMatchObject({
      article: '429',
      part: '1',
      verification: 'confirmed',
    });
  });

  it('count a verdict’s 15 days from the pronouncement, under УПК 418 ч.1 (legal audit 2026-12)', () => {
    const term = requisite('criminal-verdict-guilty', 'operative', 'appeal-term') as Requisite;
    expect(term.label.ru).toContain('15 суток со дня провозглашения');
    expect(term.label.ru).not.toContain('получения копии');
    expect(term.reference).toMatchObject({ article: '418', part: '1', verification: 'confirmed' });
    expect(
      finds(
        term,
        'ru',
        'Приговор может быть обжалован в течение пятнадцати суток со дня его провозглашения, а осуждённым, содержащимся под стражей, — в тот же срок со дня вручения копии.',
      ),
    ).toBe(true);
    expect(
      finds(term, 'kk', 'Үкімге жария етілген күннен бастап он бес тәулік ішінде шағым берілуі мүмкін.'),
    ).toBe(true);
  });

  it('rest a guilty verdict’s operative part on УПК 398 and 401, not 627', () => {
    const operative = findActTemplate('criminal-verdict-guilty')?.parts.find(
      (part) => part.id === 'operative',
    );
    expect(operative?.requisites?.map((item) => [item.id, item.reference?.article])).toEqual([
      ['guilty', '398'],
      ['article', '398'],
      ['punishment', '398'],
      ['sentence-execution', '398'],
      ['detention-credit', '398'],
      ['preventive-measure', '398'],
      ['civil-claim', '401'],
      ['physical-evidence', '401'],
      ['procedural-costs', '401'],
      ['victims-fund', '401'],
      ['appeal', '401'],
      ['appeal-term', '418'],
    ]);
    expect(operative?.reference?.article).not.toContain('627');
  });

  it('cite the kind of verdict and the content articles of an acquittal: 393, 394, 399–401', () => {
    expect(findActTemplate('criminal-verdict-guilty')?.reference.article).toBe('393');
    expect(findActTemplate('criminal-verdict-acquittal')?.reference.article).toBe('394');
    expect(
      requisite('criminal-verdict-acquittal', 'descriptive-reasoning', 'charge')?.reference,
    ).toMatchObject({
      article: '399',
      verification: 'confirmed',
    });
    expect(requisite('criminal-verdict-acquittal', 'operative', 'acquitted')?.reference?.article).toBe('400');
    expect(requisite('criminal-verdict-acquittal', 'operative', 'appeal')?.reference?.article).toBe('401');
  });

  it('mark the list of a verdict’s introductory part confirmed (art. 396)', () => {
    for (const id of ['criminal-verdict-guilty', 'criminal-verdict-acquittal'])
      expect(requisite(id, 'introductory', 'defendant-identity')?.reference).toMatchObject({
        article: '396',
        verification: 'confirmed',
      });
  });

  it('cite КоАП 822 for a resolution’s content and appeal, and require neither the protocol nor explanations', () => {
    /** Besides art. 822: the damage (829-14 ч.2) and the ten-day appeal term (832 ч.1). */
    const otherArticles: Record<string, string> = { damage: '829-14', 'appeal-term': '832' };
    for (const id of ['administrative-offence-resolution', 'administrative-offence-resolution-reasoned']) {
      const template = findActTemplate(id);
      expect(template?.reference.article).toBe('822');
      for (const part of template?.parts ?? []) {
        expect(part.reference?.article ?? '822', part.id).toBe('822');
        for (const item of part.requisites ?? [])
          expect(item.reference, `${id}/${item.id}`).toMatchObject({
            article: otherArticles[item.id] ?? '822',
            verification: 'confirmed',
          });
      }
    }
    expect(
      findActTemplate('administrative-offence-resolution')?.parts.find((part) => part.id === 'descriptive')
        ?.requisites ?? [],
    ).toEqual([]);
  });

  it('confirm an administrative decision’s content under АППК 152 ч.3 (→ ГПК 226) and ч.4', () => {
    expect(requisite('administrative-decision', 'introductory', 'respondent')?.reference).toMatchObject({
      article: '152',
      part: '3',
      verification: 'confirmed',
    });
    expect(requisite('administrative-decision', 'reasoning', 'legality')?.reference).toMatchObject({
      article: '152',
      part: '4',
      verification: 'confirmed',
    });
    expect(findActTemplate('administrative-decision-short')?.reference.article).toBe('153');
  });

  it('let a short administrative decision answer the plaintiff by referring to the complaint decision (АППК 153 ч.2)', () => {
    const short = requisite('administrative-decision-short', 'reasoning', 'arguments-answered') as Requisite;
    const full = requisite('administrative-decision', 'reasoning', 'arguments-answered') as Requisite;
    const reference = {
      ru: 'Суд ссылается на решение по результатам рассмотрения жалобы от 20 марта 2024 года.',
      kk: 'Сот шағымды қарау нәтижелері бойынша 2024 жылғы 20 наурыздағы шешімге сілтеме жасайды.',
    };
    for (const language of CONTENT_LANGUAGES) {
      expect(finds(short, language, reference[language]), language).toBe(true);
      expect(finds(full, language, reference[language]), language).toBe(false);
    }
  });

  it('tell a court from its judge and from a defendant', () => {
    const court = requisite('civil-decision', 'introductory', 'court') as Requisite;
    expect(finds(court, 'ru', 'Судья Иванова А. Б., судебное заседание')).toBe(false);
    expect(finds(court, 'ru', 'в суде первой инстанции')).toBe(true);
    expect(finds(court, 'kk', 'сотталушы Петров')).toBe(false);
    expect(finds(court, 'kk', 'аудандық сотта')).toBe(true);
  });

  it('take no sentence or other period for the appeal term', () => {
    const verdict = requisite('criminal-verdict-guilty', 'operative', 'appeal-term') as Requisite;
    expect(finds(verdict, 'ru', 'Назначить наказание в виде ограничения свободы сроком на 2 года')).toBe(
      false,
    );
    expect(finds(verdict, 'kk', 'Жазаны өтеу мерзімі 2 жыл')).toBe(false);
    const civil = requisite('civil-decision', 'operative', 'appeal-term') as Requisite;
    expect(finds(civil, 'ru', 'Взыскать долг с рассрочкой платежа сроком на три месяца')).toBe(false);
    expect(
      finds(
        civil,
        'ru',
        'Решение может быть обжаловано в течение одного месяца со дня принятия в окончательной форме',
      ),
    ).toBe(true);
    expect(finds(civil, 'kk', 'Шешімге бір ай ішінде апелляциялық шағым берілуі мүмкін')).toBe(true);
  });

  it('find a citation by its shown text where a part names the article', () => {
    const article = requisite('criminal-verdict-guilty', 'operative', 'article') as Requisite;
    expect(finds(article, 'ru', 'признать виновным по ст.188 УК РК')).toBe(true);
    expect(finds(article, 'kk', '188-б. 2-б.')).toBe(true);
  });
});
