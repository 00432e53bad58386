import Database from 'better-sqlite3';
import { parentPort } from 'node:worker_threads';
const db = new Database('/work/main/bench/.cache/library-10000/library.db', { readonly: true });
const st = db.prepare('SELECT rowid AS id, rank FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT 21');
parentPort!.on('message', (q: string) => parentPort!.postMessage(st.all(q)));
