import { defineMessages } from './define-messages';

/** The spelling checker. */
export const spellcheck = defineMessages({
  en: {
    'spellcheck.toggle': 'Check spelling',
    'spellcheck.buttonText': 'Abc',
    'spellcheck.unavailable': 'Spelling cannot be checked: no dictionary ships for the language of this act',
    'spellcheck.failed': 'The spelling dictionary could not be loaded, so misspelt words are not underlined',
    'spellcheck.menuLabel': 'Spelling of “{word}”',
    'spellcheck.looking': 'Looking for suggestions…',
    'spellcheck.noSuggestions': 'No suggestions',
    'spellcheck.addWord': 'Add to my dictionary',
  },
  ru: {
    'spellcheck.toggle': 'Проверка орфографии',
    'spellcheck.buttonText': 'Абв',
    'spellcheck.unavailable': 'Проверить орфографию нельзя: для языка этого акта нет словаря',
    'spellcheck.failed': 'Не удалось загрузить словарь, поэтому ошибки не подчёркиваются',
    'spellcheck.menuLabel': 'Написание слова «{word}»',
    'spellcheck.looking': 'Ищем варианты…',
    'spellcheck.noSuggestions': 'Нет вариантов',
    'spellcheck.addWord': 'Добавить в мой словарь',
  },
  kk: {
    'spellcheck.toggle': 'Емлені тексеру',
    'spellcheck.buttonText': 'Әбв',
    'spellcheck.unavailable': 'Емлені тексеру мүмкін емес: осы актінің тіліне сөздік жоқ',
    'spellcheck.failed': 'Сөздік жүктелмеді, сондықтан қате сөздердің асты сызылмайды',
    'spellcheck.menuLabel': '«{word}» сөзінің жазылуы',
    'spellcheck.looking': 'Нұсқалар ізделуде…',
    'spellcheck.noSuggestions': 'Нұсқалар жоқ',
    'spellcheck.addWord': 'Менің сөздігіме қосу',
  },
});
