import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { getArticle, insertArticle, listArticles, setReadingStatus } from '../../../electron/library/articles.ts';
import {
  addToBriefing,
  createBriefing,
  getBriefing,
  listBriefings,
  updateBriefing,
} from '../../../electron/library/briefings.ts';
import { checkLibrary, openLibrary } from '../../../electron/library/library.ts';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/library/migrations.ts';
import { libraryFiles, migrate, openDatabase } from '../../../electron/library/open.ts';
import { makeArticle } from '../../helpers/articles.ts';
import { errorOf } from '../../helpers/errors.ts';
import { sha256File, tempDir } from '../../helpers/temp.ts';

const NOW = '2026-11-01T10:00:00.000Z';

describe('opening a library folder', () => {
  it('creates library.db and assets/ with WAL, foreign keys, full sync and a busy timeout', () => {
    const dir = tempDir();
    const library = openLibrary(dir);
    expect(fs.existsSync(path.join(dir, 'library.db'))).toBe(true);
    expect(fs.statSync(path.join(dir, 'assets')).isDirectory()).toBe(true);
    expect(library.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(library.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(library.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(library.db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
    library.close();
  });

  it('records each applied migration once and mirrors the version in user_version', () => {
    const dir = tempDir();
    openLibrary(dir).close();
    const library = openLibrary(dir);
    const applied = library.db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(applied).toEqual(MIGRATIONS.map(({ version, name }) => ({ version, name })));
    expect(library.info().schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(library.created).toBe(false);
    library.close();
  });

  it('rolls back every migration of a run when one of them fails', () => {
    const db = new Database(path.join(tempDir(), 'library.db'));
    const broken = [
      { version: 1, name: 'creates a table', sql: 'CREATE TABLE first_table (id INTEGER PRIMARY KEY);' },
      { version: 2, name: 'fails', sql: 'CREATE TABLE second_table (id INTEGER PRIMARY KEY); SELECT * FROM missing_table;' },
    ];
    expect(() => migrate(db, broken)).toThrow(/missing_table/);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).not.toContain('first_table');
    expect(tables).not.toContain('second_table');
    expect(db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(0);
    db.close();
  });

  it('refuses a library written by a newer version and leaves the file byte for byte as it was', () => {
    const dir = tempDir();
    openLibrary(dir).close();
    const { databasePath } = libraryFiles(dir);
    const future = new Database(databasePath);
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    future.close();
    const before = sha256File(databasePath);

    const error = errorOf(() => openLibrary(dir));
    expect(error.code).toBe('LIBRARY_TOO_NEW');
    expect(error.message).toMatch(/newer version of Briefing Reader/);
    expect(error.message).toMatch(/left untouched/);
    expect(sha256File(databasePath)).toBe(before);
    expect(fs.existsSync(`${databasePath}-wal`)).toBe(false);
  });

  it('refuses a file that is not a database, with a message, and does not touch it', () => {
    const dir = tempDir();
    const { databasePath } = libraryFiles(dir);
    fs.writeFileSync(databasePath, 'these are not the bytes of a SQLite database, just a text file '.repeat(100));
    const before = sha256File(databasePath);
    const error = errorOf(() => openLibrary(dir));
    expect(error.code).toBe('LIBRARY_UNREADABLE');
    expect(error.message).toContain(databasePath);
    expect(sha256File(databasePath)).toBe(before);
  });
});

describe('the sample briefing', () => {
  it('is written on the first run of the app, and never again', () => {
    const dir = tempDir();
    const first = openLibrary(dir, { seedSample: true, now: () => NOW });
    const [sample] = listBriefings(first.db);
    expect(sample).toMatchObject({ title: 'Sample briefing: northern corridor', marking: 'GREEN', articleCount: 2 });
    first.close();
    const again = openLibrary(dir, { seedSample: true });
    expect(listBriefings(again.db)).toHaveLength(1);
    expect(again.info()).toMatchObject({ articleCount: 2, briefingCount: 1 });
    again.close();
  });

  it('is not written when the CLI or a test opens a new library', () => {
    const library = openLibrary(tempDir());
    expect(library.info()).toMatchObject({ articleCount: 0, briefingCount: 0 });
    library.close();
  });
});

describe('briefings and articles', () => {
  it('keeps an article in several briefings, in the order it was added', () => {
    const library = openLibrary(tempDir());
    const { db } = library;
    const first = insertArticle(db, makeArticle({ title: 'Grain exports resume' }));
    const second = insertArticle(db, makeArticle({ title: 'Ferry strike ends' }));
    const weekly = createBriefing(db, 'Weekly', NOW);
    const regional = createBriefing(db, 'Regional', NOW);
    addToBriefing(db, weekly.id, second, NOW);
    addToBriefing(db, weekly.id, first, NOW);
    addToBriefing(db, weekly.id, first, NOW);
    addToBriefing(db, regional.id, first, NOW);

    expect(getBriefing(db, weekly.id).articles.map((a) => a.title)).toEqual(['Ferry strike ends', 'Grain exports resume']);
    expect(getBriefing(db, regional.id).articleCount).toBe(1);
    expect(listArticles(db, { briefingId: weekly.id, offset: 0, limit: 10 }).total).toBe(2);
    library.close();
  });

  it('updates only the fields given and refuses an unknown id', () => {
    const library = openLibrary(tempDir());
    const briefing = createBriefing(library.db, 'Draft', NOW);
    const updated = updateBriefing(library.db, briefing.id, { marking: 'AMBER', author: 'J. Analyst' }, '2026-11-02T00:00:00.000Z');
    expect(updated).toMatchObject({ title: 'Draft', marking: 'AMBER', author: 'J. Analyst', updatedAt: '2026-11-02T00:00:00.000Z' });
    expect(errorOf(() => updateBriefing(library.db, 999, { title: 'x' }, NOW)).code).toBe('NOT_FOUND');
    expect(() => updateBriefing(library.db, briefing.id, { marking: 'PURPLE' as never }, NOW)).toThrow(/CHECK constraint/);
    library.close();
  });

  it('pages articles newest first and filters by reading status', () => {
    const library = openLibrary(tempDir());
    const ids = Array.from({ length: 5 }, () => insertArticle(library.db, makeArticle()));
    setReadingStatus(library.db, ids[0]!, 'read');
    const page = listArticles(library.db, { offset: 1, limit: 2 });
    expect(page.total).toBe(5);
    expect(page.items.map((a) => a.id)).toEqual([ids[3], ids[2]]);
    expect(listArticles(library.db, { status: 'unread', offset: 0, limit: 10 }).total).toBe(4);
    expect(getArticle(library.db, ids[0]!).readingStatus).toBe('read');
    library.close();
  });

  it('refuses a second copy of the same content or canonical URL', () => {
    const library = openLibrary(tempDir());
    const article = makeArticle();
    insertArticle(library.db, article);
    expect(() => insertArticle(library.db, { ...article, canonicalUrl: 'https://other.test/' })).toThrow(/UNIQUE/);
    expect(() => insertArticle(library.db, { ...makeArticle(), canonicalUrl: article.canonicalUrl })).toThrow(/UNIQUE/);
    library.close();
  });

  it('deleting an article takes its highlights, notes and briefing places with it', () => {
    const library = openLibrary(tempDir());
    const { db } = library;
    const articleId = insertArticle(db, makeArticle());
    const briefing = createBriefing(db, 'Weekly', NOW);
    addToBriefing(db, briefing.id, articleId, NOW);
    db.prepare(
      `INSERT INTO highlights (article_id, exact, start_offset, end_offset, color, created_at, updated_at)
       VALUES (?, 'harbour', 0, 7, 'yellow', ?, ?)`,
    ).run(articleId, NOW, NOW);
    db.prepare('INSERT INTO notes (article_id, body, created_at, updated_at) VALUES (?, ?, ?, ?)').run(articleId, 'check', NOW, NOW);
    db.prepare('DELETE FROM articles WHERE id = ?').run(articleId);
    for (const table of ['highlights', 'notes', 'briefing_items']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
    }
    expect(library.check().ok).toBe(true);
    library.close();
  });

  it('runs a service call as one transaction: a failure half-way leaves nothing behind', () => {
    const library = openLibrary(tempDir());
    expect(() =>
      library.transaction((db) => {
        createBriefing(db, 'Half-made', NOW);
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    expect(listBriefings(library.db)).toHaveLength(0);
    library.close();
  });
});

describe('full-text index', () => {
  const match = (db: Database.Database, table: string, query: string): number[] =>
    db.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid`).pluck().all(query) as number[];

  it('follows articles as they are added, edited and deleted', () => {
    const library = openLibrary(tempDir());
    const { db } = library;
    const id = insertArticle(db, makeArticle({ title: 'Erdoğan visits Yeşilada', paragraphs: ['Talks on fisheries.'] }));
    expect(match(db, 'articles_fts', 'erdogan')).toEqual([id]);
    expect(match(db, 'articles_fts', 'yesilada')).toEqual([id]);
    expect(match(db, 'articles_fts', 'fisheries')).toEqual([id]);

    db.prepare('UPDATE articles SET title = ? WHERE id = ?').run('Minister visits the islands', id);
    expect(match(db, 'articles_fts', 'erdogan')).toEqual([]);
    expect(match(db, 'articles_fts', 'islands')).toEqual([id]);

    db.prepare('DELETE FROM articles WHERE id = ?').run(id);
    expect(match(db, 'articles_fts', 'islands')).toEqual([]);
    expect(db.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')").run().changes).toBeGreaterThanOrEqual(0);
    library.close();
  });

  it('follows highlight quotes, highlight notes and notes', () => {
    const library = openLibrary(tempDir());
    const { db } = library;
    const articleId = insertArticle(db, makeArticle());
    const highlightId = Number(
      db
        .prepare(
          `INSERT INTO highlights (article_id, exact, start_offset, end_offset, color, note, created_at, updated_at)
           VALUES (?, 'queues halved', 0, 13, 'yellow', 'verify with port data', ?, ?)`,
        )
        .run(articleId, NOW, NOW).lastInsertRowid,
    );
    const noteId = Number(
      db.prepare('INSERT INTO notes (article_id, body, created_at, updated_at) VALUES (?, ?, ?, ?)').run(articleId, 'Ask the attaché', NOW, NOW)
        .lastInsertRowid,
    );
    expect(match(db, 'highlights_fts', 'halved')).toEqual([highlightId]);
    expect(match(db, 'highlights_fts', 'verify')).toEqual([highlightId]);
    expect(match(db, 'notes_fts', 'attache')).toEqual([noteId]);

    db.prepare('UPDATE highlights SET note = ? WHERE id = ?').run('confirmed', highlightId);
    db.prepare('UPDATE notes SET body = ? WHERE id = ?').run('Done', noteId);
    expect(match(db, 'highlights_fts', 'verify')).toEqual([]);
    expect(match(db, 'highlights_fts', 'confirmed')).toEqual([highlightId]);
    expect(match(db, 'notes_fts', 'attache')).toEqual([]);
    library.close();
  });
});

describe('checking a library', () => {
  it('passes a healthy library without writing to it, even while the app has it open', () => {
    const dir = tempDir();
    const open = openLibrary(dir, { seedSample: true });
    const { databasePath } = libraryFiles(dir);
    expect(checkLibrary(dir)).toEqual({ ok: true, integrityProblems: [], foreignKeyProblems: [] });
    open.close();
    const before = sha256File(databasePath);
    expect(checkLibrary(dir).ok).toBe(true);
    expect(sha256File(databasePath)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(['assets', 'library.db']);
  });

  it('reports rows that point at nothing', () => {
    const dir = tempDir();
    const { db } = openDatabase(dir);
    db.pragma('foreign_keys = OFF');
    db.prepare("INSERT INTO briefing_items (briefing_id, article_id, position, added_at) VALUES (41, 42, 0, 'now')").run();
    db.close();
    const result = checkLibrary(dir);
    expect(result.ok).toBe(false);
    expect(result.foreignKeyProblems).toContain('briefing_items row 1 points at a missing briefings');
  });

  it('says when there is no library at all', () => {
    expect(errorOf(() => checkLibrary(tempDir())).code).toBe('NOT_FOUND');
  });
});
