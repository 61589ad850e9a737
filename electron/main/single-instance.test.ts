import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { claimSingleInstance } from './single-instance';

const app = vi.hoisted(() => ({
  requestSingleInstanceLock: vi.fn(),
  listeners: new Map<string, () => void>(),
  on(event: string, listener: () => void) {
    this.listeners.set(event, listener);
  },
}));

vi.mock('electron', () => ({ app }));

function fakeWindow(minimized: boolean) {
  return { isMinimized: () => minimized, restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
}

beforeEach(() => {
  app.listeners.clear();
  app.requestSingleInstanceLock.mockReset();
});

describe('claimSingleInstance', () => {
  it('reports a second instance so that it quits without listening for launches', () => {
    app.requestSingleInstanceLock.mockReturnValue(false);
    expect(claimSingleInstance(() => null)).toBe(false);
    expect(app.listeners.has('second-instance')).toBe(false);
  });

  it('restores and focuses the existing window when the app is launched again', () => {
    app.requestSingleInstanceLock.mockReturnValue(true);
    const window = fakeWindow(true);
    expect(claimSingleInstance(() => window as unknown as BrowserWindow)).toBe(true);

    app.listeners.get('second-instance')?.();

    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.show).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('does not restore a window that is not minimised, and copes with no window', () => {
    app.requestSingleInstanceLock.mockReturnValue(true);
    const window = fakeWindow(false);
    let current: BrowserWindow | null = null;
    claimSingleInstance(() => current);

    expect(() => app.listeners.get('second-instance')?.()).not.toThrow();
    current = window as unknown as BrowserWindow;
    app.listeners.get('second-instance')?.();

    expect(window.restore).not.toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalledOnce();
  });
});
