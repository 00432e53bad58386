/**
 * Tags: names the analyst puts on articles and on highlights. A name is
 * unique in any case ("Grain" and "grain" are one tag). Renaming onto a name
 * that exists is refused with an offer to merge; merging moves every article
 * and highlight to the surviving tag and deletes the other.
 */
import type { TagRef } from '../../shared/model.ts';
import type { DeletedTag, Tag, TaggableKind } from '../../shared/organize.ts';
import { tagNameSchema } from '../../shared/organize.ts';
import { BriefingError } from '../../shared/result.ts';
import type { Db } from './open.ts';

interface TagRow {
  id: number;
  name: string;
  article_count: number;
  highlight_count: number;
  listed_article_count: number;
}

/**
 * The ids of the articles a tag lists when opened (SQL, the tag's id in `tag`): those it is on,
 * and those with a highlight it is on, so a tag used only on highlights still opens their articles.
 */
export function taggedArticlesSql(tag: string): string {
  return `SELECT article_id FROM article_tags WHERE tag_id = ${tag}
    UNION SELECT h.article_id FROM highlight_tags ht JOIN highlights h ON h.id = ht.highlight_id WHERE ht.tag_id = ${tag}`;
}

const TAG_COLUMNS = `t.id, t.name,
  (SELECT count(*) FROM article_tags x WHERE x.tag_id = t.id) AS article_count,
  (SELECT count(*) FROM highlight_tags x WHERE x.tag_id = t.id) AS highlight_count,
  (SELECT count(*) FROM (${taggedArticlesSql('t.id')})) AS listed_article_count`;

/** The link table and its item column for each kind of taggable thing. */
const LINKS: Record<TaggableKind, { table: string; column: string; items: string; noun: string }> = {
  article: { table: 'article_tags', column: 'article_id', items: 'articles', noun: 'article' },
  highlight: { table: 'highlight_tags', column: 'highlight_id', items: 'highlights', noun: 'highlight' },
};

function toTag(row: TagRow): Tag {
  return { id: row.id, name: row.name, articleCount: row.article_count, highlightCount: row.highlight_count, listedArticleCount: row.listed_article_count };
}

/** A name as stored (trimmed, spaces collapsed), or a BriefingError saying what is wrong with it. */
export function normalizeTagName(name: unknown): string {
  const parsed = tagNameSchema.safeParse(name);
  if (!parsed.success) throw new BriefingError('INVALID_ARGUMENTS', parsed.error.issues[0]?.message ?? 'That is not a tag name.');
  return parsed.data;
}

/** Every tag, A to Z, with how many articles and highlights carry it. */
export function listTags(db: Db): Tag[] {
  const rows = db.prepare(`SELECT ${TAG_COLUMNS} FROM tags t ORDER BY t.name COLLATE NOCASE, t.id`).all() as TagRow[];
  return rows.map(toTag);
}

export function getTag(db: Db, id: number): Tag {
  const row = db.prepare(`SELECT ${TAG_COLUMNS} FROM tags t WHERE t.id = ?`).get(id) as TagRow | undefined;
  if (!row) throw new BriefingError('NOT_FOUND', `There is no tag with id ${id}; it may have been merged or deleted.`);
  return toTag(row);
}

function findTagByName(db: Db, name: string): TagRef | null {
  return (db.prepare('SELECT id, name FROM tags WHERE name = ?').get(name) as TagRef | undefined) ?? null;
}

/** The tag with this name (any case), made if there is none. */
export function ensureTag(db: Db, name: string): Tag {
  const wanted = normalizeTagName(name);
  const existing = findTagByName(db, wanted);
  if (existing) return getTag(db, existing.id);
  const { lastInsertRowid } = db.prepare('INSERT INTO tags (name) VALUES (?)').run(wanted);
  return getTag(db, Number(lastInsertRowid));
}

/** Makes a new tag; a name already in use (in any case) is refused. */
export function createTag(db: Db, name: string): Tag {
  const wanted = normalizeTagName(name);
  const existing = findTagByName(db, wanted);
  if (existing) throw new BriefingError('CONFLICT', `There is already a tag named “${existing.name}”.`);
  return ensureTag(db, wanted);
}

/**
 * Renames a tag. Changing only the case is a rename; a name another tag has
 * is refused (CONFLICT) with the words to offer a merge instead.
 */
export function renameTag(db: Db, id: number, name: string): Tag {
  const tag = getTag(db, id);
  const wanted = normalizeTagName(name);
  const other = findTagByName(db, wanted);
  if (other && other.id !== id) {
    throw new BriefingError(
      'CONFLICT',
      `There is already a tag named “${other.name}”. Merge “${tag.name}” into “${other.name}” to make them one tag.`,
    );
  }
  db.prepare('UPDATE tags SET name = ? WHERE id = ?').run(wanted, id);
  return getTag(db, id);
}

/** Moves every article and highlight from `sourceId` to `targetId` and deletes the source; returns the target. */
export function mergeTags(db: Db, sourceId: number, targetId: number): Tag {
  if (sourceId === targetId) throw new BriefingError('INVALID_ARGUMENTS', 'A tag cannot be merged into itself.');
  getTag(db, sourceId);
  getTag(db, targetId);
  for (const { table, column } of Object.values(LINKS)) {
    db.prepare(
      `INSERT INTO ${table} (${column}, tag_id) SELECT ${column}, @targetId FROM ${table} WHERE tag_id = @sourceId
       ON CONFLICT DO NOTHING`,
    ).run({ sourceId, targetId });
  }
  db.prepare('DELETE FROM tags WHERE id = ?').run(sourceId);
  return getTag(db, targetId);
}

/** Deletes the tag; what it was on comes back with it, so that the delete can be undone. */
export function deleteTag(db: Db, id: number): DeletedTag {
  const tag = getTag(db, id);
  const itemsOf = (kind: TaggableKind) => {
    const { table, column } = LINKS[kind];
    return db.prepare(`SELECT ${column} FROM ${table} WHERE tag_id = ? ORDER BY ${column}`).pluck().all(id) as number[];
  };
  const deleted = { name: tag.name, articleIds: itemsOf('article'), highlightIds: itemsOf('highlight') };
  db.prepare('DELETE FROM tags WHERE id = ?').run(id);
  return deleted;
}

/** Undoes `deleteTag`: the tag of that name (made again if need be) on what it was on; items deleted since are left out. */
export function restoreTag(db: Db, deleted: DeletedTag): Tag {
  const tag = ensureTag(db, deleted.name);
  for (const [kind, ids] of [['article', deleted.articleIds], ['highlight', deleted.highlightIds]] as const) {
    const { table, column, items } = LINKS[kind];
    db.prepare(
      `INSERT INTO ${table} (${column}, tag_id) SELECT value, ? FROM json_each(?) WHERE value IN (SELECT id FROM ${items})
       ON CONFLICT DO NOTHING`,
    ).run(tag.id, JSON.stringify(ids));
  }
  return getTag(db, tag.id);
}

function checkItems(db: Db, kind: TaggableKind, ids: readonly number[]): void {
  const { items, noun } = LINKS[kind];
  const found = db.prepare(`SELECT count(*) FROM ${items} WHERE id IN (SELECT value FROM json_each(?))`).pluck().get(JSON.stringify(ids)) as number;
  if (found !== new Set(ids).size) {
    throw new BriefingError('NOT_FOUND', `Some of these ${noun}s are no longer in the library; nothing was tagged.`);
  }
}

/** Puts the tag named `name` (made if new) on every item; items that have it already keep it once. */
export function tagItems(db: Db, kind: TaggableKind, ids: readonly number[], name: string): Tag {
  checkItems(db, kind, ids);
  const tag = ensureTag(db, name);
  const { table, column } = LINKS[kind];
  const link = db.prepare(`INSERT INTO ${table} (${column}, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING`);
  for (const id of ids) link.run(id, tag.id);
  return getTag(db, tag.id);
}

/** Takes the tag off every item; the tag itself stays (the tag manager deletes tags). */
export function untagItems(db: Db, kind: TaggableKind, ids: readonly number[], tagId: number): Tag {
  getTag(db, tagId);
  const { table, column } = LINKS[kind];
  db.prepare(`DELETE FROM ${table} WHERE tag_id = ? AND ${column} IN (SELECT value FROM json_each(?))`).run(tagId, JSON.stringify(ids));
  return getTag(db, tagId);
}

/** The tags on each of the items, A to Z; every id asked for has an entry. */
export function tagsOf(db: Db, kind: TaggableKind, ids: readonly number[]): Map<number, TagRef[]> {
  const { table, column } = LINKS[kind];
  return tagsByItem(db, ids, `SELECT l.${column} AS item, l.tag_id FROM ${table} l WHERE l.${column} IN (SELECT value FROM json_each(@ids))`);
}

/**
 * The tags on each article's highlights that are not on the article itself, A to Z (why a tag
 * lists an article it is not on, see `taggedArticlesSql`); every id asked for has an entry.
 */
export function highlightTagsOf(db: Db, articleIds: readonly number[]): Map<number, TagRef[]> {
  return tagsByItem(
    db,
    articleIds,
    `SELECT DISTINCT h.article_id AS item, ht.tag_id FROM highlights h JOIN highlight_tags ht ON ht.highlight_id = h.id
     WHERE h.article_id IN (SELECT value FROM json_each(@ids))
       AND NOT EXISTS (SELECT 1 FROM article_tags x WHERE x.article_id = h.article_id AND x.tag_id = ht.tag_id)`,
  );
}

/** Groups the tags of `links` (SQL of `item, tag_id` rows for the ids in `@ids`) by item, A to Z, in one query. */
function tagsByItem(db: Db, ids: readonly number[], links: string): Map<number, TagRef[]> {
  const result = new Map<number, TagRef[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return result;
  const rows = db
    .prepare(`SELECT l.item, t.id, t.name FROM (${links}) l JOIN tags t ON t.id = l.tag_id ORDER BY t.name COLLATE NOCASE, t.id`)
    .all({ ids: JSON.stringify(ids) }) as Array<{ item: number; id: number; name: string }>;
  for (const row of rows) result.get(row.item)?.push({ id: row.id, name: row.name });
  return result;
}

/** Links tags again by id (an undone delete), skipping tags that no longer exist. */
export function relinkTags(db: Db, kind: TaggableKind, id: number, tags: readonly TagRef[]): void {
  const { table, column } = LINKS[kind];
  const link = db.prepare(`INSERT INTO ${table} (${column}, tag_id) SELECT ?, id FROM tags WHERE id = ? ON CONFLICT DO NOTHING`);
  for (const tag of tags) link.run(id, tag.id);
}
