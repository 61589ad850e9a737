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
    'Этот черновик изменён в другом окне CaseDraft, поэтому сохранение здесь остановлено, чтобы не перезаписать ту работу. Сохраните копию этого текста в файл, а затем откройте дело заново.',
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
  'shortcut.linkEvidence': 'Связать выделенное с доказательством',
  'shortcut.history': 'История версий',
  'shortcut.printPreview': 'Предварительный просмотр печати',
  'shortcut.zoomIn': 'Увеличить масштаб',
  'shortcut.zoomOut': 'Уменьшить масштаб',
  'shortcut.zoomReset': 'Исходный масштаб',
  'shortcut.focusMode': 'Режим концентрации',
  'shortcut.shortcutsHelp': 'Сочетания клавиш',

  // — print, zoom, focus —

  // — spellcheck —
};
