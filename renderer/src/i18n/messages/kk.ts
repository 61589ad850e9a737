import type { MessageKey } from './en';

/** Kazakh interface messages; every key of en.ts (a missing one is a type error). */
export const kk: Record<MessageKey, string> = {
  'app.name': 'CaseDraft',
  'nav.settings': 'Баптаулар',
  'nav.back': 'Кітапхана',
  'common.dismiss': 'Жабу',
  'common.cancel': 'Бас тарту',
  'common.save': 'Сақтау',

  'boot.storageError.title': 'CaseDraft жергілікті деректер қоймасын аша алмайды',
  'boot.storageError.body':
    'Жобаларыңыз осы компьютердегі дерекқорда сақталады, оны ашу мүмкін болмады ({detail}). Басқа CaseDraft терезелерін жауып, қолданбаны қайта іске қосыңыз. Ештеңе жойылған жоқ.',

  'library.title': 'Істер кітапханасы',
  'library.import': 'Істер топтамасын импорттау…',
  'library.importDialogTitle': 'Істер топтамасын импорттау',
  'library.packFilter': 'CaseDraft істер топтамасы',
  'library.dropHint':
    'Істер топтамасын импорттау үшін оның файлын осы терезенің кез келген жеріне сүйреп әкеліңіз немесе «Істер топтамасын импорттау» түймесін басыңыз.',
  'library.dropActive': 'Істер топтамасын импорттау үшін файлды қоя беріңіз.',
  'library.empty': 'Әзірге істер топтамасы жоқ. Бастау үшін топтаманы импорттаңыз.',
  'library.bundled': 'CaseDraft құрамына кіреді',
  'library.packMeta': 'Нұсқа {version} · {count, plural, other {# іс}}',
  'library.timeLimit': '{minutes} мин',
  'library.status.notStarted': 'Басталмаған',
  'library.status.inProgress': 'Орындалуда',
  'library.status.submitted': 'Тапсырылды',
  'library.importing': '{name} файлы импортталуда…',
  'library.imported': '«{title}» топтамасы импортталды.',
  'library.updated': '«{title}» топтамасы {version} нұсқасына дейін жаңартылды. Жобаларыңыз өзгерген жоқ.',
  'library.unchanged':
    '«{title}» топтамасының {version} нұсқасы кітапханада бұрыннан бар. Ештеңе өзгертілмеді.',
  'library.importFailed': '{name} файлы импортталмады, кітапхана өзгерген жоқ:',
  'library.storageFailed': 'Жергілікті дерекқор импорттаудан бас тартты ({detail}).',

  'branch.civil': 'Азаматтық сот ісін жүргізу',
  'branch.criminal': 'Қылмыстық сот ісін жүргізу',
  'branch.administrative': 'Әкімшілік сот ісін жүргізу',
  'branch.administrative-offence': 'Әкімшілік құқық бұзушылықтар',

  'packError.tooLarge': 'Файлдың көлемі {size} МБ шегінен асады — бұл істер топтамасы үшін тым үлкен.',
  'packError.notText': 'Файл UTF-8 кодтауындағы мәтін емес, сондықтан ол істер топтамасы емес.',
  'packError.notJson': 'Файл жарамды JSON емес: {detail}',
  'packError.notAPack':
    'Файл CaseDraft істер топтамасы емес: оның «format» өрісі «casedraft.pack» мәніне тең емес.',
  'packError.unsupportedFormatVersion':
    'Топтама форматтың {found} нұсқасын пайдаланады, CaseDraft қолданбасының осы нұсқасы оны оқи алмайды (қолдау көрсетілетін нұсқалар: {supported}). CaseDraft қолданбасын жаңартыңыз немесе топтама авторынан үйлесімді файл сұраңыз.',
  'packError.missingField': 'Міндетті «{path}» өрісі жоқ.',
  'packError.unknownField': '«{path}» өрісі форматта қарастырылмаған. Атауында қате жоқ па, тексеріңіз.',
  'packError.wrongType': '«{path}» өрісінің түрі дұрыс емес: күтілетін түр — {expected}.',
  'packError.invalidValue': '«{path}» өрісінде рұқсат етілмеген мән бар.',
  'packError.tooShort': '«{path}» өрісі бос немесе тым қысқа (кемінде {min}).',
  'packError.tooLong': '«{path}» өрісі тым ұзын (ең көбі {max}).',
  'packError.unknownActType': '«{path}» өрісінде CaseDraft қолдамайтын «{actType}» акт түрі көрсетілген.',
  'packError.duplicateId':
    '«{path}» өрісінде «{id}» идентификаторы қайталанады; идентификаторлар бірегей болуы керек.',
  'packError.olderVersion':
    'Кітапханада «{packId}» топтамасының {imported} нұсқасы бұрыннан бар; бұл файлдағы {offered} нұсқасы одан ескі.',

  'workspace.loading': 'Іс ашылуда…',
  'workspace.notFound': 'Бұл іс кітапханада жоқ.',
  'workspace.unknownActType':
    'Бұл іс үшін «{actType}» акт түрі қажет, бірақ CaseDraft қолданбасының осы нұсқасы оны қолдамайды.',
  'workspace.draftDamaged':
    'Осы істің сақталған жобасын оқу мүмкін емес ({detail}). Ол өзгеріссіз қалдырылды, оның үстінен ештеңе жазылмайды.',
  'workspace.materials': 'Іс материалдары',
  'workspace.materialsContents': 'Іс материалдарының мазмұны',
  'workspace.instructions': 'Тапсырма',
  'workspace.timeLimit': 'Орындау уақыты: {minutes} мин',
  'workspace.legislation': 'Заңнама',
  'workspace.rubric': 'Бағалау өлшемшарттары',
  'workspace.rubricPoints': '{points, plural, other {# балл}}',
  'workspace.resizeHandle': 'Іс материалдары мен редактор панельдерінің өлшемін өзгерту',
  'workspace.outline': 'Актінің бөліктері',
  'workspace.editorLabel': 'Актінің мәтіні',
  'workspace.export': 'Жұмысты тапсыру…',
  'workspace.exportDialogTitle': 'Жұмысты сақтау',
  'workspace.submissionFilter': 'CaseDraft жұмысы',
  'workspace.exported': 'Жұмыс {name} файлына сақталды.',
  'workspace.exportFailed': 'Жұмыс сақталмады: {detail}',

  words: '{count, plural, other {# сөз}}',
  wordsTotal: 'Барлығы {count, plural, other {# сөз}}',

  'toolbar.label': 'Пішімдеу',
  'toolbar.bold': 'Жартылай қалың (Ctrl+B)',
  'toolbar.italic': 'Курсив (Ctrl+I)',
  'toolbar.underline': 'Асты сызылған (Ctrl+U)',
  'toolbar.bulletList': 'Таңбалауышты тізім',
  'toolbar.orderedList': 'Нөмірленген тізім',
  'toolbar.undo': 'Болдырмау (Ctrl+Z)',
  'toolbar.redo': 'Қайталау (Ctrl+Y)',

  'save.saved': 'Барлық өзгерістер сақталды',
  'save.savedAt': 'Сақталды: {time}',
  'save.pending': 'Өзгерістер әлі сақталмады…',
  'save.saving': 'Сақталуда…',
  'save.failed':
    'Сақталмады: {reason}. {seconds} секундтан кейін қайта талпыныс жасалады. Мәтініңіз орнында, оны файлға экспорттауға болады.',
  'save.stopped': 'Сақтау тоқтатылды: {reason}. Мәтінді жоғалтпау үшін оны файлға экспорттаңыз.',
  'save.stoppedConflict':
    'Бұл жоба CaseDraft қолданбасының басқа терезесінде өзгертілді, сондықтан сол жұмыстың үстінен жазып жібермеу үшін мұнда сақтау тоқтатылды. Бұл мәтінді жоғалтпау үшін оны файлға экспорттаңыз, содан кейін істі қайта ашыңыз.',
  'save.reason.quota': 'дискіде бос орын жоқ',
  'save.reason.unknown': 'жергілікті дерекқор сақтаудан бас тартты ({detail})',
  'save.retryNow': 'Қазір қайталау',

  'participant.title': 'Аты-жөніңіз',
  'participant.explain':
    'Оқытушыңыз кімнің жұмысы екенін білуі үшін аты-жөніңіз әр жұмыста көрсетіледі. Оны кейін «Баптаулар» бөлімінде өзгертуге болады.',
  'participant.label': 'Тегі, аты, әкесінің аты',
  'participant.save': 'Жалғастыру',

  'settings.title': 'Баптаулар',
  'settings.language': 'Интерфейс тілі',
  'settings.languageSystem': 'Жүйедегідей ({language})',
  'settings.participantName': 'Жұмыстардағы аты-жөніңіз',
  'settings.participantHelp': 'Сіз тапсыратын әр жұмыста көрсетіледі.',
  'settings.saved': 'Сақталды.',
  'settings.about': 'CaseDraft {version} ({platform})',

  'language.kk': 'Қазақша',
  'language.ru': 'Русский',
  'language.en': 'English',
};
