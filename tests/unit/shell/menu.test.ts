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

  it('on macOS starts with the app menu: About first, then Services, Hide and Quit, as macOS apps have it', () => {
    const [first] = menuTemplate({ dev: false, platform: 'darwin', onAbout });
    expect(first?.label).toBe('Briefing Reader');
    const items = first?.submenu as MenuItemConstructorOptions[];
    expect(items[0]?.label).toBe('About Briefing Reader');
    expect(roles(items)).toEqual(['services', 'hide', 'hideOthers', 'unhide', 'quit']);
  });

  it.each<NodeJS.Platform>(['win32', 'linux', 'darwin'])('on %s has one "About Briefing Reader", and it opens the About view with its attributions, not a native panel', (platform) => {
    const template = menuTemplate({ dev: false, platform, onAbout });
    const abouts = (function collect(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
      return items.flatMap((item) => [...(item.label === 'About Briefing Reader' ? [item] : []), ...(Array.isArray(item.submenu) ? collect(item.submenu) : [])]);
    })(template);
    expect(abouts).toHaveLength(1);
    expect(roles(template)).not.toContain('about');
    expect(roles(template)).not.toContain('appMenu');
    onAbout.mockClear();
    abouts[0]?.click?.({} as never, undefined, {});
    expect(onAbout).toHaveBeenCalledOnce();
  });

  it('offers editing, reload, zoom and the window menu', () => {
    expect(roles(menuTemplate({ dev: false, platform: 'linux', onAbout }))).toEqual(
      expect.arrayContaining(['editMenu', 'reload', 'resetZoom', 'zoomIn', 'zoomOut', 'windowMenu']),
    );
  });

  it.each<NodeJS.Platform>(['win32', 'linux'])('on %s ends with Help, which holds "About Briefing Reader"', (platform) => {
    const help = menuTemplate({ dev: false, platform, onAbout }).at(-1);
    expect(help).toMatchObject({ role: 'help' });
    expect((help?.submenu as MenuItemConstructorOptions[]).map((item) => item.label)).toEqual(['About Briefing Reader']);
  });

  it('is installed as the application menu', () => {
    installMenu({ dev: false, platform: 'linux', onAbout });
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledExactlyOnceWith({
      template: menuTemplate({ dev: false, platform: 'linux', onAbout }),
    });
  });
});
