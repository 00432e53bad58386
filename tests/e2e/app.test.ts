import fs from 'node:fs';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../electron/library/library.ts';
import { useApp } from '../helpers/chromium.ts';
import { tempDir } from '../helpers/temp.ts';

const start = useApp();

describe('the app in Chromium, on the real handlers', () => {
  it('opens on a first run with the sample briefing, and loads nothing from the network', async () => {
    const { page, foreignRequests, pageErrors } = await start();
    const library = page.getByRole('navigation', { name: 'Library' });
    await expect.poll(() => library.getByRole('button', { name: /^Sample briefing: northern corridor/ }).count()).toBe(1);
    await library.getByRole('button', { name: /^Sample briefing: northern corridor/ }).click();
    const article = page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: 'Northern corridor ports report shorter queues after new inspection rules' });
    await article.click();
    const reader = page.getByRole('article', { name: 'Reader' });
    await expect.poll(() => reader.getByText(/Average waiting time for container ships/).count()).toBe(1);
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('a keyboard user tabs to the article list on a first run and presses Enter: the article opens with focus in the reader', async () => {
    const { page } = await start();
    const firstArticle = page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first();
    const title = 'How to read a briefing: judgments first, evidence after';
    await expect.poll(() => firstArticle.textContent()).toContain(title);
    const hasFocus = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);
    for (let presses = 0; presses < 30 && !(await hasFocus(firstArticle)); presses++) await page.keyboard.press('Tab');
    expect(await hasFocus(firstArticle)).toBe(true);
    expect(await page.getByRole('article', { name: 'Reader' }).count()).toBe(0);

    await page.keyboard.press('Enter');
    const reader = page.getByRole('article', { name: 'Reader' });
    await expect.poll(() => reader.getByRole('heading', { level: 2 }).textContent()).toBe(title);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('reader-scroll');
  });

  it('keeps a change made in the UI across a reload: rename a briefing and set its marking', async () => {
    const session = await start();
    const { page } = session;
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Sample briefing/ }).click();
    await page.getByRole('button', { name: 'Rename' }).click();
    const title = page.getByRole('textbox', { name: 'Briefing title' });
    await title.fill('Corridor watch, week 9');
    await title.press('Enter');
    await page.getByRole('combobox', { name: 'Handling marking', exact: true }).selectOption('AMBER');
    await expect.poll(() => session.preview.backend.library.db.prepare('SELECT title || \'|\' || marking FROM briefings').pluck().get()).toBe('Corridor watch, week 9|AMBER');

    await page.reload();
    const library = page.getByRole('navigation', { name: 'Library' });
    await expect.poll(() => library.getByRole('button', { name: /^Corridor watch, week 9/ }).count()).toBe(1);
    await library.getByRole('button', { name: /^Corridor watch, week 9/ }).click();
    await expect.poll(() => page.getByRole('combobox', { name: 'Handling marking', exact: true }).inputValue()).toBe('AMBER');
  });

  it('marks an article as read, and it stays read after a reload', async () => {
    const { page } = await start();
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Sample briefing/ }).click();
    await page.getByRole('option', { name: 'How to read a briefing: judgments first, evidence after' }).click();
    await page.getByRole('button', { name: 'Mark as read' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Mark as unread' }).count()).toBe(1);
    await page.reload();
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Sample briefing/ }).click();
    await page.getByRole('option', { name: 'How to read a briefing: judgments first, evidence after' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Mark as unread' }).count()).toBe(1);
  });

  it('creates a briefing from the sidebar', async () => {
    const session = await start();
    const { page } = session;
    await page.getByRole('button', { name: 'New briefing' }).click();
    await page.getByRole('textbox', { name: 'New briefing title' }).fill('Morning brief');
    await page.getByRole('textbox', { name: 'New briefing title' }).press('Enter');
    const library = page.getByRole('navigation', { name: 'Library' });
    await expect.poll(() => library.getByRole('button', { name: /^Morning brief/ }).count()).toBe(1);
    expect(session.preview.backend.library.db.prepare('SELECT count(*) FROM briefings').pluck().get()).toBe(2);
  });

  it('follows a dark system theme', async () => {
    const { page } = await start({ colorScheme: 'dark' });
    await page.getByRole('navigation', { name: 'Library' }).waitFor();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
    expect(r! + g! + b!).toBeLessThan(200);
  });

  it('says how to start when the library is empty', async () => {
    const dataDir = tempDir('data');
    const libraryDir = path.join(dataDir, 'library');
    openLibrary(libraryDir).close();
    const { page } = await start({ dataDir, libraryDir });
    await expect.poll(() => page.getByText(/Articles you save appear here/i).count()).toBeGreaterThan(0);
    expect(fs.existsSync(path.join(libraryDir, 'library.db'))).toBe(true);
  });
});
