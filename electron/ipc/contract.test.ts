import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from './channels';
import { ipcContract } from './contract';

describe('the IPC contract', () => {
  it('has schemas for exactly the channels the preload exposes', () => {
    expect(Object.keys(ipcContract).sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
  });

  it('gives every channel its own name, so no two functions reach the same handler', () => {
    const names = Object.values(IPC_CHANNELS);
    expect(new Set(names).size).toBe(names.length);
  });
});
