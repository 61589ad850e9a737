import { defineMessages } from './define-messages';

/** The shared ui/ kit: words every dialog and notice uses. */
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
  },
});
