import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenSession, isAllowedRequestUrl, SPELLCHECKER_DICTIONARY_URL } from './session-guards';

const DEV_SERVER = 'http://localhost:5173';

type PermissionRequestHandler = Parameters<Session['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<Session['setPermissionCheckHandler']>[0];
type BeforeRequestListener = (
  details: { url: string },
  callback: (response: { cancel: boolean }) => void,
) => void;

/** Records the handlers hardenSession installs so each can be called directly. */
function hardenedFakeSession(devServerUrl: string | null) {
  const installed: {
    request?: PermissionRequestHandler;
    check?: PermissionCheckHandler;
    beforeRequest?: BeforeRequestListener;
    spellcheckerEnabled?: boolean;
    dictionaryUrl?: string;
  } = {};
  const session = {
    setPermissionRequestHandler: (handler: PermissionRequestHandler) => (installed.request = handler),
    setPermissionCheckHandler: (handler: PermissionCheckHandler) => (installed.check = handler),
    setSpellCheckerEnabled: (enabled: boolean) => (installed.spellcheckerEnabled = enabled),
    setSpellCheckerDictionaryDownloadURL: (url: string) => (installed.dictionaryUrl = url),
    webRequest: {
      onBeforeRequest: (listener: BeforeRequestListener) => (installed.beforeRequest = listener),
    },
  };
  hardenSession(session as unknown as Session, devServerUrl);
  return installed;
}

describe('isAllowedRequestUrl', () => {
  it.each([
    'app://casedraft/assets/main.js',
    'devtools://devtools/bundled/inspector.html',
    'data:image/png;base64,AA',
    'blob:app://casedraft/1f0e',
  ])('allows local %s', (url) => {
    expect(isAllowedRequestUrl(url, null)).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'ws://localhost:5173/',
    'file:///etc/passwd',
    'app://elsewhere/index.html',
    'not a url',
  ])('blocks %s in a production build', (url) => {
    expect(isAllowedRequestUrl(url, null)).toBe(false);
  });

  it('allows the dev server and its HMR socket in development, nothing else', () => {
    expect(isAllowedRequestUrl('http://localhost:5173/src/main.tsx', DEV_SERVER)).toBe(true);
    expect(isAllowedRequestUrl('ws://localhost:5173/', DEV_SERVER)).toBe(true);
    expect(isAllowedRequestUrl('http://localhost:5174/', DEV_SERVER)).toBe(false);
    expect(isAllowedRequestUrl('https://example.com/', DEV_SERVER)).toBe(false);
  });
});

describe('hardenSession', () => {
  it("turns Chromium's spellchecker off and points its dictionary downloads inside the app", () => {
    const { spellcheckerEnabled, dictionaryUrl } = hardenedFakeSession(null);
    expect(spellcheckerEnabled).toBe(false);
    expect(dictionaryUrl).toBe(SPELLCHECKER_DICTIONARY_URL);
    expect(isAllowedRequestUrl(`${SPELLCHECKER_DICTIONARY_URL}ru-RU-3-0.bdic`, null)).toBe(true);
  });

  it('denies every permission request but full screen for the app itself', () => {
    const { request } = hardenedFakeSession(null);
    const answer = (
      permission: Parameters<NonNullable<PermissionRequestHandler>>[1],
      requestingUrl: string,
    ) => {
      const callback = vi.fn();
      request?.({} as never, permission, callback, { requestingUrl } as never);
      return callback.mock.calls[0]?.[0] as unknown;
    };
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read'] as const)
      expect(answer(permission, 'app://casedraft/index.html')).toBe(false);
    expect(answer('fullscreen', 'app://casedraft/index.html')).toBe(true);
    expect(answer('fullscreen', 'https://example.com/')).toBe(false);
  });

  it('answers every permission check with false', () => {
    const { check } = hardenedFakeSession(null);
    expect(check).toBeDefined();
    expect(check?.(null, 'media', 'app://casedraft', {} as never)).toBe(false);
    expect(check?.(null, 'clipboard-sanitized-write', 'app://casedraft', {} as never)).toBe(false);
  });

  it('cancels requests that would leave the app and lets app requests through', () => {
    const { beforeRequest } = hardenedFakeSession(null);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const outside = vi.fn();
    beforeRequest?.({ url: 'https://example.com/tracker.js' }, outside);
    expect(outside).toHaveBeenCalledWith({ cancel: true });
    const inside = vi.fn();
    beforeRequest?.({ url: 'app://casedraft/index.html' }, inside);
    expect(inside).toHaveBeenCalledWith({ cancel: false });
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
