import type { BrowserWindow } from 'electron';
import type { IpcMethod } from '../ipc/channels';
import type { IpcRequest, IpcResponse } from '../ipc/contract';
import { getAppInfo } from './app-info-handler';
import { chooseFolder, writeToFolder } from './folder-write-handler';
import { openFile } from './open-file-handler';
import { saveFile } from './save-file-handler';

/** A channel's handler; it only ever sees a request its channel's schema has parsed. */
export type IpcChannelHandler<M extends IpcMethod> = (
  request: IpcRequest<M>,
  window: BrowserWindow,
) => IpcResponse<M> | Promise<IpcResponse<M>>;

/** One handler per contract channel: a channel added to the contract without a handler fails to compile. */
export type IpcHandlerTable = { [M in IpcMethod]: IpcChannelHandler<M> };

export const ipcHandlers: IpcHandlerTable = {
  openFile,
  saveFile,
  chooseFolder,
  writeToFolder,
  appInfo: getAppInfo,
};
