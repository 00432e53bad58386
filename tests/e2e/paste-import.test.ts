/**
 * Pasting a browser's copy of a page: the copy's page structure (text/html)
 * finds the story; a plain-text copy still goes to the plain-text cleaner.
 * The copy is a real one: Chromium selects all of one of our invented pages
 * on a local site, copies it, and the app gets Ctrl+V.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../electron/import/document.ts';
import { articlesNeedingExtraction } from '../../electron/library/entities.ts';
import { shoot, useApp, type PreviewSession } from '../helpers/chromium.ts';
import { FIXTURES } from '../helpers/importer.ts';
import { solidPng } from '../helpers/png.ts';
import { startSite } from '../helpers/site.ts';

const openSession = useApp();
const PASTED = path.join(FIXTURES, 'pasted-pages');

async function start(): Promise<PreviewSession> {
  const session = await openSession();
  await session.page.getByRole('navigation', { name: 'Library' }).waitFor();
  return session;
}

/** Opens `url` in a tab of the app's browser, selects all and copies it; returns what Chromium put on the clipboard. */
async function copyWholePage(session: PreviewSession, url: string): Promise<{ html: string; text: string }> {
  const context = session.page.context();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const tab = await context.newPage();
  await tab.goto(url);
  await tab.keyboard.press('Control+A');
  await tab.keyboard.press('Control+C');
  const copied = await tab.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const flavour = async (type: string) => (item?.types.includes(type) ? (await item.getType(type)).text() : '');
    return { html: await flavour('text/html'), text: await flavour('text/plain') };
  });
  await tab.close();
  return copied;
}

/** A paste onto the window, carrying exactly these clipboard flavours. */
async function pasteFlavours(page: Page, flavours: Record<string, string>): Promise<void> {
  await page.evaluate((data) => {
    const clipboardData = new DataTransfer();
    for (const [type, value] of Object.entries(data)) clipboardData.setData(type, value);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, flavours);
}

/** The text saved for the article of that title. */
const storedText = (session: PreviewSession, title: string) =>
  session.preview.backend.library.db.prepare('SELECT text FROM articles WHERE title = ?').pluck().get(title) as string;

describe('pasting a copy of a web page', () => {
  it('a real browser copy (Ctrl+A, Ctrl+C, then Ctrl+V in the app) opens as the clean story, titled by its headline', async () => {
    const site = await startSite({ '/shipping/valdmar': { body: fs.readFileSync(path.join(PASTED, 'news-en.html')) } });
    const session = await start();
    const { page } = session;
    const copied = await copyWholePage(session, site.url('/shipping/valdmar'));
    expect(copied.html).toContain('<h1');
    expect(copied.text).toContain('Port of Valdmar clears backlog');

    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.preview.bridge.origin });
    await page.bringToFront();
    await page.keyboard.press('Control+V');
    const dialog = page.getByRole('dialog', { name: 'Import articles' });
    const pasted = dialog.getByRole('textbox', { name: 'Pasted text' });
    await expect.poll(() => pasted.inputValue()).toContain('Port of Valdmar clears backlog');
    await expect.poll(() => dialog.getByText('Copied from a web page: its layout will be used to find the story.').count()).toBe(1);
    await shoot(page, 'paste-browser-copy-dialog');

    await dialog.getByRole('button', { name: 'Import' }).click();
    const reader = page.getByRole('article', { name: 'Reader' });
    await expect.poll(() => reader.getByRole('heading', { name: 'Port of Valdmar clears backlog as inland desk opens' }).count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => reader.getByText(/The Port of Valdmar cleared a backlog/).count()).toBe(1);
    await expect.poll(() => reader.getByText(/officials expect other harbours along the coast/).count()).toBe(1);
    await expect.poll(() => reader.getByText(/Subscribe for|Share on Facebook|Read more:|Shipping Brief|All rights reserved|Rail freight volumes/).count()).toBe(0);
    await shoot(page, 'paste-browser-copy-article');
    const stored = storedText(session, 'Port of Valdmar clears backlog as inland desk opens');
    expect(stored).toContain('Harbour officials said the average wait');
    expect(stored).not.toMatch(/Log in|Home › Business/);
    expect(session.pageErrors).toEqual([]);
  });

  it('a plain-text copy (no page structure) gets the plain-text cleaner’s reading, as before', async () => {
    const session = await start();
    const { page } = session;
    const text = fs.readFileSync(path.join(PASTED, 'wire-es.clipboard.txt'), 'utf8');
    await pasteFlavours(page, { 'text/plain': text });
    const dialog = page.getByRole('dialog', { name: 'Import articles' });
    await expect.poll(() => dialog.getByRole('textbox', { name: 'Pasted text' }).inputValue()).toContain('El embalse de Sierra Alta');
    expect(await dialog.getByText(/Copied from a web page/).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Import' }).click();

    const cleaned = extractDocument({ kind: 'text', source: text, baseUrl: null, label: 'pasted text' });
    const reader = page.getByRole('article', { name: 'Reader' });
    await expect.poll(() => reader.getByRole('heading', { name: cleaned.title }).count(), { timeout: 20_000 }).toBe(1);
    expect(storedText(session, cleaned.title)).toBe(cleaned.text);
  });

  it('a Hebrew copy reads right to left in Pasted text while it is checked, a Spanish one left to right', async () => {
    const session = await start();
    const { page } = session;
    const hebrew = fs.readFileSync(path.join(FIXTURES, 'textdump-corpus/dev/he-business-daily.txt'), 'utf8');
    await pasteFlavours(page, { 'text/plain': hebrew });
    const pasted = page.getByRole('dialog', { name: 'Import articles' }).getByRole('textbox', { name: 'Pasted text' });
    await expect.poll(() => pasted.inputValue()).toContain('רכבת ישראל');
    const direction = () => pasted.evaluate((field) => getComputedStyle(field).direction);
    expect(await direction()).toBe('rtl');
    await pasted.fill(fs.readFileSync(path.join(PASTED, 'wire-es.clipboard.txt'), 'utf8'));
    expect(await direction()).toBe('ltr');
  });

  it('a copy pasted while the Timeline shows says what became of it there: one already saved is named', async () => {
    const session = await start();
    const { page } = session;
    const text = fs.readFileSync(path.join(PASTED, 'wire-es.clipboard.txt'), 'utf8');
    expect(await session.preview.backend.dispatch('importBatch', { batchId: 'timeline-paste-1', items: [{ kind: 'text', text }] })).toMatchObject({ ok: true });
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Timeline' }).click();
    await page.locator('.list-pane').getByRole('heading', { name: 'Timeline' }).waitFor();
    await pasteFlavours(page, { 'text/plain': text });
    await page.getByRole('dialog', { name: 'Import articles' }).getByRole('button', { name: 'Import' }).click();
    const results = page.locator('.list-pane').getByRole('list', { name: 'Import results' });
    await expect.poll(() => results.getByRole('listitem').allTextContents()).toEqual([expect.stringContaining('Already saved')]);
    expect(await page.locator('.list-pane').getByText('1 already saved').count()).toBe(1);
  });

  it('a copy of nothing but a menu and a cookie banner, pasted while a briefing is open, says why it was not saved and changes nothing', async () => {
    const session = await start();
    const { page } = session;
    const { db } = session.preview.backend.library;
    const everything = () =>
      (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'").pluck().all() as string[]).map((table) =>
        JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).all()),
      );
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Sample briefing/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Sample briefing: northern corridor' }).waitFor();
    // The sample's names and dates are read in the background after start; the tables are compared once that is done.
    await expect.poll(() => articlesNeedingExtraction(db, 1), { timeout: 15_000 }).toEqual([]);
    const before = everything();
    await pasteFlavours(page, {
      'text/plain': 'Home\nNews\nWorld\nSport\nWe use cookies to improve your visit. By browsing on you accept them.\nAccept all\nManage preferences\nPrivacy policy\nTerms of use\n© 2026 Harbour Media Group. All rights reserved.\n',
    });
    await page.getByRole('dialog', { name: 'Import articles' }).getByRole('button', { name: 'Import' }).click();
    const panel = page.getByRole('region', { name: 'Import finished' });
    const result = panel.getByRole('list', { name: 'Import results' }).getByRole('listitem');
    await expect.poll(() => result.textContent()).toMatch(/^pasted textFailed: No article text was found: every line looks like page navigation or boilerplate\.$/);
    expect(await panel.getByText('Nothing was added to Sample briefing: northern corridor').count()).toBe(1);
    expect(await panel.getByText(/^Added to/).count()).toBe(0);
    expect(everything()).toEqual(before);
  });

  it('a browser copy pasted into the dialog’s Pasted text keeps its page structure too', async () => {
    const session = await start();
    const { page } = session;
    const read = (name: string) => fs.readFileSync(path.join(PASTED, name), 'utf8');
    await page.getByRole('button', { name: 'Import' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Import articles' });
    const pasted = dialog.getByRole('textbox', { name: 'Pasted text' });
    await pasted.focus();
    await pasted.evaluate((field, data) => {
      const clipboardData = new DataTransfer();
      for (const [type, value] of Object.entries(data)) clipboardData.setData(type, value);
      field.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    }, {
      'text/plain': read('magazine-de.clipboard.txt'),
      // The photo inline, so that saving it needs no network.
      'text/html': read('magazine-de.clipboard.html').replace(
        'https://bilder.wochenblick.example/faehre.jpg',
        `data:image/png;base64,${solidPng(90, 50, [30, 110, 160]).toString('base64')}`,
      ),
    });
    await expect.poll(() => pasted.inputValue()).toContain('Die Fähre nach Nordholm fährt wieder');
    await expect.poll(() => dialog.getByText('Copied from a web page: its layout will be used to find the story.').count()).toBe(1);
    await dialog.getByRole('button', { name: 'Import' }).click();
    const reader = page.getByRole('article', { name: 'Reader' });
    await expect.poll(() => reader.getByRole('heading', { name: 'Die Fähre nach Nordholm fährt wieder' }).count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => reader.getByText(/Kritik kommt von Umweltverbänden/).count()).toBe(1);
    // Only the page structure has the photo: the plain text does not.
    await expect.poll(() => reader.getByRole('img', { name: 'Die Fähre im Hafen' }).count()).toBe(1);
    await expect.poll(() => reader.getByText(/Lesen Sie auch|Meistgelesen|Impressum/).count()).toBe(0);
  });

  it('editing the pasted text drops the page structure: the person’s edit wins', async () => {
    const session = await start();
    const { page } = session;
    const read = (name: string) => fs.readFileSync(path.join(PASTED, name), 'utf8');
    await pasteFlavours(page, { 'text/plain': read('blog-fr.clipboard.txt'), 'text/html': read('blog-fr.clipboard.html') });
    const dialog = page.getByRole('dialog', { name: 'Import articles' });
    const hint = dialog.getByText('Copied from a web page: its layout will be used to find the story.');
    await expect.poll(() => hint.count()).toBe(1);
    const pasted = dialog.getByRole('textbox', { name: 'Pasted text' });
    await pasted.press('End');
    await pasted.press('Backspace');
    await expect.poll(() => hint.count()).toBe(0);
  });

  it('a copy in the dialog is not lost to Escape: it comes back, with its page structure, when the dialog opens again, until Clear', async () => {
    const session = await start();
    const { page } = session;
    const read = (name: string) => fs.readFileSync(path.join(PASTED, name), 'utf8');
    await pasteFlavours(page, { 'text/plain': read('blog-fr.clipboard.txt'), 'text/html': read('blog-fr.clipboard.html') });
    const dialog = page.getByRole('dialog', { name: 'Import articles' });
    const pasted = dialog.getByRole('textbox', { name: 'Pasted text' });
    await expect.poll(() => pasted.inputValue()).not.toBe('');
    const copy = await pasted.inputValue();
    await dialog.getByRole('textbox', { name: 'Web addresses' }).fill('https://example.org/a');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);

    await page.getByRole('button', { name: 'Import' }).first().click();
    await expect.poll(() => pasted.inputValue()).toBe(copy);
    expect(await dialog.getByRole('textbox', { name: 'Web addresses' }).inputValue()).toBe('https://example.org/a');
    expect(await dialog.getByText('Copied from a web page: its layout will be used to find the story.').count()).toBe(1);
    const kept = dialog.getByRole('status').filter({ hasText: 'What you entered before the dialog was closed is still here.' });
    expect(await kept.count()).toBe(1);
    await shoot(page, 'import-dialog-kept-draft');

    await kept.getByRole('button', { name: 'Clear' }).click();
    expect(await pasted.inputValue()).toBe('');
    expect(await dialog.getByRole('textbox', { name: 'Web addresses' }).inputValue()).toBe('');
    expect(await kept.count()).toBe(0);
    // Closed empty, it opens empty and says nothing about before.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Import' }).first().click();
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await kept.count()).toBe(0);
    expect(await pasted.inputValue()).toBe('');
  });
});
