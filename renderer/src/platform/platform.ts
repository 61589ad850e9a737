import type {
  AppInfo,
  FileFilter,
  OpenedFile,
  PreloadApi,
  SaveFileResult,
} from '../../../electron/ipc/contract';

export type { AppInfo, FileFilter, OpenedFile, SaveFileResult };

/**
 * What the app needs from its host: every IPC channel of the contract (so a new channel is a new member
 * here without writing its shape again), plus what the host does locally. Two implementations: Electron
 * (through the preload's `window.api`) and a plain browser (file input, download).
 */
export interface Platform extends PreloadApi {
  /** Reads a file the user dropped on the window. */
  readDroppedFile(file: File): Promise<OpenedFile>;
}
