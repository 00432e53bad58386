/**
 * Tradecraft over a real library, through dispatch as the renderer calls it:
 * grading and marking, the entity index (merge, rename, ignore), the
 * timeline, the background backfill and re-fetching a changed page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { insertArticle } from '../../../electron/library/articles.ts';
import { startBackfill } from '../../../electron/library/backfill.ts';
import { openLibrary } from '../../../electron/library/library.ts';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/library/migrations.ts';
import { migrate } from '../../../electron/library/open.ts';
import Database from 'better-sqlite3';
import { makeArticle } from '../../helpers/articles.ts';
import { testBackend, useCallingBackend } from '../../helpers/backend.ts';
import { startSite } from '../../helpers/site.ts';
import { tempDir } from '../../helpers/temp.ts';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/tradecraft');
const stateVisit = fs.readFileSync(path.join(FIXTURES, 'state-visit.txt'), 'utf8').trim().split(/\n\n/);

const start = useCallingBackend({ seedSample: false });

let pasted = 0;
/** Imports pasted text the way a user does, optionally into a briefing. */
async function paste(call: ReturnType<typeof start>['call'], text: string, briefingId?: number): Promise<number> {
  const [outcome] = await call('importBatch', { batchId: `paste-${++pasted}`.padEnd(8, "0"), items: [{ kind: 'text', text }], ...(briefingId ? { briefingId } : {}) });
  if (outcome?.status !== 'saved') throw new Error(`import failed: ${outcome?.error}`);
  return outcome.id!;
}

const visitText = ['Erdoğan visit to Berlin', '', ...stateVisit.flatMap((p) => [p, ''])].join('\n');

describe('source evaluation and handling', () => {
  it('grades a source and a highlight, marks both, and shows them wherever the article is listed', async () => {
    const { call } = start();
    const id = await paste(call, visitText);
    expect((await call('getArticle', { id })).sourceGrade).toBeNull();
    expect(await call('setSourceGrade', { id, grade: 'B' })).toMatchObject({ id, sourceGrade: 'B', marking: 'CLEAR' });
    await call('setArticleMarking', { id, marking: 'AMBER' });
    expect((await call('listArticles', {})).items[0]).toMatchObject({ id, sourceGrade: 'B', marking: 'AMBER' });

    const highlight = await call('createHighlight', { articleId: id, start: 10, end: 40, color: 'yellow' });
    expect(highlight).toMatchObject({ credibility: null, marking: 'CLEAR' });
    await call('setHighlightCredibility', { id: highlight.id, credibility: 2 });
    await call('setHighlightMarking', { id: highlight.id, marking: 'RED' });
    expect((await call('listHighlights', { articleId: id }))[0]).toMatchObject({ credibility: 2, marking: 'RED' });

    await call('setSourceGrade', { id, grade: null });
    expect((await call('getArticle', { id })).sourceGrade).toBeNull();
  });

  it.each([
    ['setSourceGrade', { id: 1, grade: 'G' }],
    ['setSourceGrade', { id: 1, grade: 'b' }],
    ['setHighlightCredibility', { id: 1, credibility: 7 }],
    ['setHighlightCredibility', { id: 1, credibility: 2.5 }],
    ['setArticleMarking', { id: 1, marking: 'WHITE' }],
    ['setHighlightMarking', { id: 1, marking: 'amber' }],
    ['mergeEntities', { id: 1, others: [] }],
    ['renameEntity', { id: 1, name: '   ' }],
    ['replaceArticleText', { id: 1, token: 'not-a-token' }],
  ] as const)('%s refuses %j and changes nothing', async (name, args) => {
    const { backend } = start();
    const result = await backend.dispatch(name, args);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENTS' } });
  });

  it('says which article or highlight is missing', async () => {
    const { backend } = start();
    expect(await backend.dispatch('setSourceGrade', { id: 99, grade: 'A' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'There is no article with id 99 in this library.' },
    });
    expect(await backend.dispatch('setHighlightCredibility', { id: 99, credibility: 1 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'There is no highlight with id 99.' },
    });
  });
});

describe('the entity index', () => {
  it('lists who appears in which articles, library-wide and per briefing, with mentions that point at the passage', async () => {
    const { call } = start();
    const briefing = await call('createBriefing', { title: 'Turkey watch' });
    const inBriefing = await paste(call, visitText, briefing.id);
    await paste(call, 'Harbour notes\n\nOfficials in Istanbul and Oslo met the World Bank on Tuesday to discuss shipping finance for the region, the bank said in a statement.');

    const library = await call('listEntities', {});
    const istanbul = library.find((e) => e.name === 'Istanbul')!;
    expect(istanbul).toMatchObject({ kind: 'place', articleCount: 2, mentionCount: 2 });
    const scoped = await call('listEntities', { briefingId: briefing.id });
    expect(scoped.find((e) => e.name === 'Istanbul')).toMatchObject({ articleCount: 1 });
    expect(scoped.some((e) => e.name === 'Oslo')).toBe(false);
    expect((await call('listEntities', { kind: 'person' })).every((e) => e.kind === 'person')).toBe(true);

    const erdogan = library.find((e) => e.name === 'Recep Tayyip Erdoğan')!;
    expect(erdogan).toMatchObject({ kind: 'person', mentionCount: 3, hiddenInExport: false });
    const detail = await call('getEntity', { id: erdogan.id });
    const article = await call('getArticle', { id: inBriefing });
    for (const mention of detail.mentions) {
      expect(mention.articleId).toBe(inBriefing);
      expect(article.text.slice(mention.start, mention.end)).toBe(mention.text);
      expect(`${mention.before}${mention.text}${mention.after}`.replace(/\s+/g, ' ')).toContain(mention.text);
    }
    expect(detail.mentions.map((m) => m.text)).toEqual(['Recep Tayyip Erdoğan', 'Erdogan', 'Erdoğan']);
    expect(detail.roles).toEqual(['President']);
  });

  it('files a surname in a later article under the full name, and a full name under a surname seen first', async () => {
    const { call } = start();
    await paste(call, 'Kremlin call\n\nRussian President Vladimir Putin spoke with Turkish officials about the grain corridor on Sunday, the Kremlin said.');
    await paste(call, 'Sochi talks\n\nPutin told reporters in Sochi that the talks about the corridor had gone well, and that more would follow.');
    await paste(call, 'Ankara notes\n\nMr Fidan met the ambassadors in Ankara on Monday to discuss the corridor and the shipping insurance rules.');
    await paste(call, 'Ankara follow-up\n\nTurkish Foreign Minister Hakan Fidan said the corridor would reopen within weeks, according to the ministry.');
    const people = await call('listEntities', { kind: 'person' });
    expect(people.map((p) => [p.name, p.articleCount]).sort()).toEqual([
      ['Hakan Fidan', 2],
      ['Vladimir Putin', 2],
    ]);
  });

  it('merges spellings into one entity, keeps them as aliases, and files later articles under it', async () => {
    const { call } = start();
    await paste(call, 'Harbour talks\n\nThe United Nations sent observers to the harbour in Istanbul on Tuesday to watch the loading of grain ships.');
    await paste(call, 'Harbour follow-up\n\nThe UN said on Friday that its observers had counted forty ships leaving the harbour in Istanbul this week.');
    const organizations = await call('listEntities', { kind: 'organization' });
    const full = organizations.find((e) => e.name === 'United Nations')!;
    const short = organizations.find((e) => e.name === 'UN')!;
    const merged = await call('mergeEntities', { id: full.id, others: [short.id] });
    expect(merged).toMatchObject({ id: full.id, mentionCount: 2, aliases: ['UN'] });
    expect((await call('listEntities', { kind: 'organization' })).some((e) => e.id === short.id)).toBe(false);

    await paste(call, 'Later report\n\nThe UN observers returned to the harbour in Istanbul after the talks, aides said, and will report to the council soon.');
    expect(await call('getEntity', { id: full.id })).toMatchObject({ articleCount: 3, mentionCount: 3 });

    const renamed = await call('renameEntity', { id: full.id, name: 'United Nations Organization' });
    expect(renamed).toMatchObject({ name: 'United Nations Organization', aliases: ['UN', 'United Nations'] });
  });

  it('refuses a rename onto another entity’s name, and suggests merging', async () => {
    const { backend, call } = start();
    await paste(call, visitText);
    const places = await call('listEntities', { kind: 'place' });
    const berlin = places.find((e) => e.name === 'Berlin')!;
    expect(await backend.dispatch('renameEntity', { id: berlin.id, name: 'ANKARA' })).toEqual({
      ok: false,
      error: { code: 'INVALID_ARGUMENTS', message: '“ANKARA” is already the entity “Ankara”. Merge the two instead.' },
    });
  });

  it('ignores a name for good: it leaves the index and stays out of later articles', async () => {
    const { call } = start();
    await paste(call, visitText);
    const nato = (await call('listEntities', {})).find((e) => e.name === 'NATO')!;
    await call('ignoreEntity', { id: nato.id });
    await paste(call, 'Alliance notes\n\nNATO ministers met in Brussels to talk about the northern flank and the shipping lanes around the region.');
    expect((await call('listEntities', {})).some((e) => e.name === 'NATO')).toBe(false);
  });
});

describe('the timeline', () => {
  it('lists dated events by date, per briefing, each pointing at its passage', async () => {
    const { call } = start();
    const briefing = await call('createBriefing', { title: 'Turkey watch' });
    const id = await paste(call, visitText, briefing.id);
    await paste(call, 'Other news\n\nThe port authority said in 2011 that the terminal would open, and it finally opened on 4 July 2020 after long delays.');
    const all = await call('listEvents', {});
    const dated = all.filter((e) => e.date !== null).map((e) => e.date);
    expect(dated).toEqual([...dated].sort());
    // Undated events (pasted text has no published date) come after every dated one.
    expect(all.findIndex((e) => e.date === null)).toBe(dated.length);
    expect(all.some((e) => e.expression === 'on 4 July 2020')).toBe(true);

    const scoped = await call('listEvents', { briefingId: briefing.id });
    expect(scoped.every((e) => e.articleId === id)).toBe(true);
    const text = (await call('getArticle', { id })).text;
    for (const event of scoped) expect(text.slice(event.start, event.end)).toBe(event.expression);
    // Pasted text has no published date: relative dates are not guessed from the day it was saved.
    expect(scoped.find((e) => e.expression === 'on Sunday')).toMatchObject({ date: null, precision: 'day', articleDated: false });
    // The Timeline asks for a published date only where there is none.
    expect(all.find((e) => e.expression === 'on 4 July 2020')).toMatchObject({ articleDated: false });
    expect(scoped.find((e) => e.expression === '2014')).toMatchObject({ approximate: false, date: '2014-01-01', precision: 'year' });
  });
});

describe('hiding names and dates from exports', () => {
  it('leaves a hidden entity and a hidden event out of the export, says how many, and keeps them in the app', async () => {
    const { backend, call } = start();
    const briefing = await call('createBriefing', { title: 'Turkey watch' });
    const id = await paste(call, visitText, briefing.id);
    const before = await call('getExportContents', { id: briefing.id });
    expect(before).toMatchObject({ hiddenEntities: 0, hiddenEvents: 0 });
    expect(before.entities).toBeGreaterThan(5);

    const nato = (await call('listEntities', { briefingId: briefing.id })).find((e) => e.name === 'NATO')!;
    expect(await call('setEntityHiddenInExport', { id: nato.id, hidden: true })).toMatchObject({ id: nato.id, hiddenInExport: true });
    const year = (await call('listEvents', { briefingId: briefing.id })).find((e) => e.expression === '2014')!;
    expect(await call('setEventHiddenInExport', { id: year.id, hidden: true })).toMatchObject({ id: year.id, hiddenInExport: true });

    const document = await call('getExportDocument', { id: briefing.id });
    expect(document.entities.some((e) => e.name === 'NATO')).toBe(false);
    expect(document.timeline.some((e) => e.expression === '2014')).toBe(false);
    expect(document.hiddenFromExport).toEqual({ entities: 1, events: 1 });
    expect(await call('getExportContents', { id: briefing.id })).toEqual({
      entities: before.entities - 1,
      hiddenEntities: 1,
      events: before.events - 1,
      hiddenEvents: 1,
      undatedEvents: document.timeline.filter((e) => e.date === null).length,
    });
    // Still in the app's own index and timeline, marked.
    expect((await call('listEntities', {})).find((e) => e.id === nato.id)).toMatchObject({ hiddenInExport: true });
    expect((await call('listEvents', {})).find((e) => e.expression === '2014')).toMatchObject({ hiddenInExport: true });

    // Reading the article again (a newer extractor) keeps the event hidden.
    backend.library.db.prepare('UPDATE articles SET extracted_version = 0 WHERE id = ?').run(id);
    await startBackfill(backend.library, { delayMs: 0 }).done;
    expect((await call('listEvents', {})).find((e) => e.expression === '2014')).toMatchObject({ hiddenInExport: true });

    await call('setEntityHiddenInExport', { id: nato.id, hidden: false });
    expect((await call('getExportDocument', { id: briefing.id })).entities.some((e) => e.name === 'NATO')).toBe(true);
  });

  it.each([
    ['setEntityHiddenInExport', { id: 1, hidden: 'yes' }],
    ['setEventHiddenInExport', { id: 0, hidden: true }],
    ['getExportContents', { id: 'one' }],
  ] as const)('%s refuses %j', async (name, args) => {
    const { backend } = start();
    expect(await backend.dispatch(name, args as never)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENTS' } });
  });

  it('says which event is missing', async () => {
    const { backend } = start();
    expect(await backend.dispatch('setEventHiddenInExport', { id: 99, hidden: true })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'There is no timeline event with id 99.' },
    });
  });
});

describe('a library from before undated events', () => {
  it('keeps its saved events through the upgrade, and the backfill reads them again', () => {
    const file = path.join(tempDir('library'), 'library.db');
    const db = new Database(file);
    migrate(db, MIGRATIONS.filter((m) => m.version <= 6));
    const articleId = insertArticle(db, makeArticle({ paragraphs: ['Angela Merkel visited Oslo on Sunday with officials.'] }));
    db.prepare(
      `INSERT INTO article_events (article_id, start_offset, end_offset, date, precision, approximate, expression, sentence)
       VALUES (?, 0, 5, '2026-06-21', 'day', 1, 'on Sunday', 'Angela Merkel visited Oslo on Sunday with officials.')`,
    ).run(articleId);
    db.prepare('UPDATE articles SET extracted_version = 1 WHERE id = ?').run(articleId);
    migrate(db);
    expect(db.prepare('SELECT date, expression, hidden_in_export FROM article_events').all()).toEqual([
      { date: '2026-06-21', expression: 'on Sunday', hidden_in_export: 0 },
    ]);
    expect(db.prepare('SELECT count(*) FROM articles WHERE extracted_version < 2').pluck().get()).toBe(1);
    db.close();
  });
});

describe('backfill for articles saved before the index', () => {
  it('reads names and dates of older articles in the background, and opening stays untouched', async () => {
    const dir = tempDir('library');
    const library = openLibrary(dir);
    const ids = library.transaction((db) =>
      Array.from({ length: 20 }, () => insertArticle(db, makeArticle({ paragraphs: ['Angela Merkel visited Oslo on 3 March 2021 with officials.'] }))),
    );
    expect(library.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const pending = () => library.db.prepare('SELECT count(*) FROM articles WHERE extracted_version IS NULL').pluck().get();
    expect(pending()).toBe(20);
    let reported = 0;
    const backfill = startBackfill(library, { delayMs: 0, onProgress: (n) => (reported += n) });
    await backfill.done;
    expect(pending()).toBe(0);
    expect(reported).toBe(20);
    const mentions = library.db.prepare('SELECT count(DISTINCT article_id) FROM entity_mentions').pluck().get();
    expect(mentions).toBe(ids.length);
    library.close();
  });
});

describe('backfill while no library is open', () => {
  it('waits quietly on the recovery screen instead of reporting a failure', async () => {
    const dir = tempDir('library');
    fs.writeFileSync(path.join(dir, 'library.db'), 'this is not a database');
    const { backend } = testBackend({ libraryDir: dir, seedSample: false });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(backend.session.status().state).toBe('unavailable');
      const backfill = startBackfill(backend.library, { delayMs: 0 });
      await backfill.done;
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
      await backend.close();
    }
  });
});

describe('re-fetching a saved page', () => {
  const page = (body: string) =>
    `<!doctype html><html lang="en"><head><title>Harbour talks</title></head><body><article><h1>Harbour talks</h1>${body}</article></body></html>`;
  const before =
    '<p>Port officials in Rotterdam said the new terminal will open on 3 March, after months of delay caused by the strike and by supply problems at the yard.</p>' +
    '<p>The operators expect traffic to rise sharply once the cranes arrive from the yard in the north, and the unions have agreed to the new shift patterns.</p>';
  const after =
    '<p>Port officials in Rotterdam said the new terminal will open on 10 April, after months of delay caused by the strike and by supply problems at the yard.</p>' +
    '<p>The unions have agreed to the new shift patterns, and the minister welcomed the deal in a short statement on Friday evening.</p>';

  it('shows what changed, which highlights still anchor, and replaces the text keeping the old capture', async () => {
    let body = before;
    const site = await startSite({ '/harbour': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page(body)) });
    const { backend, call } = start();
    const [saved] = await call('importBatch', { batchId: 'refetch-1', items: [{ kind: 'url', url: site.url('/harbour') }] });
    const id = saved!.id!;
    const original = await call('getArticle', { id });
    const keeps = original.text.indexOf('the unions have agreed');
    const kept = await call('createHighlight', { articleId: id, start: keeps, end: keeps + 'the unions have agreed'.length, color: 'yellow' });
    const loses = original.text.indexOf('cranes arrive from the yard');
    const lost = await call('createHighlight', { articleId: id, start: loses, end: loses + 'cranes arrive from the yard'.length, color: 'blue' });

    const unchanged = await call('refetchArticle', { id });
    expect(unchanged).toMatchObject({ unchanged: true, added: 0, removed: 0 });
    await call('keepSavedVersion', { token: unchanged.token });

    body = after;
    const preview = await call('refetchArticle', { id });
    expect(preview.unchanged).toBe(false);
    expect(preview.changes).toContainEqual({ kind: 'removed', text: expect.stringContaining('3 March') as string });
    expect(preview.changes).toContainEqual({ kind: 'added', text: expect.stringContaining('10 April') as string });
    expect(preview.highlights.find((h) => h.id === lost.id)!.anchor.status).toBe('orphaned');
    expect(preview.highlights.find((h) => h.id === kept.id)!.anchor.status).toBe('anchored');
    expect((await call('getArticle', { id })).text).toBe(original.text);

    await call('replaceArticleText', { id, token: preview.token });
    const replaced = await call('getArticle', { id });
    expect(replaced.text).toContain('10 April');
    expect(replaced.contentHash).not.toBe(original.contentHash);
    const captures = backend.library.db.prepare('SELECT content_hash, text FROM article_captures WHERE article_id = ?').all(id);
    expect(captures).toEqual([{ content_hash: original.contentHash, text: original.text }]);
    const placed = await call('listHighlights', { articleId: id });
    expect(placed.find((h) => h.id === kept.id)!.anchor.status).toBe('anchored');
    expect(placed.find((h) => h.id === lost.id)!.anchor.status).toBe('orphaned');
    expect((await call('listEvents', {})).map((e) => e.expression)).toContain('on 10 April');

    expect(await backend.dispatch('replaceArticleText', { id, token: preview.token })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses an article that was not saved from an address', async () => {
    const { backend, call } = start();
    const id = await paste(call, visitText);
    expect(await backend.dispatch('refetchArticle', { id })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENTS', message: expect.stringMatching(/not saved from a web address/) as string },
    });
  });
});
