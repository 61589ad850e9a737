import type { MessageKey } from './en';

/** Kazakh interface messages; every key of en.ts (a missing one is a type error). */
export const kk: Record<MessageKey, string> = {
  'app.name': 'CaseDraft',

  'nav.settings': 'Баптаулар',
  'nav.library': 'Кітапхана',

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
  'library.chooseCase':
    'Ашып, акт жазуды бастау үшін істі таңдаңыз. Жұмыс теру барысында осы компьютерде сақталады.',
  'library.bundled': 'CaseDraft құрамына кіреді',
  'library.packMeta': 'Нұсқа {version} · {count, plural, other {# іс}}',
  'library.timeLimit': '{minutes} мин',
  'library.status.notStarted': 'Басталмаған',
  'library.status.inProgress': 'Орындалуда',
  'library.status.submitted': 'Тапсырылды',
  'library.action.notStarted': 'Бастау',
  'library.action.inProgress': 'Жалғастыру',
  'library.action.submitted': 'Ашу',
  'library.importing': '{name} файлы импортталуда…',
  'library.imported': '«{title}» топтамасы импортталды.',
  'library.updated': '«{title}» топтамасы {version} нұсқасына дейін жаңартылды. Жобаларыңыз өзгерген жоқ.',
  'library.unchanged':
    '«{title}» топтамасының {version} нұсқасы кітапханада бұрыннан бар. Ештеңе өзгертілмеді.',
  'library.importFailed': '{name} файлы импортталмады, кітапхана өзгерген жоқ:',
  'library.readFailed': '{name} файлын оқу мүмкін болмады ({detail}). Ештеңе импортталмады.',
  'library.readFailedUnnamed': 'Таңдалған файлды оқу мүмкін болмады ({detail}). Ештеңе импортталмады.',
  'library.storageFailed': 'Жергілікті дерекқор импорттаудан бас тартты ({detail}).',
  'library.cases': 'Істер',
  'library.packs': 'Істер топтамалары',
  'library.filters': 'Істерді іздеу және сүзу',
  'library.search': 'Іздеу',
  'library.searchPlaceholder': 'Іс немесе топтама атауы',
  'library.filterBranch': 'Құқық саласы',
  'library.filterStatus': 'Күйі',
  'library.filterLanguage': 'Іс тілі',
  'library.anyBranch': 'Барлық салалар',
  'library.anyStatus': 'Кез келген күй',
  'library.anyLanguage': 'Кез келген тіл',
  'library.caseLanguage.ru': 'Орыс тілі',
  'library.caseLanguage.kk': 'Қазақ тілі',
  'library.shownCount': 'Көрсетілген істер: {shown} / {total}',
  'library.clearFilters': 'Сүзгілерді тазарту',
  'library.noMatches': 'Іздеу мен сүзгілерге сәйкес іс жоқ. Оларды өзгертіңіз немесе сүзгілерді тазартыңыз.',
  'library.caseCount': '{count, plural, other {# іс}}',
  'library.casePack': '{title} · нұсқа {version}',
  'library.packDescription': 'Топтама туралы',

  'branch.civil': 'Азаматтық іс',
  'branch.criminal': 'Қылмыстық іс',
  'branch.administrative': 'Әкімшілік іс',
  'branch.administrative-offence': 'Әкімшілік құқық бұзушылық туралы іс',
  'branch.family': 'Отбасылық іс',
  'branch.labour': 'Еңбек дауы',
  'branch.land': 'Жер дауы',
  'branch.civil-appeal': 'Апелляциялық сатыдағы азаматтық іс',
  'branch.civil-procedure': 'Азаматтық процесс',

  'actType.civil-decision': 'Азаматтық іс бойынша сот шешімі',
  'actType.civil-ruling': 'Азаматтық іс бойынша сот ұйғарымы',
  'actType.civil-appeal-resolution': 'Азаматтық іс бойынша апелляциялық сатының қаулысы',
  'actType.court-order': 'Сот бұйрығы',
  'actType.criminal-verdict-guilty': 'Айыптау үкімі',
  'actType.criminal-verdict-acquittal': 'Ақтау үкімі',
  'actType.administrative-decision': 'Әкімшілік іс бойынша сот шешімі',
  'actType.administrative-offence-resolution': 'Әкімшілік құқық бұзушылық туралы іс бойынша қаулы',

  'packError.tooLarge': 'Файлдың көлемі {size} МБ шегінен асады — бұл істер топтамасы үшін тым үлкен.',
  'packError.notText': 'Файл UTF-8 кодтауындағы мәтін емес, сондықтан ол істер топтамасы емес.',
  'packError.notJson':
    'Файл дұрыс JSON емес: {line}-жолда, {column}-позицияда синтаксистік қате бар. Дәл осы жердің алдында үтір, тырнақша немесе жақша түсіп қалмағанын тексеріңіз.',
  'packError.notJsonAnywhere':
    'Файл дұрыс JSON емес. Ол зақымданған немесе мүлде істер топтамасы емес болуы мүмкін.',
  'packError.notAPack':
    'Файл CaseDraft істер топтамасы емес: оның «format» өрісі «casedraft.pack» мәніне тең емес.',
  'packError.unsupportedFormatVersion':
    'Топтама форматтың {found} нұсқасын пайдаланады, CaseDraft қолданбасының осы нұсқасы оны оқи алмайды (қолдау көрсетілетін нұсқалар: {supported}). CaseDraft қолданбасын жаңартыңыз немесе топтама авторынан үйлесімді файл сұраңыз.',
  'packError.missingField': 'Міндетті өріс толтырылмаған: {path}.',
  'packError.unknownField': 'Форматта жоқ өріс (қате жазылған болуы мүмкін): {path}.',
  'packError.wrongType': 'Мәннің түрі дұрыс емес (болуы керек: {expected}): {path}.',
  'packError.invalidValue': 'Рұқсат етілмеген мән: {path}.',
  'packError.emptyText': 'Міндетті мәтін бос: {path}.',
  'packError.emptyList': 'Кемінде бір элементі болуы керек тізім бос: {path}.',
  'packError.tooShort.characters': 'Мәтін бос немесе {min, plural, other {# таңбадан}} қысқа: {path}.',
  'packError.tooShort.items': 'Тізімде {min, plural, other {# элементтен}} аз: {path}.',
  'packError.tooShort.value': 'Сан {min} мәнінен кіші: {path}.',
  'packError.tooLong.characters': 'Мәтін {max, plural, other {# таңбадан}} ұзын: {path}.',
  'packError.tooLong.items': 'Тізімде {max, plural, other {# элементтен}} көп: {path}.',
  'packError.tooLong.value': 'Сан {max} мәнінен үлкен: {path}.',
  'packError.unknownActType': 'CaseDraft «{actType}» акт түрін білмейді: {path}.',
  'packError.duplicateId': '«{id}» сәйкестендіргіші екі рет кездеседі, ал ол бірегей болуы керек: {path}.',
  'packError.changedWithoutNewVersion':
    'Кітапханада «{title}» топтамасының {version} нұсқасы басқа мазмұнмен бар. Топтама нұсқа нөмірі көтерілмей өзгертілген: авторынан нұсқаны көтеріп, топтаманы қайта жинауды сұраңыз.',
  'packError.olderVersion':
    'Кітапханада «{title}» топтамасының {imported} нұсқасы бар; бұл файлда одан ескі {offered} нұсқа.',
  'library.importCancel': 'Болдырмау',
  'library.importCancelled': '{name} импорты болдырылмады. Ештеңе импортталған жоқ.',
  'library.importStep.unpacking': 'Файлдар ашылуда…',
  'library.importStep.checking': 'Құжаттар тексерілуде…',
  'library.importStep.saving': 'Кітапханаға сақталуда…',
  'packError.unknownFileType': 'Файл істер топтамасы (.cdpack) да, JSON пішіміндегі істер топтамасы да емес.',
  'packError.notAKey': 'Файл CaseDraft оқытушы кілті (.cdkey) емес.',
  'packError.packNotKey':
    'Бұл оқытушы кілті емес, істер топтамасы: кілт — топтаманың жанында жиналған .cdkey файлы.',
  'packError.keyNotPack':
    'Бұл үлгі жауаптары бар оқытушы кілті (.cdkey), істер топтамасы емес. Тыңдаушылар .cdpack файлын импорттайды.',
  'packError.corruptArchive':
    'Файл зақымдалған: ол оқылатын zip мұрағаты емес. Топтаманың жаңа көшірмесін сұраңыз.',
  'packError.corruptEntry': 'Топтама ішіндегі {file} файлы зақымдалған. Топтаманың жаңа көшірмесін сұраңыз.',
  'packError.unsupportedArchive.zip64':
    'Топтама CaseDraft оқымайтын zip мұрағаты түрінде (ZIP64). Оны «npm run pack» командасымен жинаңыз.',
  'packError.unsupportedArchive.multiDisk':
    'Топтама бірнеше файлға бөлінген. Оны «npm run pack» командасымен бір файл етіп жинаңыз.',
  'packError.unsupportedArchive.encrypted':
    'Топтама ішіндегі {file} файлы құпиясөзбен қорғалған; топтамада шифрланған файлдарға жол берілмейді.',
  'packError.unsupportedArchive.compression':
    'Топтама ішіндегі {file} файлы CaseDraft оқымайтын әдіспен қысылған.',
  'packError.tooManyEntries': 'Топтамада {max} файлдан көп.',
  'packError.archiveTooLarge': 'Ашылған күйде топтама {size} МБ-тан көп орын алар еді.',
  'packError.entryTooLarge': 'Топтама ішіндегі {file} файлы {size} МБ-тан үлкен.',
  'packError.archiveCompressionRatio':
    'Топтама тұтастай ашылғанда {max} еседен астам үлкейеді, «zip-бомба» сияқты.',
  'packError.compressionRatio':
    'Топтама ішіндегі {file} файлы ашылғанда {max} еседен астам үлкейеді, «zip-бомба» сияқты.',
  'packError.sizeMismatch':
    'Топтама ішіндегі {file} файлының өлшемі мұрағатта көрсетілгенге сәйкес келмейді: топтама зақымдалған немесе өзгертілген.',
  'packError.checksumMismatch':
    'Топтама ішіндегі {file} файлының бақылау сомасы сәйкес келмейді: топтама зақымдалған немесе өзгертілген.',
  'packError.unsafeEntryName':
    'Топтамада рұқсат етілмеген атауы бар файл бар: «{file}». Атаулар салыстырмалы болуы керек, «..», диск әріптері мен кері қиғаш сызықтарсыз.',
  'packError.duplicateEntry':
    'Топтамада «{file}» файлы екі рет кездеседі (тек бас әріптерімен ерекшеленетін атаулар бірдей саналады).',
  'packError.nestedArchive':
    'Топтамада басқа мұрағат бар: «{file}»; топтама ішінде мұрағаттарға жол берілмейді.',
  'packError.missingManifest':
    'Топтамада {file} жоқ: ол «npm run pack» командасымен жиналмаған немесе зақымдалған.',
  'packError.unexpectedFile': 'Топтамада манифестте көрсетілмеген файл бар: «{file}».',
  'packError.missingFile': '{path} ішінде көрсетілген «{file}» файлы топтамада жоқ.',
  'packError.wrongMediaType':
    '{path} ішінде көрсетілген «{file}» файлы мәлімделген {declared} түріне жатпайды.',
  'packError.imageTooLarge':
    '{path} ішінде көрсетілген «{file}» суреті {width} × {height} пиксель, {megapixels} мегапиксельден көп: оны төменірек ажыратымдылықпен сканерлеңіз.',
  'packError.digestMismatch':
    '{path} ішінде көрсетілген «{file}» файлы жазылған бақылау сомасына сәйкес келмейді: ол топтама жиналғаннан кейін өзгертілген.',
  'packError.unsafeRichText':
    '«{file}» құжатында ({path}) топтамаға рұқсат етілмеген нәрсе бар: {found}. Тек мәтін, тақырыптар, тізімдер мен кестелерге рұқсат етіледі.',

  'valueType.number': 'сан',
  'valueType.string': 'тырнақшадағы мәтін',
  'valueType.array': 'төртбұрышты жақшадағы тізім',
  'valueType.object': 'фигуралық жақшадағы өрістер тобы',
  'valueType.boolean': 'true немесе false',

  'fieldPath.cases': '{n}-іс',
  'fieldPath.materials': '{n}-материал',
  'fieldPath.blocks': '{n}-блок',
  'fieldPath.legislation': '{n}-норма',
  'fieldPath.rubric': '{n}-өлшемшарт',
  'fieldPath.authors': '{n}-автор',
  'fieldPath.item': '«{name}», {n}-элемент',
  'fieldPath.field': '«{name}»',

  'workspace.loading': 'Іс ашылуда…',
  'workspace.cannotOpen': 'Істі ашу мүмкін емес',
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
  'workspace.packUpdated':
    'Іс материалдары топтаманың {caseVersion} нұсқасына жаңартылды, ал бұл жоба {draftVersion} нұсқасы бойынша басталған. Сіздің мәтініңіз өзгерген жоқ.',
  'workspace.export': 'Жұмысты тапсыру…',
  'workspace.exportDialogTitle': 'Жұмысты сақтау',
  'workspace.submissionFilter': 'CaseDraft жұмысы',
  'workspace.exported': 'Жұмыс {name} файлына сақталды. Бұл файлды оқытушыға беріңіз.',
  'workspace.exportFailed': 'Жұмыс сақталмады: {detail}',
  'workspace.leaveUnsaved':
    'Соңғы мәтін сақталмады, шықсаңыз ол жоғалады. Бәрібір шығасыз ба? Оны сақтау үшін осы жерде қалып, «Көшірмесін файлға сақтау» батырмасын басыңыз.',
  'workspace.saveCopy': 'Көшірмесін файлға сақтау…',
  'workspace.copySaved': 'Мәтіннің көшірмесі {name} файлына сақталды. Іс тапсырылды деп белгіленбеді.',

  'reader.document': 'Іс құжаты',
  'reader.kind.pdf': 'PDF',
  'reader.kind.image': 'Сурет',
  'reader.titleWithKind': '{title} ({kind})',
  'reader.opening': 'Құжат ашылуда…',
  'reader.fileMissing': 'Бұл файл кітапханада жоқ. Оны қалпына келтіру үшін істер пакетін қайта импорттаңыз.',
  'reader.fileUnreadable': 'Бұл файлды жергілікті дерекқордан оқу мүмкін болмады.',
  'reader.pdfBroken': 'PDF файлы зақымдалған немесе PDF файлы емес, сондықтан оны көрсету мүмкін емес.',
  'reader.pdfPassword': 'PDF файлы құпиясөзбен қорғалған, сондықтан оны көрсету мүмкін емес.',
  'reader.imageBroken': 'Сурет зақымдалған немесе PNG не JPEG файлы емес, сондықтан оны көрсету мүмкін емес.',
  'reader.page': '{page}-бет',
  'reader.pageOf': '{count} беттің {page}-беті',
  'reader.pageBroken': '{page}-бетті көрсету мүмкін болмады.',
  'reader.zoom': 'Масштаб',
  'reader.zoomIn': 'Үлкейту (+)',
  'reader.zoomOut': 'Кішірейту (−)',
  'reader.zoomPercent': '{percent} %',
  'reader.fitWidth': 'Ені бойынша',
  'reader.fitWidthHint': 'Панельдің еніне сыйдыру (0)',
  'reader.zoomableView':
    '{title}. Масштаб + және − пернелерімен немесе Ctrl басулы тұрғанда тінтуір дөңгелегімен өзгереді.',
  'reader.search': 'Іс материалдарынан іздеу',
  'reader.searchPlaceholder': 'Іс материалдарынан іздеу…',
  'reader.searchTooShort': 'Кемінде {min, plural, other {# таңба}} енгізіңіз.',
  'reader.searchingPdfs': 'PDF файлдарынан ізделуде…',
  'reader.noMatches': 'Ештеңе табылмады.',
  'reader.matchSummary': '{documents, plural, other {# құжатта}} {count, plural, other {# сәйкестік}}',
  'reader.matchCount': '{count, plural, other {# сәйкестік}}',
  'reader.matchPosition': '{current} / {total}',
  'reader.previousMatch': 'Алдыңғы сәйкестік (Shift+Enter)',
  'reader.nextMatch': 'Келесі сәйкестік (Enter)',
  'reader.showResults': 'Нәтижелерді көрсету',
  'reader.hideResults': 'Нәтижелерді жасыру',
  'reader.results': 'Іздеу нәтижелері',
  'reader.onPage': '{page}-б.',
  'reader.showAllMatches': 'Барлық {count, plural, other {# сәйкестікті}} көрсету',
  'reader.textlessPdfs':
    '{count, plural, other {# PDF файлында}} мәтін жоқ (тек сканерленген беттер), сондықтан олардан іздеу мүмкін емес.',

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
  'save.failed':
    'Сақталмады: {reason}. {seconds} с кейін қайта әрекет жасалады. Мәтініңіз орнында; сақтық үшін оның көшірмесін файлға сақтаңыз.',
  'save.stopped': 'Сақтау тоқтатылды: {reason}. Мәтінді жоғалтпау үшін оның көшірмесін файлға сақтаңыз.',
  'save.stoppedConflict':
    'Бұл жоба CaseDraft-тың басқа терезесінде өзгертілді, сондықтан сол жұмыстың үстінен жазбау үшін мұнда сақтау тоқтатылды. Осы мәтіннің көшірмесін файлға сақтаңыз, содан кейін істі қайта ашыңыз.',
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

  // — act templates —

  // — completeness checker —

  // — citations and evidence —

  // — worksheet —

  // — revisions —

  // — find, tables, numbering, shortcuts —
  'shortcut.bold': 'Қалың',
  'shortcut.italic': 'Курсив',
  'shortcut.underline': 'Асты сызылған',
  'shortcut.undo': 'Болдырмау',
  'shortcut.redo': 'Қайталау',
  'shortcut.lineBreak': 'Абзац ішінде жаңа жол',
  'shortcut.indentListItem': 'Тізім тармағының шегінісін үлкейту',
  'shortcut.outdentListItem': 'Тізім тармағының шегінісін азайту',
  'shortcut.leaveEditor': 'Мәтіннен шығу (пернетақта)',
  'shortcut.find': 'Актіден іздеу',
  'shortcut.replace': 'Іздеу және ауыстыру',
  'shortcut.insertCitation': 'Нормаға сілтеме қою',
  'shortcut.linkEvidence': 'Белгіленгенді дәлелдемеге байланыстыру',
  'shortcut.history': 'Нұсқалар тарихы',
  'shortcut.printPreview': 'Басып шығаруды алдын ала қарау',
  'shortcut.zoomIn': 'Үлкейту',
  'shortcut.zoomOut': 'Кішірейту',
  'shortcut.zoomReset': 'Бастапқы масштаб',
  'shortcut.focusMode': 'Зейін режимі',
  'shortcut.shortcutsHelp': 'Пернелер тіркесімдері',

  // — print, zoom, focus —

  // — spellcheck —
};
