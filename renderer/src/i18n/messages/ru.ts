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

  'branch.civil': 'Гражданское дело',
  'branch.criminal': 'Уголовное дело',
  'branch.administrative': 'Административное дело',
  'branch.administrative-offence': 'Дело об административном правонарушении',

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
  'packError.olderVersion':
    'В библиотеке уже есть версия {imported} пакета «{title}»; в этом файле более старая версия {offered}.',

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
  'workspace.export': 'Сдать работу…',
  'workspace.exportDialogTitle': 'Сохранить работу',
  'workspace.submissionFilter': 'Работа CaseDraft',
  'workspace.exported': 'Работа сохранена в файл {name}. Передайте этот файл преподавателю.',
  'workspace.exportFailed': 'Работа не сохранена: {detail}',
  'workspace.leaveUnsaved':
    'Последний текст не удалось сохранить, и он будет потерян, если уйти. Всё равно уйти? Чтобы сохранить его, останьтесь и нажмите «Сохранить копию в файл».',
  'workspace.saveCopy': 'Сохранить копию в файл…',
  'workspace.copySaved': 'Копия текста сохранена в файл {name}. Дело не отмечено как сданное.',

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
};
