import { openLibrary } from '../electron/library/library.ts';
import { rankKindFor, describe, search } from '../electron/library/search.ts';
const lib = openLibrary('/work/main/bench/.cache/library-10000');
const req = (query: string, filters: any) => ({ query, filters, limit: 20, offset: 0 });
const time = (name: string, f: () => unknown, n = 20) => { f(); const t: number[] = []; for (let i = 0; i < n; i++) { const s = performance.now(); f(); t.push(performance.now() - s); } t.sort((a, b) => a - b); console.log(name.padEnd(40), t[n >> 1]!.toFixed(2)); };
for (const [q, f] of [['sanctions', { unread: true }], ['ceasefire', {}], ['summit', { color: 'green', hasNotes: true }]] as const) {
  for (const kind of ['article', 'highlight', 'note'] as const) time(`${q} ${JSON.stringify(f)} ${kind}`, () => rankKindFor(lib.db, kind, q, req(q, f)));
  time(`${q} whole`, () => search(lib.db, req(q, f)));
}
const db = lib.db;
for (const r of db.prepare("EXPLAIN QUERY PLAN SELECT rowid AS id, bm25(articles_fts, 10.0, 4.0, 4.0, 1.0) AS rank FROM articles_fts WHERE articles_fts MATCH 'sanctions' AND +rowid IN (SELECT a.id FROM articles a WHERE a.reading_status = 'unread') ORDER BY rank, rowid LIMIT 21").all() as any[]) console.log(r.detail);
