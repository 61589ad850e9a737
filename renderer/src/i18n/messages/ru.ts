import type { MessageKey } from './en';

/** Russian interface messages; every key of en.ts (a missing one is a type error). */
export const ru: Record<MessageKey, string> = {
  'app.name': 'CaseDraft',

  'nav.settings': 'Настройки',
  'nav.library': 'Библиотека',

  'common.dismiss': 'Закрыть',
  'common.cancel': 'Отмена',
  'common.save': 'Сохранить',

  'boot.storageError.title': 'CaseDraft не может открыть локальное хранилище',
  'boot.storageError.body':
    'Ваши черновики хранятся в базе данных на этом компьютере, и её не удалось открыть ({detail}). Закройте другие окна CaseDraft и запустите приложение снова. Ничего не удалено.',

  'library.title': 'Библиотека дел',
  'library.import': 'Импортировать пакет дел…',
  'library.importDialogTitle': 'Импорт пакета дел',
  'library.packFilter': 'Пакет дел CaseDraft',
  'library.dropHint':
    'Чтобы импортировать пакет дел, перетащите его файл в любое место этого окна или нажмите «Импортировать пакет дел».',
  'library.dropActive': 'Отпустите файл, чтобы импортировать пакет дел.',
  'library.empty': 'Пакетов дел пока нет. Чтобы начать, импортируйте пакет.',
  'library.bundledNotStored':
    'Часть пакетов дел, поставляемых с CaseDraft, не удалось сохранить на этом компьютере: {reason}. Освободите место на диске и запустите CaseDraft снова; ваши данные не потеряны.',
  'library.chooseCase':
    'Выберите дело, чтобы открыть его и начать составлять акт. Работа сохраняется на этом компьютере по мере набора.',
  'library.bundled': 'Входит в CaseDraft',
  'library.packMeta':
    'Версия {version} · {count, plural, one {# дело} few {# дела} many {# дел} other {# дела}}',
  'library.timeLimit': '{minutes} мин',
  'library.status.notStarted': 'Не начато',
  'library.status.inProgress': 'В процессе',
  'library.status.submitted': 'Сдано',
  'library.action.notStarted': 'Начать',
  'library.action.inProgress': 'Продолжить',
  'library.action.submitted': 'Открыть',
  'library.importing': 'Импорт файла {name}…',
  'library.imported': 'Пакет «{title}» импортирован.',
  'library.updated': 'Пакет «{title}» обновлён до версии {version}. Ваши черновики не изменились.',
  'library.unchanged': 'Пакет «{title}» версии {version} уже есть в библиотеке. Ничего не изменено.',
  'library.importFailed': 'Файл {name} не импортирован, библиотека не изменилась:',
  'library.readFailed': 'Файл {name} не удалось прочитать ({detail}). Ничего не импортировано.',
  'library.readFailedUnnamed': 'Выбранный файл не удалось прочитать ({detail}). Ничего не импортировано.',
  'library.storageFailed': 'Локальная база данных отклонила импорт ({detail}).',
  'library.cases': 'Дела',
  'library.packs': 'Пакеты дел',
  'library.filters': 'Поиск и отбор дел',
  'library.search': 'Поиск',
  'library.searchPlaceholder': 'Название дела или пакета',
  'library.filterBranch': 'Отрасль права',
  'library.filterStatus': 'Статус',
  'library.filterLanguage': 'Язык дела',
  'library.anyBranch': 'Все отрасли',
  'library.anyStatus': 'Любой статус',
  'library.anyLanguage': 'Любой язык',
  'library.caseLanguage.ru': 'Русский',
  'library.caseLanguage.kk': 'Казахский',
  'library.shownCount': '{shown} из {total, plural, one {# дела} few {# дел} many {# дел} other {# дела}}',
  'library.clearFilters': 'Сбросить фильтры',
  'library.noMatches': 'Нет дел, отвечающих поиску и фильтрам. Измените их или сбросьте фильтры.',
  'library.caseCount': '{count, plural, one {# дело} few {# дела} many {# дел} other {# дела}}',
  'library.casePack': '{title} · версия {version}',
  'library.packDescription': 'О пакете',

  'branch.civil': 'Гражданское дело',
  'branch.criminal': 'Уголовное дело',
  'branch.administrative': 'Административное дело',
  'branch.administrative-offence': 'Дело об административном правонарушении',
  'branch.family': 'Семейное дело',
  'branch.labour': 'Трудовой спор',
  'branch.land': 'Земельный спор',
  'branch.civil-appeal': 'Гражданское дело в апелляции',
  'branch.civil-procedure': 'Гражданский процесс',

  'actType.civil-decision': 'Решение суда по гражданскому делу',
  'actType.civil-ruling': 'Определение суда по гражданскому делу',
  'actType.civil-appeal-resolution': 'Постановление апелляционной инстанции по гражданскому делу',
  'actType.court-order': 'Судебный приказ',
  'actType.criminal-verdict-guilty': 'Обвинительный приговор',
  'actType.criminal-verdict-acquittal': 'Оправдательный приговор',
  'actType.administrative-decision': 'Решение суда по административному делу',
  'actType.administrative-offence-resolution': 'Постановление по делу об административном правонарушении',

  'packError.tooLarge': 'Файл больше {size} МБ — это слишком много для пакета дел.',
  'packError.notText': 'Файл не является текстом в кодировке UTF-8, поэтому это не пакет дел.',
  'packError.notJson':
    'Файл не является корректным JSON: синтаксическая ошибка в строке {line}, позиция {column}. Проверьте, нет ли прямо перед этим местом пропущенной запятой, кавычки или скобки.',
  'packError.notJsonAnywhere':
    'Файл не является корректным JSON. Возможно, он повреждён или это вовсе не пакет дел.',
  'packError.notAPack':
    'Файл не является пакетом дел CaseDraft: его поле «format» не равно «casedraft.pack».',
  'packError.unsupportedFormatVersion':
    'Пакет использует формат версии {found}, который эта версия CaseDraft не может прочитать (поддерживаемые версии: {supported}). Обновите CaseDraft или попросите автора пакета прислать совместимый файл.',
  'packError.missingField': 'Не заполнено обязательное поле: {path}.',
  'packError.unknownField': 'Поле, которого нет в формате (возможно, опечатка): {path}.',
  'packError.wrongType': 'Значение не того вида (должно быть: {expected}): {path}.',
  'packError.invalidValue': 'Недопустимое значение: {path}.',
  'packError.emptyText': 'Пустой текст там, где он обязателен: {path}.',
  'packError.emptyList': 'Пустой список там, где нужен хотя бы один элемент: {path}.',
  'packError.tooShort.characters':
    'Текст пуст или короче {min, plural, one {# символа} few {# символов} many {# символов} other {# символа}}: {path}.',
  'packError.tooShort.items':
    'В списке меньше {min, plural, one {# элемента} few {# элементов} many {# элементов} other {# элемента}}: {path}.',
  'packError.tooShort.value': 'Число меньше {min}: {path}.',
  'packError.tooLong.characters':
    'Текст длиннее {max, plural, one {# символа} few {# символов} many {# символов} other {# символа}}: {path}.',
  'packError.tooLong.items':
    'В списке больше {max, plural, one {# элемента} few {# элементов} many {# элементов} other {# элемента}}: {path}.',
  'packError.tooLong.value': 'Число больше {max}: {path}.',
  'packError.unknownActType': 'Вид акта «{actType}» неизвестен CaseDraft: {path}.',
  'packError.duplicateId': 'Идентификатор «{id}» встречается дважды, а он должен быть уникальным: {path}.',
  'packError.changedWithoutNewVersion':
    'В библиотеке уже есть версия {version} пакета «{title}» с другим содержанием. Пакет изменили, не повысив номер версии: попросите автора повысить версию и собрать пакет заново.',
  'packError.olderVersion':
    'В библиотеке уже есть версия {imported} пакета «{title}»; в этом файле более старая версия {offered}.',
  'library.importCancel': 'Отменить',
  'library.importCancelled': 'Импорт {name} отменён. Ничего не импортировано.',
  'library.importStep.unpacking': 'Распаковка файлов…',
  'library.importStep.checking': 'Проверка документов…',
  'library.importStep.saving': 'Сохранение в библиотеку…',
  'packError.unknownFileType': 'Файл не является пакетом дел (.cdpack) или пакетом дел в формате JSON.',
  'packError.notAKey': 'Файл не является ключом преподавателя CaseDraft (.cdkey).',
  'packError.packNotKey':
    'Это пакет дел, а не ключ преподавателя: ключ — файл .cdkey, собранный рядом с пакетом.',
  'packError.keyNotPack':
    'Это ключ преподавателя (.cdkey) с модельными ответами, а не пакет дел. Слушатели импортируют файл .cdpack.',
  'packError.corruptArchive': 'Файл повреждён: это не читаемый zip-архив. Попросите новую копию пакета.',
  'packError.corruptEntry': 'Файл {file} внутри пакета повреждён. Попросите новую копию пакета.',
  'packError.unsupportedArchive.zip64':
    'Пакет — zip-архив вида, который CaseDraft не читает (ZIP64). Соберите его командой «npm run pack».',
  'packError.unsupportedArchive.multiDisk':
    'Пакет разбит на несколько файлов. Соберите его одним файлом командой «npm run pack».',
  'packError.unsupportedArchive.encrypted':
    'Файл {file} внутри пакета защищён паролем; зашифрованные файлы в пакете недопустимы.',
  'packError.unsupportedArchive.compression':
    'Файл {file} внутри пакета сжат методом, который CaseDraft не читает.',
  'packError.unsupportedArchive.flags':
    'Файл {file} внутри пакета записан с параметрами zip, которые CaseDraft не читает. Соберите пакет командой «npm run pack».',
  'packError.unsupportedArchive.secondName':
    'У файла {file} внутри пакета в архиве есть второе имя, которое некоторые zip-программы показали бы вместо первого. Соберите пакет командой «npm run pack».',
  'packError.tooManyEntries': 'В пакете больше {max} файлов.',
  'packError.archiveTooLarge': 'В распакованном виде пакет занял бы больше {size} МБ.',
  'packError.entryTooLarge': 'Файл {file} внутри пакета больше {size} МБ.',
  'packError.archiveCompressionRatio':
    'Пакет в целом при распаковке увеличивается более чем в {max} раз, как «zip-бомба».',
  'packError.compressionRatio':
    'Файл {file} внутри пакета при распаковке увеличивается более чем в {max} раз, как «zip-бомба».',
  'packError.sizeMismatch':
    'Размер файла {file} внутри пакета не совпадает с заявленным в архиве: пакет повреждён или изменён.',
  'packError.checksumMismatch':
    'Контрольная сумма файла {file} внутри пакета не сходится: пакет повреждён или изменён.',
  'packError.unsafeEntryName':
    'В пакете файл с недопустимым именем «{file}»: имена должны быть относительными, без «..», букв дисков и обратных косых черт.',
  'packError.duplicateEntry':
    'Файл «{file}» встречается в пакете дважды (имена, различающиеся только регистром букв, считаются одинаковыми).',
  'packError.nestedArchive': 'В пакете есть другой архив, «{file}»; архивы внутри пакета недопустимы.',
  'packError.missingManifest': 'В пакете нет {file}: он собран не командой «npm run pack» или повреждён.',
  'packError.unexpectedFile': 'В пакете есть файл, не указанный в манифесте: «{file}».',
  'packError.missingFile': 'Файла «{file}», указанного в {path}, нет в пакете.',
  'packError.wrongMediaType':
    'Файл «{file}», указанный в {path}, не относится к заявленному типу {declared}.',
  'packError.imageTooLarge':
    'Изображение «{file}», указанное в {path}, размером {width} × {height} пикселей — больше {megapixels} мегапикселей: отсканируйте его с меньшим разрешением.',
  'packError.digestMismatch':
    'Файл «{file}», указанный в {path}, не совпадает с записанной контрольной суммой: его изменили после сборки пакета.',
  'packError.unsafeRichText':
    'Документ «{file}» ({path}) содержит недопустимое для пакета: {found}. Разрешены только текст, заголовки, списки и таблицы.',
  'packError.richTextNamedTooOften':
    'Документ {file} указан в {namings} материалах пакета; один документ могут указывать не более {max} материалов.',
  'packError.packRichTextTooLarge':
    'Документы пакета в сумме больше {size} МБ текста (документ считается столько раз, сколько материалов его указывают).',

  'valueType.number': 'число',
  'valueType.string': 'текст в кавычках',
  'valueType.array': 'список в квадратных скобках',
  'valueType.object': 'группа полей в фигурных скобках',
  'valueType.boolean': 'true или false',

  'fieldPath.cases': 'дело {n}',
  'fieldPath.materials': 'материал {n}',
  'fieldPath.blocks': 'блок {n}',
  'fieldPath.legislation': 'норма {n}',
  'fieldPath.rubric': 'критерий {n}',
  'fieldPath.authors': 'автор {n}',
  'fieldPath.item': '«{name}», элемент {n}',
  'fieldPath.field': '«{name}»',

  'workspace.loading': 'Открытие дела…',
  'workspace.cannotOpen': 'Дело не удаётся открыть',
  'workspace.notFound': 'Этого дела нет в библиотеке.',
  'workspace.unknownActType':
    'Для этого дела нужен тип акта «{actType}», который не поддерживается этой версией CaseDraft.',
  'workspace.draftDamaged':
    'Сохранённый черновик этого дела не удаётся прочитать ({detail}). Он оставлен без изменений, и ничего не будет записано поверх него.',
  'workspace.materials': 'Материалы дела',
  'workspace.materialsContents': 'Содержание материалов дела',
  'workspace.instructions': 'Задание',
  'workspace.timeLimit': 'Время на выполнение: {minutes} мин',
  'workspace.legislation': 'Законодательство',
  'workspace.rubric': 'Критерии оценки',
  'workspace.rubricPoints': '{points, plural, one {# балл} few {# балла} many {# баллов} other {# балла}}',
  'workspace.resizeHandle': 'Изменить ширину панелей материалов дела и редактора',
  'workspace.outline': 'Части акта',
  'workspace.editorLabel': 'Текст акта',
  'workspace.packUpdated':
    'Материалы дела обновлены до версии пакета {caseVersion}, а этот черновик начат по версии {draftVersion}. Ваш текст не изменился.',
  'workspace.export': 'Сдать работу…',
  'workspace.exportDialogTitle': 'Сохранить работу',
  'workspace.submissionFilter': 'Работа CaseDraft',
  'workspace.exported': 'Работа сохранена в файл {name}. Передайте этот файл преподавателю.',
  'workspace.exportFailed': 'Работа не сохранена: {detail}',
  'workspace.leaveUnsaved':
    'Последний текст не удалось сохранить, и он будет потерян, если уйти. Всё равно уйти? Чтобы сохранить его, останьтесь и нажмите «Сохранить копию в файл».',
  'workspace.saveCopy': 'Сохранить копию в файл…',
  'workspace.copySaved': 'Копия текста сохранена в файл {name}. Дело не отмечено как сданное.',
  'workspace.nameNotKept':
    'Не удалось запомнить ваше имя на следующий раз ({reason}); оно будет спрошено снова.',
  'workspace.keptAside':
    'Когда это дело закрывали в прошлый раз, последний набранный в том окне текст ещё не был сохранён, а черновик тем временем изменили в другом окне. Чтобы не потерять ни один из текстов, дело открыто с сохранённым текстом, а несохранённый текст помещён в историю как версия от {time}.',
  'workspace.keptAsideOpen': 'Открыть эту версию',
  'workspace.keptAsideFailed':
    'Когда это дело закрывали в прошлый раз, последний набранный в том окне текст ещё не был сохранён, а черновик тем временем изменили в другом окне. Дело открыто с сохранённым текстом. Несохранённый текст не удалось поместить в историю ({reason}), поэтому он отложен на этом компьютере и будет предложен снова, когда вы в следующий раз откроете дело.',

  'reader.document': 'Документ дела',
  'reader.kind.pdf': 'PDF',
  'reader.kind.image': 'Изображение',
  'reader.titleWithKind': '{title} ({kind})',
  'reader.opening': 'Открытие документа…',
  'reader.fileMissing':
    'Этого файла нет в библиотеке. Чтобы восстановить его, импортируйте пакет дел ещё раз.',
  'reader.fileUnreadable': 'Не удалось прочитать этот файл из локальной базы данных.',
  'reader.pdfBroken': 'Файл PDF повреждён или не является PDF-файлом, поэтому его нельзя показать.',
  'reader.pdfPassword': 'Файл PDF защищён паролем, поэтому его нельзя показать.',
  'reader.imageBroken':
    'Изображение повреждено или не является файлом PNG или JPEG, поэтому его нельзя показать.',
  'reader.page': 'Страница {page}',
  'reader.pageOf': 'Страница {page} из {count}',
  'reader.pageBroken': 'Не удалось отобразить страницу {page}.',
  'reader.zoom': 'Масштаб',
  'reader.zoomIn': 'Увеличить (+)',
  'reader.zoomOut': 'Уменьшить (−)',
  'reader.zoomPercent': '{percent} %',
  'reader.fitWidth': 'По ширине',
  'reader.fitWidthHint': 'Подогнать по ширине панели (0)',
  'reader.zoomableView':
    '{title}. Масштаб меняется клавишами + и − или колесом мыши с нажатой клавишей Ctrl.',
  'reader.search': 'Поиск по материалам дела',
  'reader.searchPlaceholder': 'Поиск по материалам дела…',
  'reader.searchTooShort':
    'Введите не менее {min, plural, one {# символа} few {# символов} many {# символов} other {# символа}}.',
  'reader.searchingPdfs': 'Идёт поиск в файлах PDF…',
  'reader.noMatches': 'Ничего не найдено.',
  'reader.matchSummary':
    '{count, plural, one {# совпадение} few {# совпадения} many {# совпадений} other {# совпадения}} в {documents, plural, one {# документе} few {# документах} many {# документах} other {# документа}}',
  'reader.matchCount':
    '{count, plural, one {# совпадение} few {# совпадения} many {# совпадений} other {# совпадения}}',
  'reader.matchPosition': '{current} из {total}',
  'reader.previousMatch': 'Предыдущее совпадение (Shift+Enter)',
  'reader.nextMatch': 'Следующее совпадение (Enter)',
  'reader.showResults': 'Показать результаты',
  'reader.hideResults': 'Скрыть результаты',
  'reader.results': 'Результаты поиска',
  'reader.onPage': 'с. {page}',
  'reader.showAllMatches':
    'Показать {count, plural, one {# совпадение} few {все # совпадения} many {все # совпадений} other {все # совпадения}}',
  'reader.textlessPdfs':
    '{count, plural, one {В # файле PDF нет текста (только отсканированные страницы), поэтому искать в нём нельзя.} other {В # файлах PDF нет текста (только отсканированные страницы), поэтому искать в них нельзя.}}',

  words: '{count, plural, one {# слово} few {# слова} many {# слов} other {# слова}}',

  wordsTotal: 'Всего {count, plural, one {# слово} few {# слова} many {# слов} other {# слова}}',

  'toolbar.label': 'Форматирование',
  'toolbar.bold': 'Полужирный (Ctrl+B)',
  'toolbar.italic': 'Курсив (Ctrl+I)',
  'toolbar.underline': 'Подчёркнутый (Ctrl+U)',
  'toolbar.bulletList': 'Маркированный список',
  'toolbar.orderedList': 'Нумерованный список',
  'toolbar.undo': 'Отменить (Ctrl+Z)',
  'toolbar.redo': 'Повторить (Ctrl+Y)',

  'save.saved': 'Все изменения сохранены',
  'save.savedAt': 'Сохранено в {time}',
  'save.pending': 'Изменения ещё не сохранены…',
  'save.failed':
    'Не сохранено: {reason}. Повторная попытка через {seconds} с. Ваш текст на месте; на всякий случай сохраните копию в файл.',
  'save.stopped': 'Сохранение остановлено: {reason}. Чтобы не потерять текст, сохраните его копию в файл.',
  'save.stoppedConflict':
    'Этот черновик изменён в другом окне CaseDraft, поэтому сохранение здесь остановлено, чтобы не перезаписать ту работу. Текст из этого окна не потеряется: когда вы откроете дело заново, он будет в истории рядом с текстом другого окна. Можно также сохранить копию в файл.',
  'save.reason.quota': 'на диске закончилось место',
  'save.reason.unknown': 'локальная база данных отказала в сохранении ({detail})',
  'save.retryNow': 'Повторить сейчас',

  'participant.title': 'Ваше имя',
  'participant.explain':
    'Ваше имя указывается в каждой работе, чтобы преподаватель знал, чья это работа. Изменить его можно позже в разделе «Настройки».',
  'participant.label': 'Фамилия, имя, отчество',
  'participant.save': 'Продолжить',

  'settings.title': 'Настройки',
  'settings.language': 'Язык интерфейса',
  'settings.languageSystem': 'Как в системе ({language})',
  'settings.participantName': 'Ваше имя в работах',
  'settings.participantHelp': 'Указывается в каждой работе, которую вы сдаёте.',
  'settings.saved': 'Сохранено.',
  'settings.notStored':
    'Эту настройку не удалось сохранить на этом компьютере: {reason}. Освободите место на диске и задайте её снова.',
  'settings.about': 'CaseDraft {version} ({platform})',

  'language.kk': 'Қазақша',
  'language.ru': 'Русский',
  'language.en': 'English',

  // — act templates —
  'fieldPath.templates': 'шаблон {n}',
  'fieldPath.parts': 'часть {n}',
  'fieldPath.requisites': 'реквизит {n}',
  'packError.builtInTemplateId':
    'Собственный шаблон акта в пакете назван «{id}», так же как шаблон, встроенный в CaseDraft. Дайте ему другой идентификатор: {path}.',
  'packError.invalidPattern':
    'Текстовый образец не является простым регулярным выражением (оно должно работать с флагом u, без повторяемых групп и обратных ссылок, не более чем с одним *, + или {n,} и немногими способами совпадения): {path}.',
  'packError.templateWithoutBody':
    'Ни одна часть шаблона не помещена в основную часть акта (introduction, background, arguments, remedies, motivation или decision): {path}.',
  'aknExport.button': 'XML',
  'aknExport.label': 'Экспорт в Akoma Ntoso XML',
  'aknExport.hint':
    'Экспорт в Akoma Ntoso XML: копия акта для других юридических программ. Преподавателю сдаётся файл работы.',
  'aknExport.dialogTitle': 'Сохранить акт в формате Akoma Ntoso XML',
  'aknExport.filter': 'Akoma Ntoso XML',
  'aknExport.saved':
    'Акт сохранён в файл {name}. Эта копия предназначена для других юридических программ; преподавателю передаётся файл работы.',
  'aknExport.failed': 'Файл Akoma Ntoso не сохранён: {detail}',

  // — completeness checker —
  'completeness.checklist': 'Проверка полноты: {part}',
  'completeness.count': 'найдено {found} из {total}',
  'completeness.found': 'Найдено',
  'completeness.missing': 'Не найдено',
  'completeness.emptyPart': 'Часть не заполнена',
  'completeness.unverified': 'норма не сверена',
  'completeness.unverifiedHint':
    'Статья, из которой следует это требование, ещё не сверена с официальным текстом кодекса. Это касается ссылки на норму, а не вашего акта.',
  'completeness.dialogTitle': 'Акт, возможно, неполон',
  'completeness.dialogExplain':
    'Проверка не нашла в акте то, что перечислено ниже. Она ищет типичные формулировки и может не заметить написанное своими словами. Сдать акт как есть или вернуться и дополнить его?',
  'completeness.exportAnyway': 'Всё равно сдать',
  'completeness.goBack': 'Вернуться и дополнить',

  // — citations and evidence —
  'citation.insert': 'Сослаться на норму (Ctrl+Shift+K)',
  'citation.dialogTitle': 'Ссылка на норму',
  'citation.filter': 'Поиск по выдержкам из законодательства',
  'citation.excerpts': 'Выдержки из законодательства по делу',
  'citation.noExcerpts': 'В деле нет выдержек из законодательства: введите ссылку ниже.',
  'citation.noMatches': 'Нет выдержек, подходящих под «{query}».',
  'citation.typeOne': 'Или введите ссылку',
  'citation.code': 'Кодекс',
  'citation.article': 'Статья',
  'citation.articleHint': 'Номер статьи, например 188 или 829-14',
  'citation.part': 'Часть',
  'citation.paragraph': 'Пункт',
  'citation.preview': 'Будет вставлено: {text}',
  'citation.insertTyped': 'Вставить',
  'citation.notInCase': 'Этой статьи нет среди выдержек из законодательства по делу.',
  'evidence.link': 'Ссылка на доказательство (Ctrl+Shift+E)',
  'evidence.dialogTitle': 'Ссылка на материал дела',
  'evidence.explainSelection':
    'Выделенный текст станет ссылкой на выбранный материал; щелчок по нему откроет материал.',
  'evidence.explainInsert': 'Текст не выделен: название материала будет вставлено как ссылка.',
  'evidence.filter': 'Поиск материала',
  'evidence.materials': 'Материалы дела',
  'evidence.noMatches': 'Нет материалов, подходящих под «{query}».',
  'evidence.noMaterials': 'В деле нет материалов.',
  'evidence.unlink': 'Убрать ссылку',
  'evidence.broken': 'этого материала больше нет в деле',

  // — worksheet —
  'worksheet.tabs': 'Материалы дела и рабочий лист',
  'worksheet.tab.materials': 'Материалы дела',
  'worksheet.tab.worksheet': 'Рабочий лист',
  'worksheet.label': 'Рабочий лист решения дела',
  'worksheet.intro':
    'Разберите дело здесь: факты и доказательства, вопросы, нормы, анализ и вывод по каждому требованию. Рабочий лист сохраняется вместе с черновиком и сдаётся вместе с ним.',
  'worksheet.facts': 'Факты и доказательства',
  'worksheet.factsHint':
    'Факты, подлежащие установлению, материалы, которые их подтверждают, и ваша оценка этих доказательств.',
  'worksheet.fact': 'Факт {number}',
  'worksheet.factStatement': 'Факт',
  'worksheet.evidence': 'Доказательства',
  'worksheet.noEvidence': 'Доказательства ещё не выбраны.',
  'worksheet.addEvidence': 'Добавить доказательство…',
  'worksheet.openEvidence': 'Открыть «{title}» в материалах дела',
  'worksheet.removeEvidence': 'Убрать «{title}» из доказательств',
  'worksheet.missingMaterial': '{id} (нет в этом деле)',
  'worksheet.assessment': 'Оценка: относимость, допустимость, достоверность, достаточность',
  'worksheet.addFact': 'Добавить факт',
  'worksheet.removeFact': 'Удалить факт {number}',
  'worksheet.issues': 'Вопросы, подлежащие разрешению',
  'worksheet.issue': 'Вопрос {number}',
  'worksheet.addIssue': 'Добавить вопрос',
  'worksheet.removeIssue': 'Удалить вопрос {number}',
  'worksheet.norms': 'Применимые нормы',
  'worksheet.norm': 'Норма {number}',
  'worksheet.normText': 'Норма и как она применяется',
  'worksheet.normCode': 'Кодекс',
  'worksheet.normArticle': 'Статья',
  'worksheet.normPart': 'Часть',
  'worksheet.normParagraph': 'Пункт',
  'worksheet.normFromLegislation': 'Добавить норму из законодательства по делу…',
  'worksheet.addNorm': 'Добавить норму',
  'worksheet.removeNorm': 'Удалить норму {number}',
  'worksheet.analysis': 'Анализ',
  'worksheet.analysisHint': 'Примените нормы к фактам, которые вы сочли доказанными.',
  'worksheet.criminalQuestions': 'Вопросы, разрешаемые судом при постановлении приговора',
  'worksheet.wordingPartial':
    'Это вопросы указанной статьи; их формулировка здесь восстановлена по смыслу. Сверьте её с официальным текстом.',
  'worksheet.wordingUnverified':
    'Это вопросы указанной статьи; их формулировка здесь не сверена с официальным текстом.',
  'worksheet.conclusions': 'Вывод по каждому требованию',
  'worksheet.conclusion': 'Требование {number}',
  'worksheet.claim': 'Требование или обвинение',
  'worksheet.conclusionText': 'Вывод',
  'worksheet.addConclusion': 'Добавить требование',
  'worksheet.removeConclusion': 'Удалить требование {number}',
  'worksheet.rowLimit': 'Не более {count} строк',

  // — revisions —
  'revisions.open': 'История',
  'revisions.title': 'История версий',
  'revisions.explain':
    'Версия акта сохраняется после каждых пяти минут работы над текстом и при каждой выгрузке в файл. Перед восстановлением версии текущий текст тоже сохраняется как версия, а отмена (Ctrl+Z) возвращает всё как было.',
  'revisions.listLabel': 'Сохранённые версии',
  'revisions.empty': 'Версий пока нет.',
  'revisions.reason.interval': 'Сохранено во время работы',
  'revisions.reason.export': 'Выгружено в файл',
  'revisions.reason.beforeRestore': 'Перед восстановлением',
  'revisions.reason.keptAside': 'Не сохранено при закрытии окна',
  'revisions.words': '{count, plural, one {# слово} few {# слова} many {# слов} other {# слова}}',
  'revisions.choose': 'Выберите версию, чтобы её прочитать.',
  'revisions.previewLabel': 'Акт по состоянию на {time}',
  'revisions.unreadable': 'Эту версию нельзя показать: она повреждена ({detail}).',
  'revisions.restore': 'Восстановить эту версию',
  'revisions.close': 'Закрыть',
  'revisions.otherAct':
    'Эта версия написана для другой формы акта, поэтому её нельзя вернуть в эту. Прочитать её здесь можно.',
  'revisions.sameAsCurrent': 'Эта версия совпадает с текущим текстом.',
  'revisions.snapshotFailed':
    'Не удалось сохранить текущий текст как версию ({detail}), поэтому ничего не восстановлено.',
  'revisions.restored': 'Восстановлена версия от {time}. Отмена (Ctrl+Z) вернёт прежний текст.',
  'revisions.restoredWithWorksheet':
    'Восстановлена версия от {time} вместе с её рабочим листом. Отмена (Ctrl+Z) вернёт прежний текст; прежний рабочий лист сохранён в истории.',

  // — find, tables, numbering, shortcuts —
  'shortcut.bold': 'Полужирный',
  'shortcut.italic': 'Курсив',
  'shortcut.underline': 'Подчёркнутый',
  'shortcut.undo': 'Отменить',
  'shortcut.redo': 'Повторить',
  'shortcut.lineBreak': 'Перенос строки внутри абзаца',
  'shortcut.indentListItem': 'Увеличить отступ пункта списка',
  'shortcut.outdentListItem': 'Уменьшить отступ пункта списка',
  'shortcut.leaveEditor': 'Выйти из текста (клавиатура)',
  'shortcut.find': 'Найти в акте',
  'shortcut.replace': 'Найти и заменить',
  'shortcut.insertCitation': 'Вставить ссылку на норму',
  'shortcut.openEvidence': 'Открыть доказательство, на котором стоит курсор',
  'shortcut.linkEvidence': 'Связать выделенное с доказательством',
  'shortcut.history': 'История версий',
  'shortcut.printPreview': 'Предварительный просмотр печати',
  'shortcut.zoomIn': 'Увеличить масштаб',
  'shortcut.zoomOut': 'Уменьшить масштаб',
  'shortcut.zoomReset': 'Исходный масштаб',
  'shortcut.focusMode': 'Режим концентрации',
  'shortcut.shortcutsHelp': 'Сочетания клавиш',
  'find.label': 'Поиск и замена',
  'find.query': 'Найти в акте',
  'find.replacement': 'Заменить на',
  'find.matchCase': 'С учётом регистра',
  'find.wholeWord': 'Слово целиком',
  'find.previous': 'Предыдущее совпадение (Shift+Enter)',
  'find.next': 'Следующее совпадение (Enter)',
  'find.showReplace': 'Замена (Ctrl+H)',
  'find.replace': 'Заменить',
  'find.replaceAll': 'Заменить все',
  'find.close': 'Закрыть (Esc)',
  'find.position': '{current} из {count}',
  'find.count':
    '{count, plural, one {# совпадение} few {# совпадения} many {# совпадений} other {# совпадения}}',
  'find.none': 'Совпадений нет',
  'find.tooShort': 'Введите хотя бы две буквы',
  'find.replaced':
    '{count, plural, one {Заменено # совпадение.} few {Заменено # совпадения.} many {Заменено # совпадений.} other {Заменено # совпадения.}}',
  'table.insert': 'Вставить таблицу',
  'table.insertTitle': 'Размер таблицы',
  'table.rows': 'Строк',
  'table.columns': 'Столбцов',
  'table.headerRow': 'Первая строка — заголовок',
  'table.insertButton': 'Вставить',
  'table.tools': 'Таблица',
  'table.addRowBefore': 'Добавить строку выше',
  'table.addRowAfter': 'Добавить строку ниже',
  'table.addColumnBefore': 'Добавить столбец слева',
  'table.addColumnAfter': 'Добавить столбец справа',
  'table.deleteRow': 'Удалить строку',
  'table.deleteColumn': 'Удалить столбец',
  'table.delete': 'Удалить таблицу',
  'numbering.toggle': 'Нумеровать абзацы мотивировочной части',
  'shortcuts.open': 'Сочетания клавиш (F1)',
  'shortcuts.title': 'Сочетания клавиш',
  'shortcuts.explain':
    'Буквенные клавиши работают в любой раскладке: Ctrl+F — это Ctrl и клавиша с буквой F.',
  'shortcuts.action': 'Действие',
  'shortcuts.keys': 'Клавиши',
  'shortcuts.or': 'или',
  'shortcuts.close': 'Закрыть',

  // — print, zoom, focus —
  'print.open': 'Предварительный просмотр печати (Ctrl+P)',
  'print.title': 'Предварительный просмотр печати',
  'print.print': 'Печать…',
  'print.close': 'Закрыть',
  'print.pageCount': '{count, plural, one {# страница} few {# страницы} many {# страниц} other {# страницы}}',
  'print.pages': 'Акт в том виде, в каком он будет напечатан, на листах A4',
  'zoom.label': 'Масштаб текста',
  'zoom.in': 'Увеличить масштаб (Ctrl+=)',
  'zoom.out': 'Уменьшить масштаб (Ctrl+−)',
  'zoom.value': '{percent} %',
  'zoom.reset': 'Масштаб текста {percent} %: вернуть 100 % (Ctrl+0)',
  'focus.toggle': 'Режим концентрации (Ctrl+Shift+F)',
  'focus.on': 'Режим концентрации: на экране только акт. Чтобы выйти, нажмите Escape.',
  'focus.off': 'Режим концентрации выключен: материалы дела и части акта снова на экране.',

  // — spellcheck —
  'spellcheck.toggle': 'Проверка орфографии',
  'spellcheck.buttonText': 'Абв',
  'spellcheck.unavailable': 'Проверить орфографию нельзя: для языка этого акта нет словаря',
  'spellcheck.failed': 'Не удалось загрузить словарь, поэтому ошибки не подчёркиваются',
  'spellcheck.menuLabel': 'Написание слова «{word}»',
  'spellcheck.looking': 'Ищем варианты…',
  'spellcheck.noSuggestions': 'Нет вариантов',
  'spellcheck.addWord': 'Добавить в мой словарь',
  // — ui kit —
  'screenError.title': 'Этот экран остановлен из-за ошибки',
  'screenError.body':
    'Ошибка в CaseDraft остановила этот экран ({detail}). Набранный текст сохранён на этом компьютере.',
  'screenError.retry': 'Попробовать снова',
  'screenError.library': 'Вернуться в библиотеку',
};
