import type { BrowserWindow, IpcMainInvokeEvent, WebContents, WebFrameMain } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../ipc/channels';
import { ipcHandlers, type IpcHandlerTable } from './ipc-handlers';
import { registerIpcHandlers } from './ipc-registration';

const registered = vi.hoisted(() => new Map<string, (event: unknown, input?: unknown) => unknown>());

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: (event: unknown, input?: unknown) => unknown) => {
      registered.set(channel, listener);
    },
  },
}));

const mainFrame = { processId: 1, frameToken: 'main', url: 'app://casedraft/index.html' } as WebFrameMain;
const mainWindow = {
  webContents: { mainFrame } as WebContents,
  isDestroyed: () => false,
} as unknown as BrowserWindow;
const trustedEvent = { sender: mainWindow.webContents, senderFrame: mainFrame } as IpcMainInvokeEvent;
const subframeEvent = {
  sender: mainWindow.webContents,
  senderFrame: { ...mainFrame, frameToken: 'iframe' },
} as IpcMainInvokeEvent;

function fakeTable() {
  const handle = vi.fn((request: { title: string }) => ({ name: request.title, bytes: new Uint8Array() }));
  // The real handlers are never reached by these tests except openFile, which is replaced by a spy.
  const table: IpcHandlerTable = { ...ipcHandlers, openFile: handle };
  return { table, handle };
}

function invoke(channel: string, event: IpcMainInvokeEvent, input?: unknown): unknown {
  const listener = registered.get(channel);
  if (listener === undefined) throw new Error(`${channel} was not registered`);
  return listener(event, input);
}

describe('registerIpcHandlers', () => {
  beforeEach(() => registered.clear());

  it('registers exactly the channels of the contract', () => {
    registerIpcHandlers(ipcHandlers, { getMainWindow: () => mainWindow, isTrustedPageUrl: () => true });
    expect([...registered.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it('passes the parsed copy of the input and the window to the handler', async () => {
    const { table, handle } = fakeTable();
    registerIpcHandlers(table, { getMainWindow: () => mainWindow, isTrustedPageUrl: () => true });
    const input = { title: 'Open', filters: [] };
    await invoke('file:open', trustedEvent, input);
    expect(handle).toHaveBeenCalledWith({ title: 'Open', filters: [] }, mainWindow);
    expect(handle.mock.calls[0]?.[0]).not.toBe(input);
  });

  it('checks the sender before the input', () => {
    const { table, handle } = fakeTable();
    registerIpcHandlers(table, { getMainWindow: () => mainWindow, isTrustedPageUrl: () => true });
    // The input is invalid too, but the sender is refused first.
    expect(() => invoke('file:open', subframeEvent, { title: 7 })).toThrow(/main frame/);
    expect(handle).not.toHaveBeenCalled();
  });

  it('refuses a trusted frame whose page is not on the app origin', () => {
    const { table, handle } = fakeTable();
    registerIpcHandlers(table, { getMainWindow: () => mainWindow, isTrustedPageUrl: () => false });
    expect(() => invoke('file:open', trustedEvent, { title: 'Open', filters: [] })).toThrow(
      /not part of the app/,
    );
    expect(handle).not.toHaveBeenCalled();
  });

  it('never calls the handler with invalid input', () => {
    const { table, handle } = fakeTable();
    registerIpcHandlers(table, { getMainWindow: () => mainWindow, isTrustedPageUrl: () => true });
    expect(() => invoke('file:open', trustedEvent, { title: 7, filters: [] })).toThrow(
      /Invalid IPC request: request\.title/,
    );
    expect(handle).not.toHaveBeenCalled();
  });

  it('is typed so that a table missing a contract channel does not compile', () => {
    const { table } = fakeTable();
    // @ts-expect-error `appInfo` is in the contract, so a table without it is not an IpcHandlerTable.
    const incomplete: IpcHandlerTable = { openFile: table.openFile, saveFile: table.saveFile };
    expect(Object.keys(incomplete)).not.toContain('appInfo');
  });
});
