/**
 * Crash safety: a bulk import runs in a child process and is killed with
 * SIGKILL at a random moment, again and again on the same library. After
 * every kill the library must be sound: SQLite's checks pass, every article
 * is there whole (row, text, search entry, cached images) or not at all, and
 * every highlight points at text that exists.
 *
 * `npm test` kills 6 times; `npm run test:soak` 30 times (CRASH_KILLS). The
 * seed is printed; CRASH_SEED=<seed> replays the same delays.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../../../electron/library/library.ts';
import { solidPng } from '../../../helpers/png.ts';
import { startSite, type Route } from '../../../helpers/site.ts';
import { tempDir } from '../../../helpers/temp.ts';
import { seededRandom } from '../../../helpers/random.ts';

const CHILD = fileURLToPath(new URL('./import-child.ts', import.meta.url));
const KILLS = Number(process.env.CRASH_KILLS ?? 6);
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 2 ** 31);
const PAGES_PER_ROUND = 12;
/** Longest wait before the kill once the chosen number of articles is saved: within the next one's import. */
const MAX_DELAY_MS = 80;

const marker = (page: number) => `crashmarker${page}`;

/** A page that only this test writes: five paragraphs with a unique word, and its own image. */
function page(n: number): string {
  const paragraphs = Array.from(
    { length: 5 },
    (_, i) =>
      `<p>Paragraph ${i + 1} of dispatch ${n} (${marker(n)}): the harbour committee reviewed berth allocations, ` +
      `customs staffing and the night-shift rota for the eastern quay, and agreed to report again next week.</p>`,
  ).join('');
  return `<!doctype html><html lang="en"><head><title>Dispatch ${n} from the eastern quay</title></head><body><article>
    <h1>Dispatch ${n} from the eastern quay</h1><p class="byline">By Crash Desk</p>
    <figure><img src="/img/${n}.png" width="60" height="40" alt=""></figure>${paragraphs}</article></body></html>`;
}

function siteRoutes(pages: number): Record<string, Route> {
  const routes: Record<string, Route> = {};
  for (let n = 0; n < pages; n++) {
    routes[`/page/${n}`] = { body: page(n) };
    routes[`/img/${n}.png`] = { type: 'image/png', body: solidPng(60, 40, [n % 256, (n * 7) % 256, (n * 13) % 256]) };
  }
  return routes;
}

/** Starts the child; resolves once it has the library open, with the process to kill. */
function startChild(libraryDir: string, origin: string, first: number) {
  const child = spawn(process.execPath, [CHILD, libraryDir, origin, String(first), String(PAGES_PER_ROUND)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  /** Resolves once `count` articles are saved, or the child has ended. */
  const saved = (count: number) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if ((output.match(/^saved /gm)?.length ?? 0) >= count) resolve();
      };
      child.stdout.on('data', check);
      void exited.then(() => resolve());
      check();
    });
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => {
      if (output.includes('ready\n')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`the import child exited (${code}) before it was ready: ${errors}`)));
  });
  return { child, ready, exited, saved, output: () => output, errors: () => errors };
}

/** Everything that must hold after a crash; returns how many articles survived. */
function checkLibrary(library: Library): number {
  const { db, files } = library;
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
  db.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')").run();

  const articles = db.prepare("SELECT id, title, text FROM articles WHERE title LIKE 'Dispatch %'").all() as Array<{ id: number; title: string; text: string }>;
  for (const article of articles) {
    const n = Number(/^Dispatch (\d+) /.exec(article.title)?.[1]);
    expect(article.text.split(marker(n)).length - 1, `article ${article.id}: whole text`).toBe(5);
    const found = db.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?').pluck().all(marker(n));
    expect(found, `article ${article.id}: search entry`).toEqual([article.id]);
    const assets = db.prepare('SELECT sha256, bytes FROM article_assets WHERE article_id = ?').all(article.id) as Array<{ sha256: string; bytes: number }>;
    expect(assets, `article ${article.id}: its image`).toHaveLength(1);
    for (const asset of assets) {
      const bytes = fs.readFileSync(path.join(files.assetsDir, `${asset.sha256}.png`));
      expect(createHash('sha256').update(bytes).digest('hex'), `article ${article.id}: image file whole`).toBe(asset.sha256);
      expect(bytes.length).toBe(asset.bytes);
    }
  }

  const dangling = db
    .prepare(
      `SELECT h.id FROM highlights h LEFT JOIN articles a ON a.id = h.article_id
       WHERE a.id IS NULL OR substr(a.text, h.start_offset + 1, h.end_offset - h.start_offset) <> h.exact`,
    )
    .all();
  expect(dangling, 'highlights pointing at nothing').toEqual([]);
  return articles.length;
}

describe('a bulk import killed at random moments', () => {
  it(`leaves a sound library after each of ${KILLS} kills (seed ${SEED})`, { timeout: 60_000 + KILLS * 30_000 }, async () => {
    console.log(`crash test: ${KILLS} kills, seed ${SEED} (CRASH_SEED=${SEED} replays them)`);
    const random = seededRandom(SEED);
    const site = await startSite(siteRoutes(KILLS * PAGES_PER_ROUND));
    const libraryDir = tempDir('crash-library');
    openLibrary(libraryDir, { seedSample: true }).close();
    let survivors = 0;
    let completed = 0;

    for (let round = 0; round < KILLS; round++) {
      const run = startChild(libraryDir, site.origin, round * PAGES_PER_ROUND);
      await run.ready;
      // A random place in the batch (after 0–11 saved articles), then a random moment within the next one's
      // fetch, parse and write: however fast the machine, the kill lands mid-import.
      await run.saved(Math.floor(random() * PAGES_PER_ROUND));
      await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * MAX_DELAY_MS)));
      const killed = run.child.kill('SIGKILL');
      await run.exited;
      const finished = run.output().includes('done\n');
      if (finished) completed++;
      expect(run.errors(), `round ${round}: the child reported an error`).toBe('');
      // A child that is already gone cannot be killed: it must have finished its import.
      expect(killed || finished, `round ${round}: the child ended without finishing`).toBe(true);

      const library = openLibrary(libraryDir, { verify: true });
      try {
        survivors = checkLibrary(library);
      } finally {
        library.close();
      }
    }
    console.log(`crash test: ${survivors} articles whole after ${KILLS} kills; ${completed} rounds finished before their kill`);
    // The kills must land mid-import often enough to test anything.
    expect(completed).toBeLessThan(KILLS);
  });
});
