import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, IDLE_DELAY_MS, MAX_WAIT_MS, RETRY_DELAYS_MS, type SaveStatus } from './autosave';

let statuses: SaveStatus['state'][];
let saves: number;
let fail: unknown;

function saver(isFatal?: (error: unknown) => boolean) {
  return new Autosaver({
    save: async () => {
      saves++;
      if (fail) throw fail;
    },
    onStatus: (status) => statuses.push(status.state),
    isFatal,
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  statuses = [];
  saves = 0;
  fail = undefined;
});
afterEach(() => vi.useRealTimers());

describe('Autosaver', () => {
  it('saves once typing pauses, within a second of the last keystroke', async () => {
    const autosaver = saver();
    autosaver.markDirty();
    await vi.advanceTimersByTimeAsync(IDLE_DELAY_MS - 1);
    expect(saves).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves).toBe(1);
    expect(IDLE_DELAY_MS).toBeLessThan(1000);
    expect(statuses).toEqual(['pending', 'saving', 'saved']);
    expect(autosaver.hasUnsavedChanges).toBe(false);
  });

  it('saves at least every MAX_WAIT_MS while typing never pauses', async () => {
    const autosaver = saver();
    for (let elapsed = 0; elapsed < 5000; elapsed += 100) {
      autosaver.markDirty();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(saves).toBeGreaterThanOrEqual(Math.floor(5000 / MAX_WAIT_MS));
    expect(MAX_WAIT_MS).toBeLessThanOrEqual(5000);
  });

  it('saves at once on flush and not again for the same change', async () => {
    const autosaver = saver();
    autosaver.markDirty();
    await autosaver.flush();
    expect(saves).toBe(1);
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS * 2);
    expect(saves).toBe(1);
  });

  it('does nothing on flush when nothing changed', async () => {
    await saver().flush();
    expect(saves).toBe(0);
  });

  it('never runs two saves at once, and saves a change made during a save', async () => {
    let running = 0;
    let overlapped = false;
    let release: () => void = () => undefined;
    const autosaver = new Autosaver({
      save: () => {
        running++;
        if (running > 1) overlapped = true;
        saves++;
        return new Promise<void>((resolve) => {
          release = () => {
            running--;
            resolve();
          };
        });
      },
      onStatus: () => undefined,
    });
    autosaver.markDirty();
    const first = autosaver.flush();
    autosaver.markDirty();
    const second = autosaver.flush();
    release();
    await vi.advanceTimersByTimeAsync(0);
    release();
    await Promise.all([first, second]);
    expect(overlapped).toBe(false);
    expect(saves).toBe(2);
    expect(autosaver.hasUnsavedChanges).toBe(false);
  });

  it('keeps a failed change pending, reports it, and retries until the write succeeds', async () => {
    const autosaver = saver();
    fail = new DOMException('full', 'QuotaExceededError');
    autosaver.markDirty();
    await vi.advanceTimersByTimeAsync(IDLE_DELAY_MS);
    expect(statuses.at(-1)).toBe('failed');
    expect(autosaver.hasUnsavedChanges).toBe(true);
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]!);
    expect(saves).toBe(2);
    fail = undefined;
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[1]!);
    expect(saves).toBe(3);
    expect(statuses.at(-1)).toBe('saved');
    expect(autosaver.hasUnsavedChanges).toBe(false);
  });

  it('keeps showing the failure while it retries, until a save succeeds', async () => {
    const autosaver = saver();
    fail = new Error('disk');
    autosaver.markDirty();
    await vi.advanceTimersByTimeAsync(IDLE_DELAY_MS);
    await autosaver.flush();
    expect(statuses).toEqual(['pending', 'saving', 'failed', 'failed']);
    fail = undefined;
    await autosaver.flush();
    expect(statuses.at(-1)).toBe('saved');
    expect(statuses.slice(3)).not.toContain('saving');
  });

  it('saves changes typed while a retry was pending once the retry succeeds', async () => {
    const autosaver = saver();
    fail = new Error('busy');
    autosaver.markDirty();
    await vi.advanceTimersByTimeAsync(IDLE_DELAY_MS);
    fail = undefined;
    autosaver.markDirty();
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]!);
    expect(autosaver.hasUnsavedChanges).toBe(false);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('stops for good on a fatal error instead of retrying', async () => {
    const autosaver = saver((error) => error === 'conflict');
    fail = 'conflict';
    autosaver.markDirty();
    await vi.advanceTimersByTimeAsync(IDLE_DELAY_MS);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(saves).toBe(1);
    expect(statuses.at(-1)).toBe('stopped');
    expect(autosaver.isStopped).toBe(true);
    autosaver.markDirty();
    await autosaver.flush();
    expect(saves).toBe(1);
  });
});
