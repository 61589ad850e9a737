/**
 * The last copy of unsaved text, written synchronously to localStorage when the page unloads (reload, window
 * closed). An IndexedDB save started at that moment is cut off with the page; a localStorage write is not.
 * When the case opens again, a copy written after the draft's last save holds newer text and is put back; an
 * older one (the save landed after all, or another window saved since) is dropped.
 */
const PREFIX = 'casedraft.unsaved.';

interface RescueCopy {
  writtenAt: string;
  document: unknown;
}

export function writeRescueCopy(draftKey: string, document: unknown, now = new Date()): void {
  const copy: RescueCopy = { writtenAt: now.toISOString(), document };
  try {
    localStorage.setItem(PREFIX + draftKey, JSON.stringify(copy));
  } catch {
    // Storage full: the IndexedDB save started alongside is the remaining chance.
  }
}

/** The rescued document if it is newer than the draft's last save (`draftUpdatedAt`, absent if never saved). */
export function newerRescueCopy(draftKey: string, draftUpdatedAt: string | undefined): unknown {
  const raw = localStorage.getItem(PREFIX + draftKey);
  if (raw === null) return undefined;
  try {
    const copy = JSON.parse(raw) as RescueCopy;
    if (draftUpdatedAt === undefined || copy.writtenAt > draftUpdatedAt) return copy.document;
  } catch {
    // Unreadable: nothing to put back.
  }
  clearRescueCopy(draftKey);
  return undefined;
}

export function clearRescueCopy(draftKey: string): void {
  localStorage.removeItem(PREFIX + draftKey);
}
