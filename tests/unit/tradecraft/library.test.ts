/**
 * Tradecraft over a real library, through dispatch as the renderer calls it:
 * grading and marking, the entity index (merge, rename, ignore), the
 * timeline, the background backfill and re-fetching a changed page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../../electron/api/backend.ts';
import { insertArticle } from '../../../electron/library/articles.ts';
import { startBackfill } from '../../../electron/library/backfill.ts';
import { openLibrary } from '../../../electron/library/library.ts';
import { LATEST_SCHEMA_VERSION } from '../../../electron/library/migrations.ts';
import type { CallArgs, CallName, CallValue } from '../../../shared/contract.ts';
import { makeArticle } from '../../helpers/articles.ts';
import { testBackend } from '../../helpers/backend.ts';
import { startSite } from '../../helpers/site.ts';
import { tempDir } from '../../helpers/temp.ts';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/tradecraft');
const stateVisit = fs.readFileSync(path.join(FIXTURES, 'state-visit.txt'), 'utf8').trim().split(/\n\n/);

let current: Backend | undefined;
afterEach(() => current?.close());

function start() {
  const made = testBackend({ seedSample: false });
  current = made.backend;
  async function call<K extends CallName>(name: K, args: CallArgs<K>): Promise<CallValue<K>> {
    const result = await made.backend.dispatch(name, args);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as CallValue<K>;
  }
  return { backend: made.backend, call };
}

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

    const erdogan = library.find((e) => e.name === 'Erdogan')!;
    expect(erdogan).toMatchObject({ kind: 'person', mentionCount: 2 });
    const detail = await call('getEntity', { id: erdogan.id });
    const article = await call('getArticle', { id: inBriefing });
    for (const mention of detail.mentions) {
      expect(mention.articleId).toBe(inBriefing);
      expect(article.text.slice(mention.start, mention.end)).toBe(mention.text);
      expect(`${mention.before}${mention.text}${mention.after}`.replace(/\s+/g, ' ')).toContain(mention.text);
    }
    expect(detail.mentions.map((m) => m.text)).toEqual(['Erdogan', 'Erdoğan']);
  });

  it('merges spellings into one entity, keeps them as aliases, and files later articles under it', async () => {
    const { call } = start();
    await paste(call, visitText);
    const people = await call('listEntities', { kind: 'person' });
    const full = people.find((e) => e.name === 'Recep Tayyip Erdoğan')!;
    const short = people.find((e) => e.name === 'Erdogan')!;
    const merged = await call('mergeEntities', { id: full.id, others: [short.id] });
    expect(merged).toMatchObject({ id: full.id, mentionCount: 3, aliases: ['Erdogan'] });
    expect((await call('listEntities', { kind: 'person' })).some((e) => e.id === short.id)).toBe(false);

    await paste(call, 'Later report\n\nMr Erdoğan returned to Ankara after the talks, aides said, and will address parliament soon about the agreement.');
    expect(await call('getEntity', { id: full.id })).toMatchObject({ articleCount: 2, mentionCount: 4 });

    const renamed = await call('renameEntity', { id: full.id, name: 'Recep Tayyip Erdogan' });
    expect(renamed).toMatchObject({ name: 'Recep Tayyip Erdogan', aliases: ['Erdogan', 'Recep Tayyip Erdoğan'] });
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
    expect(all.map((e) => e.date)).toEqual([...all.map((e) => e.date)].sort());
    expect(all.some((e) => e.expression === 'on 4 July 2020')).toBe(true);

    const scoped = await call('listEvents', { briefingId: briefing.id });
    expect(scoped.every((e) => e.articleId === id)).toBe(true);
    const text = (await call('getArticle', { id })).text;
    for (const event of scoped) expect(text.slice(event.start, event.end)).toBe(event.expression);
    // Pasted text has no published date: relative dates are resolved against the capture and approximate.
    expect(scoped.find((e) => e.expression === 'on Sunday')).toMatchObject({ approximate: true, precision: 'day' });
    expect(scoped.find((e) => e.expression === '2014')).toMatchObject({ approximate: false, date: '2014-01-01', precision: 'year' });
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
