import Database from 'better-sqlite3';
const db = new Database(':memory:');
try { console.log(db.prepare("SELECT ?1 AS a, ?2 AS b").get(1, 2)); } catch (e) { console.log('numbered', (e as Error).message); }
try { console.log(db.prepare("SELECT ? AS a, ? AS b").get(1, 2)); } catch (e) { console.log('plain', (e as Error).message); }
