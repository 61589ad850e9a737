import type { FileFilter, Platform } from './platform';
import { readFileBytes } from './read-file';

/** The app in plain Chromium: a hidden file input to open, a download to save. */
export function createBrowserPlatform(version: string): Platform {
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
