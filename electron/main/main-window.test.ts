import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow } from './main-window';

const { windows, FakeBrowserWindow } = vi.hoisted(() => {
  class FakeBrowserWindow {
    readonly listeners = new Map<string, () => void>();
    readonly loadURL = vi.fn(() => Promise.resolve());
    readonly show = vi.fn();
    constructor(readonly options: { webPreferences?: { preload?: string } }) {
      windows.push(this);
    }
    once(event: string, listener: () => void): this {
      this.listeners.set(event, listener);
      return this;
    }
  }
  const windows: FakeBrowserWindow[] = [];
  return { windows, FakeBrowserWindow };
});

vi.mock('electron', () => ({ BrowserWindow: FakeBrowserWindow }));

beforeEach(() => {
  windows.length = 0;
});

describe('createMainWindow', () => {
  it('loads the app entry page from app:// in a build', () => {
    createMainWindow(null);
    expect(windows[0]?.loadURL).toHaveBeenCalledWith('app://casedraft/index.html');
  });

  it('loads the dev server under electron-vite dev', () => {
    createMainWindow('http://localhost:5173');
    expect(windows[0]?.loadURL).toHaveBeenCalledWith('http://localhost:5173');
  });

  it('uses the CommonJS preload built beside the main bundle', () => {
    createMainWindow(null);
    expect(windows[0]?.options.webPreferences?.preload).toMatch(/[/\\]preload[/\\]index\.cjs$/);
  });

  it('shows the window only once it is ready to show', () => {
    createMainWindow(null);
    const window = windows[0];
    expect(window?.show).not.toHaveBeenCalled();
    window?.listeners.get('ready-to-show')?.();
    expect(window?.show).toHaveBeenCalledOnce();
  });
});
