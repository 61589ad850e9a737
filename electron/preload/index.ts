/**
 * The preload: the renderer's only door to the main process. It exposes `window.api`, one function per
 * IPC channel of ../ipc/channels.ts and nothing else; ipcRenderer itself is never exposed, so a compromised
 * page can call exactly these channels, each of which the main process parses with the channel's schema.
 * Sandboxed, so at run time it may import only `electron`; it is built as CommonJS (index.cjs) for the same
 * reason. The contract's zod schemas are imported type-only: the main process validates, and keeping zod
 * out keeps the preload a few hundred bytes that load before every page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS } from '../ipc/channels';
import type { PreloadApi } from '../ipc/contract';

const api = Object.fromEntries(
  Object.entries(IPC_CHANNELS).map(([method, channel]) => [
    method,
    // A channel without a request is called with no argument and sends `undefined`, which is what it accepts.
    (request?: unknown): Promise<unknown> => ipcRenderer.invoke(channel, request),
  ]),
) as PreloadApi;

contextBridge.exposeInMainWorld('api', api);
