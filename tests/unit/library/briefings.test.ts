import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { insertArticle } from '../../../electron/library/articles.ts';
import {
  addArticles,
  createBriefing,
  deleteBriefing,
  duplicateBriefing,
  getBriefing,
  listBriefings,
  moveArticle,
  removeArticles,
  restoreArticles,
  restoreBriefing,
  updateBriefing,
} from '../../../electron/library/briefings.ts';
import { openLibrary, type Library } from '../../../electron/library/library.ts';
import { MIGRATIONS } from '../../../electron/library/migrations.ts';
import { libraryFiles, migrate } from '../../../electron/library/open.ts';
import { articlesToAdd, copyTitle, moveInOrder, readTlpMarking, restorePlaces } from '../../../shared/briefings.ts';
import { makeArticle } from '../../helpers/articles.ts';
import { errorOf } from '../../helpers/errors.ts';
import { tempDir } from '../../helpers/temp.ts';

const NOW = '2026-11-01T10:00:00.000Z';
const LATER = '2026-11-02T09:30:00.000Z';

/** A library with a briefing "Weekly" holding articles A, B, C, D in that order, and E in the library only. */
function weekly(): { library: Library; briefingId: number; ids: Record<'A' | 'B' | 'C' | 'D' | 'E', number>; names: (order: number[]) => string } {
  const library = openLibrary(tempDir());
  const ids = Object.fromEntries(
    (['A', 'B', 'C', 'D', 'E'] as const).map((name) => [name, insertArticle(library.db, makeArticle({ title: name }))]),
  ) as Record<'A' | 'B' | 'C' | 'D' | 'E', number>;
  const briefingId = createBriefing(library.db, 'Weekly', NOW).id;
  addArticles(library.db, briefingId, [ids.A, ids.B, ids.C, ids.D], NOW);
  const byId = new Map(Object.entries(ids).map(([name, id]) => [id, name]));
  return { library, briefingId, ids, names: (order) => order.map((id) => byId.get(id)).join('') };
}

/** The briefing's order as letters, and its positions as stored. */
function stored(library: Library, briefingId: number, names: (order: number[]) => string) {
  const rows = library.db
    .prepare('SELECT article_id, position FROM briefing_items WHERE briefing_id = ? ORDER BY position')
    .all(briefingId) as Array<{ article_id: number; position: number }>;
  return { order: names(rows.map((r) => r.article_id)), positions: rows.map((r) => r.position) };
}

describe('the order of a briefing (pure decisions)', () => {
  it.each([
    ['first to last', [1, 2, 3, 4], 1, 3, [2, 3, 4, 1]],
    ['last to first', [1, 2, 3, 4], 4, 0, [4, 1, 2, 3]],
    ['one down', [1, 2, 3, 4], 2, 2, [1, 3, 2, 4]],
    ['one up', [1, 2, 3, 4], 3, 1, [1, 3, 2, 4]],
    ['to where it is', [1, 2, 3, 4], 3, 2, [1, 2, 3, 4]],
    ['the only article', [7], 7, 0, [7]],
  ])('moves %s', (_case, order, id, index, expected) => {
    expect(moveInOrder(order, id, index)).toEqual({ ok: true, order: expected });
  });

  it.each([
    ['an article not in it', [1, 2, 3], 9, 0, 'NOT_FOUND', /Article 9 is not in this briefing/],
    ['past the end', [1, 2, 3], 1, 3, 'INVALID_ARGUMENTS', /no place 4; choose 1 to 3/],
    ['before the start', [1, 2, 3], 1, -1, 'INVALID_ARGUMENTS', /no place 0/],
    ['to half a place', [1, 2, 3], 1, 1.5, 'INVALID_ARGUMENTS', /no place/],
    ['in an empty briefing', [], 1, 0, 'NOT_FOUND', /not in this briefing/],
  ])('refuses a move of %s', (_case, order, id, index, code, reason) => {
    const moved = moveInOrder(order, id, index);
    expect(moved).toMatchObject({ ok: false, code });
    if (!moved.ok) expect(moved.reason).toMatch(reason);
  });

  it('adds each new article once, in the order given', () => {
    expect(articlesToAdd([1, 2], [3, 2, 4, 3, 1, 5])).toEqual([3, 4, 5]);
  });

  it('puts removed articles back where they were, whatever order the places come in', () => {
    const places = [
      { articleId: 4, position: 3, addedAt: NOW },
      { articleId: 1, position: 0, addedAt: NOW },
      { articleId: 3, position: 2, addedAt: NOW },
    ];
    expect(restorePlaces([2, 5], places)).toEqual([1, 2, 3, 4, 5]);
    expect(restorePlaces([2], [{ articleId: 9, position: 40, addedAt: NOW }])).toEqual([2, 9]);
    expect(restorePlaces([2, 9], [{ articleId: 9, position: 0, addedAt: NOW }])).toEqual([2, 9]);
  });

  it('titles a copy "… (copy)" and keeps it within 300 characters', () => {
    expect(copyTitle('Weekly')).toBe('Weekly (copy)');
    const long = copyTitle('x'.repeat(300));
    expect(long).toHaveLength(300);
    expect(long.endsWith('x (copy)')).toBe(true);
  });

  it.each([
    ['amber', 'AMBER'],
    ['TLP:RED', 'RED'],
    [' tlp: clear ', 'CLEAR'],
    ['amber + strict', 'AMBER+STRICT'],
    ['TLP:AMBER+STRICT', 'AMBER+STRICT'],
    ['WHITE', null],
    ['', null],
    [42, null],
  ])('reads the marking %j as %j', (text, marking) => {
    expect(readTlpMarking(text)).toBe(marking);
  });
});

describe('adding and removing articles', () => {
  it('appends many articles at once, in the order given, without duplicates', () => {
    const { library, briefingId, ids, names } = weekly();
    const { added, briefing } = addArticles(library.db, briefingId, [ids.E, ids.B, ids.E], LATER);
    expect(added).toEqual([ids.E]);
    expect(names(briefing.articles.map((a) => a.id))).toBe('ABCDE');
    expect(briefing.updatedAt).toBe(LATER);
    expect(stored(library, briefingId, names)).toEqual({ order: 'ABCDE', positions: [0, 1, 2, 3, 4] });
    library.close();
  });

  it('keeps an article in several briefings', () => {
    const { library, ids } = weekly();
    const other = createBriefing(library.db, 'Regional', NOW);
    addArticles(library.db, other.id, [ids.C, ids.A], NOW);
    expect(getBriefing(library.db, other.id).articles.map((a) => a.title)).toEqual(['C', 'A']);
    expect(listBriefings(library.db).map((b) => b.articleCount).sort()).toEqual([2, 4]);
    library.close();
  });

  it('refuses articles that are not in the library and adds none of the others', () => {
    const { library, briefingId, ids, names } = weekly();
    const error = errorOf(() => library.transaction((db) => addArticles(db, briefingId, [ids.E, 9999], LATER)));
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'There is no article with id 9999 in this library; nothing was added.' });
    expect(stored(library, briefingId, names).order).toBe('ABCD');
    expect(errorOf(() => addArticles(library.db, 777, [ids.A], LATER)).code).toBe('NOT_FOUND');
    library.close();
  });

  it('removes articles, closes up the order, and undo puts them back exactly', () => {
    const { library, briefingId, ids, names } = weekly();
    const { removed, briefing } = removeArticles(library.db, briefingId, [ids.D, ids.B], LATER);
    expect(removed).toEqual([
      { articleId: ids.B, position: 1, addedAt: NOW },
      { articleId: ids.D, position: 3, addedAt: NOW },
    ]);
    expect(names(briefing.articles.map((a) => a.id))).toBe('AC');
    expect(stored(library, briefingId, names)).toEqual({ order: 'AC', positions: [0, 1] });
    expect(library.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(5);

    const restored = restoreArticles(library.db, briefingId, removed, LATER);
    expect(names(restored.articles.map((a) => a.id))).toBe('ABCD');
    expect(stored(library, briefingId, names)).toEqual({ order: 'ABCD', positions: [0, 1, 2, 3] });
    expect(library.db.prepare('SELECT added_at FROM briefing_items WHERE article_id = ?').pluck().get(ids.B)).toBe(NOW);
    library.close();
  });

  it('refuses to remove an article that is not in the briefing, and removes nothing', () => {
    const { library, briefingId, ids, names } = weekly();
    const error = errorOf(() => library.transaction((db) => removeArticles(db, briefingId, [ids.A, ids.E], LATER)));
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: `Article ${ids.E} is not in the briefing “Weekly”; nothing was removed.` });
    expect(stored(library, briefingId, names).order).toBe('ABCD');
    library.close();
  });

  it('leaves out, when undoing a removal, an article deleted from the library meanwhile', () => {
    const { library, briefingId, ids, names } = weekly();
    const { removed } = removeArticles(library.db, briefingId, [ids.A, ids.C], LATER);
    library.db.prepare('DELETE FROM articles WHERE id = ?').run(ids.A);
    const restored = restoreArticles(library.db, briefingId, removed, LATER);
    expect(names(restored.articles.map((a) => a.id))).toBe('BCD');
    expect(stored(library, briefingId, names).positions).toEqual([0, 1, 2]);
    library.close();
  });
});

describe('reordering a briefing', () => {
  it.each([
    ['A to the end', 'A', 3, 'BCDA'],
    ['D to the top', 'D', 0, 'DABC'],
    ['B down one', 'B', 2, 'ACBD'],
    ['C up one', 'C', 1, 'ACBD'],
    ['B to where it is', 'B', 1, 'ABCD'],
  ] as const)('moves %s, and positions stay 0..n-1', (_case, article, index, expected) => {
    const { library, briefingId, ids, names } = weekly();
    const moved = moveArticle(library.db, briefingId, ids[article], index, LATER);
    expect(names(moved.articles.map((a) => a.id))).toBe(expected);
    expect(stored(library, briefingId, names)).toEqual({ order: expected, positions: [0, 1, 2, 3] });
    library.close();
  });

  it.each([
    ['an article of the library that is not in the briefing', 'E', 0, 'NOT_FOUND', /Article \d+ is not in the briefing “Weekly”/],
    ['an article that does not exist', 9999, 0, 'NOT_FOUND', /Article 9999 is not in the briefing/],
    ['past the last place', 'A', 4, 'INVALID_ARGUMENTS', /no place 5; choose 1 to 4/],
  ] as const)('refuses to move %s and changes nothing', (_case, article, index, code, message) => {
    const { library, briefingId, ids, names } = weekly();
    const before = library.db.prepare('SELECT updated_at FROM briefings WHERE id = ?').pluck().get(briefingId);
    const articleId = typeof article === 'number' ? article : ids[article];
    const error = errorOf(() => library.transaction((db) => moveArticle(db, briefingId, articleId, index, LATER)));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(stored(library, briefingId, names)).toEqual({ order: 'ABCD', positions: [0, 1, 2, 3] });
    expect(library.db.prepare('SELECT updated_at FROM briefings WHERE id = ?').pluck().get(briefingId)).toBe(before);
    library.close();
  });

  it('refuses a move in a briefing that does not exist', () => {
    const { library, ids } = weekly();
    expect(errorOf(() => moveArticle(library.db, 404, ids.A, 0, LATER))).toMatchObject({
      code: 'NOT_FOUND',
      message: 'There is no briefing with id 404 in this library.',
    });
    library.close();
  });

  it('makes gapped positions from older data dense on the next change', () => {
    const { library, briefingId, ids, names } = weekly();
    library.db.prepare('UPDATE briefing_items SET position = position * 10 WHERE briefing_id = ?').run(briefingId);
    moveArticle(library.db, briefingId, ids.D, 1, LATER);
    expect(stored(library, briefingId, names)).toEqual({ order: 'ADBC', positions: [0, 1, 2, 3] });
    library.close();
  });
});

describe('duplicating, deleting and restoring a briefing', () => {
  function marked() {
    const setup = weekly();
    const { library, briefingId } = setup;
    updateBriefing(library.db, briefingId, { author: 'J. Analyst', summary: '- Queues are shorter', marking: 'AMBER+STRICT', date: '2026-03-02' }, NOW);
    library.db
      .prepare('INSERT INTO notes (briefing_id, body, created_at, updated_at) VALUES (?, ?, ?, ?)')
      .run(briefingId, 'Check the spring figures', NOW, NOW);
    return setup;
  }

  it('duplicates fields, articles in order and notes, under "… (copy)"', () => {
    const { library, briefingId, names } = marked();
    const copy = duplicateBriefing(library.db, briefingId, LATER);
    expect(copy).toMatchObject({
      title: 'Weekly (copy)',
      author: 'J. Analyst',
      summary: '- Queues are shorter',
      marking: 'AMBER+STRICT',
      date: '2026-03-02',
      articleCount: 4,
      createdAt: LATER,
    });
    expect(copy.id).not.toBe(briefingId);
    expect(names(copy.articles.map((a) => a.id))).toBe('ABCD');
    expect(stored(library, copy.id, names).positions).toEqual([0, 1, 2, 3]);
    expect(library.db.prepare('SELECT body FROM notes WHERE briefing_id = ?').pluck().all(copy.id)).toEqual(['Check the spring figures']);
    expect(getBriefing(library.db, briefingId).title).toBe('Weekly');
    library.close();
  });

  it('deletes a briefing but not its articles, and restores it exactly, with the same id', () => {
    const { library, briefingId } = marked();
    const before = getBriefing(library.db, briefingId);
    const noteBefore = library.db.prepare('SELECT * FROM notes WHERE briefing_id = ?').all(briefingId);
    const deleted = deleteBriefing(library.db, briefingId);
    expect(deleted.briefing).toMatchObject({ id: briefingId, title: 'Weekly', marking: 'AMBER+STRICT', date: '2026-03-02' });
    expect(deleted.items.map((i) => i.position)).toEqual([0, 1, 2, 3]);
    expect(deleted.notes).toEqual([expect.objectContaining({ body: 'Check the spring figures' })]);
    expect(errorOf(() => getBriefing(library.db, briefingId)).code).toBe('NOT_FOUND');
    expect(library.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(5);
    expect(library.db.prepare('SELECT count(*) FROM briefing_items').pluck().get()).toBe(0);
    expect(library.db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(0);

    const restored = restoreBriefing(library.db, deleted);
    expect(restored).toEqual(before);
    expect(library.db.prepare('SELECT * FROM notes WHERE briefing_id = ?').all(briefingId)).toEqual(noteBefore);
    expect(library.check().ok).toBe(true);
    library.close();
  });

  it('restores under a new id when its id was taken meanwhile, and without articles deleted meanwhile', () => {
    const { library, briefingId, ids, names } = marked();
    const deleted = deleteBriefing(library.db, briefingId);
    const newcomer = createBriefing(library.db, 'Newcomer', LATER);
    expect(newcomer.id).toBe(briefingId);
    library.db.prepare('DELETE FROM articles WHERE id = ?').run(ids.B);
    const restored = restoreBriefing(library.db, deleted);
    expect(restored.id).not.toBe(briefingId);
    expect(restored).toMatchObject({ title: 'Weekly', author: 'J. Analyst', marking: 'AMBER+STRICT' });
    expect(stored(library, restored.id, names)).toEqual({ order: 'ACD', positions: [0, 1, 2] });
    expect(getBriefing(library.db, briefingId).title).toBe('Newcomer');
    library.close();
  });

  it('refuses to delete or duplicate a briefing that does not exist', () => {
    const { library } = weekly();
    expect(errorOf(() => deleteBriefing(library.db, 404)).code).toBe('NOT_FOUND');
    expect(errorOf(() => duplicateBriefing(library.db, 404, NOW)).code).toBe('NOT_FOUND');
    expect(listBriefings(library.db)).toHaveLength(1);
    library.close();
  });
});

describe('the briefing date', () => {
  it('is the day of creation until the analyst sets it', () => {
    const library = openLibrary(tempDir());
    expect(createBriefing(library.db, 'Today', NOW).date).toBe('2026-11-01');
    expect(createBriefing(library.db, 'Dated', NOW, '2026-10-31').date).toBe('2026-10-31');
    const id = createBriefing(library.db, 'Later', NOW).id;
    expect(updateBriefing(library.db, id, { date: '2027-01-15' }, LATER).date).toBe('2027-01-15');
    expect(() => updateBriefing(library.db, id, { date: 'tomorrow' }, LATER)).toThrow(/CHECK constraint/);
    library.close();
  });

  it('is added to a library made before it existed, as each briefing’s creation day', () => {
    const dir = tempDir();
    const { databasePath } = libraryFiles(dir);
    const old = new Database(databasePath);
    migrate(old, MIGRATIONS.filter((m) => m.version === 1));
    old.prepare("INSERT INTO briefings (title, created_at, updated_at) VALUES ('Old', '2025-06-30T23:10:00.000Z', '2025-07-01T00:00:00.000Z')").run();
    old.close();
    const library = openLibrary(dir);
    const [briefing] = listBriefings(library.db);
    expect(getBriefing(library.db, briefing!.id).date).toBe('2025-06-30');
    library.close();
  });
});
