/**
 * The app in a small window: at 1024×768 the reader's toolbar keeps every
 * action on screen and usable; a highlight's popover stays inside the window
 * wherever its highlight sits; the evidence locker, entities and timeline
 * use the whole width.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp, type PreviewSession } from '../helpers/chromium.ts';
import { FIXTURES } from '../helpers/importer.ts';
import { solidPng } from '../helpers/png.ts';
import { startSite } from '../helpers/site.ts';

const start = useApp();

const HARBOUR = 'Harbour authority doubles night shifts as grain backlog grows';
const SCREENSHOTS = path.resolve('test-results/screenshots');

async function call<T>(session: PreviewSession, name: string, args: unknown): Promise<T> {
  const result = await session.preview.backend.dispatch(name, args);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

/** The harbour report imported by its address (so the reader offers every action: open source, check for changes). */
async function importHarbour(session: PreviewSession): Promise<number> {
  const site = await startSite({
    '/news/harbour': { body: fs.readFileSync(path.join(FIXTURES, 'pages/harbour-report.html')) },
    '/images/quay.png': { type: 'image/png', body: solidPng(80, 45, [40, 90, 140]) },
    '/images/chart.png': { type: 'image/png', body: solidPng(64, 32, [200, 120, 30]) },
  });
  const [outcome] = await call<Array<{ id: number }>>(session, 'importBatch', { batchId: 'window-fit', items: [{ kind: 'url', url: site.url('/news/harbour') }] });
  return outcome!.id;
}

async function openHarbour(page: Page): Promise<Locator> {
  await page.reload();
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^All articles/ }).click();
  await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: HARBOUR }).click();
  const reader = page.getByRole('article', { name: 'Reader' });
  await reader.getByText(/The harbour authority of the fictional port of Vellmar/).waitFor();
  return reader;
}

/** The element's box lies inside the window, and a click at its centre would reach it (nothing covers it). */
async function expectOnScreenAndReachable(control: Locator, page: Page): Promise<void> {
  const viewport = page.viewportSize()!;
  const box = (await control.boundingBox())!;
  expect(box, await control.evaluate((element) => element.outerHTML.slice(0, 120))).toBeTruthy();
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(await control.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    return hit !== null && element.contains(hit);
  })).toBe(true);
}

async function expectInsideWindow(element: Locator, page: Page): Promise<void> {
  const viewport = page.viewportSize()!;
  const box = (await element.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
}

describe('the reader toolbar in a 1024 px window', () => {
  it('keeps every action on screen, named and usable (and the list’s and the sidebar’s too)', async () => {
    const session = await start();
    const { page, pageErrors } = session;
    await importHarbour(session);
    await page.setViewportSize({ width: 1024, height: 768 });
    const reader = await openHarbour(page);
    const names = ['Mark as read', 'Open source', 'Add to briefing…', 'Check for changes', 'Colours', 'Notes', 'Keyboard shortcuts'];
    for (const name of names) {
      await expectOnScreenAndReachable(reader.getByRole(name === 'Open source' ? 'link' : 'button', { name, exact: true }), page);
    }
    // And around it: the list's Filters and the sidebar's Library menu.
    await expectOnScreenAndReachable(page.getByRole('button', { name: /^Filters/ }), page);
    await expectOnScreenAndReachable(page.getByRole('button', { name: 'Library', exact: true }), page);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'reader-toolbar-1024x768.png') });

    await reader.getByRole('button', { name: 'Notes', exact: true }).click();
    await page.getByRole('complementary', { name: 'Notes' }).waitFor();
    await expectOnScreenAndReachable(reader.getByRole('button', { name: 'Keyboard shortcuts' }), page);
    await reader.getByRole('button', { name: 'Mark as read' }).click();
    await expectOnScreenAndReachable(reader.getByRole('button', { name: 'Mark as unread' }), page);
    expect(pageErrors).toEqual([]);
  });
});

describe('a long title in a 900 px window', () => {
  it('is set smaller and takes at most half the window, so the article starts on the first screen', async () => {
    const session = await start();
    const { page, pageErrors } = session;
    const id = await importHarbour(session);
    const title = `${HARBOUR}: ${'the port authority, shipping agents and grain traders disagree on how long the queue of ships will last, '.repeat(3)}`.slice(0, 300);
    await call(session, 'updateArticleDetails', { id, title });
    await page.setViewportSize({ width: 900, height: 700 });
    await page.reload();
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^All articles/ }).click();
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: /^Harbour authority doubles night shifts/ }).click();
    const heading = page.getByRole('article', { name: 'Reader' }).getByRole('heading', { level: 2, name: title });
    await heading.waitFor();
    expect((await heading.boundingBox())!.height).toBeLessThanOrEqual(700 / 2);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'long-title-900x700.png') });
    expect(pageErrors).toEqual([]);
  });
});

describe('a briefing’s header in a 1024 px window', () => {
  it('shows its count of articles whole beside the marking, Import and Export, whatever the marking (and so does the sidebar)', async () => {
    const session = await start();
    const { page } = session;
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Sample briefing/ }).click();
    const header = page.locator('.briefing-header');
    const count = header.getByText('2 articles', { exact: true });
    const sidebarCount = page.getByRole('navigation', { name: 'Library' }).locator('.briefing-item-count');
    for (const marking of ['TLP:GREEN', 'TLP:AMBER+STRICT']) {
      await header.getByRole('combobox', { name: 'Handling marking' }).selectOption({ label: marking });
      await expect.poll(() => header.getByRole('combobox', { name: 'Handling marking' }).inputValue()).toBe(marking.slice('TLP:'.length));
      expect(await count.evaluate((element) => element.scrollWidth <= element.clientWidth), marking).toBe(true);
      expect(await sidebarCount.evaluate((element) => element.scrollWidth <= element.clientWidth && element.getBoundingClientRect().right <= element.closest('nav')!.getBoundingClientRect().right), marking).toBe(true);
      const [importButton, exportButton] = ['Import', 'Export…'].map((name) => header.getByRole('button', { name, exact: true }));
      for (const button of [importButton!, exportButton!]) await expectOnScreenAndReachable(button, page);
      // Side by side, whichever row they are on.
      expect((await exportButton!.boundingBox())!.y, marking).toBeCloseTo((await importButton!.boundingBox())!.y, 0);
    }
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'briefing-header-1024x700.png') });
  });
});

describe('the notes panel in a small window', () => {
  it.each([
    { width: 1024, height: 700 },
    { width: 1280, height: 800 },
  ])('takes the article list’s room rather than the reading column’s at $width px, and gives it back when closed', async (viewport) => {
    const session = await start();
    const { page } = session;
    await importHarbour(session);
    await page.setViewportSize(viewport);
    const reader = await openHarbour(page);
    const column = reader.locator('.reader-body');
    const list = page.getByRole('listbox', { name: 'Articles' });
    await reader.getByRole('button', { name: 'Notes', exact: true }).click();
    await page.getByRole('complementary', { name: 'Notes' }).waitFor();
    await expect.poll(async () => (await column.boundingBox())!.width).toBeGreaterThanOrEqual(440);
    expect(await list.isVisible()).toBe(false);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, `notes-panel-${viewport.width}x${viewport.height}.png`) });
    await page.getByRole('complementary', { name: 'Notes' }).getByRole('button', { name: /Close/ }).click();
    await expect.poll(() => list.isVisible()).toBe(true);
    expect(await reader.getByRole('button', { name: 'Notes', exact: true }).evaluate((button) => button === document.activeElement)).toBe(true);
  });
});

describe('a highlight’s popover in a small window', () => {
  it('stays inside the window with its highlight at the top, middle and bottom, left and right', async () => {
    const session = await start();
    const { page, pageErrors } = session;
    const articleId = await importHarbour(session);
    const { text } = await call<{ text: string }>(session, 'getArticle', { id: articleId });
    const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
    const first = await call<{ id: number }>(session, 'createHighlight', { articleId, ...at('The harbour authority'), color: 'yellow' });
    const last = await call<{ id: number }>(session, 'createHighlight', { articleId, ...at('falls below twenty ships.'), color: 'blue' });
    await page.setViewportSize({ width: 1024, height: 560 });
    await openHarbour(page);
    const popover = page.getByRole('dialog', { name: /^Highlight/ });

    for (const [id, block] of [
      [first.id, 'start'],
      [first.id, 'center'],
      [first.id, 'end'],
      [last.id, 'start'],
      [last.id, 'center'],
      [last.id, 'end'],
    ] as const) {
      const mark = page.locator(`.reader-body mark[data-highlight-id="${id}"]`).first();
      await mark.evaluate((element, where) => element.scrollIntoView({ block: where }), block);
      await mark.click();
      await popover.waitFor();
      await expectInsideWindow(popover, page);
      await page.keyboard.press('Escape');
      await expect.poll(() => popover.count()).toBe(0);
    }
    expect(pageErrors).toEqual([]);
  });
});

describe('the evidence locker, entities and timeline', () => {
  it('keep a name beside its count, a sentence and a quote short enough to read in a 1920 px window', async () => {
    const session = await start();
    const { page } = session;
    const articleId = await importHarbour(session);
    const { text } = await call<{ text: string }>(session, 'getArticle', { id: articleId });
    await call(session, 'createHighlight', { articleId, start: text.indexOf('Thirty-one bulk carriers'), end: text.indexOf('Thirty-one bulk carriers') + 24, color: 'yellow' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.reload();
    const sidebar = page.getByRole('navigation', { name: 'Library' });
    for (const [view, row, widest] of [
      ['Entities', '.entity-row', 1000],
      ['Timeline', '.timeline-event', 1000],
      ['Evidence', '.evidence-row', 1000],
      ['Evidence', '.evidence-filters .select', 500],
    ] as const) {
      await sidebar.getByRole('button', { name: view, exact: true }).click();
      await page.locator('.list-pane').locator(row).first().waitFor();
      const widths = await page.locator('.list-pane').locator(row).evaluateAll((rows) => rows.map((element) => element.getBoundingClientRect().width));
      expect(Math.max(...widths), `${view} ${row}`).toBeLessThanOrEqual(widest);
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, `${view.toLowerCase()}-1920x1080.png`) });
    }
  });
  it('use the whole width beside the sidebar, and make room for a passage opened from them', async () => {
    const session = await start();
    const { page, pageErrors } = session;
    const articleId = await importHarbour(session);
    const { text } = await call<{ text: string }>(session, 'getArticle', { id: articleId });
    await call(session, 'createHighlight', { articleId, start: text.indexOf('Thirty-one bulk carriers'), end: text.indexOf('Thirty-one bulk carriers') + 24, color: 'yellow' });
    await page.reload();
    const sidebar = page.getByRole('navigation', { name: 'Library' });
    const sidebarRight = (await sidebar.boundingBox())!.width;
    const width = page.viewportSize()!.width;

    for (const view of ['Evidence', 'Entities', 'Timeline']) {
      await sidebar.getByRole('button', { name: view, exact: true }).click();
      const pane = page.locator('.list-pane');
      await expect.poll(async () => (await pane.boundingBox())!.width).toBeGreaterThan(width - sidebarRight - 2);
      expect(await page.getByRole('article', { name: 'Reader' }).count()).toBe(0);
      expect(await page.getByText('Select an article to read it').count()).toBe(0);
    }

    await sidebar.getByRole('button', { name: 'Evidence', exact: true }).click();
    await page.getByRole('listbox', { name: 'Highlights' }).getByRole('option').first().dblclick();
    const reader = page.getByRole('article', { name: 'Reader' });
    await reader.getByText(/Thirty-one bulk carriers/).waitFor();
    expect((await page.locator('.list-pane').boundingBox())!.width).toBeLessThan(width / 2);
    await reader.getByRole('button', { name: 'Close article' }).click();
    await expect.poll(() => reader.count()).toBe(0);
    await expect.poll(async () => (await page.locator('.list-pane').boundingBox())!.width).toBeGreaterThan(width - sidebarRight - 2);
    expect(pageErrors).toEqual([]);
  });
});
