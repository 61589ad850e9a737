import { ipcMain, type BrowserWindow } from 'electron';
import type { IpcChannel } from '../ipc/contract';
import type { IpcChannelHandler, IpcHandlerTable } from './ipc-handlers';
import { requireTrustedSender } from './ipc-sender';

export interface IpcTrust {
  getMainWindow(): BrowserWindow | null;
  isTrustedPageUrl(url: string): boolean;
}

/** Every call is checked in the same order: who is asking, then what is asked, and only then acted on. */
function registerChannel<C extends IpcChannel>(
  channel: C,
  handler: IpcChannelHandler<C>,
  trust: IpcTrust,
): void {
  ipcMain.handle(channel, (event, input: unknown) => {
    const window = requireTrustedSender(event, trust.getMainWindow(), trust.isTrustedPageUrl);
    return handler.handle(handler.validate(input), window);
  });
}

export function registerIpcHandlers(handlers: IpcHandlerTable, trust: IpcTrust): void {
  // Generic per channel so each handler keeps its own request and response types.
  const register = <C extends IpcChannel>(channel: C): void =>
    registerChannel(channel, handlers[channel], trust);
  (Object.keys(handlers) as IpcChannel[]).forEach(register);
}
