import type { WebContents } from 'electron';

/**
 * Keeps every web contents on the app's own pages. The renderer displays text the app does not control
 * (case material, imported packs), so a link or script must never turn a window into a browser.
 */
export function guardWebContents(contents: WebContents, isAllowedPageUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event) => {
    if (!isAllowedPageUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedPageUrl(event.url)) event.preventDefault();
  });
  // webviewTag is off in every window; refusing here also covers a window created with other options.
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // The app is offline and has a single window: there is nothing a new window or an external link may open.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
