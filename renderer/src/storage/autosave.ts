/**
 * When to save a draft. A trainee must never lose more than about a second of typing, so:
 * - a save starts IDLE_DELAY_MS after the last change, early enough that it has committed within a second;
 * - during continuous typing a save starts at least every MAX_WAIT_MS (saving a long act takes milliseconds);
 * - `flush()` saves at once (blur, tab hidden, window closing, export);
 * - a failed save keeps the change pending, reports the error, and is retried with growing delays;
 *   a conflict (another window saved this draft) is not retried, since retrying would overwrite that work.
 * The saver knows nothing of ProseMirror or Dexie: `save` reads the current document and writes it.
 */
export const IDLE_DELAY_MS = 400;
export const MAX_WAIT_MS = 1000;
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
    const waited = now - (this.firstPendingAt ?? now);
    this.arm(Math.max(0, Math.min(IDLE_DELAY_MS, MAX_WAIT_MS - waited)));
  }

  get hasUnsavedChanges(): boolean {
    return this.dirty || this.inFlight !== null;
  }

  /** Saving stopped for good on a fatal error (a conflict with another window): nothing more will be written. */
  get isStopped(): boolean {
    return this.stopped;
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
    const attempt = this.options.save().then(
      () => {
        this.failures = 0;
        if (!this.dirty) return this.options.onStatus({ state: 'saved', at: new Date() });
        // Changes that arrived during the save have their own timer, unless a retry was pending then.
        this.options.onStatus({ state: 'pending' });
        if (this.timer === null) this.arm(IDLE_DELAY_MS);
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
