/**
 * Damaged libraries for the tests, made from real ones the way disks and
 * crashes damage files: pages in the middle overwritten with garbage, the
 * file cut short, the header zeroed.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { insertArticle } from '../../electron/library/articles.ts';
import { openLibrary } from '../../electron/library/library.ts';
import { makeArticle } from './articles.ts';
import { tempDir } from './temp.ts';

export type Damage = 'garbage pages in the middle' | 'cut short' | 'zeroed header';
export const DAMAGES: readonly Damage[] = ['garbage pages in the middle', 'cut short', 'zeroed header'];

/** A real, closed library with the sample and enough articles to span many pages. */
export function writeLibrary(dir: string, articles = 40): string {
  const library = openLibrary(dir, { seedSample: true });
  library.transaction((db) => {
    for (let i = 0; i < articles; i++) insertArticle(db, makeArticle({ paragraphs: [`Paragraph ${i} about the harbour. `.repeat(80)] }));
  });
  library.close();
  return path.join(dir, 'library.db');
}

/**
 * The files a writer leaves when it is killed mid-session: the library as it
 * was, and a log (and its index) holding the changes made since.
 */
export function crashedWriter(sourceDir: string, change: (db: Database.Database) => void, into = tempDir('crashed')): string {
  const file = path.join(sourceDir, 'library.db');
  const db = new Database(file);
  db.pragma('wal_autocheckpoint = 0');
  change(db);
  for (const suffix of ['', '-wal', '-shm']) fs.copyFileSync(`${file}${suffix}`, path.join(into, `library.db${suffix}`));
  db.close();
  return into;
}

/** A library of 5 articles, and beside it the log of another library of 30 articles, killed mid-write. */
export function libraryWithForeignLog(dir = tempDir('library')): { dir: string; file: string } {
  const file = writeLibrary(dir, 5);
  const other = tempDir('other');
  writeLibrary(other, 30);
  const crashed = crashedWriter(other, (db) => {
    db.prepare("UPDATE articles SET title = 'Another library' WHERE id > 1").run();
    db.prepare('DELETE FROM articles WHERE id > 20').run();
  });
  fs.copyFileSync(path.join(crashed, 'library.db-wal'), `${file}-wal`);
  return { dir, file };
}

/** Repeatable garbage, so a failing test sees the same bytes again. */
function garbage(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = 0x2545f491;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

export function damage(file: string, how: Damage): void {
  const bytes = fs.readFileSync(file);
  const pageSize = bytes.readUInt16BE(16) === 1 ? 65536 : bytes.readUInt16BE(16);
  if (how === 'garbage pages in the middle') {
    const middle = Math.floor(bytes.length / pageSize / 2) * pageSize;
    garbage(pageSize * 3).copy(bytes, middle);
    fs.writeFileSync(file, bytes);
  } else if (how === 'cut short') {
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / pageSize / 3) * pageSize));
  } else {
    bytes.fill(0, 0, 100);
    fs.writeFileSync(file, bytes);
  }
}
