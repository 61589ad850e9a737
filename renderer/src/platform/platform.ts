import type {
  AppInfo,
  ChooseFolderResult,
  FileFilter,
  OpenedFile,
  PreloadApi,
  SaveFileResult,
  WriteToFolderResult,
} from '../../../electron/ipc/contract';

export type { AppInfo, ChooseFolderResult, FileFilter, OpenedFile, SaveFileResult, WriteToFolderResult };

/**
 * What the app needs from its host: every IPC channel of the contract (so a new channel is a new member
 * here without writing its shape again), plus what the host does locally. Two implementations: Electron
 * (through the preload's `window.api`) and a plain browser (file input, download, the File System Access API).
 */
export interface Platform extends PreloadApi {
  /**
   * Whether chooseFolder and writeToFolder work: always in Electron; in a browser only with the File System
   * Access API (Chromium has it, Firefox and Safari do not), where a caller falls back to one download.
   */
  canChooseFolder: boolean;
  /** Reads a file the user dropped on the window. */
  readDroppedFile(file: File): Promise<OpenedFile>;
}
