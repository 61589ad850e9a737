/**
 * The IPC contract: the one typed map of every channel between the renderer and the main process.
 * Main (handlers), preload (the exposed `window.api`) and renderer (`platform/`) all import these types,
 * the renderer type-only. One function per channel; the main process validates every input at runtime
 * (see ../main/ipc-validation.ts) because the types vanish at the process boundary.
 */

/** A file-type filter for open and save dialogs, as Electron's dialog takes it. */
export interface FileFilter {
  /** Shown to the user, already translated by the renderer. */
  name: string;
  /** Extensions without the dot, e.g. `cdpack`. */
  extensions: string[];
}

export interface OpenFileRequest {
  /** Dialog title, translated by the renderer. */
  title: string;
  filters: FileFilter[];
}

export interface OpenedFile {
  /** The file's base name, never a path: the renderer has no business with the disk layout. */
  name: string;
  bytes: Uint8Array;
}

export interface SaveFileRequest {
  title: string;
  /** A base name such as `Иванов-civil-loan.cdsub`; the main process strips any directory part. */
  suggestedName: string;
  filters: FileFilter[];
  bytes: Uint8Array;
}

export type SaveFileResult = { saved: true; name: string } | { saved: false };

export interface AppInfo {
  name: string;
  version: string;
  /** The operating system's preferred locale, e.g. `kk-KZ`. */
  locale: string;
  platform: string;
}

/** Channel name → request and response. Adding a channel here is the first step of adding it anywhere. */
export interface IpcContract {
  'file:open': { request: OpenFileRequest; response: OpenedFile | null };
  'file:save': { request: SaveFileRequest; response: SaveFileResult };
  'app:info': { request: undefined; response: AppInfo };
}

export type IpcChannel = keyof IpcContract;

/** What the preload exposes as `window.api`: one function per channel. */
export interface PreloadApi {
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  appInfo(): Promise<AppInfo>;
}

/** The largest file the open and save channels carry, for case packs with attachments (pack format v2). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;
