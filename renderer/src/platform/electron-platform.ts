import type { PreloadApi } from '../../../electron/ipc/contract';
import type { Platform } from './platform';
import { readFileBytes } from './read-file';

declare global {
  interface Window {
    /** Exposed by electron/preload; absent in a plain browser. */
    api?: PreloadApi;
  }
}

export function electronApi(): PreloadApi | undefined {
  return window.api;
}

export function createElectronPlatform(api: PreloadApi): Platform {
  return {
    openFile: (request) => api.openFile(request),
    saveFile: (request) => api.saveFile(request),
    appInfo: () => api.appInfo(),
    readDroppedFile: readFileBytes,
  };
}
