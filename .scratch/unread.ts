import Database from 'better-sqlite3';
const db = new Database('/work/main/bench/.cache/library-10000/library.db', { readonly: true });
const t = (name: string, sql: string, p: any, n = 20) => {
  const st = db.prepare(sql); let rows = st.all(p).length;
  const times: number[] = [];
  for (let i = 0; i < n; i++) { const s = performance.now(); st.all(p); times.push(performance.now() - s); }
  times.sort((a, b) => a - b);
  console.log(name.padEnd(40), times[n >> 1].toFixed(2), rows);
};
t('unread articles', "SELECT a.id FROM articles a WHERE a.reading_status = 'unread'", []);
t('unread highlights', "SELECT h.id FROM highlights h WHERE h.article_id IN (SELECT a.id FROM articles a WHERE a.reading_status = 'unread')", []);
t('art rank unread', "SELECT rowid, bm25(articles_fts, 10.0, 4.0, 4.0, 1.0) r FROM articles_fts WHERE articles_fts MATCH 'sanctions' AND +rowid IN (SELECT a.id FROM articles a WHERE a.reading_status = 'unread') ORDER BY r, rowid LIMIT 21", []);
t('hl rank unread', "SELECT rowid, bm25(highlights_fts, 2.0, 1.0) r FROM highlights_fts WHERE highlights_fts MATCH 'sanctions' AND +rowid IN (SELECT h.id FROM highlights h WHERE h.article_id IN (SELECT a.id FROM articles a WHERE a.reading_status = 'unread')) ORDER BY r, rowid LIMIT 21", []);
t('hl rank all', "SELECT rowid, bm25(highlights_fts, 2.0, 1.0) r FROM highlights_fts WHERE highlights_fts MATCH 'sanctions' ORDER BY r, rowid LIMIT 21", []);
t('art rank all', "SELECT rowid, bm25(articles_fts, 10.0, 4.0, 4.0, 1.0) r FROM articles_fts WHERE articles_fts MATCH 'sanctions' ORDER BY r, rowid LIMIT 21", []);
t('art rank all norowid', "SELECT rowid, bm25(articles_fts, 10.0, 4.0, 4.0, 1.0) r FROM articles_fts WHERE articles_fts MATCH 'sanctions' ORDER BY r LIMIT 21", []);
for (const r of db.prepare("EXPLAIN QUERY PLAN SELECT rowid, bm25(highlights_fts, 2.0, 1.0) r FROM highlights_fts WHERE highlights_fts MATCH 'sanctions' AND +rowid IN (SELECT h.id FROM highlights h WHERE h.article_id IN (SELECT a.id FROM articles a WHERE a.reading_status = 'unread')) ORDER BY r, rowid LIMIT 21").all()) console.log(r.detail);
for (const r of db.prepare("EXPLAIN QUERY PLAN SELECT a.id FROM articles a WHERE a.reading_status = 'unread'").all()) console.log(r.detail);
