/**
 * The reader in Chromium, through the preview: a 15,000-word article with 300
 * highlights, how long until it is shown with every highlight painted, how
 * long a new highlight takes to appear, and whether typing a note touches the
 * article's DOM.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { startPreview } from '../electron/bridge/preview.ts';
import { launchChromium } from '../electron/export/chromium.ts';
import { insertArticle } from '../electron/library/articles.ts';
import { createHighlight } from '../electron/library/highlights.ts';
import { openLibrary } from '../electron/library/library.ts';
import { HIGHLIGHT_COLORS } from '../shared/highlights.ts';
import { countWords, paragraphsToArticle } from '../shared/text.ts';
import { summarize, type Measure } from './stats.ts';

export const LONG_TITLE = 'Bench: a long report with many highlights';
const WORDS = 'the port authority said weekly figures showed queues of grain carriers falling after customs inspections moved inland while agents warned of delays'.split(' ');

/** About 15,000 words in 150 paragraphs, and 300 highlights over the first nine tenths of it. */
function seedLongArticle(libraryDir: string): void {
  const paragraphs = Array.from({ length: 150 }, (_, p) =>
    Array.from({ length: 100 }, (_, w) => WORDS[(p * 31 + w * 7) % WORDS.length]).join(' ') + ` (section ${p + 1}).`,
  );
  const { html, text } = paragraphsToArticle(paragraphs);
  const library = openLibrary(libraryDir, { seedSample: true });
  library.transaction((db) => {
    const articleId = insertArticle(db, {
      url: null, canonicalUrl: null, title: LONG_TITLE, byline: 'Bench', siteName: 'Bench', publishedAt: null,
      savedAt: new Date(Date.UTC(2030, 0, 1)).toISOString(), lang: 'en', dir: 'ltr', excerpt: null, html, text,
      wordCount: countWords(text), contentHash: `bench-${text.length}`,
    });
    const span = Math.floor((text.length * 0.9) / 300);
    for (let i = 0; i < 300; i++) {
      const start = i * span + 5;
      createHighlight(db, { articleId, start, end: start + Math.floor(span / 2), color: HIGHLIGHT_COLORS[i % 5]!, note: i % 4 === 0 ? `Note ${i}` : '' }, new Date().toISOString());
    }
  });
  library.close();
}

/**
 * Milliseconds from `window.benchStart` until the reader shows what `wanted`
 * names, checked in the page on every frame (the page's CSP allows no eval,
 * so the conditions are written out here).
 */
async function elapsedUntil(page: Page, wanted: 'all-highlights-painted' | 'a-new-highlight'): Promise<number> {
  const handle = await page.waitForFunction(
    (what) => {
      const state = window as unknown as { benchStart: number; benchBefore?: Set<string | undefined> };
      const ids = [...document.querySelectorAll<HTMLElement>('.reader-body mark[data-highlight-id]')].map((m) => m.dataset.highlightId);
      const done = what === 'all-highlights-painted' ? new Set(ids).size >= 300 : ids.some((id) => !state.benchBefore?.has(id));
      return done ? performance.now() - state.benchStart : false;
    },
    wanted,
    { polling: 'raf', timeout: 20_000 },
  ).catch((error: unknown) => {
    throw new Error(`The reader did not reach "${wanted}": ${(error as Error).message}`);
  });
  return (await handle.jsonValue()) as number;
}

export interface ReaderBench {
  measures: Measure[];
  /** Text-changing DOM mutations inside the article while a note was typed (0 = never re-rendered). */
  articleMutationsWhileTyping: number;
}

export async function benchReader(runs = 10): Promise<ReaderBench> {
  await build({ configFile: 'vite.config.ts', logLevel: 'error' });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-reader-bench-'));
  const libraryDir = path.join(dataDir, 'library');
  seedLongArticle(libraryDir);
  const preview = await startPreview({ dataDir, libraryDir });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(15_000);
    await page.goto(preview.bridge.appUrl);
    await page.getByRole('option', { name: LONG_TITLE }).waitFor();

    const openTimes: number[] = [];
    for (let run = 0; run < runs; run++) {
      await page.getByRole('option', { name: /^Northern corridor ports/ }).click();
      await page.getByRole('article', { name: 'Reader' }).getByText(/Average waiting time/).waitFor();
      await page.evaluate((title) => {
        const option = [...document.querySelectorAll<HTMLElement>('[role="option"]')].find((o) => o.textContent?.includes(title));
        (window as unknown as { benchStart: number }).benchStart = performance.now();
        option!.click();
      }, LONG_TITLE);
      openTimes.push(await elapsedUntil(page, 'all-highlights-painted'));
    }

    const newHighlightTimes: number[] = [];
    // Keys act when focus is in the reader, as after a click in its text.
    await page.locator('.reader-body p').last().click();
    for (let run = 0; run < runs; run++) {
      await page.evaluate((run) => {
        const body = document.querySelector('.reader-body')!;
        const text = body.textContent;
        const at = Math.floor(text.length * 0.92) + run * 400;
        const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        let position = 0;
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          if (at >= position && at + 40 <= position + node.data.length) {
            range.setStart(node, at - position);
            range.setEnd(node, at - position + 40);
            break;
          }
          position += node.data.length;
        }
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        const known = window as unknown as { benchBefore: Set<string | undefined>; benchStart: number };
        known.benchBefore = new Set([...document.querySelectorAll<HTMLElement>('.reader-body mark[data-highlight-id]')].map((m) => m.dataset.highlightId));
        window.addEventListener('keydown', () => (known.benchStart = performance.now()), { capture: true, once: true });
      }, run);
      await page.keyboard.press('1');
      newHighlightTimes.push(await elapsedUntil(page, 'a-new-highlight'));
    }

    // Typing a note: count changes to the article's text nodes and elements meanwhile.
    await page.evaluate(() => {
      const counter = window as unknown as { benchMutations: number };
      counter.benchMutations = 0;
      new MutationObserver((records) => (counter.benchMutations += records.length)).observe(document.querySelector('.reader-body')!, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await page.locator('.reader-body mark[data-highlight-id]').first().click();
    const note = page.getByRole('textbox', { name: 'Note' });
    await note.click();
    await note.pressSequentially('Typed while measuring: nothing in the article should change.', { delay: 5 });
    const articleMutationsWhileTyping = await page.evaluate(() => (window as unknown as { benchMutations: number }).benchMutations);

    return {
      measures: [
        summarize(`reader: 15,000 words + 300 highlights shown and painted (${runs})`, openTimes, { p95AtMost: 200 }),
        summarize(`reader: new highlight visible after the key (${runs})`, newHighlightTimes, { p95AtMost: 50 }),
      ],
      articleMutationsWhileTyping,
    };
  } finally {
    await browser.close();
    await preview.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
