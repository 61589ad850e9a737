/**
 * The name of every IPC channel, keyed by the `window.api` function that calls it. The preload builds
 * `window.api` from this map alone: it is kept free of zod because the sandboxed preload should stay a few
 * lines of code (see electron/preload/index.ts). Each key must have its schemas in ./contract.ts, which
 * fails to compile otherwise.
 */
export const IPC_CHANNELS = {
  openFile: 'file:open',
  saveFile: 'file:save',
  chooseFolder: 'folder:choose',
  writeToFolder: 'folder:write',
  appInfo: 'app:info',
} as const;

/** A `window.api` function name, which is also how main, preload and renderer refer to a channel. */
export type IpcMethod = keyof typeof IPC_CHANNELS;
