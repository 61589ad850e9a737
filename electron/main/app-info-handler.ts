import { app } from 'electron';
import type { AppInfo } from '../ipc/contract';

/**
 * `app:info`. The locale is the OS's first preferred language (e.g. `kk-KZ`), which is what the renderer
 * picks its UI language from; `getLocale()` is Chromium's UI locale and only a fallback.
 */
export function getAppInfo(): AppInfo {
  return {
    name: app.getName(),
    version: app.getVersion(),
    locale: app.getPreferredSystemLanguages()[0] ?? app.getLocale(),
    platform: process.platform,
  };
}
