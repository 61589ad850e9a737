import { createBrowserPlatform } from './browser-platform';
import { createElectronPlatform, electronApi } from './electron-platform';
import type { Platform } from './platform';

export type { AppInfo, OpenedFile, Platform, SaveFileResult } from './platform';
export { FileTooLargeError, readFilesBytes, type UnreadFile } from './read-file';

/** Chooses the host at start-up: Electron when the preload exposed its API, the browser otherwise. */
export function createPlatform(version: string): Platform {
  const api = electronApi();
  return api ? createElectronPlatform(api) : createBrowserPlatform(version);
}

/** Asks the browser not to evict the app's data under storage pressure (Electron never evicts). */
export async function requestPersistentStorage(): Promise<boolean> {
  return (await navigator.storage?.persist?.()) ?? false;
}
