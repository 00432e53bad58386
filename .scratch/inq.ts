import Database from 'better-sqlite3';
const db = new Database('/work/main/bench/.cache/library-10000/library.db', { readonly: true });
const t = (name: string, sql: string, p: any, n = 30) => {
  const st = db.prepare(sql); let rows = st.all(p).length;
  const times: number[] = [];
  for (let i = 0; i < n; i++) { const s = performance.now(); st.all(p); times.push(performance.now() - s); }
  times.sort((a, b) => a - b);
  console.log(name.padEnd(40), times[n >> 1].toFixed(2), times[n-2].toFixed(2), rows);
};
for (const n of [20, 60, 300, 1000, 3000]) {
  const ids = JSON.stringify(Array.from({length: n}, (_, i) => 1 + Math.floor(i * 9999 / n)));
  t(`art IN ${n}`, "SELECT rowid, bm25(articles_fts, 10.0, 4.0, 4.0, 1.0) r FROM articles_fts WHERE articles_fts MATCH 'sanctions' AND rowid IN (SELECT value FROM json_each(?)) ORDER BY r LIMIT 21", [ids]);
  t(`art +IN ${n}`, "SELECT rowid, bm25(articles_fts, 10.0, 4.0, 4.0, 1.0) r FROM articles_fts WHERE articles_fts MATCH 'sanctions' AND +rowid IN (SELECT value FROM json_each(?)) ORDER BY r LIMIT 21", [ids]);
  const hids = JSON.stringify(Array.from({length: n}, (_, i) => 1 + Math.floor(i * 49999 / n)));
  t(`hl IN ${n}`, "SELECT rowid, bm25(highlights_fts, 2.0, 1.0) r FROM highlights_fts WHERE highlights_fts MATCH 'sanctions' AND rowid IN (SELECT value FROM json_each(?)) ORDER BY r LIMIT 21", [hids]);
}
console.log(db.prepare("EXPLAIN QUERY PLAN SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'sanctions' AND rowid IN (SELECT value FROM json_each(?))").all('[1]'));
