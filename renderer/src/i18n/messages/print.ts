import { defineMessages } from './define-messages';

/** The print preview. */
export const print = defineMessages({
  en: {
    'print.open': 'Print preview (Ctrl+P)',
    'print.title': 'Print preview',
    'print.print': 'Print…',
    'print.close': 'Close',
    'print.pageCount': '{count, plural, one {# page} other {# pages}}',
    'print.pages': 'The act as it will print, on A4 pages',
  },
  ru: {
    'print.open': 'Предварительный просмотр печати (Ctrl+P)',
    'print.title': 'Предварительный просмотр печати',
    'print.print': 'Печать…',
    'print.close': 'Закрыть',
    'print.pageCount':
      '{count, plural, one {# страница} few {# страницы} many {# страниц} other {# страницы}}',
    'print.pages': 'Акт в том виде, в каком он будет напечатан, на листах A4',
  },
  kk: {
    'print.open': 'Басып шығаруды алдын ала қарау (Ctrl+P)',
    'print.title': 'Басып шығаруды алдын ала қарау',
    'print.print': 'Басып шығару…',
    'print.close': 'Жабу',
    'print.pageCount': '{count, plural, other {# бет}}',
    'print.pages': 'Акт басып шығарылатын түрінде, A4 парақтарында',
  },
});
