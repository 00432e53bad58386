import Database from 'better-sqlite3';
const file = process.argv[2]!;
const db = new Database(file);
const seg = (t: string) => db.prepare(`SELECT count(*) FROM ${t}_data`).pluck().get();
console.log('data rows', seg('articles_fts'), seg('highlights_fts'), seg('notes_fts'));
const t = (name: string, sql: string, p: any, n = 30) => {
  const st = db.prepare(sql); st.all(p);
  const times: number[] = [];
  for (let i = 0; i < n; i++) { const s = performance.now(); st.all(p); times.push(performance.now() - s); }
  times.sort((a, b) => a - b);
  console.log(name.padEnd(30), times[n >> 1].toFixed(2), times[n-2].toFixed(2));
};
const go = () => { for (const q of ['ceasefire']) {
  t('articles rank', 'SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT 21', [q]);
  t('highlights rank', 'SELECT rowid, rank FROM highlights_fts WHERE highlights_fts MATCH ? ORDER BY rank LIMIT 21', [q]);
  t('notes rank', 'SELECT rowid, rank FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rank LIMIT 21', [q]);
}};
go();
if (process.argv[3] === 'optimize') {
  const s = performance.now();
  for (const f of ['articles_fts', 'highlights_fts', 'notes_fts']) db.prepare(`INSERT INTO ${f}(${f}) VALUES ('optimize')`).run();
  console.log('optimize took', (performance.now() - s).toFixed(0), 'ms');
  console.log('data rows', seg('articles_fts'), seg('highlights_fts'), seg('notes_fts'));
  go();
}
