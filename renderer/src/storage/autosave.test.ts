import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, IDLE_DELAY_MS, RETRY_DELAYS_MS, SAVED_WITHIN_MS, type SaveStatus } from './autosave';

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

  /**
   * Types a key every `keyEveryMs` for five seconds while each save takes `saveMs`, and returns, for every key, how
   * long after it was typed the save holding it had committed (what a crash at the worst moment would lose), in
   * the order they were typed.
   */
  async function keyAges(keyEveryMs: number, saveMs: number): Promise<number[]> {
    let typed: number[] = [];
    const committedAfter: number[] = [];
    const autosaver = new Autosaver({
      save: async () => {
        const holding = typed; // the save reads the text when it starts
        typed = [];
        await new Promise((resolve) => setTimeout(resolve, saveMs));
        for (const at of holding) committedAfter.push(Date.now() - at);
      },
      onStatus: () => undefined,
    });
    for (let elapsed = 0; elapsed < 5000; elapsed += keyEveryMs) {
      typed.push(Date.now());
      autosaver.markDirty();
      await vi.advanceTimersByTimeAsync(keyEveryMs);
    }
    await vi.advanceTimersByTimeAsync(SAVED_WITHIN_MS * 2);
    expect(committedAfter).toHaveLength(Math.ceil(5000 / keyEveryMs));
    return committedAfter;
  }

  it('has every key of continuous typing on disk within a second, even when a save takes 40 ms', async () => {
    for (const keyEveryMs of [7, 30, 90]) {
      const ages = await keyAges(keyEveryMs, 40);
      // Not just within the second: the margin left is what absorbs a timer firing late on a busy machine.
      expect(Math.max(...ages)).toBeLessThanOrEqual(SAVED_WITHIN_MS - 200);
    }
  });

  it('starts saves earlier once saving is seen to be slow, so keys are still on disk within a second', async () => {
    const ages = await keyAges(30, 300);
    // The first save is the one that shows how long saving takes; every key after it is in time.
    const afterFirstSave = ages.slice(Math.ceil(SAVED_WITHIN_MS / 30));
    expect(Math.max(...afterFirstSave)).toBeLessThanOrEqual(SAVED_WITHIN_MS);
  });

  it('saves at once on flush and not again for the same change', async () => {
    const autosaver = saver();
    autosaver.markDirty();
    await autosaver.flush();
    expect(saves).toBe(1);
    await vi.advanceTimersByTimeAsync(SAVED_WITHIN_MS * 2);
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
    expect(autosaver.isHoldingUnsavedText).toBe(true);
    autosaver.markDirty();
    await autosaver.flush();
    expect(saves).toBe(1);
  });
});
