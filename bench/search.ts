/**
 * Search on the generated 10,000-article library: each kind of query a person
 * types in the palette (a word, a prefix, a phrase, OR, an exclusion, a name
 * without its diacritics, and with filters), timed with snippets, as the
 * palette asks (20 hits). Target: p95 ≤ 30 ms.
 *
 * `node bench/search.ts` runs this alone; `npm run bench` runs it with the rest.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openLibrary } from '../electron/library/library.ts';
import { search } from '../electron/library/search.ts';
import type { SearchFilters } from '../shared/search/model.ts';
import { generateLibrary, TEN_THOUSAND } from './generate.ts';
import { formatTable, measure, type Measure } from './stats.ts';

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

/** Times every query of {@link QUERIES} on the library in `dir`. */
export function benchSearch(dir: string): Measure[] {
  const library = openLibrary(dir);
  try {
    const run = (query: string, filters: SearchFilters = {}) => search(library.db, { query, filters, limit: PAGE, offset: 0 });
    for (const { query, filters } of QUERIES) run(query, filters);
    return QUERIES.map(({ name, query, filters }) => measure(`search: ${name} (${query})`, RUNS, () => run(query, filters), TARGET));
  } finally {
    library.close();
  }
}

if (import.meta.main) {
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '.cache', `library-${TEN_THOUSAND.articles}`);
  generateLibrary(dir, TEN_THOUSAND);
  const measures = benchSearch(dir);
  console.log(`\n${formatTable(measures)}\n`);
  console.log(JSON.stringify(measures));
}
