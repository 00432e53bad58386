/** Notes on an article: the analyst's own Markdown about the whole piece, one per article. */
import type { ArticleNote } from '../../shared/model.ts';
import { BriefingError } from '../../shared/result.ts';
import type { Db } from './open.ts';

export function getArticleNote(db: Db, articleId: number): ArticleNote | null {
  const row = db
    .prepare('SELECT body, updated_at FROM notes WHERE article_id = ? ORDER BY id LIMIT 1')
    .get(articleId) as { body: string; updated_at: string } | undefined;
  return row ? { articleId, body: row.body, updatedAt: row.updated_at } : null;
}

/** Saves the article's note; an empty note is removed. */
export function saveArticleNote(db: Db, articleId: number, body: string, now: string): ArticleNote | null {
  if (db.prepare('SELECT 1 FROM articles WHERE id = ?').get(articleId) === undefined) {
    throw new BriefingError('NOT_FOUND', `There is no article with id ${articleId} in this library.`);
  }
  const existing = db.prepare('SELECT id FROM notes WHERE article_id = ? ORDER BY id LIMIT 1').pluck().get(articleId) as number | undefined;
  if (body.trim() === '') {
    if (existing !== undefined) db.prepare('DELETE FROM notes WHERE id = ?').run(existing);
    return null;
  }
  if (existing === undefined) {
    db.prepare('INSERT INTO notes (article_id, body, created_at, updated_at) VALUES (?, ?, ?, ?)').run(articleId, body, now, now);
  } else {
    db.prepare('UPDATE notes SET body = ?, updated_at = ? WHERE id = ?').run(body, now, existing);
  }
  return getArticleNote(db, articleId);
}
