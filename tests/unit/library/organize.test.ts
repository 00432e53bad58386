/**
 * Organizing a library: an analyst tags articles and highlights, renames and
 * merges tags, sorts and filters the list, and gathers evidence from every
 * highlight into a briefing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { insertArticle, listArticles, setReadingStatus, type ArticleQuery } from '../../../electron/library/articles.ts';
import { createBriefing, addToBriefing, getBriefing } from '../../../electron/library/briefings.ts';
import { addHighlightsToBriefing, listAllHighlights } from '../../../electron/library/evidence.ts';
import { createHighlight, deleteHighlight, getHighlight, restoreHighlight, updateHighlight } from '../../../electron/library/highlights.ts';
import { openLibrary, type Library } from '../../../electron/library/library.ts';
import { saveArticleNote } from '../../../electron/library/notes.ts';
import type { Db } from '../../../electron/library/open.ts';
import {
  createTag,
  deleteTag,
  getTag,
  listTags,
  mergeTags,
  renameTag,
  restoreTag,
  tagItems,
  untagItems,
} from '../../../electron/library/tags.ts';
import type { HighlightColor } from '../../../shared/highlights.ts';
import type { HighlightFilters } from '../../../shared/organize.ts';
import { BriefingError } from '../../../shared/result.ts';
import { makeArticle } from '../../helpers/articles.ts';
import { tempDir } from '../../helpers/temp.ts';

const NOW = '2026-11-01T10:00:00.000Z';

let library: Library | undefined;
afterEach(() => library?.close());

function openDb(): Db {
  library = openLibrary(tempDir());
  return library.db;
}

function errorOf(work: () => unknown): BriefingError {
  try {
    work();
  } catch (error) {
    if (error instanceof BriefingError) return error;
    throw error;
  }
  throw new Error('expected a BriefingError');
}

/** A small library: five articles of different sites and dates, some highlighted, one with a note. */
function smallLibrary(db: Db) {
  const add = (title: string, siteName: string | null, savedAt: string, publishedAt: string | null) =>
    insertArticle(db, makeArticle({ title, siteName, savedAt, publishedAt, paragraphs: [`${title}. Officials said the port would reopen soon.`] }));
  const ids = {
    grain: add('Grain exports resume', 'Harbour Times', '2026-03-05T09:00:00.000Z', '2026-03-04T00:00:00.000Z'),
    ferry: add('Ferry strike ends', 'coast news', '2026-03-01T09:00:00.000Z', null),
    budget: add('budget vote delayed', 'Capital Daily', '2026-02-10T09:00:00.000Z', '2026-02-09T00:00:00.000Z'),
    airspace: add('Airspace closed for drills', null, '2026-03-05T09:00:00.000Z', '2026-03-05T00:00:00.000Z'),
    envoy: add('Envoy visits the capital', 'Harbour Times', '2026-01-20T09:00:00.000Z', '2026-01-19T00:00:00.000Z'),
  };
  return ids;
}

function highlight(db: Db, articleId: number, color: HighlightColor, note = '', createdAt = NOW) {
  return createHighlight(db, { articleId, start: 0, end: 5, color, note }, createdAt);
}

describe('tags', () => {
  it.each([
    ['  Grain   corridor ', 'Grain corridor'],
    ['Ports', 'Ports'],
    ['x'.repeat(100), 'x'.repeat(100)],
  ])('creates %j as %j', (name, stored) => {
    const db = openDb();
    expect(createTag(db, name)).toEqual({ id: 1, name: stored, articleCount: 0, highlightCount: 0, listedArticleCount: 0 });
  });

  it.each([
    ['', /needs a name/],
    ['   ', /needs a name/],
    ['x'.repeat(101), /at most 100/],
  ])('refuses the name %j', (name, message) => {
    const db = openDb();
    expect(errorOf(() => createTag(db, name))).toMatchObject({ code: 'INVALID_ARGUMENTS', message: expect.stringMatching(message) });
    expect(listTags(db)).toEqual([]);
  });

  it('treats names that differ only in case as one tag', () => {
    const db = openDb();
    createTag(db, 'Grain');
    expect(errorOf(() => createTag(db, 'GRAIN'))).toMatchObject({ code: 'CONFLICT', message: 'There is already a tag named “Grain”.' });
    const ids = smallLibrary(db);
    const tag = tagItems(db, 'article', [ids.grain], 'grain');
    expect(tag).toMatchObject({ name: 'Grain', articleCount: 1 });
    expect(listTags(db)).toHaveLength(1);
  });

  it('tags many articles and highlights at once, lists counts A to Z, and untags; a tag lists the articles of its highlights too', () => {
    const db = openDb();
    const ids = smallLibrary(db);
    const h1 = highlight(db, ids.grain, 'yellow');
    const h2 = highlight(db, ids.ferry, 'green');
    tagItems(db, 'article', [ids.grain, ids.ferry, ids.grain], 'ports');
    tagItems(db, 'highlight', [h1.id, h2.id], 'Ports');
    tagItems(db, 'article', [ids.budget], 'Budget');
    expect(listTags(db).map(({ name, articleCount, highlightCount }) => [name, articleCount, highlightCount])).toEqual([
      ['Budget', 1, 0],
      ['ports', 2, 2],
    ]);
    expect(getHighlight(db, h1.id).tags).toEqual([{ id: 1, name: 'ports' }]);
    expect(listArticles(db, { offset: 0, limit: 10, tagId: 1 }).items.map((a) => a.tags)).toEqual([
      [{ id: 1, name: 'ports' }],
      [{ id: 1, name: 'ports' }],
    ]);
    // Untagged itself, the ferry article keeps the tag on its highlight: the tag still lists it, and counts it once.
    expect(untagItems(db, 'article', [ids.ferry], 1)).toMatchObject({ articleCount: 1, highlightCount: 2, listedArticleCount: 2 });
    expect(listArticles(db, { offset: 0, limit: 10, tagId: 1 }).items.map((a) => a.title)).toEqual(['Grain exports resume', 'Ferry strike ends']);
  });

  it('shows on each listed article the tags of its highlights, apart from its own and each once', () => {
    const db = openDb();
    const ids = smallLibrary(db);
    const [first, second] = [highlight(db, ids.grain, 'yellow'), highlight(db, ids.grain, 'green')];
    const disputed = tagItems(db, 'highlight', [first.id, second.id], 'Disputed');
    tagItems(db, 'highlight', [first.id], 'Ports');
    const ports = tagItems(db, 'article', [ids.grain], 'Ports');
    // Opened from the highlight-only tag, the row says why it is there; the tag on both shows once, as the article's own.
    expect(listArticles(db, { offset: 0, limit: 10, tagId: disputed.id }).items).toMatchObject([{ id: ids.grain, tags: [{ id: ports.id, name: 'Ports' }], highlightTags: [{ id: disputed.id, name: 'Disputed' }] }]);
    // In the whole list, only that article shows a tag from highlights.
    expect(listArticles(db, { offset: 0, limit: 10 }).items.flatMap((a) => a.highlightTags)).toEqual([{ id: disputed.id, name: 'Disputed' }]);
  });

  it('refuses to tag an article that is not there, and tags nothing', () => {
    const db = openDb();
    const ids = smallLibrary(db);
    expect(errorOf(() => library!.transaction(() => tagItems(db, 'article', [ids.grain, 999], 'Ports')))).toMatchObject({ code: 'NOT_FOUND' });
    expect(listTags(db)).toEqual([]);
  });

  const renames: Array<[string, string, string | RegExp]> = [
    ['a new name', 'Maritime', 'Maritime'],
    ['only its case', 'PORTS', 'PORTS'],
    ['its own name with spaces around', '  Ports ', 'Ports'],
    ['the name of another tag', 'grain', /There is already a tag named “Grain”\. Merge “Ports” into “Grain”/],
  ];
  it.each(renames)('renames a tag to %s', (_, name, expected) => {
    const db = openDb();
    const ports = createTag(db, 'Ports');
    createTag(db, 'Grain');
    if (typeof expected === 'string') {
      expect(renameTag(db, ports.id, name).name).toBe(expected);
    } else {
      expect(errorOf(() => renameTag(db, ports.id, name))).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(expected) });
      expect(getTag(db, ports.id).name).toBe('Ports');
    }
  });

  it('merges one tag into another: every article and highlight moves once, the source is gone', () => {
    const db = openDb();
    const ids = smallLibrary(db);
    const h = highlight(db, ids.grain, 'yellow');
    const harbour = tagItems(db, 'article', [ids.grain, ids.ferry], 'Harbour');
    const ports = tagItems(db, 'article', [ids.grain, ids.envoy], 'Ports');
    tagItems(db, 'highlight', [h.id], 'Harbour');
    const merged = mergeTags(db, harbour.id, ports.id);
    expect(merged).toMatchObject({ id: ports.id, name: 'Ports', articleCount: 3, highlightCount: 1 });
    expect(listTags(db).map((t) => t.name)).toEqual(['Ports']);
    expect(getHighlight(db, h.id).tags).toEqual([{ id: ports.id, name: 'Ports' }]);
    expect(errorOf(() => mergeTags(db, ports.id, ports.id)).code).toBe('INVALID_ARGUMENTS');
    expect(errorOf(() => mergeTags(db, harbour.id, ports.id)).code).toBe('NOT_FOUND');
  });

  it('deletes a tag and leaves its articles and highlights alone', () => {
    const db = openDb();
    const ids = smallLibrary(db);
    const h = highlight(db, ids.grain, 'yellow', 'Keep this');
    const tag = tagItems(db, 'article', [ids.grain], 'Ports');
    tagItems(db, 'highlight', [h.id], 'Ports');
    expect(deleteTag(db, tag.id)).toEqual({ name: 'Ports', articleIds: [ids.grain], highlightIds: [h.id] });
    expect(listTags(db)).toEqual([]);
    expect(getHighlight(db, h.id)).toMatchObject({ note: 'Keep this', tags: [] });
    expect(listArticles(db, { offset: 0, limit: 10 }).total).toBe(5);
  });

  it('undoes a tag delete: the tag goes back on its articles and highlights, leaving out those deleted since', () => {
    const db = openDb();
    const ids = smallLibrary(db);
    const kept = highlight(db, ids.grain, 'yellow');
    const gone = highlight(db, ids.grain, 'green');
    tagItems(db, 'article', [ids.grain, ids.ferry], 'Ports');
    const tag = tagItems(db, 'highlight', [kept.id, gone.id], 'Ports');
    const deleted = deleteTag(db, tag.id);
    deleteHighlight(db, gone.id);
    const back = restoreTag(db, deleted);
    expect(back).toMatchObject({ name: 'Ports', articleCount: 2, highlightCount: 1 });
    expect(getHighlight(db, kept.id).tags).toEqual([{ id: back.id, name: 'Ports' }]);
    // Made again meanwhile (by tagging something else), the undo adds to that tag.
    const again = deleteTag(db, back.id);
    tagItems(db, 'article', [ids.grain], 'ports');
    expect(restoreTag(db, again)).toMatchObject({ name: 'ports', articleCount: 2, highlightCount: 1 });
  });

  it('gives an undone highlight delete its tags back', () => {
    const db = openDb();
    const ids = smallLibrary(db);
    const h = highlight(db, ids.grain, 'yellow');
    tagItems(db, 'highlight', [h.id], 'Ports');
    const deleted = deleteHighlight(db, h.id);
    expect(listTags(db)[0]?.highlightCount).toBe(0);
    expect(restoreHighlight(db, deleted).tags).toEqual([{ id: 1, name: 'Ports' }]);
  });
});

describe('sorting and filtering the article list', () => {
  const titles = (db: Db, query: Partial<ArticleQuery>) => listArticles(db, { offset: 0, limit: 50, ...query }).items.map((a) => a.title);

  it.each<[string, Partial<ArticleQuery>, string[]]>([
    ['saved, newest first (ties by id)', {}, ['Airspace closed for drills', 'Grain exports resume', 'Ferry strike ends', 'budget vote delayed', 'Envoy visits the capital']],
    ['saved, oldest first', { sort: 'saved', direction: 'asc' }, ['Envoy visits the capital', 'budget vote delayed', 'Ferry strike ends', 'Grain exports resume', 'Airspace closed for drills']],
    ['published, newest first, undated last', { sort: 'published' }, ['Airspace closed for drills', 'Grain exports resume', 'budget vote delayed', 'Envoy visits the capital', 'Ferry strike ends']],
    ['title A to Z in any case', { sort: 'title' }, ['Airspace closed for drills', 'budget vote delayed', 'Envoy visits the capital', 'Ferry strike ends', 'Grain exports resume']],
    ['title Z to A', { sort: 'title', direction: 'desc' }, ['Grain exports resume', 'Ferry strike ends', 'Envoy visits the capital', 'budget vote delayed', 'Airspace closed for drills']],
    ['site A to Z, no site last, newest first within a site', { sort: 'site' }, ['budget vote delayed', 'Ferry strike ends', 'Grain exports resume', 'Envoy visits the capital', 'Airspace closed for drills']],
  ])('sorts by %s', (_, query, expected) => {
    const db = openDb();
    smallLibrary(db);
    expect(titles(db, query)).toEqual(expected);
  });

  it.each<[string, (ids: ReturnType<typeof smallLibrary>, db: Db) => Partial<ArticleQuery>, string[]]>([
    ['site, in any case', () => ({ site: 'harbour times' }), ['Grain exports resume', 'Envoy visits the capital']],
    ['saved from a day', () => ({ savedFrom: '2026-03-01' }), ['Airspace closed for drills', 'Grain exports resume', 'Ferry strike ends']],
    ['saved up to a day, that day included', () => ({ savedTo: '2026-03-01' }), ['Ferry strike ends', 'budget vote delayed', 'Envoy visits the capital']],
    ['published within a range', () => ({ publishedFrom: '2026-02-01', publishedTo: '2026-03-04' }), ['Grain exports resume', 'budget vote delayed']],
    ['a highlight colour', () => ({ highlightColor: 'blue' }), ['Ferry strike ends']],
    ['has notes (article or highlight)', () => ({ hasNotes: true }), ['Grain exports resume', 'Ferry strike ends']],
    ['has no notes', () => ({ hasNotes: false }), ['Airspace closed for drills', 'budget vote delayed', 'Envoy visits the capital']],
    ['unread', () => ({ status: 'unread' }), ['Airspace closed for drills', 'Ferry strike ends', 'budget vote delayed', 'Envoy visits the capital']],
    ['read', () => ({ status: 'read' }), ['Grain exports resume']],
    ['a tag', (ids, db) => ({ tagId: tagItems(db, 'article', [ids.budget, ids.envoy], 'Politics').id }), ['budget vote delayed', 'Envoy visits the capital']],
    ['a briefing, sorted by title', (ids, db) => {
      const briefing = createBriefing(db, 'Weekly', NOW);
      addToBriefing(db, briefing.id, ids.grain, NOW);
      addToBriefing(db, briefing.id, ids.airspace, NOW);
      return { briefingId: briefing.id, sort: 'title' };
    }, ['Airspace closed for drills', 'Grain exports resume']],
    ['several at once', () => ({ site: 'Harbour Times', status: 'unread' }), ['Envoy visits the capital']],
  ])('filters by %s', (_, makeQuery, expected) => {
    const db = openDb();
    const ids = smallLibrary(db);
    setReadingStatus(db, ids.grain, 'read');
    highlight(db, ids.grain, 'yellow', 'Matches the port authority figures');
    highlight(db, ids.ferry, 'blue');
    saveArticleNote(db, ids.ferry, 'Check with the union', NOW);
    const query = makeQuery(ids, db);
    expect(titles(db, query)).toEqual(expected);
    expect(listArticles(db, { offset: 0, limit: 1, ...query }).total).toBe(expected.length);
  });

  it('keeps briefing order in a briefing without a sort', () => {
    const db = openDb();
    const ids = smallLibrary(db);
    const briefing = createBriefing(db, 'Weekly', NOW);
    for (const id of [ids.envoy, ids.grain, ids.budget]) addToBriefing(db, briefing.id, id, NOW);
    expect(titles(db, { briefingId: briefing.id })).toEqual(['Envoy visits the capital', 'Grain exports resume', 'budget vote delayed']);
  });

  it('pages through equal dates without repeating or skipping an article', () => {
    const db = openDb();
    for (let i = 0; i < 25; i++) insertArticle(db, makeArticle({ savedAt: NOW, title: `Same minute ${i}` }));
    const seen = [0, 10, 20].flatMap((offset) => listArticles(db, { offset, limit: 10 }).items.map((a) => a.id));
    expect(new Set(seen).size).toBe(25);
  });
});

describe('the evidence locker', () => {
  function lockerLibrary(db: Db) {
    const ids = smallLibrary(db);
    const h = {
      old: highlight(db, ids.grain, 'yellow', 'Port **authority** figures', '2026-03-01T00:00:00.000Z'),
      blue: highlight(db, ids.ferry, 'blue', '', '2026-03-02T00:00:00.000Z'),
      newest: highlight(db, ids.envoy, 'yellow', '100% certain', '2026-03-03T00:00:00.000Z'),
    };
    return { ids, h };
  }

  it('lists every highlight newest first, with its article', () => {
    const db = openDb();
    const { h } = lockerLibrary(db);
    const page = listAllHighlights(db, { offset: 0, limit: 10 });
    expect(page.total).toBe(3);
    expect(page.items.map((item) => item.highlight.id)).toEqual([h.newest.id, h.blue.id, h.old.id]);
    expect(page.items[0]).toMatchObject({
      highlight: { color: 'yellow', note: '100% certain', quote: { exact: 'Envoy' } },
      article: { title: 'Envoy visits the capital', siteName: 'Harbour Times', publishedAt: '2026-01-19T00:00:00.000Z' },
    });
  });

  it.each<[string, (setup: ReturnType<typeof lockerLibrary>, db: Db) => HighlightFilters, Array<keyof ReturnType<typeof lockerLibrary>['h']>]>([
    ['colour', () => ({ color: 'yellow' }), ['newest', 'old']],
    ['site', () => ({ site: 'coast NEWS' }), ['blue']],
    ['text in the note', () => ({ text: 'AUTHORITY' }), ['old']],
    ['text in the quote', () => ({ text: 'ferry' }), ['blue']],
    ['a % taken literally', () => ({ text: '100%' }), ['newest']],
    ['tag', ({ h }, db) => ({ tagId: tagItems(db, 'highlight', [h.blue.id, h.old.id], 'Disputed').id }), ['blue', 'old']],
    ['briefing', ({ ids }, db) => {
      const briefing = createBriefing(db, 'Weekly', NOW);
      addToBriefing(db, briefing.id, ids.envoy, NOW);
      return { briefingId: briefing.id };
    }, ['newest']],
  ])('filters by %s', (_, makeFilters, expected) => {
    const db = openDb();
    const setup = lockerLibrary(db);
    const filters = makeFilters(setup, db);
    const page = listAllHighlights(db, { offset: 0, limit: 10, ...filters });
    expect(page.items.map((item) => item.highlight.id)).toEqual(expected.map((name) => setup.h[name].id));
    expect(page.total).toBe(expected.length);
  });

  it('adds the articles of chosen highlights to a briefing, each once', () => {
    const db = openDb();
    const { ids, h } = lockerLibrary(db);
    const second = highlight(db, ids.grain, 'green');
    updateHighlight(db, second.id, { note: 'Same article' }, NOW);
    const briefing = createBriefing(db, 'Weekly', NOW);
    addToBriefing(db, briefing.id, ids.envoy, NOW);
    expect(addHighlightsToBriefing(db, briefing.id, [h.blue.id, h.old.id, second.id, h.newest.id], NOW)).toEqual({ added: 2, articles: 3 });
    expect(getBriefing(db, briefing.id).articles.map((a) => a.title)).toEqual(['Envoy visits the capital', 'Ferry strike ends', 'Grain exports resume']);
    expect(errorOf(() => addHighlightsToBriefing(db, briefing.id, [999], NOW)).code).toBe('NOT_FOUND');
    expect(errorOf(() => addHighlightsToBriefing(db, 999, [h.old.id], NOW)).code).toBe('NOT_FOUND');
  });
});
