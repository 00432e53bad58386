/**
 * The recovery screen for the libraries issue 17 stopped the app from
 * rewriting: a stray write-ahead log set aside, a read-only library file, an
 * empty library file. Each says what happened, offers what can be done, and
 * leaves the library's bytes as they were until the analyst chooses.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { backupLibrary } from '../../electron/library/backup.ts';
import { openLibrary } from '../../electron/library/library.ts';
import { libraryWithForeignLog, writeLibrary } from '../helpers/corrupt.ts';
import { shoot, useApp } from '../helpers/chromium.ts';
import { sha256File, tempDir } from '../helpers/temp.ts';

const start = useApp();

/** The names of the screen's buttons, in order. */
const buttons = async (screen: Locator) => (await screen.getByRole('button').allTextContents()).map((name) => name.trim());

const locked: string[] = [];
afterEach(() => {
  for (const file of locked.splice(0)) {
    if (process.getuid?.() === 0) execFileSync('chattr', ['-i', file]);
    fs.chmodSync(file, 0o644);
  }
});

describe('the recovery screen', () => {
  it('a stray log set aside: says so, changes nothing, and "Open the library as it is" opens it', async () => {
    const dataDir = tempDir('data');
    const { dir, file } = libraryWithForeignLog(path.join(dataDir, 'library'));
    const before = sha256File(file);
    const session = await start({ dataDir, libraryDir: dir });
    const { page } = session;

    const screen = page.getByRole('main', { name: 'A log file beside the library did not belong to it' });
    await screen.waitFor();
    expect(await screen.textContent()).toMatch(/moved it aside instead; nothing was deleted and the library file was not changed/);
    expect(await buttons(screen)).toEqual(['Open the library as it is', 'Open another library…', 'Quit']);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Open the library as it is');
    await screen.getByText('What the app found').click();
    expect(await screen.textContent()).toMatch(/set-aside/);
    await shoot(page, 'recovery-stray-wal-light');
    expect(sha256File(file)).toBe(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect(fs.readdirSync(dir).filter((name) => name.startsWith('library.db-wal.set-aside-'))).toHaveLength(1);

    await screen.getByRole('button', { name: 'Open the library as it is' }).click();
    const library = page.getByRole('navigation', { name: 'Library' });
    await expect.poll(() => library.getByRole('button', { name: /^Sample briefing: northern corridor/ }).count()).toBe(1);
    await expect.poll(() => library.getByRole('button', { name: /^All articles/ }).textContent()).toMatch(/7 articles$/);
    expect(session.pageErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });

  it('a read-only library: says why, offers another library or quitting, and nothing appears beside it', async () => {
    const dataDir = tempDir('data');
    const dir = path.join(dataDir, 'library');
    const file = writeLibrary(dir, 3);
    fs.chmodSync(file, 0o444);
    if (process.getuid?.() === 0) execFileSync('chattr', ['+i', file]);
    locked.push(file);
    const before = sha256File(file);
    const { page } = await start({ dataDir, libraryDir: dir });

    const screen = page.getByRole('main', { name: 'The library file is read-only' });
    await screen.waitFor();
    expect(await screen.textContent()).toMatch(/cannot work in a file it may not write\. Make the file and its folder writable, or open a copy in another folder\. Nothing was written beside it\./);
    expect(await buttons(screen)).toEqual(['Open another library…', 'Quit']);
    expect(await screen.textContent()).not.toMatch(/backup/i);
    await shoot(page, 'recovery-read-only-light');
    expect(sha256File(file)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(['assets', 'library.db']);
  });

  it('an empty library file: damaged, the backup offered, nothing written until it is restored', async () => {
    const dataDir = tempDir('data');
    const dir = path.join(dataDir, 'library');
    const library = openLibrary(dir, { seedSample: true });
    await backupLibrary(library.db, library.files, { reason: 'manual', now: new Date('2026-11-30T17:05:00Z') });
    library.close();
    const file = path.join(dir, 'library.db');
    fs.writeFileSync(file, '');
    const listing = () => fs.readdirSync(dir, { recursive: true }).map(String).sort();
    const before = listing();
    const { page } = await start({ dataDir, libraryDir: dir, colorScheme: 'dark' });

    const screen = page.getByRole('main', { name: 'The library file cannot be read' });
    await screen.waitFor();
    expect(await screen.textContent()).toMatch(/has not opened it and has not changed it/);
    expect(await screen.textContent()).toMatch(/Latest backup: .*\(manual, /);
    expect(await buttons(screen)).toEqual(['Restore latest backup', 'Open another library…', 'Quit']);
    await screen.getByText('What the app found').click();
    expect(await screen.textContent()).toMatch(/it is empty: 0 bytes/);
    await shoot(page, 'recovery-empty-dark');
    expect(fs.statSync(file).size).toBe(0);
    expect(listing()).toEqual(before);

    await screen.getByRole('button', { name: 'Restore latest backup' }).click();
    const nav = page.getByRole('navigation', { name: 'Library' });
    await expect.poll(() => nav.getByRole('button', { name: /^Sample briefing: northern corridor/ }).count()).toBe(1);
    const aside = fs.readdirSync(dir).find((name) => name.startsWith('library.db.before-restore-'));
    expect(fs.statSync(path.join(dir, aside!)).size).toBe(0);
  });
});
