/**
 * PDF export of a briefing of 20 articles (about 1,200 words each) and 300
 * highlights, every one with a note, through the preview's headless printer:
 * end to end (load the print view, lay it out, number the contents, print,
 * check the page numbers, print again if one was off), against a bare print
 * of the same view.
 *
 * "Bare" = a fresh page opens the same print view, waits until it is ready,
 * and prints it once with page.pdf and the same options: no page-number check
 * and no second pass. (The view's own contents-numbering layout runs in both;
 * its time is reported on its own line.)
 *
 * `./node_modules/.bin/node bench/pdf.ts` runs it alone; bench/run.ts runs it
 * with the others.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { startPreview } from '../electron/bridge/preview.ts';
import { launchChromium } from '../electron/export/chromium.ts';
import { pagePdfOptions, printViewUrl } from '../electron/export/pdf/headless.ts';
import { insertArticle } from '../electron/library/articles.ts';
import { addToBriefing, createBriefing, updateBriefing } from '../electron/library/briefings.ts';
import { createHighlight } from '../electron/library/highlights.ts';
import { saveArticleNote } from '../electron/library/notes.ts';
import { openLibrary } from '../electron/library/library.ts';
import type { PdfOptions } from '../shared/export.ts';
import { HIGHLIGHT_COLORS } from '../shared/highlights.ts';
import { PRINT_READY_ATTRIBUTE } from '../shared/print.ts';
import { countWords, paragraphsToArticle } from '../shared/text.ts';
import { formatTable, summarize, type Measure } from './stats.ts';

const ARTICLES = 20;
const HIGHLIGHTS = 300;
const TARGET_MS = 8000;
const TARGET_RATIO = 1.3;
const OPTIONS: PdfOptions = { content: 'full', paper: 'a4', notes: 'margin', timeline: false };

const WORDS = (
  'the port authority said weekly figures showed queues of grain carriers falling after customs inspections moved inland ' +
  'while agents warned of delays at the depots and officials expected the spring harvest to test the new rules'
).split(' ');

/** A briefing of 20 articles of about 1,200 words in 12 paragraphs, 15 highlights each with a note. */
function seedBriefing(libraryDir: string): number {
  const library = openLibrary(libraryDir, { seedSample: false });
  const now = new Date(Date.UTC(2030, 0, 1)).toISOString();
  const id = library.transaction((db) => {
    const briefing = createBriefing(db, 'Bench: corridor monitoring, weeks 1–20', now);
    updateBriefing(db, briefing.id, { marking: 'AMBER', author: 'Bench', summary: '- Queues fell.\n- Depots are the bottleneck.' }, now);
    for (let a = 0; a < ARTICLES; a++) {
      const paragraphs = Array.from({ length: 12 }, (_, p) =>
        Array.from({ length: 100 }, (_, w) => WORDS[(a * 13 + p * 31 + w * 7) % WORDS.length]).join(' ') + ` (article ${a + 1}, part ${p + 1}).`,
      );
      const { html, text } = paragraphsToArticle(paragraphs);
      const articleId = insertArticle(db, {
        url: `https://example.test/bench/${a + 1}`, canonicalUrl: null, title: `Week ${a + 1}: corridor queues and depot throughput`,
        byline: 'Bench Desk', siteName: 'Bench Wire', publishedAt: now, savedAt: now, lang: 'en', dir: 'ltr', excerpt: null,
        html, text, wordCount: countWords(text), contentHash: `bench-pdf-${a}`,
      });
      addToBriefing(db, briefing.id, articleId, now);
      saveArticleNote(db, articleId, `Week ${a + 1}: read with the depot log.`, now);
      const perArticle = HIGHLIGHTS / ARTICLES;
      const span = Math.floor(text.length / perArticle);
      for (let h = 0; h < perArticle; h++) {
        const start = h * span + 10;
        createHighlight(
          db,
          { articleId, start, end: start + 60, color: HIGHLIGHT_COLORS[(a + h) % HIGHLIGHT_COLORS.length]!, note: `Note ${a + 1}.${h + 1}: check this figure against the depot log.` },
          now,
        );
      }
    }
    return briefing.id;
  });
  library.close();
  return id;
}

export interface PdfBench {
  measures: Measure[];
  /** p50 of the export over p50 of the bare print. */
  ratio: number;
  pages: number;
  /** Exports that needed the second, correcting print. */
  reprints: number;
}

export async function benchPdf(runs = 5): Promise<PdfBench> {
  await build({ configFile: 'vite.config.ts', logLevel: 'error' });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-reader-bench-pdf-'));
  const libraryDir = path.join(dataDir, 'library');
  const briefingId = seedBriefing(libraryDir);
  const preview = await startPreview({ dataDir, libraryDir });
  const browser = await launchChromium();
  try {
    const request = { briefingId, options: OPTIONS };
    const exportOnce = async () => {
      const stages: string[] = [];
      const pdf = await preview.printPdf(request, ({ stage }) => stages.push(stage));
      return { pdf, reprinted: stages.includes('Correcting page numbers…') };
    };
    const bareOnce = async () => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(printViewUrl(preview.bridge, request));
        await page.waitForSelector(`html[${PRINT_READY_ATTRIBUTE}]`, { timeout: 60_000 });
        const [contentsMs, marginMs] = await page.evaluate(() =>
          ['print: number the contents', 'print: fit the margin notes'].map((name) => performance.getEntriesByName(name)[0]?.duration ?? Number.NaN),
        );
        await page.pdf(pagePdfOptions(OPTIONS.paper));
        return { contentsMs: contentsMs!, marginMs: marginMs! };
      } finally {
        await context.close();
      }
    };
    // Warm both Chromiums (launch, font decoding) before timing.
    const { pdf } = await exportOnce();
    await bareOnce();

    const exportTimes: number[] = [];
    const bareTimes: number[] = [];
    const contentsTimes: number[] = [];
    const marginTimes: number[] = [];
    let reprints = 0;
    for (let run = 0; run < runs; run++) {
      let started = performance.now();
      if ((await exportOnce()).reprinted) reprints++;
      exportTimes.push(performance.now() - started);
      started = performance.now();
      const view = await bareOnce();
      bareTimes.push(performance.now() - started);
      contentsTimes.push(view.contentsMs);
      marginTimes.push(view.marginMs);
    }
    const exportMeasure = summarize(`PDF export, ${ARTICLES} articles, ${HIGHLIGHTS} highlights with notes (end to end)`, exportTimes, { p95AtMost: TARGET_MS });
    const bareMeasure = summarize('bare print of the same view (load, ready, one page.pdf)', bareTimes);
    const contentsMeasure = summarize('  of which: numbering the contents in the view (one layout)', contentsTimes);
    const marginMeasure = summarize('  of which: fitting the margin notes (drifting ones to endnotes)', marginTimes);
    // The page tree's root holds the largest count.
    const pages = Math.max(...[...Buffer.from(pdf).toString('latin1').matchAll(/\/Type \/Pages\s*\/Count (\d+)/g)].map((match) => Number(match[1])));
    return { measures: [exportMeasure, bareMeasure, contentsMeasure, marginMeasure], ratio: Math.round((exportMeasure.p50 / bareMeasure.p50) * 100) / 100, pages, reprints };
  } finally {
    await browser.close();
    await preview.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export function pdfRatio(run: PdfBench) {
  return { value: run.ratio, target: TARGET_RATIO, met: run.ratio <= TARGET_RATIO };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const run = await benchPdf();
  console.log(`\n${formatTable(run.measures)}\n`);
  console.log(`${run.pages} pages; contents corrected by a second print in ${run.reprints} of ${run.measures[0]!.runs} exports`);
  console.log(`export over bare print (p50): ${run.ratio}× (target ≤ ${TARGET_RATIO}×)`);
  console.log(JSON.stringify({ measures: run.measures, ratio: pdfRatio(run), pages: run.pages, reprints: run.reprints }));
  process.exitCode = run.measures[0]!.met && run.ratio <= TARGET_RATIO ? 0 : 1;
}
