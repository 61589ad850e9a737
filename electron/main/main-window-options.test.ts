import { describe, expect, it } from 'vitest';
import { buildMainWindowOptions } from './main-window-options';

describe('buildMainWindowOptions', () => {
  const options = buildMainWindowOptions('/app/out/preload/index.cjs');

  it('locks the renderer down: isolated, sandboxed, no Node.js anywhere', () => {
    // toMatchObject needs each flag present with this exact value, so a flag left to its default fails too.
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('uses the given preload', () => {
    expect(options.webPreferences?.preload).toBe('/app/out/preload/index.cjs');
  });

  it("turns Chromium's spellchecker off, so it never downloads dictionaries", () => {
    expect(options.webPreferences?.spellcheck).toBe(false);
  });

  it('waits for ready-to-show before showing the window', () => {
    expect(options.show).toBe(false);
  });
});
