/**
 * The virtualized article list in Chromium, through the preview, on the
 * 10,000-article library: a fast scroll through 2,000 rows frame by frame
 * (how long each frame took, how many rows were in the page at most), and a
 * jump to the end (how long until the last row shows its article, fetched on
 * demand).
 *
 * Alone: `node bench/list-scroll.ts`; `npm run bench` runs it with the rest.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { startPreview } from '../electron/bridge/preview.ts';
import { launchChromium } from '../electron/export/chromium.ts';
import { generateLibrary, TEN_THOUSAND } from './generate.ts';
import { formatTable, summarize, type Measure } from './stats.ts';

const FRAMES = 240;
/** Pixels per frame: about 2,000 rows in 240 frames, a fast fling. */
const STEP = 900;

export interface ListScrollBench {
  measures: Measure[];
  /** The most list rows in the page at any frame. */
  mostRowsInPage: number;
}

export async function benchListScroll(libraryDir: string, runs = 5): Promise<ListScrollBench> {
  await build({ configFile: 'vite.config.ts', logLevel: 'error' });
  // A copy: the app writes (settings, reading positions), the cached library stays as generated.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-list-bench-'));
  fs.cpSync(libraryDir, path.join(dataDir, 'library'), { recursive: true });
  const preview = await startPreview({ dataDir, libraryDir: path.join(dataDir, 'library') });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(20_000);
    await page.goto(preview.bridge.appUrl);
    await page.locator('.virtual-scroll [role="option"][aria-posinset="1"] .article-row-title').waitFor();

    const frames: number[] = [];
    let mostRowsInPage = 0;
    const endTimes: number[] = [];
    for (let run = 0; run < runs; run++) {
      const result = await page.evaluate(
        ({ frameCount, step }) =>
          new Promise<{ frames: number[]; most: number }>((resolve) => {
            const scroller = document.querySelector<HTMLElement>('.virtual-scroll')!;
            scroller.scrollTop = 0;
            const times: number[] = [];
            let most = 0;
            let last = performance.now();
            let left = frameCount;
            const tick = (now: number) => {
              times.push(now - last);
              last = now;
              most = Math.max(most, scroller.querySelectorAll('[role="option"]').length);
              scroller.scrollTop += step;
              if (--left > 0) requestAnimationFrame(tick);
              else resolve({ frames: times.slice(1), most });
            };
            requestAnimationFrame(tick);
          }),
        { frameCount: FRAMES, step: STEP },
      );
      frames.push(...result.frames);
      mostRowsInPage = Math.max(mostRowsInPage, result.most);

      const elapsed = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const scroller = document.querySelector<HTMLElement>('.virtual-scroll')!;
            const total = scroller.querySelector('[role="option"]')!.getAttribute('aria-setsize');
            const started = performance.now();
            scroller.scrollTop = scroller.scrollHeight;
            const check = () => {
              const lastRow = scroller.querySelector(`[role="option"][aria-posinset="${total}"] .article-row-title`);
              if (lastRow) resolve(performance.now() - started);
              else requestAnimationFrame(check);
            };
            requestAnimationFrame(check);
          }),
      );
      endTimes.push(elapsed);
    }
    return {
      measures: [
        summarize(`list: frame time while scrolling 10,000 articles fast (${frames.length} frames)`, frames, { p95AtMost: 34 }),
        summarize(`list: jump to the end of 10,000 articles until the last row shows (${runs})`, endTimes, { p95AtMost: 300 }),
      ],
      mostRowsInPage,
    };
  } finally {
    await browser.close();
    await preview.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '.cache', `library-${TEN_THOUSAND.articles}`);
  generateLibrary(dir, TEN_THOUSAND);
  const run = await benchListScroll(dir);
  console.log(`\n${formatTable(run.measures)}\n`);
  console.log(`most list rows in the page at once: ${run.mostRowsInPage}`);
  console.log(JSON.stringify(run));
  process.exitCode = run.measures.every((m) => m.met !== false) ? 0 : 1;
}
