import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupLibrary, listBackups } from '../../electron/library/backup.ts';
import { openLibrary } from '../../electron/library/library.ts';
import { damage, writeLibrary } from '../helpers/corrupt.ts';
import { shoot, useApp } from '../helpers/chromium.ts';
import { sha256File, tempDir } from '../helpers/temp.ts';

const start = useApp();

/** A library folder with a backup, whose library.db is then damaged. */
async function damagedLibraryWithBackup() {
  const dataDir = tempDir('data');
  const libraryDir = path.join(dataDir, 'library');
  const file = writeLibrary(libraryDir, 3);
  const library = openLibrary(libraryDir);
  await backupLibrary(library.db, library.files, { reason: 'daily', now: new Date('2026-11-22T08:30:00Z') });
  library.close();
  damage(file, 'garbage pages in the middle');
  return { dataDir, libraryDir, file };
}

describe('backups in the app', () => {
  it('"Back up now" makes a backup and says so; "Restore from backup…" lists it and, after a confirm, puts it back', async () => {
    const session = await start();
    const { page, libraryDir } = session;
    await page.getByRole('button', { name: 'Library', exact: true }).click();
    await page.getByRole('button', { name: /^Back up now/ }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Backed up' }).count()).toBe(1);
    const manual = listBackups(libraryDir).find((b) => b.reason === 'manual');
    expect(manual).toBeDefined();

    // Saved after the backup: a restore takes it away (it stays in the set-aside file).
    session.preview.backend.library.db.prepare("UPDATE briefings SET title = 'Renamed after the backup'").run();

    await page.getByRole('button', { name: 'Library', exact: true }).click();
    await page.getByRole('button', { name: /^Restore from backup/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Restore from backup' });
    const rows = dialog.getByRole('radio');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(1);
    await dialog.getByRole('radio').first().check();
    await expect.poll(() => dialog.getByText('Manual', { exact: true }).count()).toBe(1);
    await shoot(page, 'backups-dialog-light');
    await dialog.getByRole('button', { name: 'Restore…' }).click();

    const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
    await expect.poll(() => confirm.getByText(/set aside, not deleted/).count()).toBe(1);
    expect(await confirm.textContent()).toContain(libraryDir);
    await shoot(page, 'backups-confirm-light');
    await confirm.getByRole('button', { name: 'Restore backup' }).click();

    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Backup restored' }).count()).toBe(1);
    const library = page.getByRole('navigation', { name: 'Library' });
    await expect.poll(() => library.getByRole('button', { name: /^Sample briefing: northern corridor/ }).count()).toBe(1);
    const aside = fs.readdirSync(libraryDir).find((name) => name.startsWith('library.db.before-restore-'));
    expect(aside).toBeDefined();
    const kept = new Database(path.join(libraryDir, aside!), { readonly: true });
    expect(kept.prepare('SELECT title FROM briefings').pluck().get()).toBe('Renamed after the backup');
    kept.close();
    expect(session.pageErrors).toEqual([]);
  });

  it('shows the backups dialog in the dark theme', async () => {
    const { page } = await start({ colorScheme: 'dark' });
    await page.getByRole('button', { name: 'Library', exact: true }).click();
    await page.getByRole('button', { name: /^Back up now/ }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Backed up' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Library', exact: true }).click();
    await page.getByRole('button', { name: /^Restore from backup/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Restore from backup' });
    await expect.poll(() => dialog.getByRole('radio').count()).toBeGreaterThanOrEqual(1);
    await shoot(page, 'backups-dialog-dark');
  });
});

describe('a library the app cannot open', () => {
  it('shows what happened, restores the latest backup by default, and keeps the damaged file aside', async () => {
    const { dataDir, libraryDir, file } = await damagedLibraryWithBackup();
    const damagedBytes = sha256File(file);
    const session = await start({ dataDir, libraryDir });
    const { page } = session;

    const screen = page.getByRole('main', { name: 'The library file is damaged' });
    await screen.waitFor();
    expect(await screen.textContent()).toMatch(/has not opened it and has not changed it/);
    const restore = screen.getByRole('button', { name: 'Restore latest backup' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Restore latest backup');
    await shoot(page, 'recovery-light');
    expect(sha256File(file)).toBe(damagedBytes);

    await restore.click();
    const library = page.getByRole('navigation', { name: 'Library' });
    await expect.poll(() => library.getByRole('button', { name: /^Sample briefing: northern corridor/ }).count()).toBe(1);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Backup restored' }).count()).toBe(1);
    const aside = fs.readdirSync(libraryDir).find((name) => name.startsWith('library.db.before-restore-'));
    expect(sha256File(path.join(libraryDir, aside!))).toBe(damagedBytes);
    expect(session.pageErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });

  it('in the dark theme too', async () => {
    const { dataDir, libraryDir } = await damagedLibraryWithBackup();
    const { page } = await start({ dataDir, libraryDir, colorScheme: 'dark' });
    await page.getByRole('main', { name: 'The library file is damaged' }).waitFor();
    await shoot(page, 'recovery-dark');
  });

  it('explains a library from a newer version, offers no restore, and leaves it untouched', async () => {
    const dataDir = tempDir('data');
    const libraryDir = path.join(dataDir, 'library');
    const file = writeLibrary(libraryDir, 1);
    const library = openLibrary(libraryDir);
    await backupLibrary(library.db, library.files, { reason: 'manual' });
    library.close();
    const future = new Database(file);
    future.pragma('user_version = 42');
    future.close();
    const before = sha256File(file);

    const { page } = await start({ dataDir, libraryDir });
    const screen = page.getByRole('main', { name: /from a newer version of Briefing Reader/ });
    await screen.waitFor();
    expect(await screen.getByRole('button', { name: 'Restore latest backup' }).count()).toBe(0);
    expect(await screen.textContent()).toMatch(/Update Briefing Reader to open it/);
    await shoot(page, 'recovery-too-new-light');
    expect(sha256File(file)).toBe(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('opens another library from a typed folder path in the preview', async () => {
    const { dataDir, libraryDir } = await damagedLibraryWithBackup();
    const other = tempDir('other-library');
    const { page } = await start({ dataDir, libraryDir });
    const screen = page.getByRole('main', { name: 'The library file is damaged' });
    await screen.getByRole('button', { name: 'Open another library…' }).click();
    await screen.getByRole('textbox', { name: 'Library folder' }).fill(other);
    await screen.getByRole('button', { name: 'Open', exact: true }).click();
    const library = page.getByRole('navigation', { name: 'Library' });
    await expect.poll(() => library.getByRole('button', { name: /^Sample briefing: northern corridor/ }).count()).toBe(1);
    expect(fs.existsSync(path.join(other, 'library.db'))).toBe(true);
    expect(fs.readdirSync(libraryDir)).toContain('library.db');
  });
});
