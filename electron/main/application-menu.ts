import type { MenuItemConstructorOptions } from 'electron';

export interface MenuEnvironment {
  platform: NodeJS.Platform;
  isPackaged: boolean;
}

/**
 * The application menu, built from Electron's roles so labels, shortcuts and platform conventions come
 * from the OS. The menu is also what gives the editor its Cut/Copy/Paste shortcuts on macOS.
 */
export function buildApplicationMenuTemplate({
  platform,
  isPackaged,
}: MenuEnvironment): MenuItemConstructorOptions[] {
  const viewItems: MenuItemConstructorOptions[] = [
    { role: 'reload' },
    // DevTools would let anyone at the keyboard run code with the app's privileges; developers only.
    ...(isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    {
      role: 'editMenu',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    { role: 'viewMenu', submenu: viewItems },
    { role: 'windowMenu' },
  ];
}
