// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import type { Signer } from '../../domain/keys/signed-digest';
import type { FeedbackRecord } from '../../storage/records';
import { FeedbackImportNotice } from './FeedbackImportNotice';
import type { FeedbackImportState } from './use-feedback-import';

const record = {
  id: 'feedback-1',
  caseKey: 'pack/case',
  caseTitle: 'Иск о взыскании долга',
  trainerName: 'Сапарова Гульнара Ерлановна',
  total: 79.5,
  maxTotal: 100,
} as FeedbackRecord;

const signer: Signer = {
  identity: {
    name: 'Гульнара Сапарова',
    signingKey: `${'A'.repeat(43)}=`,
    encryptionKey: `${'B'.repeat(43)}=`,
  },
  fingerprint: '7KQ2-M9XD-4HPA',
};

function imported(
  participantName: string,
  traineeName: string | undefined,
  signedBy?: Signer,
): FeedbackImportState {
  return {
    phase: 'done',
    fileName: 'feedback.cdfb',
    result: { outcome: 'imported', record, participantName, signedBy },
    traineeName,
  };
}

describe('the notice on an imported feedback', () => {
  let container: HTMLDivElement;
  let root: Root;
  beforeEach(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    container = document.body.appendChild(document.createElement('div'));
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  const show = (state: FeedbackImportState) =>
    act(() =>
      root.render(
        <I18nProvider initialLocale="ru">
          <FeedbackImportNotice state={state} caseInLibrary={() => true} onDismiss={() => undefined} />
        </I18nProvider>,
      ),
    );

  it('says what was received without declining the trainer’s name', () => {
    show(imported('Асель Нурланова', 'асель  нурланова'));
    expect(container.textContent).toContain(
      'Получен отзыв на «Иск о взыскании долга»: 79,5 из 100. Проверил(а): Сапарова Гульнара Ерлановна.',
    );
    expect(container.textContent).not.toContain('написан для');
  });

  it('names who signed the file and their key, or says that nobody did', () => {
    show(imported('Асель Нурланова', undefined, signer));
    expect(container.textContent).toContain('Подписано: Гульнара Сапарова, ключ 7KQ2-M9XD-4HPA');
    show(imported('Асель Нурланова', undefined));
    expect(container.textContent).toContain('Без подписи');
    expect(container.textContent).not.toContain('Подписано');
  });

  it('warns, keeping the feedback, when it was written for another participant than the name in settings', () => {
    show(imported('Болат Сериков', 'Асель Нурланова'));
    expect(container.textContent).toContain(
      'Этот отзыв написан для участника Болат Сериков, а в настройках указано имя Асель Нурланова. Отзыв сохранён',
    );
    expect(container.querySelector('a')?.getAttribute('href')).toContain('feedback-1');
  });
});
