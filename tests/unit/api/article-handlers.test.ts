/**
 * Correcting and deleting articles through the handlers, as the reader calls
 * them (and the CLI's `briefing article`): clear refusals that change nothing,
 * names and dates read again, an undo that only works for the library it was made in.
 */
import { describe, expect, it, vi } from 'vitest';
import { useCallingBackend } from '../../helpers/backend.ts';
import { briefing } from '../../helpers/cli.ts';
import { dumpLibrary } from '../../helpers/library-dump.ts';
import { openLibrary } from '../../../electron/library/library.ts';
import { tempDir } from '../../helpers/temp.ts';

const start = useCallingBackend({ seedSample: true });

describe('correcting an article in the app', () => {
  it('saves the corrected details, reads names and dates again and tells the windows', async () => {
    const { backend, call } = start();
    const seen = vi.fn();
    backend.events.subscribe(seen);
    const article = await call('updateArticleDetails', {
      id: 1,
      title: 'Corridor ports: queues halve',
      byline: '',
      siteName: 'Corridor Monitor',
      publishedAt: '2026-02-27',
      url: 'https://monitor.example/ports',
    });
    expect(article).toMatchObject({
      title: 'Corridor ports: queues halve',
      byline: null,
      siteName: 'Corridor Monitor',
      publishedAt: '2026-02-27T00:00:00.000Z',
      url: 'https://monitor.example/ports',
    });
    expect(seen).toHaveBeenCalledWith('libraryChanged', { kinds: ['articles', 'entities'] });
    const version = backend.library.db.prepare('SELECT extracted_version FROM articles WHERE id = 1').pluck().get();
    expect(version).toBeGreaterThan(0);
  });

  it.each([
    [{ id: 1, title: ' ' }, 'A title cannot be empty.'],
    [{ id: 1, url: 'ftp://files.example/report' }, 'Only http and https addresses can be imported, not ftp: addresses.'],
    [{ id: 1, publishedAt: '2026-02-29' }, '2026-02-29 is not a day of the calendar; check the month and the day.'],
    [{ id: 1, title: 'Fine', publishedAt: 'soon' }, '“soon” is not a date; write it YYYY-MM-DD, e.g. 2026-03-02.'],
  ])('refuses %j with a sentence, and saves nothing of it', async (args, message) => {
    const { backend } = start();
    const before = dumpLibrary(backend.library);
    expect(await backend.dispatch('updateArticleDetails', args)).toEqual({ ok: false, error: { code: 'INVALID_ARGUMENTS', message } });
    expect(dumpLibrary(backend.library)).toEqual(before);
  });
});

describe('deleting articles in the app', () => {
  it('says what cites them, deletes them, and the token brings them back once', async () => {
    const { backend, call } = start();
    const impact = await call('describeArticleDeletion', { ids: [1, 2] });
    expect(impact.articles.map((a) => a.id)).toEqual([1, 2]);
    expect(impact.briefings.map((b) => b.title)).toEqual(['Sample briefing: northern corridor']);
    const before = dumpLibrary(backend.library);
    const deleted = await call('deleteArticles', { ids: [1, 2] });
    expect(deleted.articles.map((a) => a.id)).toEqual([1, 2]);
    expect((await call('listArticles', {})).total).toBe(0);
    expect((await call('getBriefing', { id: 1 })).articleCount).toBe(0);
    const { articles } = await call('restoreDeletedArticles', { token: deleted.token });
    expect(articles.map((a) => a.id)).toEqual([1, 2]);
    expect(dumpLibrary(backend.library)).toEqual(before);
    expect(await backend.dispatch('restoreDeletedArticles', { token: deleted.token })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'That delete can no longer be undone.' },
    });
  });

  it('refuses an undo after the library was switched', async () => {
    const { backend, call } = start();
    const deleted = await call('deleteArticles', { ids: [1] });
    const other = tempDir('other');
    openLibrary(other, { seedSample: true }).close();
    await call('openLibraryFolder', { path: other });
    const before = dumpLibrary(backend.library);
    const result = await backend.dispatch('restoreDeletedArticles', { token: deleted.token });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/another library/) } });
    expect(dumpLibrary(backend.library)).toEqual(before);
  });
});

describe('briefing article (CLI)', () => {
  function sample(): string {
    const dir = tempDir('library');
    openLibrary(dir, { seedSample: true }).close();
    return dir;
  }

  it('shows an article’s details, and corrects them', () => {
    const dir = sample();
    const shown = briefing(['article', '2', '--library', dir]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^#2 {2}.+\n {2}Byline: .+\n {2}Site: .+\n {2}Published: .+\n {2}Address: /);

    const set = briefing(['article', '2', '--title', 'How to read this briefing', '--byline', '', '--published', '2026-01-15', '--url', 'https://desk.example/how', '--json', '--library', dir]);
    expect(set.code).toBe(0);
    expect(JSON.parse(set.stdout)).toMatchObject({ id: 2, title: 'How to read this briefing', byline: null, publishedAt: '2026-01-15T00:00:00.000Z', url: 'https://desk.example/how' });
    expect(JSON.parse(set.stdout)).not.toHaveProperty('html');
    const library = openLibrary(dir);
    expect(library.db.prepare('SELECT title, byline, canonical_url FROM articles WHERE id = 2').get()).toEqual({
      title: 'How to read this briefing',
      byline: null,
      canonical_url: 'https://desk.example/how',
    });
    library.close();
  });

  it.each([
    [['--title', ''], '--title: A title cannot be empty.'],
    [['--url', 'javascript:alert(1)'], '--url: Only http and https addresses can be imported, not javascript: addresses.'],
    [['--published', '2026-04-31'], '--published: 2026-04-31 is not a day of the calendar; check the month and the day.'],
  ])('refuses %j in one line, exit 2, and changes nothing', (flags, message) => {
    const dir = sample();
    const library = openLibrary(dir);
    const before = dumpLibrary(library);
    library.close();
    const run = briefing(['article', '1', ...flags, '--library', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`briefing: ${message}\n`);
    const after = openLibrary(dir);
    expect(dumpLibrary(after)).toEqual(before);
    after.close();
  });

  it('says when there is no such article', () => {
    const run = briefing(['article', '99', '--title', 'x', '--library', sample()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('briefing: There is no article with id 99 in this library.\n');
  });
});
