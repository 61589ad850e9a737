import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { guardWebContents } from './web-contents-guards';

type WindowOpenHandler = Parameters<WebContents['setWindowOpenHandler']>[0];

/** Just enough of WebContents: an event emitter that records the window-open handler. */
class FakeWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | undefined;
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
}

function guardedContents(): FakeWebContents {
  const contents = new FakeWebContents();
  guardWebContents(contents as unknown as WebContents, (url) => url.startsWith('app://casedraft/'));
  return contents;
}

function navigationEvent(url: string): { url: string; preventDefault: ReturnType<typeof vi.fn> } {
  return { url, preventDefault: vi.fn() };
}

describe('guardWebContents', () => {
  it.each(['will-navigate', 'will-redirect'])('%s: blocks pages outside the app', (eventName) => {
    const contents = guardedContents();
    const event = navigationEvent('https://example.com/');
    contents.emit(eventName, event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it.each(['will-navigate', 'will-redirect'])('%s: lets the app move between its own pages', (eventName) => {
    const contents = guardedContents();
    const event = navigationEvent('app://casedraft/index.html');
    contents.emit(eventName, event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('denies every new window, app pages included', () => {
    const contents = guardedContents();
    const handler = contents.windowOpenHandler;
    expect(handler).toBeDefined();
    for (const url of ['https://example.com/', 'app://casedraft/index.html']) {
      const details = { url } as Parameters<WindowOpenHandler>[0];
      expect(handler?.(details)).toEqual({ action: 'deny' });
    }
  });

  it('refuses to attach a webview', () => {
    const contents = guardedContents();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});
