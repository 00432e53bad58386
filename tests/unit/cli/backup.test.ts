import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DAMAGES, damage, writeLibrary } from '../../helpers/corrupt.ts';
import { sha256File, tempDir } from '../../helpers/temp.ts';
import { briefing } from '../../helpers/cli.ts';

const titles = (file: string) => {
  const db = new Database(file, { readonly: true });
  const rows = db.prepare('SELECT title FROM articles ORDER BY id').pluck().all();
  db.close();
  return rows;
};

describe('briefing backup and restore', () => {
  it('backs up into the backups folder, then restores it, keeping the current file aside', () => {
    const dir = tempDir('library');
    writeLibrary(dir, 2);
    const made = briefing(['backup', '--json', '--library', dir]);
    expect(made.code).toBe(0);
    const { backup } = JSON.parse(made.stdout) as { backup: { path: string; reason: string; name: string } };
    expect(backup.reason).toBe('manual');
    expect(path.dirname(backup.path)).toBe(path.join(dir, 'backups'));

    const db = new Database(path.join(dir, 'library.db'));
    db.prepare("UPDATE articles SET title = 'Changed after the backup' WHERE id = 1").run();
    db.close();

    const restored = briefing(['restore', backup.path, '--json', '--library', dir]);
    expect(restored.code).toBe(0);
    const result = JSON.parse(restored.stdout) as { setAsidePath: string; missingAssets: number };
    expect(result.missingAssets).toBe(0);
    expect(path.basename(result.setAsidePath)).toMatch(/^library\.db\.before-restore-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z$/);
    expect(titles(result.setAsidePath)).toContain('Changed after the backup');
    expect(titles(path.join(dir, 'library.db'))).not.toContain('Changed after the backup');
  });

  it('writes to a file given with --to and says the images stay in the library', () => {
    const dir = tempDir('library');
    writeLibrary(dir, 1);
    const target = path.join(tempDir('usb-stick'), 'briefings.db');
    const { code, stdout } = briefing(['backup', '--to', target, '--library', dir]);
    expect(code).toBe(0);
    expect(stdout).toContain(target);
    expect(stdout).toMatch(/cached images are not in this file/);
    expect(titles(target)).toHaveLength(3);
  });

  it.each([
    [['backup'], 'a folder with no library', /There is no library/, 2],
    [['restore'], 'no file named', /Name the backup file/, 2],
    [['restore', '/nonexistent/backup.db'], 'a missing backup', /There is no backup at/, 2],
  ])('%j with %s fails with one line', (args, _case, message, exitCode) => {
    const { code, stderr } = briefing([...args, '--library', tempDir('empty')]);
    expect(code).toBe(exitCode);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses to back up a damaged library, exit 3, and leaves it as it was', () => {
    const dir = tempDir('library');
    const file = writeLibrary(dir);
    damage(file, 'garbage pages in the middle');
    const before = sha256File(file);
    const { code, stderr } = briefing(['backup', '--library', dir]);
    expect(code).toBe(3);
    expect(stderr).toMatch(/is damaged/);
    expect(sha256File(file)).toBe(before);
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });
});

describe('briefing check on a damaged library', () => {
  it.each(DAMAGES)('%s: exit code not 0, and nothing changes: same bytes, no -wal or -shm', (how) => {
    const dir = tempDir('library');
    const file = writeLibrary(dir);
    damage(file, how);
    const before = sha256File(file);
    const listing = fs.readdirSync(dir).sort();
    const { code, stdout, stderr } = briefing(['check', '--json', '--library', dir]);
    expect(code).not.toBe(0);
    expect(`${stdout}${stderr}`).toMatch(/malformed|cannot be read|corrupt|integrity|not a database|problems/i);
    expect(sha256File(file)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(listing);
  });
});
