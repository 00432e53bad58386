import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, resolveLibraryDir } from '../../../electron/paths.ts';
import { openSettingsFile } from '../../../electron/settings/file-store.ts';
import { readSavedLibraryDir } from '../../../electron/settings/saved-library.ts';
import { DEFAULT_SETTINGS, readSettings } from '../../../shared/settings.ts';
import { tempDir } from '../../helpers/temp.ts';

describe('reading stored settings', () => {
  it.each([
    ['nothing stored', undefined],
    ['a number', 7],
    ['a theme that does not exist', { ...DEFAULT_SETTINGS, theme: 'neon' }],
    ['a font size out of range', { ...DEFAULT_SETTINGS, reader: { ...DEFAULT_SETTINGS.reader, fontSize: 400 } }],
    ['window bounds that are text', { ...DEFAULT_SETTINGS, windowBounds: 'big' }],
  ])('falls back to the defaults for %s, and says why', (_label, stored) => {
    const reading = readSettings(stored);
    expect(reading.ok).toBe(false);
    expect(reading.settings).toEqual(DEFAULT_SETTINGS);
    if (!reading.ok) expect(reading.problem).toMatch(/defaults are used/);
  });

  it('reads a file from before the export choice was kept, and one whose choice this version does not know, with the default choice', () => {
    const { exportChoice: _left, ...before } = { ...DEFAULT_SETTINGS, theme: 'sepia' as const };
    expect(readSettings(before)).toEqual({ ok: true, settings: { ...before, exportChoice: DEFAULT_SETTINGS.exportChoice } });
    const unknown = { ...before, exportChoice: { format: 'docx', pdf: {}, markdown: {} } };
    expect(readSettings(unknown)).toEqual({ ok: true, settings: { ...before, exportChoice: DEFAULT_SETTINGS.exportChoice } });
  });

  it('keeps settings that fit', () => {
    const stored = { ...DEFAULT_SETTINGS, theme: 'sepia', windowBounds: { x: 10, y: 20, width: 1200, height: 800, maximized: false } };
    expect(readSettings(stored)).toEqual({ ok: true, settings: stored });
  });
});

describe('the settings file', () => {
  it('starts with defaults and remembers changes across opens', () => {
    const dir = tempDir();
    const settings = openSettingsFile(dir);
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    settings.update({ theme: 'dark', reader: { fontSize: 20 } });
    const markdownWithText = { ...DEFAULT_SETTINGS.exportChoice, format: 'markdown' as const, markdown: { fullText: true } };
    settings.update({ exportChoice: markdownWithText });
    settings.setWindowBounds({ x: 5, y: 6, width: 1000, height: 700, maximized: true });
    const reopened = openSettingsFile(dir).get();
    expect(reopened.theme).toBe('dark');
    expect(reopened.reader).toEqual({ ...DEFAULT_SETTINGS.reader, fontSize: 20 });
    expect(reopened.windowBounds).toEqual({ x: 5, y: 6, width: 1000, height: 700, maximized: true });
    expect(reopened.exportChoice).toEqual(markdownWithText);
  });

  it.each([
    ['is not JSON', '{"theme": "dark", '],
    ['does not fit the schema', JSON.stringify({ theme: 'neon', reader: 'large' })],
  ])('when the file %s, keeps it aside, uses the defaults and the app still starts', (_label, content) => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'config.json'), content);
    const settings = openSettingsFile(dir);
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(settings.problem).toMatch(/kept as .*config\.corrupt-.*\.json/);
    const aside = fs.readdirSync(dir).filter((name) => name.startsWith('config.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, aside[0]!), 'utf8')).toBe(content);
  });

  it('lets the CLI read the saved library folder without writing the file', () => {
    const dir = tempDir();
    expect(readSavedLibraryDir(dir)).toBeNull();
    expect(fs.existsSync(path.join(dir, 'config.json'))).toBe(false);
    fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ libraryDir: '/data/briefings' }));
    expect(readSavedLibraryDir(dir)).toBe('/data/briefings');
    fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ libraryDir: 'relative/path' }));
    expect(readSavedLibraryDir(dir)).toBeNull();
  });
});

describe('where the data lives', () => {
  it.each([
    ['linux', {}, '/home/ana/.config/Briefing Reader'],
    ['linux', { XDG_CONFIG_HOME: '/xdg' }, '/xdg/Briefing Reader'],
    ['linux', { XDG_CONFIG_HOME: 'relative' }, '/home/ana/.config/Briefing Reader'],
    ['darwin', {}, '/home/ana/Library/Application Support/Briefing Reader'],
    ['win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana\\AppData\\Roaming\\Briefing Reader'],
  ] as const)('on %s with %j the app data folder is %s', (platform, env, expected) => {
    expect(defaultDataDir(platform, env, '/home/ana')).toBe(expected);
  });

  it('picks the library folder: flag, then BRIEFING_LIBRARY, then saved, then default', () => {
    const dataDir = '/data/app';
    expect(resolveLibraryDir({ dataDir })).toBe('/data/app/library');
    expect(resolveLibraryDir({ dataDir, saved: '/saved' })).toBe('/saved');
    expect(resolveLibraryDir({ dataDir, saved: '/saved', env: { BRIEFING_LIBRARY: '/env' } })).toBe('/env');
    expect(resolveLibraryDir({ dataDir, saved: '/saved', env: { BRIEFING_LIBRARY: '/env' }, flag: '/flag' })).toBe('/flag');
    expect(resolveLibraryDir({ dataDir, env: { BRIEFING_LIBRARY: '  ' } })).toBe('/data/app/library');
  });
});
