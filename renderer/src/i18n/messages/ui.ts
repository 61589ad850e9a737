import { defineMessages } from './define-messages';

/** The shared ui/ kit: words every dialog and notice uses. */
export const ui = defineMessages({
  en: {
    'common.dismiss': 'Dismiss',
    'common.cancel': 'Cancel',
    'common.save': 'Save',
  },
  ru: {
    'common.dismiss': 'Закрыть',
    'common.cancel': 'Отмена',
    'common.save': 'Сохранить',
  },
  kk: {
    'common.dismiss': 'Жабу',
    'common.cancel': 'Бас тарту',
    'common.save': 'Сақтау',
  },
});
