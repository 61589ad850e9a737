import type { DraftContent } from './draft-repository';

/**
 * The last copy of unsaved text, written synchronously to localStorage when the page unloads (reload, window
 * closed). An IndexedDB save started at that moment is cut off with the page; a localStorage write is not.
 * When the case opens again, a copy written after the draft's last save holds newer text and is put back; an
 * older one (the save landed after all, or another window saved since) is dropped.
 */
const PREFIX = 'casedraft.unsaved.';

/** A copy holds the document and, since the worksheet came, the worksheet; older copies hold the document only. */
interface RescueCopy {
  writtenAt: string;
  document: unknown;
  worksheet?: unknown;
}

/** What a rescue copy gives back, as written: the loader checks both before using them. */
export interface RescuedContent {
  document: unknown;
  worksheet?: unknown;
}

export function writeRescueCopy(draftKey: string, content: DraftContent, now = new Date()): void {
  // The document is already JSON text: put in as it is, the copy is the text of a RescueCopy.
  const worksheet =
    content.worksheet === undefined ? '' : `,"worksheet":${JSON.stringify(content.worksheet)}`;
  const copy = `{"writtenAt":${JSON.stringify(now.toISOString())},"document":${content.documentJson}${worksheet}}`;
  try {
    localStorage.setItem(PREFIX + draftKey, copy);
  } catch {
    // Storage full: the IndexedDB save started alongside is the remaining chance.
  }
}

/** The rescued content if it is newer than the draft's last save (`draftUpdatedAt`, absent if never saved). */
export function newerRescueCopy(
  draftKey: string,
  draftUpdatedAt: string | undefined,
): RescuedContent | undefined {
  const raw = localStorage.getItem(PREFIX + draftKey);
  if (raw === null) return undefined;
  try {
    const copy = JSON.parse(raw) as RescueCopy;
    if (draftUpdatedAt === undefined || copy.writtenAt > draftUpdatedAt) {
      return copy.worksheet === undefined
        ? { document: copy.document }
        : { document: copy.document, worksheet: copy.worksheet };
    }
  } catch {
    // Unreadable: nothing to put back.
  }
  clearRescueCopy(draftKey);
  return undefined;
}

export function clearRescueCopy(draftKey: string): void {
  localStorage.removeItem(PREFIX + draftKey);
}
