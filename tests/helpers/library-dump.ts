/**
 * Libraries as plain data, for comparing two of them field by field, or one
 * before and after something that must not change it. Written with SQL of
 * its own, so a test does not check the exporter with the exporter.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Library } from '../../electron/library/library.ts';

/** A briefing with everything on it, without row ids (they differ between libraries). */
export function briefingSnapshot(library: Library, briefingId: number) {
  const db = library.db;
  const briefing = db.prepare('SELECT title, author, summary, marking, created_at, updated_at FROM briefings WHERE id = ?').get(briefingId);
  const briefingNotes = db.prepare('SELECT body, created_at, updated_at FROM notes WHERE briefing_id = ? ORDER BY id').all(briefingId);
  const items = db
    .prepare('SELECT article_id, position, added_at FROM briefing_items WHERE briefing_id = ? ORDER BY position')
    .all(briefingId) as Array<{ article_id: number; position: number; added_at: string }>;
  const articles = items.map((item, order) => {
    // Which name-and-date extraction an article has had is each library's own bookkeeping, not the article.
    const { id: _id, extracted_version: _extracted, ...article } = db.prepare('SELECT * FROM articles WHERE id = ?').get(item.article_id) as Record<string, unknown>;
    return {
      order,
      addedAt: item.added_at,
      article,
      assets: (db.prepare('SELECT sha256, mime, bytes, source_url FROM article_assets WHERE article_id = ? ORDER BY sha256').all(item.article_id) as Array<{ sha256: string; mime: string }>).map(
        (asset) => ({ ...asset, fileSha256: fileHash(path.join(library.files.assetsDir, `${asset.sha256}.${asset.mime.split('/')[1] === 'jpeg' ? 'jpg' : asset.mime.split('/')[1]}`)) }),
      ),
      highlights: (
        db.prepare('SELECT * FROM highlights WHERE article_id = ? ORDER BY start_offset, created_at, color').all(item.article_id) as Array<Record<string, unknown>>
      ).map(({ id, article_id: _article, ...highlight }) => ({
        ...highlight,
        tags: db.prepare('SELECT t.name FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id WHERE ht.highlight_id = ? ORDER BY t.name').pluck().all(id),
      })),
      notes: db.prepare('SELECT body, created_at, updated_at FROM notes WHERE article_id = ? ORDER BY id').all(item.article_id),
      tags: db.prepare('SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = ? ORDER BY t.name').pluck().all(item.article_id),
    };
  });
  return { briefing, briefingNotes, articles };
}

function fileHash(file: string): string | null {
  return fs.existsSync(file) ? createHash('sha256').update(fs.readFileSync(file)).digest('hex') : null;
}

/** Every row of every table, and every file in the assets folder: to prove nothing changed. */
export function dumpLibrary(library: Library) {
  const tables = library.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const rows = Object.fromEntries(tables.map((table) => [table, library.db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()]));
  const files = fs
    .readdirSync(library.files.assetsDir)
    .sort()
    .map((name) => [name, fileHash(path.join(library.files.assetsDir, name))]);
  return { rows, files };
}
