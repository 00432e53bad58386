import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp, type PreviewSession } from '../helpers/chromium.ts';
import { FIXTURES } from '../helpers/importer.ts';
import { solidPng } from '../helpers/png.ts';
import { startSite } from '../helpers/site.ts';
import { tempDir } from '../helpers/temp.ts';

const openSession = useApp();

async function start(): Promise<PreviewSession> {
  const session = await openSession();
  await session.page.getByRole('navigation', { name: 'Library' }).waitFor();
  return session;
}

const articleCount = (session: PreviewSession) => session.preview.backend.library.db.prepare('SELECT count(*) FROM articles').pluck().get() as number;

/** Drops files onto the window the way a file manager does. */
async function dropFiles(page: Page, files: Array<{ name: string; content: string; pretendSize?: number }>): Promise<void> {
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const { name, content, pretendSize } of list) {
      const file = new File([content], name);
      if (pretendSize) Object.defineProperty(file, 'size', { value: pretendSize });
      transfer.items.add(file);
    }
    return transfer;
  }, files);
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('body', type, { dataTransfer });
}

/** From here on nothing may leave the preview: the page must read from the library's cache. */
async function blockNetwork(session: PreviewSession): Promise<void> {
  await session.page.context().route('**/*', (route) =>
    route.request().url().startsWith(session.preview.bridge.origin) ? route.continue() : route.abort(),
  );
}

/** Every image loaded, and from the library's own cache. */
async function expectImagesFromCache(images: Locator, count: number): Promise<void> {
  await expect.poll(() => images.count()).toBe(count);
  await expect
    .poll(() => images.evaluateAll((imgs) => imgs.every((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0)))
    .toBe(true);
  const paths = await images.evaluateAll((imgs) => imgs.map((img) => new URL((img as HTMLImageElement).src).pathname));
  for (const imagePath of paths) expect(imagePath).toMatch(/^\/library-assets\/[0-9a-f]{64}\.png$/);
}

async function waitForResults(page: Page, count: number) {
  const results = page.getByRole('list', { name: 'Import results' });
  await expect.poll(() => results.getByRole('listitem').count(), { timeout: 20_000 }).toBe(count);
  return results;
}

describe('importing in the app', () => {
  it('imports a web page by address; it reads cleanly and shows its images with the network off', async () => {
    const site = await startSite({
      '/news/harbour': { body: fs.readFileSync(path.join(FIXTURES, 'pages/harbour-report.html')) },
      '/images/quay.png': { type: 'image/png', body: solidPng(80, 45, [40, 90, 140]) },
      '/images/chart.png': { type: 'image/png', body: solidPng(64, 32, [200, 120, 30]) },
    });
    const session = await start();
    const { page } = session;
    await page.getByRole('button', { name: 'Import' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Import articles' });
    await dialog.getByRole('textbox', { name: 'Web addresses' }).fill(site.url('/news/harbour'));
    await dialog.getByRole('button', { name: 'Import' }).click();
    const results = await waitForResults(page, 1);
    await expect.poll(() => results.locator('[data-status="saved"]').count()).toBe(1);

    await blockNetwork(session);
    await page.reload();
    await page.getByRole('button', { name: 'All articles' }).click();
    await page.getByRole('option', { name: 'Harbour authority doubles night shifts as grain backlog grows' }).click();
    const reader = page.getByRole('article', { name: 'Reader' });
    await expect.poll(() => reader.getByText(/The harbour authority of the fictional port of Vellmar/).count()).toBe(1);
    await expect.poll(() => reader.getByText(/Most read|All rights reserved/).count()).toBe(0);
    await expectImagesFromCache(reader.locator('img'), 2);
    expect(session.foreignRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('imports a saved page and a text dump with the file picker; images the page points at on this machine are not fetched, only marked', async () => {
    const site = await startSite({
      '/images/quay.png': { type: 'image/png', body: solidPng(80, 45, [40, 90, 140]) },
      '/images/chart.png': { type: 'image/png', body: solidPng(64, 32, [200, 120, 30]) },
    });
    // A page saved from a browser keeps absolute image addresses. These point at this machine (127.0.0.1),
    // and no address was typed that names it: the import must not reach them (SECURITY.md, internal hosts).
    const saved = path.join(tempDir('saved'), 'harbour-saved.html');
    fs.writeFileSync(saved, fs.readFileSync(path.join(FIXTURES, 'pages/harbour-report.html'), 'utf8').replaceAll('src="/images/', `src="${site.origin}/images/`));
    const session = await start();
    const { page } = session;
    const before = articleCount(session);
    await page.getByRole('button', { name: 'Import' }).first().click();
    await page.getByLabel('Choose files to import').setInputFiles([saved, path.join(FIXTURES, 'textdumps/news-wire.txt')]);
    await page.getByRole('dialog', { name: 'Import articles' }).getByRole('button', { name: 'Import' }).click();
    const results = await waitForResults(page, 2);
    await expect.poll(() => results.locator('[data-status="saved"]').count()).toBe(2);
    expect(articleCount(session)).toBe(before + 2);

    await blockNetwork(session);
    await page.reload();
    await page.getByRole('button', { name: 'All articles' }).click();
    await page.getByRole('option', { name: 'Harbour authority doubles night shifts as grain backlog grows' }).click();
    const reader = page.getByRole('article', { name: 'Reader' });
    const images = reader.locator('img');
    await expect.poll(() => images.count()).toBe(2);
    expect(await images.evaluateAll((imgs) => imgs.map((img) => [img.hasAttribute('src'), img.getAttribute('alt')]))).toEqual([
      [false, 'Image not saved: Cranes over the eastern quay at dusk'],
      [false, 'Image not saved: Ships waiting, January to April'],
    ]);
    expect(site.requests).toEqual([]);

    const wire = session.preview.backend.library.db.prepare("SELECT id, title FROM articles WHERE html NOT LIKE '%<img%' ORDER BY id DESC LIMIT 1").get() as { id: number; title: string };
    await page.getByRole('option', { name: wire.title }).click();
    await expect.poll(() => reader.getByRole('heading', { name: wire.title }).count()).toBe(1);
    await expect.poll(() => reader.getByText(/The port authority of Vellmar will double its night shifts/).count()).toBe(1);
    await expect.poll(() => reader.getByText(/Skip to main content|Related Coverage|Editing by Helen Park|All rights reserved/).count()).toBe(0);
    expect(session.foreignRequests).toEqual([]);
  });

  it('imports a page dropped onto the window', async () => {
    const session = await start();
    await dropFiles(session.page, [{ name: 'hebrew.html', content: fs.readFileSync(path.join(FIXTURES, 'pages/hebrew.html'), 'utf8') }]);
    await waitForResults(session.page, 1);
    await expect.poll(() => articleCount(session)).toBe(3);
    const row = session.preview.backend.library.db.prepare("SELECT dir, lang FROM articles WHERE lang = 'he'").get();
    expect(row).toEqual({ dir: 'rtl', lang: 'he' });
  });

  it('keeps a dropped page’s inline image, and says which images were lost, each marked where it was', async () => {
    const session = await start();
    const { page } = session;
    const inline = `data:image/png;base64,${solidPng(120, 60, [40, 120, 80]).toString('base64')}`;
    const harbour = fs.readFileSync(path.join(FIXTURES, 'pages/harbour-report.html'), 'utf8').replace('src="/images/quay.png"', `src="${inline}"`);
    await dropFiles(page, [{ name: 'harbour-saved.html', content: harbour }]);
    const results = await waitForResults(page, 1);
    const row = results.locator('[data-status="saved"]');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('1 image could not be saved.');

    await blockNetwork(session);
    await row.getByRole('button', { name: 'Harbour authority doubles night shifts as grain backlog grows' }).click();
    const reader = page.getByRole('article', { name: 'Reader' });
    await expectImagesFromCache(reader.locator('img[src]'), 1);
    const lost = reader.getByRole('img', { name: 'Image not saved: Ships waiting, January to April' });
    await expect.poll(() => lost.count()).toBe(1);
    const box = (await lost.boundingBox())!;
    expect(box.width).toBeGreaterThan(200);
    expect(box.height).toBeGreaterThan(20);
    expect(await lost.getAttribute('title')).toBe('This image could not be saved when the article was imported.');
    await lost.scrollIntoViewIfNeeded();
    fs.mkdirSync('test-results/screenshots', { recursive: true });
    await reader.screenshot({ path: 'test-results/screenshots/image-not-saved.png' });
    expect(session.foreignRequests).toEqual([]);
  });

  it('shows a reason for each bad input and stores nothing', async () => {
    const session = await start();
    const { page } = session;
    const before = articleCount(session);
    await dropFiles(page, [
      { name: 'report.pdf', content: '%PDF-1.7' },
      { name: 'photo.html', content: '\u0000\u0001\u0002binary' },
      { name: 'empty.html', content: '' },
      { name: 'archive.html', content: '<p>x</p>', pretendSize: 200 * 1024 * 1024 },
      { name: 'menu.html', content: fs.readFileSync(path.join(FIXTURES, 'pages/navigation-only.html'), 'utf8') },
    ]);
    const results = await waitForResults(page, 5);
    for (const reason of [
      /PDF import is not supported yet/,
      /photo\.html is not text/,
      /empty\.html is empty/,
      /archive\.html is 200 MB; the largest file that can be imported is 15 MB/,
      /No article was found in menu\.html/,
    ]) {
      await expect.poll(() => results.getByText(reason).count(), { timeout: 10_000 }).toBe(1);
    }
    // Addresses are checked where they are typed: the dialog says what is wrong and sends nothing.
    await page.getByRole('button', { name: 'Import' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Import articles' });
    const addresses = dialog.getByRole('textbox', { name: 'Web addresses' });
    for (const [address, reason] of [
      ['ftp://files.example/report.html', /Only http and https addresses can be imported, not ftp: addresses/],
      ['javascript:alert(1)', /not javascript: addresses/],
      ['file:///etc/passwd', /not file: addresses/],
    ] as const) {
      await addresses.fill(address);
      await dialog.getByRole('button', { name: 'Import' }).click();
      await expect.poll(() => dialog.getByText(reason).count()).toBe(1);
    }
    const site = await startSite({ '/gone': { status: 404, body: 'gone' }, '/broken': { status: 500, body: 'oops' }, '/scan': { type: 'application/pdf', body: '%PDF-1.7' } });
    const closedPort = Number(new URL(site.origin).port) + 1;
    await addresses.fill([site.url('/gone'), site.url('/broken'), site.url('/scan'), `http://127.0.0.1:${closedPort}/page`].join('\n'));
    await dialog.getByRole('button', { name: 'Import' }).click();
    const fetched = await waitForResults(page, 4);
    for (const reason of [/not found \(HTTP 404\)/, /had an error \(HTTP 500\)/, /PDF import is not supported yet/, /refused the connection|could not be reached/]) {
      await expect.poll(() => fetched.getByText(reason).count(), { timeout: 10_000 }).toBe(1);
    }
    expect(articleCount(session)).toBe(before);
    expect(session.pageErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });

  it('a long Hebrew headline in the import results is cut at its end, never its first words', async () => {
    const { page } = await start();
    await page.getByRole('button', { name: 'Import' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Import articles' });
    await dialog.getByRole('textbox', { name: 'Pasted text' }).fill(fs.readFileSync(path.join(FIXTURES, 'textdumps/hebrew-news.txt'), 'utf8'));
    await dialog.getByRole('button', { name: 'Import' }).click();
    const headline = 'מצפה הכוכבים בגבעת אלון נפתח מחדש לקהל אחרי שיפוץ של שנתיים';
    const result = page.getByRole('list', { name: 'Import results' }).getByRole('button', { name: headline });
    await result.waitFor();
    const shown = await result.evaluate((button) => {
      const firstWords = document.createRange();
      firstWords.setStart(button.firstChild!, 0);
      firstWords.setEnd(button.firstChild!, 'מצפה הכוכבים'.length);
      const words = firstWords.getBoundingClientRect();
      const box = button.getBoundingClientRect();
      return { cut: button.scrollWidth > button.clientWidth, firstWordsShown: words.left >= box.left - 1 && words.right <= box.right + 1 };
    });
    expect(shown).toEqual({ cut: true, firstWordsShown: true });
  });
});
