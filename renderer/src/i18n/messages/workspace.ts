import { defineMessages } from './define-messages';

/** The trainee’s case workspace: opening a case, its panes, saving the draft. */
export const workspace = defineMessages({
  en: {
    'workspace.loading': 'Opening the case…',
    'workspace.cannotOpen': 'The case cannot be opened',
    'workspace.notFound': 'This case is not in the library.',
    'workspace.unknownActType':
      'This case asks for the act type “{actType}”, which this version of CaseDraft does not know.',
    'workspace.draftDamaged':
      'The saved draft of this case cannot be read ({detail}). It has been left as it is, and nothing will be saved over it.',
    'workspace.resizeHandle': 'Resize the case materials and the editor',
    'workspace.editorLabel': 'Text of the act',
    'workspace.packUpdated':
      'The case materials were updated to version {caseVersion} of the pack after you started this draft on version {draftVersion}. Your text is unchanged.',
    'workspace.export': 'Export submission…',
    'workspace.exportDialogTitle': 'Save the submission',
    'workspace.submissionFilter': 'CaseDraft submission',
    'workspace.exported': 'Your work was saved as {name}. Hand this file in to your trainer.',
    'workspace.exportFailed': 'The submission was not saved: {detail}',
    'workspace.exportRefused':
      'The work was not handed in: your trainer’s CaseDraft would refuse this file. {problem} Change that in the act, then hand it in again. Your draft is unchanged.',
    'workspace.copyUnreadable': 'Your trainer’s CaseDraft would not read this copy: {problem}',
    'workspace.leaveUnsaved':
      'Your latest text could not be saved and will be lost if you leave. Leave anyway? To keep it, stay and use “Save a copy to a file”.',
    'workspace.saveCopy': 'Save a copy to a file…',
    'workspace.copySaved': 'A copy of your text was saved as {name}. The case is not marked as submitted.',
    'workspace.nameNotKept':
      'Your name could not be remembered for next time ({reason}); you will be asked for it again.',
    'workspace.keptAside':
      'When this case was last closed, the newest typing in that window had not been saved yet, and meanwhile the draft was changed in another window. So that neither text is lost, the case opens with the saved text, and the unsaved text is kept in the history as the version of {time}.',
    'workspace.keptAsideOpen': 'Open that version',
    'workspace.keptAsideFailed':
      'When this case was last closed, the newest typing in that window had not been saved yet, and meanwhile the draft was changed in another window. The case opens with the saved text. The unsaved text could not be put in the history ({reason}), so it stays aside on this computer and is offered again the next time you open the case.',

    wordsTotal: '{count, plural, one {# word} other {# words}} in total',

    'save.saved': 'All changes saved',
    'save.savedAt': 'Saved at {time}',
    'save.pending': 'Changes not yet saved…',
    'save.failed':
      'Not saved: {reason}. Trying again in {seconds} s. Your text is still here; to be safe, save a copy to a file.',
    'save.stopped': 'Saving has stopped: {reason}. Save a copy of your text to a file to keep it.',
    'save.stoppedConflict':
      'This draft was changed in another CaseDraft window, so saving here has stopped rather than overwrite that work. The text in this window is not lost: when you reopen the case, it is kept in the history beside the other window’s text. You can also save a copy to a file.',
    'save.reason.quota': 'the disk is full',
    'save.reason.unknown': 'the local database refused to save ({detail})',
    'save.retryNow': 'Try again now',
  },
  ru: {
    'workspace.loading': 'Открытие дела…',
    'workspace.cannotOpen': 'Дело не удаётся открыть',
    'workspace.notFound': 'Этого дела нет в библиотеке.',
    'workspace.unknownActType':
      'Для этого дела нужен тип акта «{actType}», который не поддерживается этой версией CaseDraft.',
    'workspace.draftDamaged':
      'Сохранённый черновик этого дела не удаётся прочитать ({detail}). Он оставлен без изменений, и ничего не будет записано поверх него.',
    'workspace.resizeHandle': 'Изменить ширину панелей материалов дела и редактора',
    'workspace.editorLabel': 'Текст акта',
    'workspace.packUpdated':
      'Материалы дела обновлены до версии пакета {caseVersion}, а этот черновик начат по версии {draftVersion}. Ваш текст не изменился.',
    'workspace.export': 'Сдать работу…',
    'workspace.exportDialogTitle': 'Сохранить работу',
    'workspace.submissionFilter': 'Работа CaseDraft',
    'workspace.exported': 'Работа сохранена в файл {name}. Передайте этот файл преподавателю.',
    'workspace.exportFailed': 'Работа не сохранена: {detail}',
    'workspace.exportRefused':
      'Работа не сдана: CaseDraft преподавателя не примет этот файл. {problem} Исправьте это в акте и сдайте работу снова. Ваш черновик не изменён.',
    'workspace.copyUnreadable': 'CaseDraft преподавателя не прочитает эту копию: {problem}',
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

    wordsTotal: 'Всего {count, plural, one {# слово} few {# слова} many {# слов} other {# слова}}',

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
  },
  kk: {
    'workspace.loading': 'Іс ашылуда…',
    'workspace.cannotOpen': 'Істі ашу мүмкін емес',
    'workspace.notFound': 'Бұл іс кітапханада жоқ.',
    'workspace.unknownActType':
      'Бұл іс үшін «{actType}» акт түрі қажет, бірақ CaseDraft қолданбасының осы нұсқасы оны қолдамайды.',
    'workspace.draftDamaged':
      'Осы істің сақталған жобасын оқу мүмкін емес ({detail}). Ол өзгеріссіз қалдырылды, оның үстінен ештеңе жазылмайды.',
    'workspace.resizeHandle': 'Іс материалдары мен редактор панельдерінің өлшемін өзгерту',
    'workspace.editorLabel': 'Актінің мәтіні',
    'workspace.packUpdated':
      'Іс материалдары топтаманың {caseVersion} нұсқасына жаңартылды, ал бұл жоба {draftVersion} нұсқасы бойынша басталған. Сіздің мәтініңіз өзгерген жоқ.',
    'workspace.export': 'Жұмысты тапсыру…',
    'workspace.exportDialogTitle': 'Жұмысты сақтау',
    'workspace.submissionFilter': 'CaseDraft жұмысы',
    'workspace.exported': 'Жұмыс {name} файлына сақталды. Бұл файлды оқытушыға беріңіз.',
    'workspace.exportFailed': 'Жұмыс сақталмады: {detail}',
    'workspace.exportRefused':
      'Жұмыс тапсырылмады: оқытушының CaseDraft бағдарламасы бұл файлды қабылдамайды. {problem} Мұны актіде түзетіп, жұмысты қайта тапсырыңыз. Сіздің жобаңыз өзгертілмеді.',
    'workspace.copyUnreadable': 'Оқытушының CaseDraft бағдарламасы бұл көшірмені оқымайды: {problem}',
    'workspace.leaveUnsaved':
      'Соңғы мәтін сақталмады, шықсаңыз ол жоғалады. Бәрібір шығасыз ба? Оны сақтау үшін осы жерде қалып, «Көшірмесін файлға сақтау» батырмасын басыңыз.',
    'workspace.saveCopy': 'Көшірмесін файлға сақтау…',
    'workspace.copySaved': 'Мәтіннің көшірмесі {name} файлына сақталды. Іс тапсырылды деп белгіленбеді.',
    'workspace.nameNotKept':
      'Атыңызды келесі жолға есте сақтау мүмкін болмады ({reason}); ол қайта сұралады.',
    'workspace.keptAside':
      'Бұл іс соңғы рет жабылғанда, сол терезеде соңғы терілген мәтін әлі сақталмаған еді, ал жоба осы уақытта басқа терезеде өзгертілді. Екі мәтін де жоғалмауы үшін іс сақталған мәтінмен ашылды, ал сақталмаған мәтін тарихқа {time} нұсқасы ретінде қойылды.',
    'workspace.keptAsideOpen': 'Бұл нұсқаны ашу',
    'workspace.keptAsideFailed':
      'Бұл іс соңғы рет жабылғанда, сол терезеде соңғы терілген мәтін әлі сақталмаған еді, ал жоба осы уақытта басқа терезеде өзгертілді. Іс сақталған мәтінмен ашылды. Сақталмаған мәтінді тарихқа қою мүмкін болмады ({reason}), сондықтан ол осы компьютерде бөлек сақталып, істі келесі ашқанда қайта ұсынылады.',

    wordsTotal: 'Барлығы {count, plural, other {# сөз}}',

    'save.saved': 'Барлық өзгерістер сақталды',
    'save.savedAt': 'Сақталды: {time}',
    'save.pending': 'Өзгерістер әлі сақталмады…',
    'save.failed':
      'Сақталмады: {reason}. {seconds} с кейін қайта әрекет жасалады. Мәтініңіз орнында; сақтық үшін оның көшірмесін файлға сақтаңыз.',
    'save.stopped': 'Сақтау тоқтатылды: {reason}. Мәтінді жоғалтпау үшін оның көшірмесін файлға сақтаңыз.',
    'save.stoppedConflict':
      'Бұл жоба CaseDraft-тың басқа терезесінде өзгертілді, сондықтан сол жұмыстың үстінен жазбау үшін мұнда сақтау тоқтатылды. Осы терезедегі мәтін жоғалмайды: істі қайта ашқанда, ол тарихта басқа терезенің мәтінімен қатар сақталады. Көшірмесін файлға да сақтауға болады.',
    'save.reason.quota': 'дискіде бос орын жоқ',
    'save.reason.unknown': 'жергілікті дерекқор сақтаудан бас тартты ({detail})',
    'save.retryNow': 'Қазір қайталау',
  },
});
