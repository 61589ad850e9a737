/**
 * The preload: the renderer's only door to the main process. It exposes `window.api`, one function per
 * IPC channel and nothing else; ipcRenderer itself is never exposed, so a compromised page can call
 * exactly these channels, each of which the main process validates again.
 * Sandboxed, so it may import only `electron`; it is built as CommonJS (index.cjs) for the same reason.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcChannel, IpcContract, PreloadApi } from '../ipc/contract';

function invoke<C extends IpcChannel>(
  channel: C,
  request: IpcContract[C]['request'],
): Promise<IpcContract[C]['response']> {
  return ipcRenderer.invoke(channel, request) as Promise<IpcContract[C]['response']>;
}

const api: PreloadApi = {
  openFile: (request) => invoke('file:open', request),
  saveFile: (request) => invoke('file:save', request),
  appInfo: () => invoke('app:info', undefined),
};

contextBridge.exposeInMainWorld('api', api);
