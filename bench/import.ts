/**
 * Import throughput: a generated corpus of web pages of varied size, through
 * our whole pipeline (worker extraction, sanitizing, image caching, storing,
 * indexing) and, as the yardstick, through bare Readability on jsdom.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { createExtractor } from '../electron/import/extractor.ts';
import { createBatchRunner } from '../electron/import/batch.ts';
import { importItem } from '../electron/import/pipeline.ts';
import { openLibrary } from '../electron/library/library.ts';
import type { ImportItem } from '../shared/import.ts';
import { solidPng } from '../tests/helpers/png.ts';
import { measureEach, type Measure } from './stats.ts';

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

export interface ImportBench {
  measures: Measure[];
  barePagesPerSecond: number;
  oursPagesPerSecond: number;
  /** How many times longer our batch import takes than bare Readability over the same corpus. */
  overhead: number;
}

export async function benchImport(libraryDir: string, size = 200): Promise<ImportBench> {
  const images = await imageServer();
  const pages = corpus(size, images.origin);
  const asItem = (html: string, i: number): ImportItem => ({ kind: 'file', name: `page-${i}.html`, data: Buffer.from(html).toString('base64') });
  const library = openLibrary(libraryDir);
  const extractor = createExtractor();
  try {
    // Both sides warm up on the same pages before anything is timed.
    for (const html of pages.slice(0, 20)) bareReadability(html);
    await extractor.extract({ kind: 'html', source: pages[0]!, baseUrl: null, label: 'warm-up' });

    const bareStarted = performance.now();
    const bare = await measureEach(`bare Readability + jsdom, per page (${size})`, pages.map((html) => () => bareReadability(html)));
    const bareSeconds = (performance.now() - bareStarted) / 1000;

    const ours = await measureEach(
      `our import, one page at a time (${size})`,
      pages.map((html, i) => () => importItem({ library, extractor }, asItem(html, i))),
    );

    // The app imports a batch with a few pages in flight; a fresh library so nothing is a duplicate.
    library.db.exec('DELETE FROM articles');
    const batchStarted = performance.now();
    const outcomes = await createBatchRunner({ library, extractor }).run({ batchId: 'bench-batch', items: pages.map(asItem) }, () => undefined);
    const batchSeconds = (performance.now() - batchStarted) / 1000;
    const failed = outcomes.filter((o) => o.status !== 'saved');
    if (failed.length > 0) throw new Error(`${failed.length} bench pages did not import: ${failed[0]?.error}`);

    const barePagesPerSecond = Math.round((size / bareSeconds) * 10) / 10;
    const oursPagesPerSecond = Math.round((size / batchSeconds) * 10) / 10;
    return {
      measures: [bare, ours],
      barePagesPerSecond,
      oursPagesPerSecond,
      overhead: Math.round((batchSeconds / bareSeconds) * 100) / 100,
    };
  } finally {
    await extractor.close();
    library.close();
    await images.close();
  }
}
