/**
 * Search on the generated 10,000-article library: each kind of query a person
 * types in the palette (a word, a prefix, a phrase, OR, an exclusion, a name
 * without its diacritics, and with filters), timed with snippets, as the
 * palette asks (20 hits). Target: p95 ≤ 30 ms, for the app's search (the
 * kinds in parallel on worker threads, electron/library/search-pool.ts). The
 * one-thread search the CLI runs is timed too, without a target.
 *
 * The generated articles draw every word from a vocabulary of about a hundred,
 * so each query matches every article and a fifth of the highlights: the worst
 * case for ranking, which scores every match.
 *
 * `node bench/search.ts` runs this alone; `npm run bench` runs it with the rest.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openLibrary } from '../electron/library/library.ts';
import { search } from '../electron/library/search.ts';
import { createSearchPool } from '../electron/library/search-pool.ts';
import type { SearchFilters, SearchRequest } from '../shared/search/model.ts';
import { generateLibrary, TEN_THOUSAND } from './generate.ts';
import { formatTable, measure, summarize, type Measure } from './stats.ts';

const TARGET = { p95AtMost: 30 };
const RUNS = 40;
const PAGE = 20;

const QUERIES: ReadonlyArray<{ name: string; query: string; filters?: SearchFilters }> = [
  { name: 'a word', query: 'ceasefire' },
  { name: 'two words', query: 'grain corridor' },
  { name: 'a prefix', query: 'negotia*' },
  { name: 'a phrase', query: '"border security"' },
  { name: 'OR', query: 'pipeline OR inspection' },
  { name: 'an exclusion', query: 'treaty -ratification' },
  { name: 'a name without diacritics', query: 'erdogan' },
  { name: 'a dotless-i name', query: 'kilicdaroglu' },
  { name: 'a word, one briefing', query: 'sanctions', filters: { briefingId: 7 } },
  { name: 'a word, unread', query: 'sanctions', filters: { unread: true } },
  { name: 'a word, one site and saved range', query: 'harbour', filters: { site: 'Site 4', savedFrom: '2026-01-02', savedTo: '2026-01-05' } },
  { name: 'a word, green highlights with notes', query: 'summit', filters: { color: 'green', hasNotes: true } },
];

const requestFor = (query: string, filters: SearchFilters = {}): SearchRequest => ({ query, filters, limit: PAGE, offset: 0 });

/** Times every query of {@link QUERIES} on the library in `dir`: the app's search, then the one-thread search. */
export async function benchSearch(dir: string): Promise<Measure[]> {
  const library = openLibrary(dir);
  const pool = createSearchPool();
  try {
    const app: Measure[] = [];
    for (const { name, query, filters } of QUERIES) {
      const request = requestFor(query, filters);
      await pool.search(library, request);
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        await pool.search(library, request);
        times.push(performance.now() - started);
      }
      app.push(summarize(`search: ${name} (${query})`, times, TARGET));
    }
    const oneThread = QUERIES.map(({ name, query, filters }) => {
      const run = () => search(library.db, requestFor(query, filters));
      run();
      return measure(`search, one thread: ${name}`, RUNS, run);
    });
    return [...app, ...oneThread];
  } finally {
    await pool.close();
    library.close();
  }
}

if (import.meta.main) {
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '.cache', `library-${TEN_THOUSAND.articles}`);
  generateLibrary(dir, TEN_THOUSAND);
  const measures = await benchSearch(dir);
  console.log(`\n${formatTable(measures)}\n`);
  console.log(JSON.stringify(measures));
}
