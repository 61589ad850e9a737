import { writeNewFileToFolder } from './folder-writer';
import type { FileFilter, Platform } from './platform';
import { readFileBytes } from './read-file';

declare global {
  interface Window {
    /** The File System Access API's folder picker: Chromium's, absent in Firefox and Safari. */
    showDirectoryPicker?: (options?: {
      id?: string;
      mode?: 'read' | 'readwrite';
    }) => Promise<FileSystemDirectoryHandle>;
  }
}

/**
 * The app in plain Chromium: a hidden file input to open, a download to save, the File System Access API's
 * folder picker to write several files into a folder.
 */
export function createBrowserPlatform(version: string): Platform {
  // The folders chosen on this page, by the token chooseFolder gave for each, as in Electron's main process.
  const chosenFolders = new Map<string, FileSystemDirectoryHandle>();
  return {
    openFile: ({ filters }) => pickFile(filters),
    async saveFile({ suggestedName, bytes }) {
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/octet-stream' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.style.display = 'none';
      document.body.append(link);
      link.click();
      link.remove();
      // The download has taken its copy once the click handler returns; free the blob a little later.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return { saved: true, name: suggestedName };
    },
    canChooseFolder: typeof window.showDirectoryPicker === 'function',
    async chooseFolder() {
      if (!window.showDirectoryPicker) throw new Error('This browser cannot write into a folder');
      let handle: FileSystemDirectoryHandle;
      try {
        handle = await window.showDirectoryPicker({ id: 'casedraft-folder', mode: 'readwrite' });
      } catch (error) {
        // The user closed the picker.
        if (error instanceof DOMException && error.name === 'AbortError') return { chosen: false };
        throw error;
      }
      const folder = crypto.randomUUID();
      chosenFolders.set(folder, handle);
      return { chosen: true, folder, name: handle.name };
    },
    async writeToFolder({ folder, name, bytes }) {
      const handle = chosenFolders.get(folder);
      if (!handle) throw new Error('No folder was chosen under this token');
      return { name: await writeNewFileToFolder(handle, name, bytes) };
    },
    appInfo: async () => ({ name: 'CaseDraft', version, locale: navigator.language, platform: 'web' }),
    readDroppedFile: readFileBytes,
  };
}

function pickFile(filters: FileFilter[]) {
  return new Promise<Awaited<ReturnType<Platform['openFile']>>>((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = filters
      .flatMap((filter) => filter.extensions.map((extension) => `.${extension}`))
      .join(',');
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return resolve(null);
      readFileBytes(file).then(resolve, reject);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}
