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
 * The same shelf keeps a trainer's unsaved marks (`casedraft.unsavedMarks.<digest>.<writer>`) by the same rules:
 * each kind of work has its own prefix and says how its content is written into a copy and read back.
 */

/** Windows name themselves with `crypto.randomUUID()`; only such a suffix marks a window's own copy. */
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
  /** The work's own fields: a draft's `document` and `worksheet`, marks' `sheet`. */
  [field: string]: unknown;
}

/** What a rescue copy gives back, as written: the loader checks both before using them. */
export interface RescuedContent {
  document: unknown;
  worksheet?: unknown;
}

/** A rescue copy as read back: its text, when it was written, over which revision, and under which key. */
export interface ReadRescueCopy<Content = RescuedContent> {
  content: Content;
  writtenAt: string;
  /** Undefined for a copy written before copies recorded it: it may be over any revision. */
  baseRevision: number | undefined;
  /** The window whose key holds the copy; undefined for the draft's un-suffixed key of earlier versions. */
  writer: string | undefined;
}

/** Where a copy was written from: the revision it was typed over, and the window. */
export interface RescueOrigin {
  baseRevision: number;
  writer: string;
}

/**
 * One kind of work's rescue copies: its localStorage prefix, and how its content is written into a copy (as the
 * JSON text of the copy's own fields, so text already in JSON goes in as it is) and read back from one.
 */
export interface RescueShelf<Written, Read> {
  write(key: string, content: Written, origin: RescueOrigin, now?: Date): boolean;
  readAll(key: string): ReadRescueCopy<Read>[];
  read(key: string, writer: string | undefined): ReadRescueCopy<Read> | undefined;
  clear(key: string, writer: string | undefined): void;
}

export function rescueShelf<Written, Read>(
  prefix: string,
  format: { fields: (content: Written) => string; content: (copy: RescueCopy) => Read },
): RescueShelf<Written, Read> {
  const storageKey = (key: string, writer: string | undefined) =>
    writer === undefined ? prefix + key : `${prefix}${key}.${writer}`;

  /** Writes the window's copy of its unsaved work; false when storage is full and nothing could be written. */
  const write = (key: string, content: Written, origin: RescueOrigin, now = new Date()): boolean => {
    const opening = JSON.stringify({ writtenAt: now.toISOString(), ...origin }).slice(0, -1);
    try {
      localStorage.setItem(storageKey(key, origin.writer), `${opening},${format.fields(content)}}`);
      return true;
    } catch {
      // Storage full: the IndexedDB save started alongside is the remaining chance.
      return false;
    }
  };

  /** Removes the copy one window (undefined: an earlier version) left, and no other window's. */
  const clear = (key: string, writer: string | undefined): void => {
    localStorage.removeItem(storageKey(key, writer));
  };

  /** The copy a window (undefined: an earlier version) left, if there is a readable one; an unreadable one goes. */
  const read = (key: string, writer: string | undefined): ReadRescueCopy<Read> | undefined => {
    const raw = localStorage.getItem(storageKey(key, writer));
    if (raw === null) return undefined;
    try {
      const copy = JSON.parse(raw) as RescueCopy;
      if (typeof copy.writtenAt !== 'string') throw new Error('not a rescue copy');
      return {
        content: format.content(copy),
        writtenAt: copy.writtenAt,
        baseRevision: typeof copy.baseRevision === 'number' ? copy.baseRevision : undefined,
        writer,
      };
    } catch {
      clear(key, writer);
      return undefined;
    }
  };

  /** Every readable copy of the work, whichever window wrote it, including one under the un-suffixed key. */
  const readAll = (key: string): ReadRescueCopy<Read>[] => {
    const writers: (string | undefined)[] = [];
    for (let index = 0; index < localStorage.length; index++) {
      const stored = localStorage.key(index);
      if (stored === storageKey(key, undefined)) writers.push(undefined);
      else if (stored?.startsWith(`${prefix}${key}.`)) {
        const writer = stored.slice(prefix.length + key.length + 1);
        if (WRITER.test(writer)) writers.push(writer);
      }
    }
    return writers.flatMap((writer) => {
      const copy = read(key, writer);
      return copy ? [copy] : [];
    });
  };

  return { write, readAll, read, clear };
}

const drafts = rescueShelf<DraftContent, RescuedContent>('casedraft.unsaved.', {
  // The document is already JSON text: it goes in as it is.
  fields: (content) =>
    `"document":${content.documentJson}` +
    (content.worksheet === undefined ? '' : `,"worksheet":${JSON.stringify(content.worksheet)}`),
  content: (copy) =>
    copy.worksheet === undefined
      ? { document: copy.document }
      : { document: copy.document, worksheet: copy.worksheet },
});

/** Writes the window's copy of its unsaved text; false when storage is full and nothing could be written. */
export function writeRescueCopy(
  draftKey: string,
  content: DraftContent,
  origin: RescueOrigin,
  now = new Date(),
): boolean {
  return drafts.write(draftKey, content, origin, now);
}

/**
 * Every readable rescue copy of the draft, whichever window wrote it, including one under the un-suffixed key of
 * earlier versions; an unreadable one is removed.
 */
export function readRescueCopies(draftKey: string): ReadRescueCopy[] {
  return drafts.readAll(draftKey);
}

/** The rescue copy a window (undefined: an earlier version) left for the draft, if there is a readable one. */
export function readRescueCopy(draftKey: string, writer: string | undefined): ReadRescueCopy | undefined {
  return drafts.read(draftKey, writer);
}

/**
 * Removes the copy one window (undefined: an earlier version) left for the draft, and no other: a save in one
 * window must not remove text another window copied as it closed.
 */
export function clearRescueCopy(draftKey: string, writer: string | undefined): void {
  drafts.clear(draftKey, writer);
}
