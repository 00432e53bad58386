import Database from 'better-sqlite3';
const db = new Database('/work/main/bench/.cache/library-10000/library.db', { readonly: true });
const t = (name: string, sql: string, p: any, n = 20) => {
  const st = db.prepare(sql);
  st.all(p);
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < n; i++) { const s = performance.now(); rows = st.all(p).length; times.push(performance.now() - s); }
  times.sort((a, b) => a - b);
  console.log(name.padEnd(50), times[n >> 1].toFixed(2), rows);
};
const ids = JSON.stringify(db.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'ceasefire' ORDER BY rank LIMIT 20").pluck().all());
t('article snippets 20', `SELECT rowid, snippet(articles_fts, 3, '[', ']', '', 20), snippet(articles_fts, 0, '[', ']', '', 20) ,snippet(articles_fts, 1, '[', ']', '', 20),snippet(articles_fts, 2, '[', ']', '', 20) FROM articles_fts WHERE articles_fts MATCH 'ceasefire' AND +rowid IN (SELECT value FROM json_each(?))`, [ids]);
t('article snippets text only', `SELECT rowid, snippet(articles_fts, 3, '[', ']', '', 20) FROM articles_fts WHERE articles_fts MATCH 'ceasefire' AND +rowid IN (SELECT value FROM json_each(?))`, [ids]);
t('article rows 20', `SELECT id, title, text FROM articles WHERE id IN (SELECT value FROM json_each(?))`, [ids]);
t('view rows 20', `SELECT * FROM articles_search_content WHERE id IN (SELECT value FROM json_each(?))`, [ids]);
t('bm25 explicit', `SELECT rowid, bm25(articles_fts, 10.0, 4.0, 4.0, 1.0) AS r FROM articles_fts WHERE articles_fts MATCH 'ceasefire' ORDER BY r LIMIT 21`, []);
t('highlights count', `SELECT count(*) FROM highlights_fts WHERE highlights_fts MATCH 'ceasefire'`, []);
t('highlights rowid', `SELECT rowid FROM highlights_fts WHERE highlights_fts MATCH 'ceasefire'`, []);
t('notes rowid', `SELECT rowid FROM notes_fts WHERE notes_fts MATCH 'ceasefire'`, []);
