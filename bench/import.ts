/**
 * Import cost against bare Readability, on a generated corpus of web pages of
 * varied size (200 pages, about 200 to 7,000 words each).
 *
 * The yardstick, "bare Readability": jsdom parses the page, Readability
 * extracts the article (`new JSDOM(html)` + `new Readability(document).parse()`).
 *
 * The target (issue 16: ≤ 1.3×) is our import's own work on the same pages
 * with the same jsdom, one page at a time on one thread, minus I/O: each step
 * the pipeline (electron/import/pipeline.ts) runs on a file, called as it
 * calls it — decode the bytes, extract (what the import worker runs: jsdom,
 * Readability, sanitize, normalize, serialize), hash, names and dates, and
 * store with search indexing into an in-memory library (same schema, no
 * disk). Left out as I/O: the network (images) and the disk (the library
 * file, cached images). Each step is timed on its own, so the table says
 * where the time goes.
 *
 * Also measured, without that target: a whole batch as the app runs it (the
 * worker, images fetched from a local server, the library on disk) against
 * bare Readability in the same process.
 *
 * `node bench/import.ts` runs this alone.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import Database from 'better-sqlite3';
import { createExtractor } from '../electron/import/extractor.ts';
import { createBatchRunner } from '../electron/import/batch.ts';
import { decodeText } from '../electron/import/decode.ts';
import { extractDocument } from '../electron/import/document.ts';
import { importItem } from '../electron/import/pipeline.ts';
import { insertArticle } from '../electron/library/articles.ts';
import { storeExtraction } from '../electron/library/entities.ts';
import { openLibrary } from '../electron/library/library.ts';
import { migrate } from '../electron/library/open.ts';
import type { ImportItem } from '../shared/import.ts';
import { extractArticle } from '../shared/tradecraft/extract.ts';
import { solidPng } from '../tests/helpers/png.ts';
import { formatTable, measureEach, summarize, type Measure } from './stats.ts';

const WORDS = 'port authority grain ships queue inspection customs quay berth harbour officials said weekly figures backlog charter delay crane terminal cargo'.split(' ');

/** A page with navigation, an article of `paragraphs` paragraphs, an image, and a footer. */
function page(index: number, paragraphs: number, imageOrigin: string): string {
  const paragraph = (p: number) =>
    `<p>${Array.from({ length: 60 }, (_, w) => WORDS[(index * 7 + p * 13 + w) % WORDS.length]).join(' ')}. Item ${index}-${p}.</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Generated report ${index}</title>
<meta property="og:site_name" content="Bench Ledger"><script>var tracking = ${index};</script></head><body>
<nav>${Array.from({ length: 20 }, (_, i) => `<a href="/s${i}">Section ${i}</a>`).join(' ')}</nav>
<article><h1>Generated report ${index}</h1><p class="byline">By Bench Writer</p>
<figure><img src="${imageOrigin}/img/${index % 10}.png" width="400" height="200" alt="Chart ${index}"><figcaption>Chart ${index}</figcaption></figure>
${Array.from({ length: paragraphs }, (_, p) => paragraph(p)).join('\n')}</article>
<aside><h2>Most read</h2><ul>${Array.from({ length: 8 }, (_, i) => `<li><a href="/r${i}">Related ${i}</a></li>`).join('')}</ul></aside>
<footer>© 2026 Bench Ledger</footer></body></html>`;
}

/** 200+ pages from 3 to 120 paragraphs (about 200 to 7,000 words). */
export function corpus(size: number, imageOrigin: string): string[] {
  return Array.from({ length: size }, (_, i) => page(i, 3 + ((i * 37) % 118), imageOrigin));
}

async function imageServer(): Promise<{ origin: string; close: () => Promise<void> }> {
  // A 1×1 PNG would be dropped as a tracker; 40×20 is kept.
  const images = Array.from({ length: 10 }, (_, i) => solidPng(40, 20, [i * 20, 100, 200 - i * 10]));
  const server = http.createServer((req, res) => {
    const index = Number(/\/img\/(\d+)\.png$/.exec(req.url ?? '')?.[1]);
    const body = images[index];
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'image/png' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function bareReadability(html: string): void {
  const dom = new JSDOM(html, { url: 'https://bench.example/article' });
  new Readability(dom.window.document).parse();
  dom.window.close();
}

/** The import's steps for one page, minus I/O, each timed; the milliseconds of each are added to `times`. */
function importWithoutIo(db: Database.Database, html: string, index: number, times: Record<ImportStep, number[]>): void {
  const timed = <T>(step: ImportStep, run: () => T): T => {
    const started = performance.now();
    const result = run();
    times[step].push(performance.now() - started);
    return result;
  };
  const name = `page-${index}.html`;
  const source = timed('decode', () => decodeText(Buffer.from(html), { html: true, label: name }));
  const document = timed('extract', () => extractDocument({ kind: 'html', source, baseUrl: null, label: name }));
  const contentHash = timed('hash', () => createHash('sha256').update(document.text).digest('hex'));
  const savedAt = new Date(Date.UTC(2026, 0, 1)).toISOString();
  const extraction = timed('names and dates', () => extractArticle({ text: document.text, lang: document.lang, publishedAt: document.publishedAt, capturedAt: savedAt }));
  timed('store and index', () =>
    db.transaction(() => {
      const articleId = insertArticle(db, {
        url: null, canonicalUrl: null, title: document.title, byline: document.byline, siteName: document.siteName,
        publishedAt: document.publishedAt, savedAt, lang: document.lang, dir: document.dir, excerpt: document.excerpt,
        html: document.html, text: document.text, wordCount: document.wordCount, contentHash,
      });
      storeExtraction(db, articleId, extraction, savedAt);
    })(),
  );
}

const IMPORT_STEPS = ['decode', 'extract', 'hash', 'names and dates', 'store and index'] as const;
type ImportStep = (typeof IMPORT_STEPS)[number];

/** Our import's work over bare Readability's, minus I/O (see the top of this file). */
export const IMPORT_OVERHEAD_TARGET = 1.3;

export interface ImportBench {
  measures: Measure[];
  /** Our import's work minus I/O over bare Readability's, on the same pages, one thread: the ≤ 1.3× target. */
  overhead: number;
  /** The same in CPU time of the process (less swayed by other work on the machine). */
  cpuOverhead: number;
  /** Seconds for the corpus: bare Readability, and our import minus I/O. */
  bareSeconds: number;
  oursSeconds: number;
  /** Where our import's time goes, in seconds per step over the corpus. */
  steps: Record<ImportStep, number>;
  /** A whole batch as the app runs it (worker, images, library on disk) over bare Readability. */
  batchOverhead: number;
  batchPagesPerSecond: number;
  barePagesPerSecond: number;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

export async function benchImport(libraryDir: string, size = 200): Promise<ImportBench> {
  const images = await imageServer();
  const pages = corpus(size, images.origin);
  const asItem = (html: string, i: number): ImportItem => ({ kind: 'file', name: `page-${i}.html`, data: Buffer.from(html).toString('base64') });
  const library = openLibrary(libraryDir);
  const memory = new Database(':memory:');
  migrate(memory);
  const extractor = createExtractor();
  try {
    // Both sides warm up on the same pages before anything is timed.
    const warmUp = Object.fromEntries(IMPORT_STEPS.map((step) => [step, [] as number[]])) as Record<ImportStep, number[]>;
    for (const [i, html] of pages.slice(0, 20).entries()) {
      bareReadability(html);
      importWithoutIo(memory, html, i, warmUp);
    }
    memory.exec('DELETE FROM articles');
    await extractor.extract({ kind: 'html', source: pages[0]!, baseUrl: null, label: 'warm-up' });

    // Alternating page by page, so that a busy moment of the machine falls on both sides alike.
    const bareTimes: number[] = [];
    const stepTimes = Object.fromEntries(IMPORT_STEPS.map((step) => [step, [] as number[]])) as Record<ImportStep, number[]>;
    const oursTimes: number[] = [];
    // CPU time too: on a shared machine, waiting for a core inflates the wall clock of both sides unevenly.
    let bareCpu = 0;
    let oursCpu = 0;
    const cpuMs = (since: NodeJS.CpuUsage) => {
      const used = process.cpuUsage(since);
      return (used.user + used.system) / 1000;
    };
    for (const [i, html] of pages.entries()) {
      let started = performance.now();
      let cpu = process.cpuUsage();
      bareReadability(html);
      bareTimes.push(performance.now() - started);
      bareCpu += cpuMs(cpu);
      started = performance.now();
      cpu = process.cpuUsage();
      importWithoutIo(memory, html, i, stepTimes);
      oursTimes.push(performance.now() - started);
      oursCpu += cpuMs(cpu);
    }
    const bareSeconds = sum(bareTimes) / 1000;
    const oursSeconds = sum(oursTimes) / 1000;

    const ours = await measureEach(
      `import: our pipeline with I/O, one page at a time (${size})`,
      pages.map((html, i) => () => importItem({ library, extractor }, asItem(html, i))),
    );

    // The app imports a batch with a few pages in flight; a fresh library so nothing is a duplicate.
    library.db.exec('DELETE FROM articles');
    const batchStarted = performance.now();
    const outcomes = await createBatchRunner({ library, extractor }).run({ batchId: 'bench-batch', items: pages.map(asItem) }, () => undefined);
    const batchSeconds = (performance.now() - batchStarted) / 1000;
    const failed = outcomes.filter((o) => o.status !== 'saved');
    if (failed.length > 0) throw new Error(`${failed.length} bench pages did not import: ${failed[0]?.error}`);

    const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
    return {
      measures: [
        summarize(`import: bare Readability + jsdom, per page (${size})`, bareTimes),
        summarize(`import: our import minus I/O, per page (${size})`, oursTimes),
        ...IMPORT_STEPS.map((step) => summarize(`import step: ${step}, per page (${size})`, stepTimes[step])),
        ours,
      ],
      overhead: round(oursSeconds / bareSeconds, 2),
      cpuOverhead: round(oursCpu / bareCpu, 2),
      bareSeconds: round(bareSeconds, 2),
      oursSeconds: round(oursSeconds, 2),
      steps: Object.fromEntries(IMPORT_STEPS.map((step) => [step, round(sum(stepTimes[step]) / 1000, 3)])) as Record<ImportStep, number>,
      batchOverhead: round(batchSeconds / bareSeconds, 2),
      batchPagesPerSecond: round(size / batchSeconds, 1),
      barePagesPerSecond: round(size / bareSeconds, 1),
    };
  } finally {
    await extractor.close();
    memory.close();
    library.close();
    await images.close();
  }
}

/** The lines `npm run bench` prints about the import. */
export function describeImport(run: ImportBench, size = 200): string {
  const steps = Object.entries(run.steps).map(([step, seconds]) => `${step} ${seconds} s`).join(', ');
  return [
    `import of ${size} pages minus I/O: ${run.oursSeconds} s; bare Readability: ${run.bareSeconds} s; overhead ${run.overhead}× (target ≤ ${IMPORT_OVERHEAD_TARGET}×); in CPU time ${run.cpuOverhead}×`,
    `  where it goes: ${steps}`,
    `import of ${size} pages as a batch, as the app runs it (worker, images, library on disk): ${run.batchPagesPerSecond} pages/s; ` +
      `bare Readability: ${run.barePagesPerSecond} pages/s; ${run.batchOverhead}× the time`,
  ].join('\n');
}

if (import.meta.main) {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-import-bench-'));
  console.log(`load before: ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  try {
    const run = await benchImport(path.join(dir, 'library'));
    console.log(`\n${formatTable(run.measures)}\n`);
    console.log(describeImport(run));
    console.log(`load after: ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`);
    console.log(JSON.stringify(run));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
