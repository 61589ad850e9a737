import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl, isTrustedRendererUrl, resolveDevServerUrl } from './app-origin';

const DEV_SERVER = 'http://localhost:5173';

describe('isAppUrl', () => {
  it('accepts the app entry page and other app pages', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://casedraft/assets/index.js?v=1#top')).toBe(true);
  });

  it.each([
    'app://other/index.html',
    'app://casedraft.evil/index.html',
    'app://casedraft:8080/index.html',
    'app://user@casedraft/index.html',
    'https://casedraft/index.html',
    'file:///index.html',
    'not a url',
  ])('rejects %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('resolveDevServerUrl', () => {
  it('uses ELECTRON_RENDERER_URL in an unpackaged app', () => {
    expect(resolveDevServerUrl(false, { ELECTRON_RENDERER_URL: DEV_SERVER })).toBe(DEV_SERVER);
  });

  it('ignores it in a packaged app, so the environment cannot redirect a shipped build', () => {
    expect(resolveDevServerUrl(true, { ELECTRON_RENDERER_URL: DEV_SERVER })).toBeNull();
  });

  it('ignores a missing or non-http value', () => {
    expect(resolveDevServerUrl(false, {})).toBeNull();
    expect(resolveDevServerUrl(false, { ELECTRON_RENDERER_URL: 'file:///tmp/index.html' })).toBeNull();
  });
});

describe('isTrustedRendererUrl', () => {
  it('trusts the dev server origin only when there is a dev server', () => {
    expect(isTrustedRendererUrl(`${DEV_SERVER}/index.html`, DEV_SERVER)).toBe(true);
    expect(isTrustedRendererUrl(`${DEV_SERVER}/index.html`, null)).toBe(false);
    expect(isTrustedRendererUrl('http://localhost:5174/index.html', DEV_SERVER)).toBe(false);
  });

  it('always trusts app pages', () => {
    expect(isTrustedRendererUrl(APP_ENTRY_URL, null)).toBe(true);
  });
});
