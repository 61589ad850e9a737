import path from 'node:path';

/** Characters Windows forbids in names, path separators, and control characters (which no OS wants). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const FORBIDDEN_CHARACTERS = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
/** Device names that Windows refuses as a file name, whatever the extension. */
const WINDOWS_RESERVED_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;
/** Well under the 255-byte name limit of common file systems, leaving room for the dialog to add a suffix. */
const MAX_NAME_BYTES = 200;
/** An extension longer than this is treated as part of the name when shortening. */
const MAX_KEPT_EXTENSION_LENGTH = 17;
export const FALLBACK_FILE_NAME = 'document';

function shortenToByteLimit(name: string): string {
  if (Buffer.byteLength(name) <= MAX_NAME_BYTES) return name;
  const extension = path.extname(name).length <= MAX_KEPT_EXTENSION_LENGTH ? path.extname(name) : '';
  // Code points, not UTF-16 units, so a Cyrillic or emoji character is never cut in half.
  const stem = Array.from(name.slice(0, name.length - extension.length));
  while (stem.length > 0 && Buffer.byteLength(stem.join('') + extension) > MAX_NAME_BYTES) stem.pop();
  return stem.join('') + extension;
}

/**
 * Turns the renderer's suggested name into a safe base name for the save dialog: no directory part (the
 * renderer must not choose where files go), nothing a common file system rejects, never empty.
 */
export function sanitizeFileName(suggestedName: string): string {
  const baseName = suggestedName.split(/[/\\]/).pop() ?? '';
  const cleaned = baseName
    .replace(FORBIDDEN_CHARACTERS, '_')
    // Leading dots hide files on Unix; trailing dots and spaces are silently dropped by Windows.
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (cleaned === '') return FALLBACK_FILE_NAME;
  const named = WINDOWS_RESERVED_NAME.test(cleaned) ? `_${cleaned}` : cleaned;
  return shortenToByteLimit(named);
}
