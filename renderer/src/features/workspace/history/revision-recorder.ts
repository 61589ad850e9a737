import type { RevisionReason } from '../../../storage/records';

/** An interval snapshot is taken after this much active editing since the last snapshot. */
export const SNAPSHOT_INTERVAL_MS = 5 * 60_000;
/**
 * The longest pause between two changes that still counts as editing (reading the case file, thinking); a
 * longer pause counts as this much, so a draft left open over lunch does not fill the history.
 */
export const MAX_COUNTED_PAUSE_MS = 30_000;
/** A due snapshot waits for a pause in typing this long, so its serialising never lands between keystrokes… */
export const SNAPSHOT_PAUSE_MS = 2_000;
/** …but no longer than this after it fell due, so typing that never pauses still gets its snapshots. */
export const SNAPSHOT_MAX_DELAY_MS = 30_000;

export interface RevisionRecorderOptions {
  /** Writes a snapshot of the current text. The recorder never runs two at once. */
  record: (reason: RevisionReason) => Promise<void>;
  /** Reports a failed interval snapshot (nobody is waiting for it); the next one is due an interval later. */
  onError: (error: unknown) => void;
  now?: () => number;
}

/**
 * When to take snapshots of a draft: after every SNAPSHOT_INTERVAL_MS of active editing, and whenever asked
 * (at export, before a restore). Active editing is the time between document changes, each pause counted up to
 * MAX_COUNTED_PAUSE_MS. Knows nothing of ProseMirror or Dexie: `record` reads the text and writes it.
 */
export class RevisionRecorder {
  private activeMs = 0;
  private lastChangeAt: number | null = null;
  private dueSince: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> = Promise.resolve();
  private readonly now: () => number;

  constructor(private readonly options: RevisionRecorderOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Called on every document change; cheap: a subtraction, and a timer once a snapshot is due. */
  noteChange(): void {
    const now = this.now();
    if (this.lastChangeAt !== null) this.activeMs += Math.min(now - this.lastChangeAt, MAX_COUNTED_PAUSE_MS);
    this.lastChangeAt = now;
    if (this.activeMs < SNAPSHOT_INTERVAL_MS) return;
    this.dueSince ??= now;
    const waited = now - this.dueSince;
    this.clearTimer();
    this.timer = setTimeout(
      () => {
        this.timer = null;
        this.snapshot('interval').catch(this.options.onError);
      },
      Math.max(0, Math.min(SNAPSHOT_PAUSE_MS, SNAPSHOT_MAX_DELAY_MS - waited)),
    );
  }

  /**
   * Takes a snapshot now, once any snapshot being written is done, and starts counting toward the next interval
   * snapshot afresh. Resolves when it is written; rejects if writing it failed.
   */
  snapshot(reason: RevisionReason): Promise<void> {
    this.clearTimer();
    this.activeMs = 0;
    this.dueSince = null;
    const written = this.writing.then(() => this.options.record(reason));
    this.writing = written.catch(() => undefined);
    return written;
  }

  dispose(): void {
    this.clearTimer();
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
