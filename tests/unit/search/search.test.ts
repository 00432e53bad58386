import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertArticle, setReadingStatus, type NewArticle } from '../../../electron/library/articles.ts';
import { addToBriefing, createBriefing } from '../../../electron/library/briefings.ts';
import { createHighlight } from '../../../electron/library/highlights.ts';
import { openLibrary, type Library } from '../../../electron/library/library.ts';
import { MIGRATIONS } from '../../../electron/library/migrations.ts';
import { migrate } from '../../../electron/library/open.ts';
import { saveArticleNote } from '../../../electron/library/notes.ts';
import { search } from '../../../electron/library/search.ts';
import { searchRequestSchema, type SearchFilters, type SearchHit } from '../../../shared/search/model.ts';
import { MATCH_END, MATCH_START } from '../../../shared/search/snippet.ts';
import { makeArticle } from '../../helpers/articles.ts';
import { tempDir } from '../../helpers/temp.ts';

const NOW = '2026-11-01T10:00:00.000Z';

const TURKISH_PARAGRAPHS = [
  'The delegation arrived on Monday for talks on grain exports.',
  'Officials said the harbour inspection regime would stay in place.',
  'Later, Erdoğan met the envoy in İstanbul and spoke of Yeşilada and Diyarbakır, while Kılıçdaroğlu stayed away.',
];

function library(): Library {
  return openLibrary(tempDir('search'));
}

function add(lib: Library, article: Partial<NewArticle> & { paragraphs?: string[] }): number {
  return insertArticle(lib.db, makeArticle(article));
}

function find(lib: Library, query: string, filters: SearchFilters = {}, page: { limit?: number; offset?: number } = {}) {
  return search(lib.db, searchRequestSchema.parse({ query, filters, ...page }));
}

/** The matched words of a hit's snippet. */
function marked(hit: SearchHit): string[] {
  return [...hit.snippet.matchAll(new RegExp(`${MATCH_START}([^${MATCH_END}]*)${MATCH_END}`, 'gu'))].map((m) => m[1]!);
}

describe('searching the library', () => {
  it.each([
    ['erdogan', 'Erdoğan'],
    ['Erdoğan', 'Erdoğan'],
    ['ERDOGAN', 'Erdoğan'],
    ['yesilada', 'Yeşilada'],
    ['istanbul', 'İstanbul'],
    ['İSTANBUL', 'İstanbul'],
    ['ıstanbul', 'İstanbul'],
    ['diyarbakir', 'Diyarbakır'],
    ['DIYARBAKIR', 'Diyarbakır'],
    ['kilicdaroglu', 'Kılıçdaroğlu'],
    ['erdo*', 'Erdoğan'],
  ])('"%s" finds %s in the last paragraph and points at it', (query, word) => {
    const lib = library();
    const id = add(lib, { title: 'Talks resume', paragraphs: TURKISH_PARAGRAPHS });
    add(lib, { title: 'Unrelated', paragraphs: ['Nothing about that here.'] });
    const { hits, recent } = find(lib, query);
    expect(recent).toBe(false);
    expect(hits).toHaveLength(1);
    const [hit] = hits;
    expect(hit).toMatchObject({ kind: 'article', articleId: id, title: 'Talks resume' });
    expect(marked(hit!)).toEqual([word]);
    const text = TURKISH_PARAGRAPHS.join('\n\n');
    expect(hit!.offset).toBe(text.indexOf(word));
    expect(hit!.length).toBe(word.length);
    lib.close();
  });

  it('finds letters the tokenizer alone cannot fold: ł, ø, đ', () => {
    const lib = library();
    add(lib, { paragraphs: ['Shipments left Łódź for the Øresund bridge; Đorđe reported.'] });
    for (const query of ['lodz', 'oresund', 'dorde']) expect(find(lib, query).hits).toHaveLength(1);
    lib.close();
  });

  it('ranks a match in the title above the same word in the text', () => {
    const lib = library();
    const inText = add(lib, { title: 'Weekly round-up', paragraphs: ['Among other things, the ceasefire held.'] });
    const inTitle = add(lib, { title: 'Ceasefire holds', paragraphs: ['Both sides kept to the line overnight.'] });
    const byline = add(lib, { title: 'Another round-up', byline: 'Ceasefire Monitoring Desk', paragraphs: ['Quiet night.'] });
    const { hits } = find(lib, 'ceasefire');
    expect(hits.map((hit) => hit.articleId)).toEqual([inTitle, byline, inText]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    expect(hits[1]!.score).toBeGreaterThan(hits[2]!.score);
    // A title match has no place in the text to scroll to.
    expect(hits[0]).toMatchObject({ offset: null });
    expect(marked(hits[0]!)).toEqual(['Ceasefire']);
    lib.close();
  });

  it.each([
    ['"grain exports"', ['phrase']],
    ['exports grain', ['phrase', 'reversed']],
    ['"exports grain"', ['reversed']],
    ['expo*', ['phrase', 'reversed', 'prefix']],
    ['pipeline OR reversed', ['reversed', 'other']],
    ['grain -reversed', ['phrase']],
    ['grain NOT reversed', ['phrase']],
  ])('the syntax %s finds %j', (query, expected) => {
    const lib = library();
    const ids = {
      phrase: add(lib, { title: 'phrase', paragraphs: ['Talks on grain exports resumed.'] }),
      reversed: add(lib, { title: 'reversed', paragraphs: ['The exports grain board met.'] }),
      prefix: add(lib, { title: 'prefix', paragraphs: ['Exporters waited.'] }),
      other: add(lib, { title: 'other', paragraphs: ['A pipeline was closed.'] }),
    };
    const found = find(lib, query).hits.map((hit) => hit.articleId);
    expect(found.sort()).toEqual(expected.map((name) => ids[name as keyof typeof ids]).sort());
    lib.close();
  });

  it.each(['"', 'NEAR(', '*', '^', ':', '(', '-', 'AND OR', 'title:x', '"unbalanced', 'a OR', '{', '\u0000', 'x'.repeat(500)])(
    '%j is read as plain words and never fails',
    (query) => {
      const lib = library();
      add(lib, { paragraphs: ['Some text about title x and near things.'] });
      expect(() => find(lib, query)).not.toThrow();
      lib.close();
    },
  );

  it('reads column filters as words: title:port finds the words, not a column', () => {
    const lib = library();
    const id = add(lib, { title: 'Harbour', paragraphs: ['The title port was renamed.'] });
    add(lib, { title: 'port', paragraphs: ['Nothing else.'] });
    expect(find(lib, 'title:port').hits.map((hit) => hit.articleId)).toEqual([id]);
    lib.close();
  });

  it('shows the most recently saved articles for an empty query', () => {
    const lib = library();
    const older = add(lib, { title: 'Older', savedAt: '2026-03-01T00:00:00.000Z', excerpt: 'The older one.' });
    const newer = add(lib, { title: 'Newer', savedAt: '2026-04-01T00:00:00.000Z' });
    for (const query of ['', '   ', '"', '-only']) {
      const result = find(lib, query);
      expect(result.recent).toBe(true);
      expect(result.hits.map((hit) => hit.articleId)).toEqual([newer, older]);
    }
    expect(find(lib, '').hits[1]).toMatchObject({ snippet: 'The older one.', score: 0, offset: null });
    lib.close();
  });

  it('finds highlights by their quote or note and notes by their text, each pointing at its article', () => {
    const lib = library();
    const id = add(lib, { title: 'Port report', paragraphs: ['The harbour master confirmed the closure.', 'Inspections resume in May.'] });
    const text = 'The harbour master confirmed the closure.\n\nInspections resume in May.';
    const start = text.indexOf('Inspections');
    const highlight = createHighlight(lib.db, { articleId: id, start, end: start + 26, color: 'green', note: 'check the quota' }, NOW);
    saveArticleNote(lib.db, id, 'Ask the envoy about quota changes.', NOW);

    const inQuote = find(lib, 'inspections', { kinds: ['highlight'] }).hits;
    expect(inQuote).toEqual([
      expect.objectContaining({ kind: 'highlight', articleId: id, highlightId: highlight.id, color: 'green', offset: start, title: 'Port report' }),
    ]);
    expect(marked(inQuote[0]!)).toEqual(['Inspections']);

    const quota = find(lib, 'quota').hits;
    expect(quota.map((hit) => hit.kind).sort()).toEqual(['highlight', 'note']);
    const note = quota.find((hit) => hit.kind === 'note')!;
    expect(note).toMatchObject({ articleId: id, offset: null, snippet: `Ask the envoy about ${MATCH_START}quota${MATCH_END} changes.` });
    lib.close();
  });

  it('shows a note found by a word in bold, a link or code as the note reads, with the word still marked', () => {
    const lib = library();
    const id = add(lib, { title: 'Port report', paragraphs: ['The harbour master confirmed the closure until the talks.'] });
    createHighlight(lib.db, { articleId: id, start: 0, end: 18, color: 'yellow', note: 'Closure confirmed on **4 November**, see _the_ `notice`.' }, NOW);
    saveArticleNote(lib.db, id, '## Follow-up\n\nAsk the envoy whether talks resume on **4 November** ([minutes](https://example.test/minutes)).', NOW);

    const hits = find(lib, 'november').hits;
    expect(hits.map((hit) => [hit.kind, hit.snippet.replaceAll(MATCH_START, '[').replaceAll(MATCH_END, ']')]).sort()).toEqual([
      ['highlight', 'Closure confirmed on 4 [November], see the notice.'],
      ['note', 'Follow-up Ask the envoy whether talks resume on 4 [November] (minutes).'],
    ]);
    lib.close();
  });

  it('pages through results with offset and tells when there are more', () => {
    const lib = library();
    for (let i = 0; i < 5; i++) add(lib, { title: `Summit ${i}` });
    const first = find(lib, 'summit', {}, { limit: 2 });
    const rest = find(lib, 'summit', {}, { limit: 10, offset: 2 });
    expect(first.more).toBe(true);
    expect(rest.more).toBe(false);
    expect(new Set([...first.hits, ...rest.hits].map((hit) => hit.articleId)).size).toBe(5);
  });
});

describe('search filters', () => {
  /** Articles that all match "corridor", each different in one way. */
  function filtered() {
    const lib = library();
    const briefing = createBriefing(lib.db, 'Corridor watch', NOW);
    const ids = {
      inBriefing: add(lib, { title: 'in briefing', siteName: 'Harbour Times', savedAt: '2026-02-10T09:00:00.000Z', publishedAt: '2026-02-09T00:00:00.000Z', paragraphs: ['The corridor opened.'] }),
      tagged: add(lib, { title: 'tagged', siteName: 'Other Site', savedAt: '2026-03-10T09:00:00.000Z', publishedAt: '2026-03-01T00:00:00.000Z', paragraphs: ['The corridor closed.'] }),
      annotated: add(lib, { title: 'annotated', siteName: 'Other Site', savedAt: '2026-04-10T09:00:00.000Z', publishedAt: null, paragraphs: ['The corridor was inspected.'] }),
      read: add(lib, { title: 'read', siteName: 'Other Site', savedAt: '2026-05-10T09:00:00.000Z', publishedAt: '2026-05-01T00:00:00.000Z', paragraphs: ['The corridor report.'] }),
    };
    addToBriefing(lib.db, briefing.id, ids.inBriefing, NOW);
    const tag = Number(lib.db.prepare("INSERT INTO tags (name) VALUES ('logistics')").run().lastInsertRowid);
    lib.db.prepare('INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)').run(ids.tagged, tag);
    const highlight = createHighlight(lib.db, { articleId: ids.annotated, start: 4, end: 12, color: 'pink', note: 'Why?' }, NOW);
    createHighlight(lib.db, { articleId: ids.read, start: 4, end: 12, color: 'yellow' }, NOW);
    setReadingStatus(lib.db, ids.read, 'read');
    return { lib, ids, briefing: briefing.id, tag, highlight: highlight.id };
  }

  const articlesFound = (lib: Library, filters: SearchFilters) =>
    find(lib, 'corridor', { kinds: ['article'], ...filters }).hits.map((hit) => hit.title).sort();

  it.each<[string, (f: ReturnType<typeof filtered>) => SearchFilters, string[]]>([
    ['a briefing', (f) => ({ briefingId: f.briefing }), ['in briefing']],
    ['a tag', (f) => ({ tagId: f.tag }), ['tagged']],
    ['a site, whatever its case', () => ({ site: 'harbour times' }), ['in briefing']],
    ['saved from a day', () => ({ savedFrom: '2026-04-10' }), ['annotated', 'read']],
    ['saved up to a day, that day included', () => ({ savedTo: '2026-03-10' }), ['in briefing', 'tagged']],
    ['saved within a range', () => ({ savedFrom: '2026-03-01', savedTo: '2026-04-30' }), ['annotated', 'tagged']],
    ['published within a range', () => ({ publishedFrom: '2026-02-01', publishedTo: '2026-03-01' }), ['in briefing', 'tagged']],
    ['has notes', () => ({ hasNotes: true }), ['annotated']],
    ['unread', () => ({ unread: true }), ['annotated', 'in briefing', 'tagged']],
    ['nothing', () => ({}), ['annotated', 'in briefing', 'read', 'tagged']],
  ])('keeps the articles of %s', (_, filters, expected) => {
    const f = filtered();
    expect(articlesFound(f.lib, filters(f))).toEqual(expected);
    f.lib.close();
  });

  it('keeps only highlights of a colour, and with an empty query the articles that have one', () => {
    const f = filtered();
    const hits = find(f.lib, 'corridor', { color: 'pink' }).hits;
    expect(hits).toEqual([expect.objectContaining({ kind: 'highlight', highlightId: f.highlight, color: 'pink' })]);
    expect(find(f.lib, '', { color: 'yellow' }).hits.map((hit) => hit.title)).toEqual(['read']);
    f.lib.close();
  });

  it('applies filters to highlights and notes through their article', () => {
    const f = filtered();
    saveArticleNote(f.lib.db, f.ids.inBriefing, 'The corridor matters.', NOW);
    saveArticleNote(f.lib.db, f.ids.read, 'The corridor again.', NOW);
    const notes = find(f.lib, 'corridor', { kinds: ['note'], briefingId: f.briefing }).hits;
    expect(notes.map((hit) => hit.articleId)).toEqual([f.ids.inBriefing]);
    expect(find(f.lib, 'corridor', { kinds: ['highlight'], unread: true }).hits.map((hit) => hit.articleId)).toEqual([f.ids.annotated]);
    f.lib.close();
  });

  it('finds a filtered article ranked far below many others', () => {
    const lib = library();
    for (let i = 0; i < 60; i++) add(lib, { title: `Grain ${i}`, paragraphs: ['Grain grain grain.'] });
    const low = add(lib, { title: 'Other', paragraphs: ['A long paragraph that mentions grain once among many other words of no interest at all.'] });
    const briefing = createBriefing(lib.db, 'One', NOW);
    addToBriefing(lib.db, briefing.id, low, NOW);
    expect(find(lib, 'grain', { briefingId: briefing.id }, { limit: 5 }).hits.map((hit) => hit.articleId)).toEqual([low]);
    lib.close();
  });

  it('finds a tagged article or one with notes ranked far below many others', () => {
    const lib = library();
    for (let i = 0; i < 60; i++) add(lib, { title: `Grain ${i}`, paragraphs: ['Grain grain grain.'] });
    const low = add(lib, { title: 'Other', paragraphs: ['A long paragraph that mentions grain once among many other words of no interest at all.'] });
    const lower = add(lib, { title: 'Another', paragraphs: ['An even longer paragraph that mentions grain only once among very many other words of no interest at all to anyone.'] });
    const tag = Number(lib.db.prepare("INSERT INTO tags (name) VALUES ('wheat')").run().lastInsertRowid);
    for (const id of [lower, low]) lib.db.prepare('INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)').run(id, tag);
    saveArticleNote(lib.db, low, 'Worth a follow-up.', NOW);
    expect(find(lib, 'grain', { kinds: ['article'], tagId: tag }, { limit: 5 }).hits.map((hit) => hit.articleId)).toEqual([low, lower]);
    expect(find(lib, 'grain', { kinds: ['article'], hasNotes: true }, { limit: 5 }).hits.map((hit) => hit.articleId)).toEqual([low]);
    lib.close();
  });

  /**
   * 40 articles, one highlight and note each, all about the corridor. The read ones say it twice, so
   * their highlights and notes outrank every unread one: a filter checked after ranking a few pages
   * finds no unread hit there and must look further.
   */
  function corridorLibrary() {
    const lib = library();
    const briefing = createBriefing(lib.db, 'Two of forty', NOW);
    const articles: Array<{ id: number; unread: boolean; inBriefing: boolean; highlight: number; note: number }> = [];
    for (let i = 0; i < 40; i++) {
      const unread = i % 5 === 0;
      const sentence = unread ? 'The corridor stayed open for grain.' : 'The corridor, the corridor again.';
      const id = add(lib, { title: `Report ${i}`, paragraphs: [sentence, 'Nothing else to add.'] });
      if (!unread) setReadingStatus(lib.db, id, 'read');
      const inBriefing = i === 7 || i === 30;
      if (inBriefing) addToBriefing(lib.db, briefing.id, id, NOW);
      const highlight = createHighlight(lib.db, { articleId: id, start: 0, end: sentence.length, color: 'yellow' }, NOW).id;
      saveArticleNote(lib.db, id, unread ? 'A corridor note.' : 'Corridor, corridor.', NOW);
      const note = lib.db.prepare('SELECT id FROM notes WHERE article_id = ?').pluck().get(id) as number;
      articles.push({ id, unread, inBriefing, highlight, note });
    }
    return { lib, briefing: briefing.id, articles };
  }

  it.each<[string, 'highlight' | 'note', (briefing: number) => SearchFilters, (a: ReturnType<typeof corridorLibrary>['articles'][number]) => boolean]>([
    ['highlights of unread articles (a broad filter, outranked)', 'highlight', () => ({ unread: true }), (a) => a.unread],
    ['notes of unread articles (a broad filter, outranked)', 'note', () => ({ unread: true }), (a) => a.unread],
    ['highlights in a briefing of two articles (a narrow filter)', 'highlight', (briefing) => ({ briefingId: briefing }), (a) => a.inBriefing],
    ['notes in a briefing of two articles (a narrow filter)', 'note', (briefing) => ({ briefingId: briefing }), (a) => a.inBriefing],
  ])('finds %s in rank order, the same as filtering every hit', (_, kind, filters, keeps) => {
    const { lib, briefing, articles } = corridorLibrary();
    const idOf = (hit: SearchHit) => (kind === 'highlight' ? hit.highlightId : hit.noteId);
    const wanted = new Set(articles.filter(keeps).map((a) => (kind === 'highlight' ? a.highlight : a.note)));
    const everyHit = find(lib, 'corridor', { kinds: [kind] }, { limit: 100 }).hits.map(idOf);
    const expected = everyHit.filter((id) => wanted.has(id!)).slice(0, 5);
    expect(expected.length).toBeGreaterThan(1);
    const found = find(lib, 'corridor', { kinds: [kind], ...filters(briefing) }, { limit: 5 });
    expect(found.hits.map(idOf)).toEqual(expected);
    expect(found.more).toBe(wanted.size > 5);
    lib.close();
  });

  it('rejects a malformed request with a message', () => {
    expect(searchRequestSchema.safeParse({ query: 'x', filters: { savedFrom: 'yesterday' } }).error?.issues[0]?.message).toMatch(/^A date is written YYYY-MM-DD/);
    expect(searchRequestSchema.safeParse({ query: 'x'.repeat(501) }).success).toBe(false);
  });
});

describe('upgrading a library to folded search', () => {
  it('indexes articles saved before the upgrade, and the library stays consistent', () => {
    const dir = tempDir('upgrade');
    const db = new Database(path.join(dir, 'library.db'));
    migrate(db, MIGRATIONS.filter((m) => m.version === 1));
    insertArticle(db, makeArticle({ title: 'Old article', paragraphs: ['A visit to Diyarbakır.'] }));
    db.close();
    const lib = openLibrary(dir);
    expect(find(lib, 'diyarbakir').hits.map((hit) => hit.title)).toEqual(['Old article']);
    expect(lib.check().ok).toBe(true);
    lib.close();
  });
});
