import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { installMenu, menuTemplate } from '../../../electron/shell/menu.ts';

const electron = vi.hoisted(() => ({
  Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
}));
vi.mock('electron', () => electron);

const onAbout = vi.fn();

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('the application menu', () => {
  it.each<NodeJS.Platform>(['win32', 'linux', 'darwin'])('on %s has developer tools only while developing', (platform) => {
    expect(roles(menuTemplate({ dev: true, platform, onAbout }))).toContain('toggleDevTools');
    expect(roles(menuTemplate({ dev: false, platform, onAbout }))).not.toContain('toggleDevTools');
  });

  it.each<NodeJS.Platform>(['win32', 'linux'])('on %s quits from the File menu', (platform) => {
    const file = menuTemplate({ dev: false, platform, onAbout }).find((item) => item.label === 'File');
    expect(file?.submenu).toEqual([{ role: 'quit' }]);
  });

  it('on macOS starts with the app menu, which holds Quit', () => {
    const [first] = menuTemplate({ dev: false, platform: 'darwin', onAbout });
    expect(first).toEqual({ role: 'appMenu' });
  });

  it('offers editing, reload, zoom and the window menu', () => {
    expect(roles(menuTemplate({ dev: false, platform: 'linux', onAbout }))).toEqual(
      expect.arrayContaining(['editMenu', 'reload', 'resetZoom', 'zoomIn', 'zoomOut', 'windowMenu']),
    );
  });

  it.each<NodeJS.Platform>(['win32', 'linux', 'darwin'])('on %s ends with Help, whose "About Briefing Reader" opens the About view', (platform) => {
    const help = menuTemplate({ dev: false, platform, onAbout }).at(-1);
    expect(help).toMatchObject({ role: 'help' });
    const about = (help?.submenu as MenuItemConstructorOptions[]).find((item) => item.label === 'About Briefing Reader');
    onAbout.mockClear();
    about?.click?.({} as never, undefined, {});
    expect(onAbout).toHaveBeenCalledOnce();
  });

  it('is installed as the application menu', () => {
    installMenu({ dev: false, platform: 'linux', onAbout });
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledExactlyOnceWith({
      template: menuTemplate({ dev: false, platform: 'linux', onAbout }),
    });
  });
});
