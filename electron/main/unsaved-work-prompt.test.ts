import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const showMessageBoxSync = vi.fn();
vi.mock('electron', () => ({
  BrowserWindow: { fromWebContents: () => null },
  dialog: { showMessageBoxSync: (...args: unknown[]) => showMessageBoxSync(...args) },
}));

const { promptBeforeLosingUnsavedWork } = await import('./unsaved-work-prompt');

function closeAttempt(locale: string, choice: number) {
  showMessageBoxSync.mockReturnValueOnce(choice);
  const contents = new EventEmitter();
  promptBeforeLosingUnsavedWork(contents as unknown as WebContents, locale);
  const event = { preventDefault: vi.fn() };
  contents.emit('will-prevent-unload', event);
  return event;
}

beforeEach(() => showMessageBoxSync.mockReset());

describe('closing while the renderer holds unsaved text', () => {
  it('stays open when the trainee chooses to stay', () => {
    expect(closeAttempt('en-US', 0).preventDefault).not.toHaveBeenCalled();
  });

  it('closes when the trainee chooses to close anyway', () => {
    expect(closeAttempt('en-US', 1).preventDefault).toHaveBeenCalledOnce();
  });

  it('asks in the system language, staying by default', () => {
    closeAttempt('kk-KZ', 0);
    expect(showMessageBoxSync).toHaveBeenCalledWith(
      expect.objectContaining({
        message: 'Соңғы мәтін сақталмады.',
        buttons: ['Қалу', 'Бәрібір жабу'],
        defaultId: 0,
        cancelId: 0,
      }),
    );
  });
});
