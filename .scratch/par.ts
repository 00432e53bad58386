import Database from 'better-sqlite3';
import { Worker } from 'node:worker_threads';
const db = new Database('/work/main/bench/.cache/library-10000/library.db', { readonly: true });
const w = new Worker(new URL('./w.ts', import.meta.url));
const ask = (q: string) => new Promise<any[]>((r) => { w.once('message', r); w.postMessage(q); });
const art = db.prepare('SELECT rowid AS id, rank FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT 21');
const hl = db.prepare('SELECT rowid AS id, rank FROM highlights_fts WHERE highlights_fts MATCH ? ORDER BY rank LIMIT 21');
const nt = db.prepare('SELECT rowid AS id, rank FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rank LIMIT 21');
async function run(q: string, par: boolean) {
  const s = performance.now();
  if (par) { const p = ask(q); hl.all(q); nt.all(q); await p; }
  else { art.all(q); hl.all(q); nt.all(q); }
  return performance.now() - s;
}
for (const q of ['ceasefire', 'pipeline OR inspection']) for (const par of [false, true]) {
  const times = [];
  for (let i = 0; i < 30; i++) times.push(await run(q, par));
  times.sort((a, b) => a - b);
  console.log(q, par, times[15].toFixed(1), times[28].toFixed(1));
}
await w.terminate();
