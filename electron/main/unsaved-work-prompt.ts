import { BrowserWindow, dialog, type MessageBoxSyncOptions, type WebContents } from 'electron';

/**
 * The renderer vetoes closing or reloading (beforeunload) only while it holds text that saving is failing to
 * write. Electron would then silently refuse to close; instead the trainee is asked, in the system's language
 * (the main process does not know the language chosen in the app's settings).
 */
const TEXTS = {
  en: {
    message: 'Your latest text could not be saved.',
    detail: 'If you close CaseDraft now, it will be lost. To keep it, stay and use “Save a copy to a file”.',
    stay: 'Stay',
    leave: 'Close anyway',
  },
  ru: {
    message: 'Последний текст не удалось сохранить.',
    detail:
      'Если закрыть CaseDraft сейчас, он будет потерян. Чтобы сохранить его, останьтесь и нажмите «Сохранить копию в файл».',
    stay: 'Остаться',
    leave: 'Всё равно закрыть',
  },
  kk: {
    message: 'Соңғы мәтін сақталмады.',
    detail:
      'CaseDraft-ты қазір жапсаңыз, ол жоғалады. Оны сақтау үшін қалып, «Көшірмесін файлға сақтау» батырмасын басыңыз.',
    stay: 'Қалу',
    leave: 'Бәрібір жабу',
  },
};

const STAY = 0;
const LEAVE = 1;

export function promptBeforeLosingUnsavedWork(contents: WebContents, systemLocale: string): void {
  contents.on('will-prevent-unload', (event) => {
    const language = systemLocale.toLowerCase().split(/[-_]/)[0];
    const text = language === 'ru' || language === 'kk' ? TEXTS[language] : TEXTS.en;
    const options: MessageBoxSyncOptions = {
      type: 'warning',
      message: text.message,
      detail: text.detail,
      buttons: [text.stay, text.leave],
      defaultId: STAY,
      cancelId: STAY,
      noLink: true,
    };
    const window = BrowserWindow.fromWebContents(contents);
    const choice = window ? dialog.showMessageBoxSync(window, options) : dialog.showMessageBoxSync(options);
    // On this event, preventDefault overrides the page's veto: the window closes.
    if (choice === LEAVE) event.preventDefault();
  });
}
