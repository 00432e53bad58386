/**
 * The app's search runs the kinds in parallel on worker threads: it must find
 * exactly what the one-thread search finds, follow the library through a
 * restore or a switch, and let go of the file when asked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/api/backend.ts';
import { insertArticle } from '../../../electron/library/articles.ts';
import { createHighlight } from '../../../electron/library/highlights.ts';
import { openLibrary, type Library } from '../../../electron/library/library.ts';
import { saveArticleNote } from '../../../electron/library/notes.ts';
import { describe as describeHits, search } from '../../../electron/library/search.ts';
import { createSearchPool, type SearchPool } from '../../../electron/library/search-pool.ts';
import { searchRequestSchema, type SearchFilters } from '../../../shared/search/model.ts';
import { makeArticle } from '../../helpers/articles.ts';
import { testBackend } from '../../helpers/backend.ts';
import { tempDir } from '../../helpers/temp.ts';

const NOW = '2026-11-01T10:00:00.000Z';

let pool: SearchPool | undefined;
let backend: Backend | undefined;
afterEach(async () => {
  await pool?.close();
  await backend?.close();
  pool = undefined;
  backend = undefined;
});

/** A library where each word is in articles, highlights and notes, in differing amounts. */
function annotatedLibrary(): Library {
  const library = openLibrary(tempDir('search-pool'));
  const sentences = [
    'The ceasefire held along the grain corridor overnight.',
    'Inspectors reported that the pipeline was closed for inspection.',
    'Talks on the ceasefire resumed in Ankara, officials said.',
    'The harbour authority published new rules for the corridor.',
  ];
  for (let i = 0; i < 24; i++) {
    const paragraphs = [sentences[i % 4]!, sentences[(i + 1) % 4]!, `Article ${i} closes with a note on shipping.`];
    const id = insertArticle(
      library.db,
      makeArticle({
        title: i % 5 === 0 ? `Ceasefire report ${i}` : `Weekly round-up ${i}`,
        siteName: `Site ${i % 3}`,
        savedAt: `2026-10-${String(1 + i).padStart(2, '0')}T09:00:00.000Z`,
        paragraphs,
      }),
    );
    createHighlight(
      library.db,
      { articleId: id, start: 0, end: paragraphs[0]!.length, color: i % 2 === 0 ? 'yellow' : 'green', note: i % 3 === 0 ? 'Check the ceasefire dates.' : '' },
      NOW,
    );
    if (i % 4 === 0) saveArticleNote(library.db, id, `Corridor traffic note ${i}.`, NOW);
  }
  return library;
}

const REQUESTS: ReadonlyArray<{ query: string; filters?: SearchFilters; limit?: number; offset?: number }> = [
  { query: 'ceasefire' },
  { query: 'ceasefire', limit: 5, offset: 5 },
  { query: 'corridor OR pipeline' },
  { query: '"grain corridor"' },
  { query: 'ceasefire -ankara' },
  { query: 'insp*' },
  { query: 'ceasefire', filters: { color: 'green' } },
  { query: 'ceasefire', filters: { hasNotes: true } },
  { query: 'corridor', filters: { site: 'Site 1', savedFrom: '2026-10-05' } },
  { query: 'corridor', filters: { kinds: ['note', 'highlight'] } },
  { query: 'nothingmatchesthis' },
  { query: '' },
];

describe('search on worker threads', () => {
  it.each(REQUESTS)('finds what the one-thread search finds for %j', async (asked) => {
    const library = annotatedLibrary();
    pool = createSearchPool();
    const request = searchRequestSchema.parse(asked);
    expect(await pool.search(library, request)).toEqual(search(library.db, request));
    library.close();
  });

  it('gives the same answers with one worker as with three', async () => {
    const library = annotatedLibrary();
    pool = createSearchPool({ size: 1 });
    const request = searchRequestSchema.parse({ query: 'ceasefire OR corridor', limit: 40 });
    const found = await pool.search(library, request);
    expect(found.hits.map((hit) => hit.kind)).toEqual(expect.arrayContaining(['article', 'highlight', 'note']));
    expect(found).toEqual(search(library.db, request));
    library.close();
  });

  it('sees what was saved a moment ago', async () => {
    const library = annotatedLibrary();
    pool = createSearchPool();
    const request = searchRequestSchema.parse({ query: 'zanzibar' });
    expect((await pool.search(library, request)).hits).toEqual([]);
    const id = insertArticle(library.db, makeArticle({ title: 'Zanzibar accord', paragraphs: ['Signed at dawn.'] }));
    expect((await pool.search(library, request)).hits.map((hit) => hit.articleId)).toEqual([id]);
    library.close();
  });

  it('leaves out a hit whose row was deleted between ranking and describing', () => {
    const library = annotatedLibrary();
    const described = describeHits(
      library.db,
      [
        { kind: 'article', id: 1, rank: -2 },
        { kind: 'highlight', id: 999_999, rank: -1.5 },
        { kind: 'note', id: 999_999, rank: -1 },
      ],
      'ceasefire',
    );
    expect(described.map((hit) => hit.articleId)).toEqual([1]);
    library.close();
  });

  it('follows the library through a restore: the search reads the restored file', async () => {
    ({ backend } = testBackend());
    const call = backend.dispatch;
    await call('backupNow', {});
    insertArticle(backend.library.db, makeArticle({ title: 'Zanzibar accord', paragraphs: ['Signed after the backup.'] }));
    const found = await call('search', { query: 'zanzibar' });
    expect(found).toMatchObject({ ok: true, value: { hits: [{ title: 'Zanzibar accord' }] } });
    const listed = await call('listBackups', {});
    const name = listed.ok ? (listed.value as Array<{ name: string }>)[0]!.name : '';
    expect(await call('restoreBackup', { name })).toMatchObject({ ok: true });
    expect(await call('search', { query: 'zanzibar' })).toMatchObject({ ok: true, value: { hits: [] } });
  });

  it('fails with the library\'s own message while no library is open', async () => {
    const library = annotatedLibrary();
    pool = createSearchPool();
    const unavailable = Object.create(library, {
      db: {
        get() {
          throw new Error('The library is unavailable.');
        },
      },
    }) as Library;
    await expect(pool.search(unavailable, searchRequestSchema.parse({ query: 'ceasefire' }))).rejects.toThrow('The library is unavailable.');
    library.close();
  });

  // SQLite on POSIX keeps a closed connection's descriptor until the process's last connection to
  // that file closes (its locks are per process), so this looks after the library itself closes.
  it.runIf(process.platform === 'linux').each([
    { released: true, handlesLeft: false },
    { released: false, handlesLeft: true },
  ])('released: $released, closing the library leaves handles on the file: $handlesLeft', async ({ released, handlesLeft }) => {
    const library = annotatedLibrary();
    pool = createSearchPool({ size: 3 });
    const handles = () =>
      fs.readdirSync('/proc/self/fd').filter((fd) => {
        try {
          return fs.readlinkSync(path.join('/proc/self/fd', fd)) === library.files.databasePath;
        } catch {
          return false; // the directory's own descriptor is gone by the time it is read
        }
      }).length;
    await pool.search(library, searchRequestSchema.parse({ query: 'ceasefire' }));
    if (released) await pool.release();
    library.close();
    expect(handles() > 0).toBe(handlesLeft);
  });

  it('does not open a released library again: its file is about to be moved', async () => {
    const library = annotatedLibrary();
    pool = createSearchPool();
    const request = searchRequestSchema.parse({ query: 'ceasefire' });
    await pool.search(library, request);
    await pool.release();
    await expect(pool.search(library, request)).rejects.toMatchObject({ code: 'BUSY', message: expect.stringMatching(/being restored or switched/) });
    library.close();
  });

  it('opens the library that replaces a released one', async () => {
    const dir = tempDir('search-pool-reopen');
    let library = openLibrary(dir);
    insertArticle(library.db, makeArticle({ title: 'Ceasefire holds', paragraphs: ['Quiet night.'] }));
    pool = createSearchPool();
    const request = searchRequestSchema.parse({ query: 'ceasefire' });
    const before = await pool.search(library, request);
    await pool.release();
    library.close();
    library = openLibrary(dir);
    expect(await pool.search(library, request)).toEqual(before);
    library.close();
  });

  it('stops a worker that cannot let go of the file, so a restore can go on', async () => {
    const refusing = path.join(tempDir('refusing-worker'), 'worker.mjs');
    fs.writeFileSync(
      refusing,
      "import { parentPort } from 'node:worker_threads';\n" +
        "parentPort.on('message', ({ id }) => parentPort.postMessage({ id, ok: false, code: null, message: 'cannot' }));\n",
    );
    const library = annotatedLibrary();
    pool = createSearchPool({ workerUrl: new URL(`file://${refusing}`), size: 1 });
    await expect(pool.search(library, searchRequestSchema.parse({ query: 'ceasefire' }))).rejects.toThrow('cannot');
    await expect(pool.release()).resolves.toBeUndefined();
    library.close();
  });

  it('reports a worker that cannot start instead of waiting for it', async () => {
    const broken = path.join(tempDir('broken-worker'), 'worker.mjs');
    fs.writeFileSync(broken, 'throw new Error("no search today");\n');
    const library = annotatedLibrary();
    pool = createSearchPool({ workerUrl: new URL(`file://${broken}`) });
    await expect(pool.search(library, searchRequestSchema.parse({ query: 'ceasefire' }))).rejects.toThrow(/The search worker failed: no search today/);
    library.close();
  });
});
