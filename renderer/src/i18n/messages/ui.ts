import { defineMessages } from './define-messages';

/** The shared ui/ kit: words every dialog and notice uses, and the key list (F1) every screen shows. */
export const ui = defineMessages({
  en: {
    'common.dismiss': 'Dismiss',
    'common.cancel': 'Cancel',
    'common.save': 'Save',
    'screenError.title': 'This screen stopped because of an error',
    'screenError.body':
      'An error in CaseDraft stopped this screen ({detail}). What you had typed is kept on this computer.',
    'screenError.retry': 'Try again',
    'screenError.library': 'Back to the library',
    'shortcuts.title': 'Keyboard shortcuts',
    'shortcuts.explain': 'Letter keys work in any keyboard layout: Ctrl+F is Ctrl with the key marked F.',
    'shortcuts.action': 'Action',
    'shortcuts.keys': 'Keys',
    'shortcuts.or': 'or',
    'shortcuts.close': 'Close',
    'signature.signedBy': 'Signed by {name}, trainer key {fingerprint}',
    'signature.unsigned': 'Not signed: the trainer key that made this file is not known.',
  },
  ru: {
    'common.dismiss': 'Закрыть',
    'common.cancel': 'Отмена',
    'common.save': 'Сохранить',
    'screenError.title': 'Этот экран остановлен из-за ошибки',
    'screenError.body':
      'Ошибка в CaseDraft остановила этот экран ({detail}). Набранный текст сохранён на этом компьютере.',
    'screenError.retry': 'Попробовать снова',
    'screenError.library': 'Вернуться в библиотеку',
    'shortcuts.title': 'Сочетания клавиш',
    'shortcuts.explain':
      'Буквенные клавиши работают в любой раскладке: Ctrl+F — это Ctrl и клавиша с буквой F.',
    'shortcuts.action': 'Действие',
    'shortcuts.keys': 'Клавиши',
    'shortcuts.or': 'или',
    'shortcuts.close': 'Закрыть',
    'signature.signedBy': 'Подписано: {name}, ключ {fingerprint}',
    'signature.unsigned': 'Без подписи: неизвестно, чьим ключом тренера сделан этот файл.',
  },
  kk: {
    'common.dismiss': 'Жабу',
    'common.cancel': 'Бас тарту',
    'common.save': 'Сақтау',
    'screenError.title': 'Бұл экран қате салдарынан тоқтады',
    'screenError.body':
      'CaseDraft қатесі бұл экранды тоқтатты ({detail}). Терілген мәтін осы компьютерде сақталды.',
    'screenError.retry': 'Қайталап көру',
    'screenError.library': 'Кітапханаға оралу',
    'shortcuts.title': 'Пернелер тіркесімдері',
    'shortcuts.explain':
      'Әріп пернелері кез келген пернетақта тілінде жұмыс істейді: Ctrl+F — Ctrl және F әрпі бар перне.',
    'shortcuts.action': 'Әрекет',
    'shortcuts.keys': 'Пернелер',
    'shortcuts.or': 'немесе',
    'shortcuts.close': 'Жабу',
    'signature.signedBy': 'Қол қойған: {name}, кілт {fingerprint}',
    'signature.unsigned': 'Қолтаңбасыз: бұл файлдың қай тренер кілтімен жасалғаны белгісіз.',
  },
});
