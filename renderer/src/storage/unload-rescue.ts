import type { DraftContent } from './draft-repository';

/**
 * The last copy of unsaved text, written synchronously to localStorage when the page unloads (reload, window
 * closed). An IndexedDB save started at that moment is cut off with the page; a localStorage write is not.
 * Each window writes its copies under its own key (`casedraft.unsaved.<draftKey>.<writer>`), so a window closing
 * never replaces the copy another window left, and a window's save removes its own copy without reading any other.
 * A copy records the draft revision its text was typed over, and follows the rule every save follows: it may
 * replace the draft only while the draft is still at that revision (or was last saved by the copy's own window).
 * Otherwise the copy holds text the draft has not got, and the draft holds text the copy has not got: the loader
 * keeps both.
 */
const PREFIX = 'casedraft.unsaved.';
/** Windows name themselves with `crypto.randomUUID()`; only such a suffix marks a window's own copy of a draft. */
const WRITER = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A copy holds the document, the worksheet (since the worksheet came), and who wrote it over which revision
 * (since copies obey the revision check); older copies lack them, and lie under the draft's un-suffixed key.
 */
interface RescueCopy {
  writtenAt: string;
  /** The draft revision the window had last written or loaded when its text was copied. */
  baseRevision?: number;
  /** The window that wrote the copy. */
  writer?: string;
  document: unknown;
  worksheet?: unknown;
}

/** What a rescue copy gives back, as written: the loader checks both before using them. */
export interface RescuedContent {
  document: unknown;
  worksheet?: unknown;
}

/** A rescue copy as read back: its text, when it was written, over which revision, and under which key. */
export interface ReadRescueCopy {
  content: RescuedContent;
  writtenAt: string;
  /** Undefined for a copy written before copies recorded it: it may be over any revision. */
  baseRevision: number | undefined;
  /** The window whose key holds the copy; undefined for the draft's un-suffixed key of earlier versions. */
  writer: string | undefined;
}

function storageKey(draftKey: string, writer: string | undefined): string {
  return writer === undefined ? PREFIX + draftKey : `${PREFIX}${draftKey}.${writer}`;
}

/** Writes the window's copy of its unsaved text; false when storage is full and nothing could be written. */
export function writeRescueCopy(
  draftKey: string,
  content: DraftContent,
  origin: { baseRevision: number; writer: string },
  now = new Date(),
): boolean {
  // The document is already JSON text: it goes in as it is, and the whole is the text of a RescueCopy.
  const opening = JSON.stringify({ writtenAt: now.toISOString(), ...origin }).slice(0, -1);
  const worksheet =
    content.worksheet === undefined ? '' : `,"worksheet":${JSON.stringify(content.worksheet)}`;
  const copy = `${opening},"document":${content.documentJson}${worksheet}}`;
  try {
    localStorage.setItem(storageKey(draftKey, origin.writer), copy);
    return true;
  } catch {
    // Storage full: the IndexedDB save started alongside is the remaining chance.
    return false;
  }
}

/**
 * Every readable rescue copy of the draft, whichever window wrote it, including one under the un-suffixed key of
 * earlier versions; an unreadable one is removed.
 */
export function readRescueCopies(draftKey: string): ReadRescueCopy[] {
  const writers: (string | undefined)[] = [];
  for (let index = 0; index < localStorage.length; index++) {
    const key = localStorage.key(index);
    if (key === storageKey(draftKey, undefined)) writers.push(undefined);
    else if (key?.startsWith(`${PREFIX}${draftKey}.`)) {
      const writer = key.slice(PREFIX.length + draftKey.length + 1);
      if (WRITER.test(writer)) writers.push(writer);
    }
  }
  return writers.flatMap((writer) => {
    const copy = readRescueCopy(draftKey, writer);
    return copy ? [copy] : [];
  });
}

/** The rescue copy a window (undefined: an earlier version) left for the draft, if there is a readable one. */
export function readRescueCopy(draftKey: string, writer: string | undefined): ReadRescueCopy | undefined {
  const raw = localStorage.getItem(storageKey(draftKey, writer));
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
      writer,
    };
  } catch {
    clearRescueCopy(draftKey, writer);
    return undefined;
  }
}

/**
 * Removes the copy one window (undefined: an earlier version) left for the draft, and no other: a save in one
 * window must not remove text another window copied as it closed.
 */
export function clearRescueCopy(draftKey: string, writer: string | undefined): void {
  localStorage.removeItem(storageKey(draftKey, writer));
}
