/**
 * Opening the library and listing the first page, under each sort order and
 * filter the list offers, the last page of a 10,000-article list, and the
 * evidence locker's first page: each must stay ≤ 300 ms at p95.
 *
 * Alone: `node bench/organize.ts` (uses or builds bench/.cache/library-10000);
 * `npm run bench` runs it with the rest.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listArticles, type ArticleQuery } from '../electron/library/articles.ts';
import { listBriefings } from '../electron/library/briefings.ts';
import { listAllHighlights, type EvidenceQuery } from '../electron/library/evidence.ts';
import { openLibrary } from '../electron/library/library.ts';
import type { Db } from '../electron/library/open.ts';
import { listTags } from '../electron/library/tags.ts';
import { generateLibrary, TEN_THOUSAND } from './generate.ts';
import { formatTable, measure, type Measure } from './stats.ts';

const TARGET = { p95AtMost: 300 };
const RUNS = 20;

type ListVariant = [string, (db: Db) => Omit<ArticleQuery, 'offset' | 'limit'> & { offset?: number }];

const LIST_VARIANTS: ListVariant[] = [
  ['sorted by date published', () => ({ sort: 'published' })],
  ['sorted by title', () => ({ sort: 'title' })],
  ['sorted by site', () => ({ sort: 'site' })],
  ['sorted by date saved, oldest first', () => ({ sort: 'saved', direction: 'asc' })],
  ['filtered by a tag', (db) => ({ tagId: listTags(db)[0]!.id })],
  ['filtered by a tag, sorted by title', (db) => ({ tagId: listTags(db)[0]!.id, sort: 'title' })],
  ['filtered by site', () => ({ site: 'Site 7' })],
  ['unread', () => ({ status: 'unread' })],
  ['saved in a week', () => ({ savedFrom: '2026-01-03', savedTo: '2026-01-09' })],
  ['published in a month, sorted by title', () => ({ publishedFrom: '2026-01-01', publishedTo: '2026-01-31', sort: 'title' })],
  ['with a pink highlight', () => ({ highlightColor: 'pink' })],
  ['with notes', () => ({ hasNotes: true })],
  ['with no notes, unread, sorted by site', () => ({ hasNotes: false, status: 'unread', sort: 'site' })],
  ['in a briefing, sorted by title', (db) => ({ briefingId: listBriefings(db)[0]!.id, sort: 'title' })],
  ['its last page (offset 9,900)', () => ({ offset: 9_900 })],
  ['its last page sorted by title', () => ({ sort: 'title', offset: 9_900 })],
];

type LockerVariant = [string, (db: Db) => Omit<EvidenceQuery, 'offset' | 'limit'>];

const LOCKER_VARIANTS: LockerVariant[] = [
  ['all highlights', () => ({})],
  ['one colour', () => ({ color: 'blue' })],
  ['a tag', (db) => ({ tagId: listTags(db)[0]!.id })],
  ['a briefing', (db) => ({ briefingId: listBriefings(db)[0]!.id })],
  ['a site', () => ({ site: 'Site 3' })],
  ['text in quote or note', () => ({ text: 'pipeline' })],
];

/** Times each variant as the app does it on start: open the library, list briefings and tags, list the page. */
export function benchOrganize(libraryDir: string): Measure[] {
  const probe = openLibrary(libraryDir);
  const lists = LIST_VARIANTS.map(([name, make]) => [name, make(probe.db)] as const);
  const lockers = LOCKER_VARIANTS.map(([name, make]) => [name, make(probe.db)] as const);
  probe.close();
  const openAnd = (work: (db: Db) => void) => () => {
    const library = openLibrary(libraryDir);
    library.transaction((db) => {
      listBriefings(db);
      listTags(db);
      work(db);
    });
    library.close();
  };
  return [
    ...lists.map(([name, { offset = 0, ...query }]) =>
      measure(`open + list first page: ${name}`, RUNS, openAnd((db) => listArticles(db, { ...query, offset, limit: 100 })), TARGET),
    ),
    ...lockers.map(([name, filters]) =>
      measure(`open + evidence locker: ${name}`, RUNS, openAnd((db) => listAllHighlights(db, { ...filters, offset: 0, limit: 100 })), TARGET),
    ),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '.cache', `library-${TEN_THOUSAND.articles}`);
  const generated = generateLibrary(dir, TEN_THOUSAND);
  if (!generated.reused) console.log(`Generated the library in ${generated.seconds.toFixed(1)} s`);
  const measures = benchOrganize(dir);
  console.log(`\n${formatTable(measures)}\n`);
  console.log(JSON.stringify(measures));
  process.exitCode = measures.every((m) => m.met !== false) ? 0 : 1;
}
