/**
 * `node scripts/screenshots.ts`: the README's screenshots, taken of the real
 * app (built renderer, real handlers) in headless Chromium, on a fresh library
 * with the sample briefing and one imported page; then page images of the
 * briefing exported to PDF (poppler's pdftoppm).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { startPreview } from '../electron/bridge/preview.ts';
import { launchChromium } from '../electron/export/chromium.ts';
import { destinationPages } from '../electron/export/pdf/destinations.ts';
import type { ImportOutcome } from '../shared/import.ts';
import type { PdfOptions } from '../shared/export.ts';
import type { Article } from '../shared/model.ts';
import { solidPng } from '../tests/helpers/png.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'docs', 'screenshots');
const fixture = fs.readFileSync(path.join(root, 'tests/fixtures/pages/harbour-report.html'));

/** The fixture page and its two images, as a site would serve them. */
async function serveFixture(): Promise<{ url: string; close: () => void }> {
  const files: Record<string, [string, Buffer]> = {
    '/news/harbour': ['text/html; charset=utf-8', fixture],
    '/images/quay.png': ['image/png', solidPng(800, 450, [52, 94, 140])],
    '/images/chart.png': ['image/png', solidPng(640, 320, [214, 160, 60])],
  };
  const server = http.createServer((req, res) => {
    const file = files[req.url ?? ''];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file[0] }).end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/news/harbour`, close: () => server.close() };
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(out, `${name}.png`) });
  console.log(`docs/screenshots/${name}.png`);
}

/** One page of a PDF as a PNG, at a size that reads in the README. */
function pdfPage(file: string, page: number, name: string): void {
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', String(page), '-l', String(page), '-singlefile', file, path.join(out, name)]);
  console.log(`docs/screenshots/${name}.png`);
}

/** The sample briefing, marked AMBER, with notes on the first article, exported in full and as a digest. */
async function shootPdf(highlightedArticleId: number): Promise<void> {
  const call = async (name: string, args: unknown) => {
    const result = await preview.backend.dispatch(name, args);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  await call('updateBriefing', { id: 1, marking: 'AMBER', author: 'Northern desk' });
  const first = (await call('getArticle', { id: 1 })) as Article;
  const firstMarks: Array<[string, 'yellow' | 'green' | 'pink', string]> = [
    ['fell from nine days to four', 'yellow', 'Halved in **one month**: compare with last February.'],
    ['moved customs inspections from the quay to inland depots', 'green', 'The mechanism the authority claims.'],
    ['February is traditionally a quiet month', 'pink', 'Seasonality caveat: wait for the April figures.'],
  ];
  for (const [quote, color, note] of firstMarks) {
    const start = first.text.indexOf(quote);
    await call('createHighlight', { articleId: first.id, start, end: start + quote.length, color, note });
  }
  await call('saveArticleNote', { articleId: first.id, body: 'Primary source for the queue figures; the authority publishes them weekly.' });
  // Source and information grades: "B" on the article, "B2" beside its first passage.
  await call('setSourceGrade', { id: first.id, grade: 'B' });
  // Key judgments citing those passages: the cover prints them with footnotes.
  const cited = preview.backend.library.db.prepare('SELECT id FROM highlights WHERE article_id = ? ORDER BY id').pluck().all(first.id) as number[];
  await call('createJudgment', {
    briefingId: 1,
    text: 'Queues at the northern corridor ports will very likely stay below last winter’s level through the spring.',
    likelihood: 'very-likely',
    confidence: 'moderate',
    highlightIds: cited.slice(0, 2),
  });
  await call('createJudgment', {
    briefingId: 1,
    text: 'The February figures are unlikely to hold once seasonal traffic returns in April.',
    likelihood: 'unlikely',
    confidence: 'low',
    highlightIds: cited.slice(2, 3),
  });
  await call('setHighlightCredibility', { id: cited[0], credibility: 2 });
  const print = async (name: string, options: PdfOptions) => {
    const file = path.join(dataDir, `${name}.pdf`);
    const pdf = await preview.printPdf({ briefingId: 1, options }, () => undefined);
    fs.writeFileSync(file, pdf);
    return { file, pages: destinationPages(pdf) };
  };
  const full = await print('full', { content: 'full', paper: 'a4', notes: 'margin', timeline: true });
  pdfPage(full.file, 1, 'pdf-cover');
  pdfPage(full.file, 2, 'pdf-contents');
  pdfPage(full.file, full.pages.get('article-1') ?? 3, 'pdf-graded');
  // The imported page with its highlights, wherever the import placed it in the briefing.
  const order = ((await call('getBriefing', { id: 1 })) as { articles: Array<{ id: number }> }).articles.map((a) => a.id);
  pdfPage(full.file, full.pages.get(`article-${order.indexOf(highlightedArticleId) + 1}`) ?? 5, 'pdf-article');
  pdfPage(full.file, full.pages.get('timeline') ?? 6, 'pdf-timeline');
  pdfPage(full.file, full.pages.get('entity-index') ?? 7, 'pdf-entities');
  const digest = await print('digest', { content: 'digest', paper: 'a4', notes: 'margin', timeline: false });
  pdfPage(digest.file, 3, 'pdf-digest');
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-screens-'));
const site = await serveFixture();
const preview = await startPreview({ dataDir, libraryDir: path.join(dataDir, 'library') });
const browser = await launchChromium();
const viewport = { width: 1600, height: 1000 };
try {
  const imported = await preview.backend.dispatch('importBatch', {
    batchId: 'screenshots',
    items: [
      { kind: 'url', url: site.url },
      // Names for the PDF's entity index (the other articles name no one).
      {
        kind: 'text',
        name: 'inspection-chief.txt',
        text: [
          'Vellmar names a new head of inspections',
          'Mara Lindqvist, a former customs official, will lead inspections at the Port of Vellmar from 1 April, the Vellmar Port Authority said on Tuesday.',
          'Lindqvist told the Baltic Freight Association in Riga that the inland depots would stay open through the harvest. The European Commission is expected to review the scheme in June.',
        ].join('\n\n'),
      },
    ],
    briefingId: 1,
  });
  if (!imported.ok) throw new Error(imported.error.message);
  const articleId = (imported.value as ImportOutcome[])[0]?.id;
  if (!articleId) throw new Error('the fixture page was not imported');
  const article = await preview.backend.dispatch('getArticle', { id: articleId });
  if (!article.ok) throw new Error(article.error.message);
  // A few highlights with notes, as an analyst would leave them.
  const marks: Array<[string, 'yellow' | 'green' | 'blue' | 'pink' | 'purple', string]> = [
    ['Thirty-one bulk carriers were anchored outside the breakwater', 'yellow', 'Highest count since 2020 — check the bulletin archive.'],
    ['two of five loading arms have been out of service since March', 'blue', 'Why so long? Ask the terminal operator.'],
    ['"We can add people faster than we can add steel,"', 'pink', ''],
    ['it would not clear the backlog before the harvest peak in June', 'green', 'Agents’ view; plausible given arm repairs.'],
  ];
  for (const [quote, color, note] of marks) {
    const start = (article.value as Article).text.indexOf(quote);
    if (start < 0) throw new Error(`"${quote}" is not in the article`);
    const made = await preview.backend.dispatch('createHighlight', { articleId, start, end: start + quote.length, color, note });
    if (!made.ok) throw new Error(made.error.message);
  }
  // Tags on the articles and on two highlights, as the organize screenshots show them.
  const tag = async (kind: 'article' | 'highlight', ids: number[], name: string) => {
    const tagged = await preview.backend.dispatch('tagItems', { kind, ids, name });
    if (!tagged.ok) throw new Error(tagged.error.message);
  };
  const all = (preview.backend.library.db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[]);
  await tag('article', all, 'Grain corridor');
  await tag('article', [articleId], 'Ports');
  const highlightIds = preview.backend.library.db.prepare('SELECT id FROM highlights ORDER BY id').pluck().all() as number[];
  await tag('highlight', highlightIds.slice(0, 2), 'Capacity');
  await tag('highlight', highlightIds.slice(1, 2), 'Follow up with operator');
  fs.mkdirSync(out, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme: scheme, viewport });
    const page = await context.newPage();
    await page.goto(preview.bridge.appUrl);
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Sample briefing/ }).click();
    await page.getByRole('option', { name: 'Northern corridor ports report shorter queues after new inspection rules' }).click();
    await shoot(page, `library-${scheme}`);
    await page.getByRole('option', { name: /Harbour authority doubles night shifts/ }).click();
    await page.getByRole('article', { name: 'Reader' }).getByRole('img').first().waitFor();
    await page.locator('.reader-body mark').first().waitFor();
    await page.getByRole('button', { name: 'Notes', exact: true }).click();
    await shoot(page, `reader-${scheme}`);
    await page.getByRole('button', { name: 'Notes', exact: true }).click();
    // Organize: the library sorted by title with the filter bar open; the evidence locker with a passage opened.
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Grain corridor/ }).click();
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('title');
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByRole('group', { name: 'Filters' }).getByRole('combobox', { name: 'Highlight colour' }).selectOption('blue');
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().click();
    await shoot(page, `organize-${scheme}`);
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Evidence', exact: true }).click();
    const locker = page.getByRole('listbox', { name: 'Highlights' });
    await locker.getByRole('option').nth(2).click();
    await page.locator('.reader-body mark[data-flash]').first().waitFor();
    await locker.getByRole('option').nth(0).locator('.evidence-check').click();
    await locker.getByRole('option').nth(1).locator('.evidence-check').click();
    await page.waitForTimeout(1200);
    await shoot(page, `evidence-${scheme}`);
    await context.close();
  }
  await shootPdf(articleId);
} finally {
  await browser.close();
  await preview.close();
  site.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
