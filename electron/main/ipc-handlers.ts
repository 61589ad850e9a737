import type { BrowserWindow } from 'electron';
import type { IpcChannel, IpcContract } from '../ipc/contract';
import { getAppInfo } from './app-info-handler';
import { validateAppInfoRequest, validateOpenFileRequest, validateSaveFileRequest } from './ipc-validation';
import { openFile } from './open-file-handler';
import { saveFile } from './save-file-handler';

type ChannelRequest<C extends IpcChannel> = IpcContract[C]['request'];
type ChannelResponse<C extends IpcChannel> = IpcContract[C]['response'];

/** A channel's runtime validator and its handler; the handler only ever sees validated input. */
export interface IpcChannelHandler<C extends IpcChannel> {
  validate(input: unknown): ChannelRequest<C>;
  handle(request: ChannelRequest<C>, window: BrowserWindow): ChannelResponse<C> | Promise<ChannelResponse<C>>;
}

/** One entry per contract channel: a channel added to IpcContract without a handler fails to compile. */
export type IpcHandlerTable = { [C in IpcChannel]: IpcChannelHandler<C> };

export const ipcHandlers: IpcHandlerTable = {
  'file:open': { validate: validateOpenFileRequest, handle: openFile },
  'file:save': { validate: validateSaveFileRequest, handle: saveFile },
  'app:info': { validate: validateAppInfoRequest, handle: getAppInfo },
};
