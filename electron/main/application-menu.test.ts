import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildApplicationMenuTemplate } from './application-menu';

function roles(items: MenuItemConstructorOptions[] | undefined): (string | undefined)[] {
  return (items ?? []).filter((item) => item.type !== 'separator').map((item) => item.role);
}

function submenuOf(template: MenuItemConstructorOptions[], role: string): MenuItemConstructorOptions[] {
  const submenu = template.find((item) => item.role === role)?.submenu;
  if (!Array.isArray(submenu)) throw new Error(`${role} has no submenu`);
  return submenu;
}

describe('buildApplicationMenuTemplate', () => {
  it('has the app menu first on macOS only', () => {
    expect(roles(buildApplicationMenuTemplate({ platform: 'darwin', isPackaged: true }))).toEqual([
      'appMenu',
      'fileMenu',
      'editMenu',
      'viewMenu',
      'windowMenu',
    ]);
    expect(roles(buildApplicationMenuTemplate({ platform: 'win32', isPackaged: true }))).toEqual([
      'fileMenu',
      'editMenu',
      'viewMenu',
      'windowMenu',
    ]);
  });

  it('offers the standard editing commands', () => {
    const template = buildApplicationMenuTemplate({ platform: 'linux', isPackaged: true });
    expect(roles(submenuOf(template, 'editMenu'))).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
  });

  it('hides DevTools in a packaged app', () => {
    const template = buildApplicationMenuTemplate({ platform: 'linux', isPackaged: true });
    expect(roles(submenuOf(template, 'viewMenu'))).toEqual([
      'reload',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
    ]);
  });

  it('offers DevTools during development', () => {
    const template = buildApplicationMenuTemplate({ platform: 'linux', isPackaged: false });
    expect(roles(submenuOf(template, 'viewMenu'))).toContain('toggleDevTools');
  });
});
