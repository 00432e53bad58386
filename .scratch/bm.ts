import Database from 'better-sqlite3';
const db = new Database('/work/main/bench/.cache/library-10000/library.db', { readonly: true });
const t = (name: string, sql: string, p: any, n = 40) => {
  const st = db.prepare(sql); st.all(p);
  const times: number[] = [];
  for (let i = 0; i < n; i++) { const s = performance.now(); st.all(p); times.push(performance.now() - s); }
  times.sort((a, b) => a - b);
  console.log(name.padEnd(40), times[n >> 1].toFixed(2), times[n-2].toFixed(2));
};
for (const q of ['ceasefire', 'pipeline OR inspection']) {
  t('art rank '+q, 'SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT 21', [q]);
  t('art bm25 '+q, 'SELECT rowid, bm25(articles_fts, 10.0, 4.0, 4.0, 1.0) r FROM articles_fts WHERE articles_fts MATCH ? ORDER BY r LIMIT 21', [q]);
  t('hl rank '+q, 'SELECT rowid, rank FROM highlights_fts WHERE highlights_fts MATCH ? ORDER BY rank LIMIT 21', [q]);
  t('hl bm25 '+q, 'SELECT rowid, bm25(highlights_fts, 2.0, 1.0) r FROM highlights_fts WHERE highlights_fts MATCH ? ORDER BY r LIMIT 21', [q]);
  t('nt rank '+q, 'SELECT rowid, rank FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rank LIMIT 21', [q]);
  t('nt bm25 '+q, 'SELECT rowid, bm25(notes_fts) r FROM notes_fts WHERE notes_fts MATCH ? ORDER BY r LIMIT 21', [q]);
}
