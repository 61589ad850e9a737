// @vitest-environment jsdom
// Dexie's live queries watch the global indexedDB as well as the database's own.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServicesProvider, type AppServices } from '../../../app/services';
import { I18nProvider } from '../../../i18n/I18nProvider';
import type { Platform, SaveFileResult } from '../../../platform';
import type { CaseDraftDatabase } from '../../../storage/database';
import { createTestDatabase } from '../../../storage/test-database';
import { findTrainerIdentityRecord } from '../../../storage/trainer-identity-repository';
import { TrainerIdentityPanel } from './TrainerIdentityPanel';

// React's act() warns unless the environment says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// jsdom has no modal dialogs; the recovery sheet opens as one once the file is saved.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false;
};

const PASSPHRASE = 'зелёный чайник стоит на окне';
const NOT_SAVED = 'Файл восстановления ещё не сохранён';

let db: CaseDraftDatabase;
let container: HTMLElement;
let root: Root;
/** What the save dialog answers, in turn: cancelled, or saved under the name suggested. */
let answers: ('cancel' | 'save')[];

const platform = {
  saveFile: async ({ suggestedName }: { suggestedName: string }): Promise<SaveFileResult> =>
    answers.shift() === 'save' ? { saved: true, name: suggestedName } : { saved: false },
} as unknown as Platform;

/** Lets IndexedDB, WebCrypto and React work until `done` holds (waits for a state, never for a time). */
async function until(done: () => boolean): Promise<void> {
  for (let task = 0; task < 20_000 && !done(); task++) {
    await act(() => new Promise((resolve) => setImmediate(resolve)));
  }
  expect(done()).toBe(true);
}

const text = () => container.textContent ?? '';
function click(name: string) {
  const button = [...container.querySelectorAll('button')].find((element) => element.textContent === name);
  if (!button) throw new Error(`No button ${name}`);
  act(() => button.click());
}

/** Types into a field as a person does, so React hears it. */
function type(label: string, value: string) {
  const field = [...container.querySelectorAll('label')]
    .find((element) => element.textContent?.startsWith(label))
    ?.querySelector('input');
  if (!field) throw new Error(`No field ${label}`);
  // React tracks the value it set; the prototype's setter makes the change one React hears.
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => {
    setValue?.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function typePassphraseTwice() {
  type('Кодовая фраза для файла восстановления', PASSPHRASE);
  type('Та же кодовая фраза ещё раз', PASSPHRASE);
}

beforeEach(() => {
  db = createTestDatabase();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  const services = { db, platform } as unknown as AppServices;
  act(() =>
    root.render(
      <ServicesProvider services={services}>
        <I18nProvider initialLocale="ru">
          <TrainerIdentityPanel />
        </I18nProvider>
      </ServicesProvider>,
    ),
  );
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  db.close();
});

describe('the trainer key panel', () => {
  it('keeps asking for the recovery file while it is not saved, and stops once it is', async () => {
    answers = ['cancel', 'save'];
    await until(() => text().includes('Ваш ключ тренера'));
    type('Ваше имя', 'Гульнара Сапарова');
    typePassphraseTwice();
    click('Сделать ключ и сохранить файл восстановления…');

    // The save dialog was cancelled: the key is made, and the notice asks for the file.
    await until(() => text().includes(NOT_SAVED));
    await until(() => /Ключ тренера: Гульнара Сапарова · [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/.test(text()));

    click('Сохранить файл восстановления…');
    typePassphraseTwice();
    click('Сохранить файл восстановления…');
    await until(() => !text().includes(NOT_SAVED));
    expect(text()).toContain('Файл восстановления «Гульнара-Сапарова.cdtrainer» сохранён.');
    expect(document.querySelector('.recovery-sheet')).not.toBeNull();
    expect((await findTrainerIdentityRecord(db))?.recoverySavedAt).toBeDefined();
  });

  it('makes no key while the two passphrases differ, and says so', async () => {
    answers = ['save'];
    await until(() => text().includes('Ваш ключ тренера'));
    type('Ваше имя', 'Гульнара Сапарова');
    type('Кодовая фраза для файла восстановления', PASSPHRASE);
    type('Та же кодовая фраза ещё раз', 'зелёный чайник стоит на столе');
    click('Сделать ключ и сохранить файл восстановления…');
    await until(() => text().includes('Две кодовые фразы не совпадают.'));
    expect(await findTrainerIdentityRecord(db)).toBeUndefined();
  });
});
