import { defineMessages } from './define-messages';

/** The version history of the act. */
export const revisions = defineMessages({
  en: {
    'revisions.open': 'History',
    'revisions.title': 'Version history',
    'revisions.explain':
      'A version of the act is kept after every five minutes of writing and at every export. Restoring a version keeps your current text as a version first, and Undo (Ctrl+Z) takes the restore back.',
    'revisions.listLabel': 'Saved versions',
    'revisions.empty': 'No versions yet.',
    'revisions.reason.interval': 'Kept while writing',
    'revisions.reason.export': 'Exported to a file',
    'revisions.reason.beforeRestore': 'Before a restore',
    'revisions.reason.keptAside': 'Not saved when a window closed',
    'revisions.words': '{count, plural, one {# word} other {# words}}',
    'revisions.choose': 'Choose a version to read it.',
    'revisions.previewLabel': 'The act as it was on {time}',
    'revisions.unreadable': 'This version cannot be shown: it is damaged ({detail}).',
    'revisions.restore': 'Restore this version',
    'revisions.close': 'Close',
    'revisions.otherAct':
      'This version was written for another form of the act, so it cannot be put back into this one. You can still read it here.',
    'revisions.sameAsCurrent': 'This version is the same as your current text.',
    'revisions.snapshotFailed':
      'Your current text could not be kept as a version ({detail}), so nothing was restored.',
    'revisions.restored': 'Restored the version of {time}. Undo (Ctrl+Z) brings back the text you had.',
    'revisions.restoredWithWorksheet':
      'Restored the version of {time}, with its worksheet. Undo (Ctrl+Z) brings back the text you had; your previous worksheet is kept in the history.',
  },
  ru: {
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
  },
  kk: {
    'revisions.open': 'Тарих',
    'revisions.title': 'Нұсқалар тарихы',
    'revisions.explain':
      'Актінің нұсқасы мәтінмен әр бес минут жұмыс істегеннен кейін және файлға әр шығарған сайын сақталады. Нұсқаны қалпына келтірмес бұрын ағымдағы мәтін де нұсқа ретінде сақталады, ал болдырмау (Ctrl+Z) бәрін бұрынғы қалпына қайтарады.',
    'revisions.listLabel': 'Сақталған нұсқалар',
    'revisions.empty': 'Әзірге нұсқалар жоқ.',
    'revisions.reason.interval': 'Жұмыс барысында сақталған',
    'revisions.reason.export': 'Файлға шығарылған',
    'revisions.reason.beforeRestore': 'Қалпына келтіру алдында',
    'revisions.reason.keptAside': 'Терезе жабылғанда сақталмаған',
    'revisions.words': '{count, plural, other {# сөз}}',
    'revisions.choose': 'Оқу үшін нұсқаны таңдаңыз.',
    'revisions.previewLabel': '{time} кезіндегі акт',
    'revisions.unreadable': 'Бұл нұсқаны көрсету мүмкін емес: ол бүлінген ({detail}).',
    'revisions.restore': 'Осы нұсқаны қалпына келтіру',
    'revisions.close': 'Жабу',
    'revisions.otherAct':
      'Бұл нұсқа актінің басқа нысанына жазылған, сондықтан оны осы актіге қайтару мүмкін емес. Оны осында оқуға болады.',
    'revisions.sameAsCurrent': 'Бұл нұсқа ағымдағы мәтінмен бірдей.',
    'revisions.snapshotFailed':
      'Ағымдағы мәтінді нұсқа ретінде сақтау мүмкін болмады ({detail}), сондықтан ештеңе қалпына келтірілмеді.',
    'revisions.restored': '{time} нұсқасы қалпына келтірілді. Болдырмау (Ctrl+Z) бұрынғы мәтінді қайтарады.',
    'revisions.restoredWithWorksheet':
      '{time} нұсқасы жұмыс парағымен бірге қалпына келтірілді. Болдырмау (Ctrl+Z) бұрынғы мәтінді қайтарады; бұрынғы жұмыс парағы тарихта сақталған.',
  },
});
