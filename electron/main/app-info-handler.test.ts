import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getAppInfo } from './app-info-handler';

const app = vi.hoisted(() => ({
  getName: () => 'CaseDraft',
  getVersion: () => '0.1.0',
  getLocale: () => 'ru',
  getPreferredSystemLanguages: vi.fn<() => string[]>(),
}));

vi.mock('electron', () => ({ app }));

beforeEach(() => app.getPreferredSystemLanguages.mockReset());

describe('getAppInfo', () => {
  it("reports the app, its version, the OS's first preferred language and the platform", () => {
    app.getPreferredSystemLanguages.mockReturnValue(['kk-KZ', 'ru-RU']);
    expect(getAppInfo()).toEqual({
      name: 'CaseDraft',
      version: '0.1.0',
      locale: 'kk-KZ',
      platform: process.platform,
    });
  });

  it("falls back to Chromium's locale when the OS reports no preference", () => {
    app.getPreferredSystemLanguages.mockReturnValue([]);
    expect(getAppInfo().locale).toBe('ru');
  });
});
