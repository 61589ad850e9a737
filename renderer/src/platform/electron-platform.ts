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

/** Every channel goes straight to the preload's function of the same name. */
export function createElectronPlatform(api: PreloadApi): Platform {
  return { ...api, canChooseFolder: true, readDroppedFile: readFileBytes };
}
