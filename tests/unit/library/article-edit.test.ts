/**
 * Correcting an article's details and deleting articles with undo, on real
 * SQLite files: the checks (shared/articles.ts), the library's writes, what a
 * delete says it will touch, and an undo that gives back every row.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { articleDeletionImpact, deleteArticles, restoreDeletedArticles } from '../../../electron/library/article-deletion.ts';
import { updateArticleDetails } from '../../../electron/library/article-details.ts';
import { getArticle, insertArticle } from '../../../electron/library/articles.ts';
import { addToBriefing, createBriefing } from '../../../electron/library/briefings.ts';
import { extractStoredArticle } from '../../../electron/library/entities.ts';
import { createJudgment, listJudgments } from '../../../electron/library/judgments.ts';
import { runChecks, type Library } from '../../../electron/library/library.ts';
import type { Db } from '../../../electron/library/open.ts';
import { search } from '../../../electron/library/search.ts';
import { describeDeletion, readArticleDetails, readPublishedDate, type ArticleDeletionImpact } from '../../../shared/articles.ts';
import { extractArticle } from '../../../shared/tradecraft/extract.ts';
import { annotatedLibrary, NOW } from '../../helpers/annotated-library.ts';
import { makeArticle } from '../../helpers/articles.ts';
import { errorOf } from '../../helpers/errors.ts';
import { dumpLibrary } from '../../helpers/library-dump.ts';

const LATER = '2026-03-11T08:00:00.000Z';

const found = (db: Db, query: string) =>
  search(db, { query, filters: {}, limit: 30, offset: 0 }).hits.map((hit) => `${hit.kind}:${hit.articleId}`);

const eventDates = (db: Db, articleId: number) =>
  db.prepare('SELECT date FROM article_events WHERE article_id = ? ORDER BY start_offset').pluck().all(articleId) as string[];

/** The annotated briefing, plus: its ports article in a second briefing, a key judgment citing one of its highlights, names and dates, a named entity, an earlier capture. */
function richLibrary() {
  const { library, briefingId, articleIds } = annotatedLibrary();
  const [portsId] = articleIds as [number, number, number];
  const db = library.db;
  const inspections = db.prepare("SELECT id FROM highlights WHERE exact = 'moved customs inspections inland'").pluck().get() as number;
  library.transaction((tx) => {
    const other = createBriefing(tx, 'Ports watch', NOW);
    addToBriefing(tx, other.id, articleIds[2]!, NOW);
    addToBriefing(tx, other.id, portsId, NOW);
    createJudgment(tx, { briefingId, text: 'Queues will stay short through the spring.', likelihood: 'likely', confidence: 'moderate', highlightIds: [inspections] }, NOW);
    for (const id of articleIds) extractStoredArticle(tx, id, NOW, extractArticle);
    // A name in the index for the ports article (its text names nobody the extractor knows).
    const entity = Number(tx.prepare("INSERT INTO entities (name, kind, created_at) VALUES ('Port Authority', 'organization', ?)").run(NOW).lastInsertRowid);
    tx.prepare("INSERT INTO entity_mentions (article_id, entity_id, start_offset, end_offset, text) VALUES (?, ?, 4, 18, 'port authority')").run(portsId, entity);
    tx.prepare(
      "INSERT INTO article_captures (article_id, captured_at, content_hash, html, text, replaced_at) VALUES (?, ?, 'earlier', '<p>Earlier copy.</p>', 'Earlier copy.', ?)",
    ).run(portsId, NOW, NOW);
  });
  return { library, briefingId, articleIds, portsId, inspections };
}

const citationStatus = (library: Library, briefingId: number) => listJudgments(library.db, briefingId).flatMap((j) => j.citations.map((c) => c.status));

describe('reading an edit of an article’s details (pure)', () => {
  it.each([
    ['an empty title', { title: '   ' }, 'title', /title cannot be empty/],
    ['a file address', { url: 'file:///etc/passwd' }, 'url', /Only http and https/],
    ['a script address', { url: 'javascript:alert(1)' }, 'url', /Only http and https/],
    ['words for an address', { url: 'the ministry site' }, 'url', /is not a web address/],
    ['30 February', { publishedAt: '2026-02-30' }, 'publishedAt', /not a day of the calendar/],
    ['month 13', { publishedAt: '2026-13-01' }, 'publishedAt', /not a day of the calendar/],
    ['a time past midnight', { publishedAt: '2026-03-02T24:10' }, 'publishedAt', /not a time of day/],
    ['words for a date', { publishedAt: 'last Tuesday' }, 'publishedAt', /write it YYYY-MM-DD/],
    ['a field that cannot be edited', { text: 'new body' }, 'title', /Only the title, byline, site, published date and address/],
    ['a title too long', { title: 'x'.repeat(1001) }, 'title', /at most 1,000 characters/],
  ])('refuses %s, naming the field', (_case, input, field, reason) => {
    const checked = readArticleDetails(input);
    expect(checked).toMatchObject({ ok: false, field });
    if (!checked.ok) expect(checked.reason).toMatch(reason);
  });

  it('reads what an analyst types: one-line title, empty clears, a day or a moment in UTC', () => {
    expect(
      readArticleDetails({
        title: '  Ports clear\n the backlog ',
        byline: '',
        siteName: ' Harbour Gazette ',
        publishedAt: '2026-03-02 14:30+01:00',
        url: ' https://harbour.example/ports?id=4 ',
      }),
    ).toEqual({
      ok: true,
      changes: { title: 'Ports clear the backlog', byline: null, siteName: 'Harbour Gazette', publishedAt: '2026-03-02T13:30:00.000Z', url: 'https://harbour.example/ports?id=4' },
    });
    expect(readPublishedDate('2024-02-29')).toEqual({ ok: true, iso: '2024-02-29T00:00:00.000Z' });
    expect(readArticleDetails({ publishedAt: null, url: '' })).toEqual({ ok: true, changes: { publishedAt: null, url: null } });
    expect(readArticleDetails({})).toEqual({ ok: true, changes: {} });
  });

  it('takes out bidi controls an analyst pastes into a name, so an edit cannot reorder what a reader sees', () => {
    expect(readArticleDetails({ title: 'Invoice \u202Egpj.exe\u202C review', byline: '\u2067Ayşe Demir\u2069', siteName: '\u202E' })).toEqual({
      ok: true,
      changes: { title: 'Invoice gpj.exe review', byline: 'Ayşe Demir', siteName: null },
    });
  });

  it('says what a delete touches, most serious first, and when it touches nothing', () => {
    const impact: ArticleDeletionImpact = {
      articles: [{ id: 1, title: 'Ports clear the backlog' }],
      briefings: [{ id: 1, title: 'Grain corridor: week 10' }, { id: 2, title: 'Ports watch' }],
      highlightCount: 6,
      noteCount: 4,
      judgments: [{ id: 3, briefingId: 1, briefingTitle: 'Grain corridor: week 10', text: 'Queues will stay short.' }],
    };
    expect(describeDeletion(impact)).toEqual([
      'It will leave 2 briefings: “Grain corridor: week 10” and “Ports watch”.',
      '1 key judgment in “Grain corridor: week 10” cites its highlights; those citations will read “Highlight deleted”.',
      '6 highlights and 4 notes go with it.',
    ]);
    expect(describeDeletion({ articles: [{ id: 1, title: 'A' }, { id: 2, title: 'B' }], briefings: [], highlightCount: 0, noteCount: 0, judgments: [] })).toEqual([
      'Nothing else in the library refers to them.',
    ]);
  });
});

describe('correcting an article’s details', () => {
  it('stores the corrected details; search and the duplicate check follow them', () => {
    const { library, portsId } = richLibrary();
    const db = library.db;
    const edited = library.transaction((tx) =>
      updateArticleDetails(
        tx,
        portsId,
        { title: 'Quayside queues shrink', byline: 'Mira Okafor', siteName: 'Harbour Gazette', url: 'https://harbour.example/queues/?utm_source=mail' },
        LATER,
        extractArticle,
      ),
    );
    expect(edited).toMatchObject({ title: 'Quayside queues shrink', byline: 'Mira Okafor', siteName: 'Harbour Gazette', url: 'https://harbour.example/queues/?utm_source=mail' });
    expect(db.prepare('SELECT canonical_url FROM articles WHERE id = ?').pluck().get(portsId)).toBe('https://harbour.example/queues');
    expect(found(db, 'quayside')).toContain(`article:${portsId}`);
    expect(found(db, 'okafor')).toContain(`article:${portsId}`);
    expect(found(db, 'backlog')).not.toContain(`article:${portsId}`);
    expect(runChecks(db).ok).toBe(true);
    expect(db.prepare("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)").run()).toBeTruthy();
  });

  it('reads dates again against the corrected published date', () => {
    const { library } = richLibrary();
    const id = library.transaction((tx) => {
      const article = insertArticle(
        tx,
        makeArticle({ title: 'Ferry talks', publishedAt: '2026-03-04T09:00:00.000Z', paragraphs: ['The operators met yesterday and agreed to add winter crossings.'] }),
      );
      extractStoredArticle(tx, article, NOW, extractArticle);
      return article;
    });
    expect(eventDates(library.db, id)).toEqual(['2026-03-03']);
    library.transaction((tx) => updateArticleDetails(tx, id, { publishedAt: '2025-07-10T00:00:00.000Z' }, LATER, extractArticle));
    expect(eventDates(library.db, id)).toEqual(['2025-07-09']);
  });

  it('refuses an address another article is saved under, and changes nothing', () => {
    const { library, articleIds } = richLibrary();
    const other = getArticle(library.db, articleIds[1]!);
    const before = dumpLibrary(library);
    const error = errorOf(() =>
      library.transaction((tx) => updateArticleDetails(tx, articleIds[0]!, { title: 'New title', url: `${other.url}#top` }, LATER, extractArticle)),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(`“${other.title}” (article ${other.id}) is already saved from this address.`);
    expect(dumpLibrary(library)).toEqual(before);
    expect(errorOf(() => updateArticleDetails(library.db, 404, { title: 'x' }, LATER, extractArticle)).code).toBe('NOT_FOUND');
  });
});

describe('deleting articles', () => {
  it('says first what cites the article: its briefings, highlights, notes and the judgments citing them', () => {
    const { library, portsId, articleIds } = richLibrary();
    expect(articleDeletionImpact(library.db, [portsId])).toEqual({
      articles: [{ id: portsId, title: 'Ports clear the backlog <fast>' }],
      briefings: [
        { id: expect.any(Number), title: 'Grain corridor: week 10' },
        { id: expect.any(Number), title: 'Ports watch' },
      ],
      highlightCount: 4,
      // The article note and three highlight notes.
      noteCount: 4,
      judgments: [{ id: expect.any(Number), briefingId: expect.any(Number), briefingTitle: 'Grain corridor: week 10', text: 'Queues will stay short through the spring.' }],
    });
    expect(articleDeletionImpact(library.db, [articleIds[1]!]).judgments).toEqual([]);
    expect(errorOf(() => articleDeletionImpact(library.db, [portsId, 404])).message).toBe('There is no article with id 404 in this library; nothing was deleted.');
  });

  it('removes everything of the article, keeps search and briefings consistent, and undo restores every row', () => {
    const { library, briefingId, portsId, articleIds } = richLibrary();
    const db = library.db;
    const before = dumpLibrary(library);
    expect(found(db, 'logistics adviser')).toContain(`article:${portsId}`);
    expect(found(db, 'nine days')).toContain(`highlight:${portsId}`);
    expect(citationStatus(library, briefingId)).toEqual(['cited']);

    const { articles, record } = library.transaction((tx) => deleteArticles(tx, [portsId]));
    expect(articles).toEqual([{ id: portsId, title: 'Ports clear the backlog <fast>' }]);
    for (const table of ['highlights', 'notes', 'article_assets', 'article_tags', 'entity_mentions', 'article_events', 'article_captures', 'briefing_items']) {
      expect(db.prepare(`SELECT count(*) FROM ${table} WHERE article_id = ?`).pluck().get(portsId), table).toBe(0);
    }
    expect(found(db, 'logistics adviser')).toEqual([]);
    expect(found(db, 'nine days')).toEqual([]);
    expect(found(db, 'authority')).not.toContain(`note:${portsId}`);
    // The judgment keeps its citation, shown as deleted; the briefings close up.
    expect(citationStatus(library, briefingId)).toEqual(['missing']);
    const positions = db.prepare('SELECT briefing_id, position FROM briefing_items ORDER BY briefing_id, position').all() as Array<{ briefing_id: number; position: number }>;
    expect(positions.map((p) => p.position)).toEqual([0, 1, 0]);
    expect(runChecks(db).ok).toBe(true);
    // The image file stays: files are named by content and never deleted.
    expect(dumpLibrary(library).files).toEqual(before.files);

    const restored = library.transaction((tx) => restoreDeletedArticles(tx, record));
    expect(restored.map((a) => a.id)).toEqual([portsId]);
    expect(dumpLibrary(library)).toEqual(before);
    expect(citationStatus(library, briefingId)).toEqual(['cited']);
    expect(found(db, 'logistics adviser')).toContain(`article:${portsId}`);
    expect(found(db, 'nine days')).toContain(`highlight:${portsId}`);
    for (const fts of ['articles_fts', 'highlights_fts', 'notes_fts']) db.prepare(`INSERT INTO ${fts} (${fts}, rank) VALUES ('integrity-check', 1)`).run();
    expect(articleIds).toContain(portsId);
  });

  it('deletes several at once and brings them all back in their places', () => {
    const { library, articleIds } = richLibrary();
    const before = dumpLibrary(library);
    const { record } = library.transaction((tx) => deleteArticles(tx, [articleIds[2]!, articleIds[0]!]));
    expect(library.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(1);
    library.transaction((tx) => restoreDeletedArticles(tx, record));
    expect(dumpLibrary(library)).toEqual(before);
  });

  it('refuses an unknown id and deletes nothing', () => {
    const { library, portsId } = richLibrary();
    const before = dumpLibrary(library);
    const error = errorOf(() => library.transaction((tx) => deleteArticles(tx, [portsId, 404])));
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'There is no article with id 404 in this library; nothing was deleted.' });
    expect(dumpLibrary(library)).toEqual(before);
  });

  it('refuses an undo that would make a second copy of an article saved again meanwhile', () => {
    const { library, portsId } = richLibrary();
    const ports = getArticle(library.db, portsId);
    const { record } = library.transaction((tx) => deleteArticles(tx, [portsId]));
    library.transaction((tx) =>
      insertArticle(tx, makeArticle({ title: 'Ports again', url: ports.url, canonicalUrl: ports.url, contentHash: createHash('sha256').update('again').digest('hex') })),
    );
    const before = dumpLibrary(library);
    const error = errorOf(() => library.transaction((tx) => restoreDeletedArticles(tx, record)));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/was saved again since it was deleted \(article \d+\)/);
    expect(dumpLibrary(library)).toEqual(before);
  });

  it('leaves out what was deleted meanwhile (a tag, a merged entity) and has the article’s names read again', () => {
    const { library, portsId } = richLibrary();
    const db = library.db;
    const entities = db.prepare('SELECT DISTINCT entity_id FROM entity_mentions WHERE article_id = ? ORDER BY entity_id').pluck().all(portsId) as number[];
    const { record } = library.transaction((tx) => deleteArticles(tx, [portsId]));
    library.transaction((tx) => {
      tx.prepare("DELETE FROM tags WHERE name = 'logistics'").run();
      tx.prepare('DELETE FROM entities WHERE id = ?').run(entities[0]);
    });
    library.transaction((tx) => restoreDeletedArticles(tx, record));
    expect(db.prepare('SELECT count(*) FROM article_tags WHERE article_id = ?').pluck().get(portsId)).toBe(0);
    expect(db.prepare('SELECT count(*) FROM entity_mentions WHERE entity_id = ?').pluck().get(entities[0])).toBe(0);
    expect(db.prepare('SELECT extracted_version FROM articles WHERE id = ?').pluck().get(portsId)).toBeNull();
    expect(runChecks(db).ok).toBe(true);
  });

  it('brings an article back under a new id when its id was handed out meanwhile, with everything on it', () => {
    const { library, portsId, articleIds } = richLibrary();
    const last = articleIds[2]!;
    const { record } = library.transaction((tx) => deleteArticles(tx, [last]));
    const newcomer = library.transaction((tx) => insertArticle(tx, makeArticle({ title: 'Newcomer' })));
    expect(newcomer).toBe(last);
    const [back] = library.transaction((tx) => restoreDeletedArticles(tx, record));
    expect(back!.id).not.toBe(last);
    expect(back!.title).toBe('Pasted field notes');
    expect(library.db.prepare('SELECT count(*) FROM highlights WHERE article_id = ?').pluck().get(back!.id)).toBe(1);
    const places = library.db.prepare('SELECT count(*) FROM briefing_items WHERE article_id = ?').pluck().get(back!.id);
    expect(places).toBe(2);
    expect(runChecks(library.db).ok).toBe(true);
    expect(portsId).not.toBe(back!.id);
  });
});
