import { defineMessages } from './define-messages';

/** How the act is shown in the workspace: the act’s text zoom and focus mode. */
export const view = defineMessages({
  en: {
    'actZoom.label': 'Text size',
    'actZoom.in': 'Zoom in (Ctrl+=)',
    'actZoom.out': 'Zoom out (Ctrl+−)',
    'actZoom.value': '{percent}%',
    'actZoom.reset': 'Text size {percent}%: back to 100% (Ctrl+0)',

    'focus.toggle': 'Focus mode (Ctrl+Shift+F)',
    'focus.on': 'Focus mode: only the act is shown. Press Escape to leave it.',
    'focus.off': 'Focus mode is off: the case file and the outline are back.',
  },
  ru: {
    'actZoom.label': 'Масштаб текста',
    'actZoom.in': 'Увеличить масштаб (Ctrl+=)',
    'actZoom.out': 'Уменьшить масштаб (Ctrl+−)',
    'actZoom.value': '{percent} %',
    'actZoom.reset': 'Масштаб текста {percent} %: вернуть 100 % (Ctrl+0)',

    'focus.toggle': 'Режим концентрации (Ctrl+Shift+F)',
    'focus.on': 'Режим концентрации: на экране только акт. Чтобы выйти, нажмите Escape.',
    'focus.off': 'Режим концентрации выключен: материалы дела и части акта снова на экране.',
  },
  kk: {
    'actZoom.label': 'Мәтін масштабы',
    'actZoom.in': 'Үлкейту (Ctrl+=)',
    'actZoom.out': 'Кішірейту (Ctrl+−)',
    'actZoom.value': '{percent} %',
    'actZoom.reset': 'Мәтін масштабы {percent} %: 100 %-ға қайтару (Ctrl+0)',

    'focus.toggle': 'Зейін режимі (Ctrl+Shift+F)',
    'focus.on': 'Зейін режимі: экранда тек акт. Шығу үшін Escape пернесін басыңыз.',
    'focus.off': 'Зейін режимі өшірілді: іс материалдары мен актінің бөліктері қайта көрсетілді.',
  },
});
