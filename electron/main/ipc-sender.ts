import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';

/**
 * Returns the main window when the call comes from its top-level frame showing one of the app's own
 * pages, and throws otherwise. A subframe, another window, or a page that navigated elsewhere must never
 * reach a file dialog: only the app's own document is trusted with the IPC channels.
 */
export function requireTrustedSender(
  event: IpcMainInvokeEvent,
  mainWindow: BrowserWindow | null,
  isTrustedPageUrl: (url: string) => boolean,
): BrowserWindow {
  const frame = event.senderFrame;
  if (mainWindow === null || mainWindow.isDestroyed() || event.sender !== mainWindow.webContents) {
    throw new Error('IPC refused: the sender is not the main window');
  }
  const mainFrame = mainWindow.webContents.mainFrame;
  // The frame is null once it has navigated away or been destroyed since sending. Frames are compared by
  // process and token because Electron may hand out distinct WebFrameMain objects for the same frame.
  if (
    frame === null ||
    frame.processId !== mainFrame.processId ||
    frame.frameToken !== mainFrame.frameToken
  ) {
    throw new Error('IPC refused: the sender is not the main frame');
  }
  if (!isTrustedPageUrl(frame.url)) {
    throw new Error('IPC refused: the sender page is not part of the app');
  }
  return mainWindow;
}
