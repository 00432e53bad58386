/**
 * "Review the cleaned copy" through the handlers, as the reader calls them:
 * the original paste is kept with the article, the review shows the cleaner's
 * calls, applying puts a left-out line back (the old capture kept, highlights
 * re-anchored), and every refusal says why and changes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { insertArticle } from '../../../electron/library/articles.ts';
import { MIGRATIONS } from '../../../electron/library/migrations.ts';
import { migrate } from '../../../electron/library/open.ts';
import { NO_STORY_LEFT } from '../../../shared/textdump/review.ts';
import { makeArticle } from '../../helpers/articles.ts';
import { useCallingBackend } from '../../helpers/backend.ts';
import { dumpLibrary } from '../../helpers/library-dump.ts';
import { tempDir } from '../../helpers/temp.ts';

const PASTE = fs.readFileSync(path.join(import.meta.dirname, '../../fixtures/textdumps/photo-credit-drops-story.txt'), 'utf8');
const DROPPED = 'The union said the deal raises wages by six percent over two years and limits night shifts.';
const LAST = 'Local businesses that rely on imported parts welcomed the news';

const start = useCallingBackend({ seedSample: true });

async function paste(call: ReturnType<typeof start>['call']): Promise<number> {
  const [outcome] = await call('importBatch', { batchId: 'paste-review', items: [{ kind: 'text', text: PASTE }] });
  if (outcome?.status !== 'saved') throw new Error(`import failed: ${outcome?.error}`);
  return outcome.id!;
}

describe('reviewing a cleaned copy', () => {
  it('shows the paste’s lines with the cleaner’s calls, puts a left-out line back and keeps the highlights and the old capture', async () => {
    const { backend, call } = start();
    const id = await paste(call);
    const before = await call('getArticle', { id });
    expect(before.text).not.toContain(DROPPED);
    const review = (await call('getCleanedCopyReview', { articleId: id }))!;
    expect(review).toMatchObject({ articleId: id, label: 'pasted text', overrides: { putBack: [], leaveOut: [] } });
    expect(review.units.map((unit) => unit.text)).toEqual(PASTE.trim().split('\n'));
    const dropped = review.units.findIndex((unit) => unit.text === DROPPED);
    expect(review.units[dropped]).toMatchObject({ kept: null, rule: 'photo-caption' });

    const lastAt = before.text.indexOf(LAST);
    await call('createHighlight', { articleId: id, start: lastAt, end: lastAt + LAST.length, color: 'yellow' });
    expect(await call('applyCleanedCopyReview', { articleId: id, overrides: { putBack: [dropped], leaveOut: [] } })).toEqual({ articleId: id, textChanged: true });

    const after = await call('getArticle', { id });
    expect(after.text.split('\n\n')[1]).toBe(DROPPED);
    expect(after.html).toContain(`<p>${DROPPED}</p>`);
    const [highlight] = await call('listHighlights', { articleId: id });
    expect(highlight!.anchor).toMatchObject({ status: 'anchored', start: after.text.indexOf(LAST) });
    expect(backend.library.db.prepare('SELECT text FROM article_captures WHERE article_id = ?').pluck().all(id)).toEqual([before.text]);
    // The review opens again as it was left; applying it again changes nothing.
    expect((await call('getCleanedCopyReview', { articleId: id }))!.overrides).toEqual({ putBack: [dropped], leaveOut: [] });
    expect(await call('applyCleanedCopyReview', { articleId: id, overrides: { putBack: [dropped], leaveOut: [] } })).toEqual({ articleId: id, textChanged: false });
  });

  it('has nothing to show for an article that was not cleaned from a copy', async () => {
    const { call } = start();
    expect(await call('getCleanedCopyReview', { articleId: 1 })).toBeNull();
  });

  it('keeps no copy to review when a browser copy was read by its page structure', async () => {
    const { call } = start();
    const copy = (ext: string) => fs.readFileSync(path.join(import.meta.dirname, `../../fixtures/pasted-pages/news-en.clipboard.${ext}`), 'utf8');
    const [outcome] = await call('importBatch', { batchId: 'paste-page', items: [{ kind: 'text', text: copy('txt'), html: copy('html') }] });
    expect(outcome).toMatchObject({ status: 'saved', title: 'Port of Valdmar clears backlog as inland desk opens' });
    expect(await call('getCleanedCopyReview', { articleId: outcome!.id! })).toBeNull();
  });

  it('keeps the original through a delete and its undo', async () => {
    const { call } = start();
    const id = await paste(call);
    const { token } = await call('deleteArticles', { ids: [id] });
    await call('restoreDeletedArticles', { token });
    expect((await call('getCleanedCopyReview', { articleId: id }))?.units).toHaveLength(PASTE.trim().split('\n').length);
  });

  it.each<[string, (id: number) => Record<string, unknown>, string, RegExp | string]>([
    ['an unknown article', () => ({ articleId: 999, overrides: { putBack: [], leaveOut: [] } }), 'NOT_FOUND', 'There is no article with id 999 in this library.'],
    ['an article with no original', () => ({ articleId: 1, overrides: { putBack: [], leaveOut: [] } }), 'INVALID_ARGUMENTS', /was not cleaned from a pasted or saved text copy/],
    ['a line past the end', (id) => ({ articleId: id, overrides: { putBack: [99], leaveOut: [] } }), 'INVALID_ARGUMENTS', 'The pasted copy has 16 lines; there is no line 100. Open the review again.'],
    ['leaving no story', (id) => ({ articleId: id, overrides: { putBack: [], leaveOut: [5, 8, 9, 10, 11] } }), 'INVALID_ARGUMENTS', NO_STORY_LEFT],
    ['a negative index', (id) => ({ articleId: id, overrides: { putBack: [-1], leaveOut: [] } }), 'INVALID_ARGUMENTS', /./],
    ['an index that is not a number', (id) => ({ articleId: id, overrides: { putBack: ['6'], leaveOut: [] } }), 'INVALID_ARGUMENTS', /./],
    ['a missing list', (id) => ({ articleId: id, overrides: { putBack: [6] } }), 'INVALID_ARGUMENTS', /./],
    ['an unknown field', (id) => ({ articleId: id, overrides: { putBack: [], leaveOut: [] }, html: '<p>x</p>' }), 'INVALID_ARGUMENTS', /./],
    ['an id that is not an id', () => ({ articleId: 0, overrides: { putBack: [], leaveOut: [] } }), 'INVALID_ARGUMENTS', /./],
  ])('refuses %s with a sentence, and changes nothing', async (_name, args, code, message) => {
    const { backend, call } = start();
    const id = await paste(call);
    const before = dumpLibrary(backend.library);
    const result = await backend.dispatch('applyCleanedCopyReview', args(id));
    expect(result).toMatchObject({ ok: false, error: { code } });
    if (!result.ok) expect(result.error.message).toMatch(message);
    expect(dumpLibrary(backend.library)).toEqual(before);
  });
});

describe('a library from before originals were kept (migration 11)', () => {
  it('gains the table, and its articles simply have no original', () => {
    const db = new Database(path.join(tempDir('library'), 'library.db'));
    migrate(db, MIGRATIONS.filter((m) => m.version < 11));
    const articleId = insertArticle(db, makeArticle({ paragraphs: ['Dock workers voted on Monday to accept a new pay offer.'] }));
    migrate(db);
    expect(db.prepare('SELECT count(*) FROM article_sources WHERE article_id = ?').pluck().get(articleId)).toBe(0);
    expect(() => db.prepare("INSERT INTO article_sources (article_id, kind, label, text, overrides) VALUES (?, 'html', 'x', 'y', '{}')").run(articleId)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO article_sources (article_id, kind, label, text, overrides) VALUES (?, 'text-copy', 'x', 'y', 'not json')").run(articleId)).toThrow(/CHECK/);
    db.close();
  });
});
