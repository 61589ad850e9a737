import { defineMessages } from './define-messages';

/** The settings screen and the names of the interface languages. */
export const settings = defineMessages({
  en: {
    'settings.title': 'Settings',
    'settings.language': 'Interface language',
    'settings.languageSystem': 'As the system ({language})',
    'settings.participantName': 'Your name on submissions',
    'settings.participantHelp': 'Written on every submission you export.',
    'settings.saved': 'Saved.',
    'settings.notStored':
      'This setting could not be stored on this computer: {reason}. Free some space on the disk and set it again.',
    'settings.about': 'CaseDraft {version} ({platform})',

    'language.kk': 'Қазақша',
    'language.ru': 'Русский',
    'language.en': 'English',
  },
  ru: {
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
  },
  kk: {
    'settings.title': 'Баптаулар',
    'settings.language': 'Интерфейс тілі',
    'settings.languageSystem': 'Жүйедегідей ({language})',
    'settings.participantName': 'Жұмыстардағы аты-жөніңіз',
    'settings.participantHelp': 'Сіз тапсыратын әр жұмыста көрсетіледі.',
    'settings.saved': 'Сақталды.',
    'settings.notStored':
      'Бұл баптауды осы компьютерде сақтау мүмкін болмады: {reason}. Дискіде орын босатып, оны қайта орнатыңыз.',
    'settings.about': 'CaseDraft {version} ({platform})',

    'language.kk': 'Қазақша',
    'language.ru': 'Русский',
    'language.en': 'English',
  },
});
