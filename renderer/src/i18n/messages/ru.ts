import type { MessageKey } from './en';

/** Russian interface messages; every key of en.ts (a missing one is a type error). */
export const ru: Record<MessageKey, string> = {
  'app.name': 'CaseDraft',
  'nav.settings': 'Настройки',
  'nav.back': 'Библиотека',
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
  'library.bundled': 'Входит в CaseDraft',
  'library.packMeta':
    'Версия {version} · {count, plural, one {# дело} few {# дела} many {# дел} other {# дела}}',
  'library.timeLimit': '{minutes} мин',
  'library.status.notStarted': 'Не начато',
  'library.status.inProgress': 'В процессе',
  'library.status.submitted': 'Сдано',
  'library.importing': 'Импорт файла {name}…',
  'library.imported': 'Пакет «{title}» импортирован.',
  'library.updated': 'Пакет «{title}» обновлён до версии {version}. Ваши черновики не изменились.',
  'library.unchanged': 'Пакет «{title}» версии {version} уже есть в библиотеке. Ничего не изменено.',
  'library.importFailed': 'Файл {name} не импортирован, библиотека не изменилась:',
  'library.storageFailed': 'Локальная база данных отклонила импорт ({detail}).',

  'branch.civil': 'Гражданское судопроизводство',
  'branch.criminal': 'Уголовное судопроизводство',
  'branch.administrative': 'Административное судопроизводство',
  'branch.administrative-offence': 'Административные правонарушения',

  'packError.tooLarge': 'Файл больше {size} МБ — это слишком много для пакета дел.',
  'packError.notText': 'Файл не является текстом в кодировке UTF-8, поэтому это не пакет дел.',
  'packError.notJson': 'Файл не является корректным JSON: {detail}',
  'packError.notAPack':
    'Файл не является пакетом дел CaseDraft: его поле «format» не равно «casedraft.pack».',
  'packError.unsupportedFormatVersion':
    'Пакет использует формат версии {found}, который эта версия CaseDraft не может прочитать (поддерживаемые версии: {supported}). Обновите CaseDraft или попросите автора пакета прислать совместимый файл.',
  'packError.missingField': 'Отсутствует обязательное поле «{path}».',
  'packError.unknownField': 'Поле «{path}» не предусмотрено форматом. Проверьте, нет ли опечатки в названии.',
  'packError.wrongType': 'Поле «{path}» имеет неверный тип: ожидается {expected}.',
  'packError.invalidValue': 'Поле «{path}» содержит недопустимое значение.',
  'packError.tooShort': 'Поле «{path}» пустое или слишком короткое (минимум {min}).',
  'packError.tooLong': 'Поле «{path}» слишком длинное (максимум {max}).',
  'packError.unknownActType':
    'В поле «{path}» указан тип акта «{actType}», который не поддерживается CaseDraft.',
  'packError.duplicateId':
    'В поле «{path}» повторяется идентификатор «{id}»; идентификаторы должны быть уникальными.',
  'packError.olderVersion':
    'В библиотеке уже есть версия {imported} пакета «{packId}»; в этом файле более старая версия {offered}.',

  'workspace.loading': 'Открытие дела…',
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
  'workspace.exported': 'Работа сохранена в файл {name}.',
  'workspace.exportFailed': 'Работа не сохранена: {detail}',

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
  'save.saving': 'Сохранение…',
  'save.failed':
    'Не сохранено: {reason}. Повторная попытка через {seconds} с. Ваш текст на месте, его можно экспортировать в файл.',
  'save.stopped': 'Сохранение остановлено: {reason}. Чтобы не потерять текст, экспортируйте его в файл.',
  'save.stoppedConflict':
    'Этот черновик изменён в другом окне CaseDraft, поэтому сохранение здесь остановлено, чтобы не перезаписать ту работу. Чтобы не потерять этот текст, экспортируйте его в файл, а затем откройте дело заново.',
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
