/**
 * When to save a draft. A trainee must never lose a keystroke older than SAVED_WITHIN_MS, so every change must be
 * committed (not merely started saving) within that time of being typed:
 * - a save starts IDLE_DELAY_MS after the last change;
 * - during continuous typing the oldest unsaved change waits at most `maxWaitMs`: what is left of SAVED_WITHIN_MS
 *   once the save's own duration (a 100-page act takes ~40 ms) and SAFETY_MARGIN_MS are taken off, so a key typed
 *   just after one save read the text is committed by the next one in time;
 * - `flush()` saves at once (blur, tab hidden, window closing, export);
 * - a failed save keeps the change pending, reports the error, and is retried with growing delays;
 *   a conflict (another window saved this draft) is not retried, since retrying would overwrite that work.
 * The saver knows nothing of ProseMirror or Dexie: `save` reads the current document and writes it.
 */
export const SAVED_WITHIN_MS = 1000;
export const IDLE_DELAY_MS = 400;
/**
 * Kept free of the promise for what the saver cannot see: a timer firing late on a busy machine, and the time
 * between a keystroke and the editor reporting the change.
 */
const SAFETY_MARGIN_MS = 250;
/** However slow saves get, they do not run back to back: typing would then compete with saving all the time. */
const MIN_MAX_WAIT_MS = 200;
export const RETRY_DELAYS_MS = [1000, 2000, 5000, 10_000];

export type SaveStatus =
  | { state: 'saved'; at: Date | null }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'failed'; error: unknown; retryInMs: number }
  | { state: 'stopped'; error: unknown };

export interface AutosaverOptions {
  save: () => Promise<void>;
  onStatus: (status: SaveStatus) => void;
  /** An error after which saving must stop rather than retry. */
  isFatal?: (error: unknown) => boolean;
}

export class Autosaver {
  private dirty = false;
  private firstPendingAt: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private failures = 0;
  private stopped = false;
  /** How long saves take: follows a slower save at once, and faster ones gradually, so one quick save after slow
   * ones does not shorten the margin. */
  private saveMs = 0;

  constructor(private readonly options: AutosaverOptions) {}

  /** Called on every document change; cheap, since it only (re)arms a timer. */
  markDirty(): void {
    if (this.stopped) return;
    const now = Date.now();
    if (!this.dirty) {
      this.dirty = true;
      this.firstPendingAt = now;
      if (this.failures === 0) this.options.onStatus({ state: 'pending' });
    }
    if (this.failures > 0) return; // the retry timer is already set
    this.armForPending(now);
  }

  /** Saves after a pause in typing, or when the oldest unsaved change has waited as long as it may. */
  private armForPending(now = Date.now()): void {
    const waited = now - (this.firstPendingAt ?? now);
    this.arm(Math.max(0, Math.min(IDLE_DELAY_MS, this.maxWaitMs - waited)));
  }

  /** The longest the oldest unsaved change waits for its save to start during continuous typing. */
  private get maxWaitMs(): number {
    return Math.max(MIN_MAX_WAIT_MS, SAVED_WITHIN_MS - SAFETY_MARGIN_MS - Math.ceil(this.saveMs));
  }

  get hasUnsavedChanges(): boolean {
    return this.dirty || this.inFlight !== null;
  }

  /** Unsaved text that saving is failing (or has stopped) to write: leaving now would lose it. */
  get isHoldingUnsavedText(): boolean {
    return this.hasUnsavedChanges && (this.failures > 0 || this.stopped);
  }

  /** Saves now if anything is unsaved, and resolves when everything known so far is written (or failed). */
  async flush(): Promise<void> {
    this.clearTimer();
    // Saves never overlap: each one expects the revision the previous one wrote.
    while (this.inFlight) await this.inFlight;
    if (this.dirty && !this.stopped) await this.run();
  }

  dispose(): void {
    this.clearTimer();
    this.stopped = true;
  }

  private arm(delay: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private run(): Promise<void> {
    this.dirty = false;
    this.firstPendingAt = null;
    // During retries the failure stays on screen until a save succeeds: flickering to "saving" would hide the
    // message, and its buttons, every time the trainee reaches for them.
    if (this.failures === 0) this.options.onStatus({ state: 'saving' });
    const startedAt = Date.now();
    const attempt = this.options.save().then(
      () => {
        this.saveMs = Math.max(Date.now() - startedAt, this.saveMs * 0.8);
        this.failures = 0;
        if (!this.dirty) return this.options.onStatus({ state: 'saved', at: new Date() });
        // Changes that arrived during the save have their own timer, unless a retry was pending then.
        this.options.onStatus({ state: 'pending' });
        if (this.timer === null) this.armForPending();
      },
      (error: unknown) => this.fail(error),
    );
    this.inFlight = attempt.finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private fail(error: unknown): void {
    this.dirty = true;
    this.firstPendingAt ??= Date.now();
    if (this.options.isFatal?.(error)) {
      this.stopped = true;
      this.options.onStatus({ state: 'stopped', error });
      return;
    }
    const retryInMs = RETRY_DELAYS_MS[Math.min(this.failures, RETRY_DELAYS_MS.length - 1)] ?? 10_000;
    this.failures++;
    this.options.onStatus({ state: 'failed', error, retryInMs });
    this.arm(retryInMs);
  }
}
