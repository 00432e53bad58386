/** A small application menu; developer tools only while developing, and Help › About Briefing Reader. */
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
  return [
    // On macOS the app menu holds Quit; File then closes the window.
    ...(mac ? [{ role: 'appMenu' } as const] : []),
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
    // The renderer's view rather than macOS's own About panel: it also lists the data's attributions.
    { role: 'help', submenu: [{ label: `About ${APP_NAME}`, click: onAbout }] },
  ];
}

/** Builds the menu and sets it as the application's. */
export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
