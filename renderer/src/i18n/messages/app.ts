import { defineMessages } from './define-messages';

/** The app as a whole: its name, the navigation of the header, the message when it cannot start. */
export const app = defineMessages({
  en: {
    'app.name': 'CaseDraft',

    'nav.settings': 'Settings',
    'nav.library': 'Library',

    'boot.storageError.title': 'CaseDraft cannot open its local storage',
    'boot.storageError.body':
      'Your drafts are kept in a database on this computer, and it could not be opened ({detail}). Close any other CaseDraft windows and start the app again. Nothing has been deleted.',
  },
  ru: {
    'app.name': 'CaseDraft',

    'nav.settings': 'Настройки',
    'nav.library': 'Библиотека',

    'boot.storageError.title': 'CaseDraft не может открыть локальное хранилище',
    'boot.storageError.body':
      'Ваши черновики хранятся в базе данных на этом компьютере, и её не удалось открыть ({detail}). Закройте другие окна CaseDraft и запустите приложение снова. Ничего не удалено.',
  },
  kk: {
    'app.name': 'CaseDraft',

    'nav.settings': 'Баптаулар',
    'nav.library': 'Кітапхана',

    'boot.storageError.title': 'CaseDraft жергілікті деректер қоймасын аша алмайды',
    'boot.storageError.body':
      'Жобаларыңыз осы компьютердегі дерекқорда сақталады, оны ашу мүмкін болмады ({detail}). Басқа CaseDraft терезелерін жауып, қолданбаны қайта іске қосыңыз. Ештеңе жойылған жоқ.',
  },
});
