import { ipcMain, type BrowserWindow } from 'electron';
import { IPC_CHANNELS, type IpcMethod } from '../ipc/channels';
import type { IpcChannelHandler, IpcHandlerTable } from './ipc-handlers';
import { requireTrustedSender } from './ipc-sender';
import { parseIpcRequest } from './ipc-validation';

export interface IpcTrust {
  getMainWindow(): BrowserWindow | null;
  isTrustedPageUrl(url: string): boolean;
}

/** Every call is checked in the same order: who is asking, then what is asked, and only then acted on. */
function registerChannel<M extends IpcMethod>(
  method: M,
  handler: IpcChannelHandler<M>,
  trust: IpcTrust,
): void {
  ipcMain.handle(IPC_CHANNELS[method], (event, input: unknown) => {
    const window = requireTrustedSender(event, trust.getMainWindow(), trust.isTrustedPageUrl);
    return handler(parseIpcRequest(method, input), window);
  });
}

export function registerIpcHandlers(handlers: IpcHandlerTable, trust: IpcTrust): void {
  // Generic per channel so each handler keeps its own request and response types.
  const register = <M extends IpcMethod>(method: M): void => registerChannel(method, handlers[method], trust);
  (Object.keys(IPC_CHANNELS) as IpcMethod[]).forEach(register);
}
