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
for (const q of ['ceasefire', 'erdogan', 'pipeline OR inspection']) {
  console.log('--', q);
  t('articles count', 'SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?', [q]);
  t('articles rank limit', 'SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT 21', [q]);
  t('articles rowid only', 'SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?', [q]);
  t('highlights rank limit', 'SELECT rowid, rank FROM highlights_fts WHERE highlights_fts MATCH ? ORDER BY rank LIMIT 21', [q]);
  t('notes rank limit', 'SELECT rowid, rank FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rank LIMIT 21', [q]);
}
console.log(db.prepare("select count(*) from articles").pluck().get(), db.prepare("select count(*) from highlights").pluck().get(), db.prepare("select count(*) from notes").pluck().get());
