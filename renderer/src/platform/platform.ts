import type { AppInfo, FileFilter, OpenedFile, SaveFileResult } from '../../../electron/ipc/contract';

export type { AppInfo, FileFilter, OpenedFile, SaveFileResult };

/**
 * What the app needs from its host: files in and out, and facts about the installation. Two implementations:
 * Electron (through the preload's `window.api`) and a plain browser (file input, download).
 */
export interface Platform {
  openFile(request: { title: string; filters: FileFilter[] }): Promise<OpenedFile | null>;
  saveFile(request: {
    title: string;
    suggestedName: string;
    filters: FileFilter[];
    bytes: Uint8Array;
  }): Promise<SaveFileResult>;
  appInfo(): Promise<AppInfo>;
  /** Reads a file the user dropped on the window. */
  readDroppedFile(file: File): Promise<OpenedFile>;
}
