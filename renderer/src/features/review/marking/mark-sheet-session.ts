import type { RubricCriterion } from '../../../domain/pack/pack-fields';
import { emptyMarkSheet, type MarkSheet } from '../../../domain/review/marks';
import { Autosaver, type SaveStatus } from '../../../storage/autosave';
import type { CaseDraftDatabase } from '../../../storage/database';
import { marksRescue, readRescuedSheet } from '../../../storage/marks-rescue';
import type { ReviewMarkRecord } from '../../../storage/records';
import {
  discardKeptAsideMarks,
  invalidScoreOf,
  InvalidMarksError,
  keepMarksAside,
  loadMarks,
  restoreKeptAsideMarks,
  saveMarks,
} from '../../../storage/review-marks-repository';
import type { ReadRescueCopy } from '../../../storage/unload-rescue';

export type KeptAsideMarks = NonNullable<ReviewMarkRecord['keptAside']>[number];

/** What the marking screen shows of the marks: the sheet (null while loading), saving, and sheets kept aside. */
export interface MarkSheetView {
  sheet: MarkSheet | null;
  status: SaveStatus;
  keptAside: KeptAsideMarks[];
  /** Why the trainer's last restore or discard of kept-aside marks failed (a full disk, say); both versions stay. */
  keptAsideFailure?: unknown;
}

export interface MarkSheetSessionOptions {
  db: CaseDraftDatabase;
  digest: string;
  reviewKey: string;
  rubric: readonly RubricCriterion[];
  /** This window's name (a random UUID), recorded with its saves and on its rescue copies. */
  writer: string;
  onChange: (view: MarkSheetView) => void;
  now?: () => Date;
}

/**
 * A trainer's marks of one submission while the marking screen is open, kept saved as a draft is:
 * - every change is committed within SAVED_WITHIN_MS by the Autosaver, under the revision check;
 * - a save refused because another window saved these marks first is never retried over them: this window's
 *   sheet is kept aside with the stored record, and the stored marks are shown, so both are kept and the screen
 *   can say so and offer to restore this window's;
 * - `rescue()` copies unsaved marks synchronously to localStorage (the page is unloading); opening puts a copy
 *   back when it was typed over the stored revision (or its window saved last), and keeps any other copy aside.
 * Plain TypeScript, so the rules are tested without React; useMarkSheet binds it to the screen.
 */
export class MarkSheetSession {
  private sheet: MarkSheet | null = null;
  /** The sheet as last written or loaded: a sheet still identical to it has nothing to save. */
  private stored: MarkSheet | null = null;
  private revision = 0;
  private keptAside: KeptAsideMarks[] = [];
  private keptAsideFailure: unknown = undefined;
  private status: SaveStatus = { state: 'saved', at: null };
  /**
   * Set while the stored marks replace the shown ones (a conflict, a restore): changes the trainer makes meanwhile
   * are replayed on the marks that end up shown, rather than lost with the sheet they were made on.
   */
  private replay: ((sheet: MarkSheet) => MarkSheet)[] | null = null;
  /** The rescue copy (by its window) whose marks were put back: stale once they are saved or copied again. */
  private adoptedCopy: { writer: string | undefined } | undefined;
  /** Counts this window's copies: a save removes the copy only if it read the sheet after the copy was written. */
  private copiesWritten = 0;
  private closed = false;
  private readonly autosaver: Autosaver;

  constructor(private readonly options: MarkSheetSessionOptions) {
    this.autosaver = new Autosaver({
      save: () => this.save(),
      onStatus: (status) => {
        this.status = status;
        this.emit();
      },
      isFatal: (error) => error instanceof InvalidMarksError,
    });
  }

  /**
   * Loads the stored marks and whatever rescue copies the last unload left of them. If they cannot be read, the
   * sheet stays null and the status says why: nothing can be marked over marks that could not be read.
   */
  async open(): Promise<void> {
    try {
      await this.load();
    } catch (error) {
      this.status = { state: 'stopped', error };
      this.autosaver.dispose();
      this.emit();
    }
  }

  private async load(): Promise<void> {
    const { db, digest } = this.options;
    let record = await loadMarks(db, digest);
    // Closed while loading (React's StrictMode mounts twice; a trainer moves on at once): the session that
    // replaced this one sorts the rescue copies, and two doing it at once would keep the same copy aside twice.
    if (this.closed) return;
    const copies = this.readRescueCopies();
    const putBack = copies
      .filter(({ copy }) => mayGoOver(copy, record))
      .sort((a, b) => writtenTime(b.copy) - writtenTime(a.copy))[0];
    for (const entry of copies) {
      if (entry === putBack) continue;
      // A copy that repeats marks kept elsewhere (the save started at unload landed after all) is simply removed.
      const repeats = [record?.sheet, putBack?.sheet].some((sheet) => sameSheet(sheet, entry.sheet));
      if (!repeats) {
        const kept = await this.keepCopyAside(entry);
        if (!kept) continue; // left where it is, to be offered again
        record = kept;
      }
      marksRescue.clear(digest, entry.copy.writer);
    }
    this.stored = record?.sheet ?? null;
    this.revision = record?.revision ?? 0;
    this.keptAside = record?.keptAside ?? [];
    this.sheet = putBack?.sheet ?? record?.sheet ?? emptyMarkSheet();
    this.emit();
    if (putBack) {
      this.adoptedCopy = { writer: putBack.copy.writer };
      this.autosaver.markDirty();
    }
  }

  /** Applies a change of the trainer's; throws InvalidMarksError for a score the rubric does not allow. */
  update(change: (sheet: MarkSheet) => MarkSheet): void {
    if (!this.sheet) return;
    const next = change(this.sheet);
    const invalid = invalidScoreOf(next, this.options.rubric);
    if (invalid !== undefined) throw new InvalidMarksError(this.options.digest, invalid);
    this.sheet = next;
    this.replay?.push(change);
    this.autosaver.markDirty();
    this.emit();
  }

  /** Saves now, if anything is unsaved; resolves once it is written (or failed). */
  flush(): Promise<void> {
    return this.autosaver.flush();
  }

  get hasUnsavedChanges(): boolean {
    return this.autosaver.hasUnsavedChanges;
  }

  get isHoldingUnsavedMarks(): boolean {
    return this.autosaver.isHoldingUnsavedText;
  }

  /** Copies unsaved marks to localStorage, synchronously: the page is unloading or the screen closing. */
  rescue(): void {
    if (!this.sheet || !this.autosaver.hasUnsavedChanges) return;
    const { digest, writer } = this.options;
    if (marksRescue.write(digest, this.sheet, { baseRevision: this.revision, writer })) {
      this.copiesWritten++;
      this.dropAdoptedCopy();
    }
  }

  /**
   * Makes a sheet kept aside the marks again; the marks it replaces are kept aside in its place. What is shown is
   * saved first, so the restore's revision check holds unless another window saved meanwhile (then nothing
   * changes but the shown marks, which become the stored ones).
   */
  async restoreKeptAside(index: number): Promise<void> {
    const entry = this.keptAside[index];
    if (!entry) return;
    await this.autosaver.flush();
    const { db, digest, reviewKey, rubric, writer } = this.options;
    await this.reportingKeptAsideFailure(() =>
      this.showStored(async () => {
        await restoreKeptAsideMarks(
          db,
          {
            digest,
            reviewKey,
            rubric,
            writerId: writer,
            expectedRevision: this.revision,
            savedAt: entry.savedAt,
          },
          this.now(),
        );
        return loadMarks(db, digest);
      }),
    );
  }

  /** Drops a sheet kept aside for good; the marks shown stay as they are. */
  async discardKeptAside(index: number): Promise<void> {
    const entry = this.keptAside[index];
    if (!entry) return;
    await this.reportingKeptAsideFailure(async () => {
      const record = await discardKeptAsideMarks(this.options.db, this.options.digest, entry.savedAt);
      this.keptAside = record?.keptAside ?? [];
    });
  }

  /**
   * Runs the trainer's choice about kept-aside marks. Its transaction either lands or changes nothing, so a failure
   * loses neither version; it is shown (never an unhandled rejection) until a later choice succeeds.
   */
  private async reportingKeptAsideFailure(choice: () => Promise<void>): Promise<void> {
    try {
      await choice();
      this.keptAsideFailure = undefined;
    } catch (error) {
      this.keptAsideFailure = error;
    }
    this.emit();
  }

  /** The screen is closing: unsaved marks are copied first, then the last save is tried. */
  async close(): Promise<void> {
    this.closed = true;
    this.rescue();
    await this.autosaver.flush().finally(() => this.autosaver.dispose());
  }

  private async save(): Promise<void> {
    const sheet = this.sheet;
    if (!sheet || sheet === this.stored) return;
    const { db, digest, reviewKey, rubric, writer } = this.options;
    const copiesBefore = this.copiesWritten;
    const result = await saveMarks(
      db,
      { digest, reviewKey, sheet, expectedRevision: this.revision, writerId: writer, rubric },
      this.now(),
    );
    if (result.ok) {
      this.revision = result.revision;
      this.stored = sheet;
      if (this.copiesWritten === copiesBefore) marksRescue.clear(digest, writer);
      this.dropAdoptedCopy();
      return;
    }
    // Another window saved these marks: retrying would overwrite them. This window's newest sheet (with any change
    // made during the save) is kept aside with them, and theirs are shown.
    // Marks identical to theirs need no keeping.
    const mine = this.sheet ?? sheet;
    const { current } = result;
    await this.showStored(async () =>
      sameSheet(current.sheet, mine) ? current : keepMarksAside(db, { digest, reviewKey }, mine, this.now()),
    );
    // This window's marks are now in the database; a copy written meanwhile may hold newer changes, and stays.
    if (this.copiesWritten === copiesBefore) marksRescue.clear(digest, writer);
    this.dropAdoptedCopy();
  }

  /** Shows the stored marks `load` leaves, with the changes made while it ran replayed on them. */
  private async showStored(load: () => Promise<ReviewMarkRecord | undefined>): Promise<void> {
    this.replay = [];
    try {
      const record = await load();
      const sheet = record?.sheet ?? emptyMarkSheet();
      this.stored = record?.sheet ?? null;
      this.revision = record?.revision ?? 0;
      this.keptAside = record?.keptAside ?? [];
      this.sheet = this.replay.reduce((shown, change) => change(shown), sheet);
      if (this.replay.length > 0) this.autosaver.markDirty();
    } finally {
      this.replay = null;
    }
    this.emit();
  }

  /** The readable copies of these marks' sheets; one that is not a sheet, or scores outside the rubric, is removed. */
  private readRescueCopies(): RescuedSheet[] {
    const { digest, rubric } = this.options;
    return marksRescue.readAll(digest).flatMap((copy) => {
      const sheet = readRescuedSheet(copy.content.sheet);
      if (sheet && invalidScoreOf(sheet, rubric) === undefined) return [{ copy, sheet }];
      marksRescue.clear(digest, copy.writer);
      return [];
    });
  }

  /**
   * Keeps a rescue copy's sheet aside with the stored marks, dated when it was typed; undefined when that cannot be
   * stored (a full disk), and the copy then stays to be offered again.
   */
  private async keepCopyAside(entry: RescuedSheet): Promise<ReviewMarkRecord | undefined> {
    const { db, digest, reviewKey } = this.options;
    const writtenAt = new Date(entry.copy.writtenAt);
    try {
      return await keepMarksAside(
        db,
        { digest, reviewKey },
        entry.sheet,
        Number.isNaN(writtenAt.getTime()) ? this.now() : writtenAt,
      );
    } catch {
      return undefined;
    }
  }

  private dropAdoptedCopy(): void {
    if (this.adoptedCopy) marksRescue.clear(this.options.digest, this.adoptedCopy.writer);
    this.adoptedCopy = undefined;
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private emit(): void {
    this.options.onChange({
      sheet: this.sheet,
      status: this.status,
      keptAside: this.keptAside,
      ...(this.keptAsideFailure !== undefined && { keptAsideFailure: this.keptAsideFailure }),
    });
  }
}

interface RescuedSheet {
  copy: ReadRescueCopy<{ sheet: unknown }>;
  sheet: MarkSheet;
}

/**
 * Whether a rescued sheet may replace the stored marks: none are stored yet, or they are still at the revision the
 * sheet was typed over, or the copy's own window saved them last (its copy, written after that save, is newer).
 */
function mayGoOver(copy: ReadRescueCopy<unknown>, record: ReviewMarkRecord | undefined): boolean {
  if (!record || record.revision === 0) return true;
  return (
    copy.baseRevision === record.revision || (copy.writer !== undefined && copy.writer === record.savedBy)
  );
}

/** When a copy was written, in milliseconds; a copy with an unreadable date counts as the oldest. */
function writtenTime(copy: ReadRescueCopy<unknown>): number {
  const time = Date.parse(copy.writtenAt);
  return Number.isNaN(time) ? -Infinity : time;
}

function sameSheet(a: MarkSheet | undefined, b: MarkSheet): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}
