import type { DraftContent } from './draft-repository';

/**
 * The last copy of unsaved text, written synchronously to localStorage when the page unloads (reload, window
 * closed). An IndexedDB save started at that moment is cut off with the page; a localStorage write is not.
 * A copy records the draft revision its text was typed over, and follows the rule every save follows: it may
 * replace the draft only while the draft is still at that revision. When another window saved since, the copy
 * holds text the draft has not got, and the draft holds text the copy has not got: the loader keeps both.
 */
const PREFIX = 'casedraft.unsaved.';

/**
 * A copy holds the document, the worksheet (since the worksheet came), and who wrote it over which revision
 * (since copies obey the revision check); older copies lack them.
 */
interface RescueCopy {
  writtenAt: string;
  /** The draft revision the window had last written or loaded when its text was copied. */
  baseRevision?: number;
  /** The window that wrote the copy, so that only that window's saves remove it. */
  writer?: string;
  document: unknown;
  worksheet?: unknown;
}

/** What a rescue copy gives back, as written: the loader checks both before using them. */
export interface RescuedContent {
  document: unknown;
  worksheet?: unknown;
}

/** A rescue copy as read back: its text, when it was written, and the revision it was typed over (if known). */
export interface ReadRescueCopy {
  content: RescuedContent;
  writtenAt: string;
  /** Undefined for a copy written before copies recorded it: it may be over any revision. */
  baseRevision: number | undefined;
}

export function writeRescueCopy(
  draftKey: string,
  content: DraftContent,
  origin: { baseRevision: number; writer: string },
  now = new Date(),
): void {
  // The document is already JSON text: it goes in as it is, and the whole is the text of a RescueCopy.
  const opening = JSON.stringify({ writtenAt: now.toISOString(), ...origin }).slice(0, -1);
  const worksheet =
    content.worksheet === undefined ? '' : `,"worksheet":${JSON.stringify(content.worksheet)}`;
  const copy = `${opening},"document":${content.documentJson}${worksheet}}`;
  try {
    localStorage.setItem(PREFIX + draftKey, copy);
  } catch {
    // Storage full: the IndexedDB save started alongside is the remaining chance.
  }
}

/** The draft's rescue copy, if there is a readable one; an unreadable one is removed. */
export function readRescueCopy(draftKey: string): ReadRescueCopy | undefined {
  const raw = localStorage.getItem(PREFIX + draftKey);
  if (raw === null) return undefined;
  try {
    const copy = JSON.parse(raw) as RescueCopy;
    if (typeof copy.writtenAt !== 'string') throw new Error('not a rescue copy');
    return {
      content:
        copy.worksheet === undefined
          ? { document: copy.document }
          : { document: copy.document, worksheet: copy.worksheet },
      writtenAt: copy.writtenAt,
      baseRevision: typeof copy.baseRevision === 'number' ? copy.baseRevision : undefined,
    };
  } catch {
    clearRescueCopy(draftKey);
    return undefined;
  }
}

/**
 * Removes the draft's rescue copy; with `writer`, only a copy that writer wrote: a save in one window must not
 * remove text another window copied as it closed.
 */
export function clearRescueCopy(draftKey: string, writer?: string): void {
  if (writer !== undefined) {
    const raw = localStorage.getItem(PREFIX + draftKey);
    if (raw === null || !isWrittenBy(raw, writer)) return;
  }
  localStorage.removeItem(PREFIX + draftKey);
}

function isWrittenBy(raw: string, writer: string): boolean {
  try {
    return (JSON.parse(raw) as RescueCopy).writer === writer;
  } catch {
    return false;
  }
}
