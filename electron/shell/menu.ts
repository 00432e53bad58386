/**
 * A small application menu; developer tools only while developing. About Briefing Reader opens the renderer's About
 * view, which lists the shipped data's and fonts' attributions: from the app menu on macOS (where the native panel
 * would show none of them), from Help elsewhere.
 */
import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { APP_NAME } from '../paths.ts';

export interface MenuOptions {
  dev: boolean;
  platform: NodeJS.Platform;
  /** Shows the renderer's About view (version and the shipped data's licences). */
  onAbout: () => void;
}

/** The menu's items, for `Menu.buildFromTemplate`. */
export function menuTemplate({ dev, platform, onAbout }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const about: MenuItemConstructorOptions = { label: `About ${APP_NAME}`, click: onAbout };
  // macOS's app menu as its `appMenu` role builds it, but for About; it holds Quit, so File closes the window.
  const appMenu: MenuItemConstructorOptions = {
    label: APP_NAME,
    submenu: [about, separator, { role: 'services' }, separator, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, separator, { role: 'quit' }],
  };
  const helpMenu: MenuItemConstructorOptions = { role: 'help', submenu: [about] };
  return [
    ...(mac ? [appMenu] : []),
    { label: 'File', submenu: [mac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        ...(dev ? [{ role: 'toggleDevTools' } as const] : []),
        separator,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    ...(mac ? [] : [helpMenu]),
  ];
}

/** Builds the menu and sets it as the application's. */
export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
