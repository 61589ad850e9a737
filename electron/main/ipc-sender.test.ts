import type { BrowserWindow, IpcMainInvokeEvent, WebContents, WebFrameMain } from 'electron';
import { describe, expect, it } from 'vitest';
import { requireTrustedSender } from './ipc-sender';

const APP_PAGE = 'app://casedraft/index.html';
const isTrustedPageUrl = (url: string): boolean => url.startsWith('app://casedraft/');

function frame(processId: number, frameToken: string, url = APP_PAGE): WebFrameMain {
  return { processId, frameToken, url } as WebFrameMain;
}

function fakeWindow(mainFrame: WebFrameMain): BrowserWindow {
  const webContents = { mainFrame } as WebContents;
  return { webContents, isDestroyed: () => false } as unknown as BrowserWindow;
}

function eventFrom(sender: WebContents, senderFrame: WebFrameMain | null): IpcMainInvokeEvent {
  return { sender, senderFrame } as IpcMainInvokeEvent;
}

describe('requireTrustedSender', () => {
  const mainFrame = frame(4, 'main-token');
  const window = fakeWindow(mainFrame);

  it('returns the window for its own main frame on an app page, even as a distinct frame object', () => {
    const event = eventFrom(window.webContents, frame(4, 'main-token'));
    expect(requireTrustedSender(event, window, isTrustedPageUrl)).toBe(window);
  });

  it('refuses a subframe of the main window', () => {
    const event = eventFrom(window.webContents, frame(4, 'iframe-token'));
    expect(() => requireTrustedSender(event, window, isTrustedPageUrl)).toThrow(/main frame/);
  });

  it('refuses a frame with the same token in another process', () => {
    const event = eventFrom(window.webContents, frame(9, 'main-token'));
    expect(() => requireTrustedSender(event, window, isTrustedPageUrl)).toThrow(/main frame/);
  });

  it('refuses a frame that is gone', () => {
    const event = eventFrom(window.webContents, null);
    expect(() => requireTrustedSender(event, window, isTrustedPageUrl)).toThrow(/main frame/);
  });

  it('refuses another web contents', () => {
    const otherWindow = fakeWindow(frame(4, 'main-token'));
    const event = eventFrom(otherWindow.webContents, otherWindow.webContents.mainFrame);
    expect(() => requireTrustedSender(event, window, isTrustedPageUrl)).toThrow(/main window/);
  });

  it('refuses the main frame once it shows a foreign origin', () => {
    const foreignFrame = frame(4, 'main-token', 'https://example.com/');
    const foreignWindow = fakeWindow(foreignFrame);
    const event = eventFrom(foreignWindow.webContents, foreignFrame);
    expect(() => requireTrustedSender(event, foreignWindow, isTrustedPageUrl)).toThrow(/not part of the app/);
  });

  it('refuses everything when there is no main window or it is destroyed', () => {
    const event = eventFrom(window.webContents, mainFrame);
    expect(() => requireTrustedSender(event, null, isTrustedPageUrl)).toThrow(/main window/);
    const destroyed = { ...window, isDestroyed: () => true } as unknown as BrowserWindow;
    expect(() => requireTrustedSender(event, destroyed, isTrustedPageUrl)).toThrow(/main window/);
  });
});
