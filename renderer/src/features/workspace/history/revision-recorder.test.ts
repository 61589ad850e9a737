import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RevisionReason } from '../../../storage/records';
import {
  MAX_COUNTED_PAUSE_MS,
  RevisionRecorder,
  SNAPSHOT_INTERVAL_MS,
  SNAPSHOT_MAX_DELAY_MS,
  SNAPSHOT_PAUSE_MS,
} from './revision-recorder';

let recorded: RevisionReason[];
let errors: unknown[];

function recorder(record?: (reason: RevisionReason) => Promise<void>): RevisionRecorder {
  return new RevisionRecorder({
    record:
      record ??
      (async (reason) => {
        recorded.push(reason);
      }),
    onError: (error) => errors.push(error),
    // Fake timers move Date.now() too.
    now: () => Date.now(),
  });
}

/** Changes the document every `everyMs` for `forMs`. */
async function edit(target: RevisionRecorder, forMs: number, everyMs = 1000): Promise<void> {
  for (let elapsed = 0; elapsed < forMs; elapsed += everyMs) {
    target.noteChange();
    await vi.advanceTimersByTimeAsync(everyMs);
  }
}

beforeEach(() => {
  vi.useFakeTimers();
  recorded = [];
  errors = [];
});
afterEach(() => vi.useRealTimers());

describe('when snapshots are taken', () => {
  it('takes one after five minutes of steady editing, once typing pauses', async () => {
    const target = recorder();
    await edit(target, SNAPSHOT_INTERVAL_MS - 2000);
    expect(recorded).toEqual([]);
    await edit(target, 3000);
    target.noteChange();
    expect(recorded).toEqual([]);
    await vi.advanceTimersByTimeAsync(SNAPSHOT_PAUSE_MS);
    expect(recorded).toEqual(['interval']);
  });

  it('takes one every five minutes of editing, not of wall-clock time', async () => {
    const target = recorder();
    await edit(target, 20 * 60_000, 5000);
    target.noteChange();
    await vi.advanceTimersByTimeAsync(SNAPSHOT_PAUSE_MS);
    expect(recorded).toEqual(['interval', 'interval', 'interval', 'interval']);
  });

  it('does not count idle time: an hour away counts as one short pause', async () => {
    const target = recorder();
    await edit(target, 60_000);
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    await edit(target, SNAPSHOT_INTERVAL_MS - 60_000 - MAX_COUNTED_PAUSE_MS - 5000);
    await vi.advanceTimersByTimeAsync(SNAPSHOT_PAUSE_MS);
    expect(recorded).toEqual([]);
    await edit(target, 10_000);
    await vi.advanceTimersByTimeAsync(SNAPSHOT_PAUSE_MS);
    expect(recorded).toEqual(['interval']);
  });

  it('changes spread thin still add up: each pause counts up to its cap', async () => {
    const target = recorder();
    const changes = SNAPSHOT_INTERVAL_MS / MAX_COUNTED_PAUSE_MS;
    await edit(target, changes * 5 * 60_000, 5 * 60_000);
    target.noteChange();
    await vi.advanceTimersByTimeAsync(SNAPSHOT_PAUSE_MS);
    expect(recorded).toEqual(['interval']);
  });

  it('does not wait for a pause forever: typing that never stops still gets its snapshot', async () => {
    const target = recorder();
    await edit(target, SNAPSHOT_INTERVAL_MS, 200);
    await edit(target, SNAPSHOT_MAX_DELAY_MS + 1000, 200);
    expect(recorded).toEqual(['interval']);
  });

  it('counts the next interval from a snapshot taken on request (an export)', async () => {
    const target = recorder();
    await edit(target, 4 * 60_000);
    await target.snapshot('export');
    await edit(target, 4 * 60_000);
    await vi.advanceTimersByTimeAsync(SNAPSHOT_PAUSE_MS);
    expect(recorded).toEqual(['export']);
    await edit(target, 61_000);
    await vi.advanceTimersByTimeAsync(SNAPSHOT_PAUSE_MS);
    expect(recorded).toEqual(['export', 'interval']);
  });

  it('writes snapshots one after another, and a failed one does not stop the next', async () => {
    const order: string[] = [];
    let calls = 0;
    const target = recorder(async (reason) => {
      calls++;
      order.push(`start ${reason}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      order.push(`end ${reason}`);
      if (calls === 1) throw new Error('disk full');
    });
    const first = target.snapshot('export');
    const second = target.snapshot('beforeRestore');
    await vi.advanceTimersByTimeAsync(300);
    await expect(first).rejects.toThrow('disk full');
    await expect(second).resolves.toBeUndefined();
    expect(order).toEqual(['start export', 'end export', 'start beforeRestore', 'end beforeRestore']);
  });

  it('reports a failed interval snapshot instead of throwing into the typing', async () => {
    const target = recorder(() => Promise.reject(new Error('quota')));
    await edit(target, SNAPSHOT_INTERVAL_MS + 1000);
    await vi.advanceTimersByTimeAsync(SNAPSHOT_PAUSE_MS);
    expect(errors).toEqual([new Error('quota')]);
  });

  it('takes nothing after it is disposed', async () => {
    const target = recorder();
    await edit(target, SNAPSHOT_INTERVAL_MS + 1000);
    target.dispose();
    await vi.advanceTimersByTimeAsync(SNAPSHOT_PAUSE_MS);
    expect(recorded).toEqual([]);
  });
});
