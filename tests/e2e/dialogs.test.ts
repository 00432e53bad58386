/**
 * Dialogs opened by a double click stay open: the second click of a double
 * click on the button that opened one lands on its backdrop (or on the
 * button again) and must not close it. A single deliberate click on the
 * backdrop still does.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from '../helpers/chromium.ts';

const start = useApp();

const ARTICLE = 'Northern corridor ports report shorter queues after new inspection rules';

async function openArticle(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Sample briefing/ }).click();
  await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: ARTICLE }).click();
  await page.getByRole('article', { name: 'Reader' }).getByText(/Average waiting time/).waitFor();
}

/** Still open a while after the double click (a close would have happened by then). */
async function expectStaysOpen(dialog: Locator, page: Page): Promise<void> {
  await dialog.waitFor();
  await page.waitForTimeout(300);
  expect(await dialog.isVisible()).toBe(true);
}

/** A click on the dimmed window beside the dialog, near the top left corner. */
async function clickBackdrop(page: Page): Promise<void> {
  await page.mouse.click(8, 8);
}

describe('a double click on a button that opens a dialog', () => {
  it('leaves the reader’s dialogs open; one click on the backdrop closes them', async () => {
    const { page, pageErrors } = await start();
    await openArticle(page);
    const reader = page.getByRole('article', { name: 'Reader' });

    await reader.getByRole('button', { name: 'Keyboard shortcuts' }).dblclick();
    const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expectStaysOpen(shortcuts, page);
    await clickBackdrop(page);
    await expect.poll(() => shortcuts.count()).toBe(0);

    await reader.getByRole('button', { name: 'Colours' }).dblclick();
    const colours = page.getByRole('dialog', { name: 'Highlight colours' });
    await expectStaysOpen(colours, page);
    await page.keyboard.press('Escape');
    await expect.poll(() => colours.count()).toBe(0);

    await reader.getByRole('button', { name: 'Add to briefing…' }).dblclick();
    await expectStaysOpen(page.getByRole('dialog', { name: 'Add to briefing' }), page);
    expect(pageErrors).toEqual([]);
  });

  it('leaves search and the reading settings open; a single click on the settings button still closes them', async () => {
    const { page, pageErrors } = await start();
    await page.getByRole('navigation', { name: 'Library' }).waitFor();

    await page.getByRole('button', { name: /^Search/ }).first().dblclick();
    const search = page.getByRole('dialog', { name: 'Search the library' });
    await expectStaysOpen(search, page);
    await clickBackdrop(page);
    await expect.poll(() => search.isVisible()).toBe(false);

    await page.getByRole('button', { name: 'Reading settings' }).dblclick();
    const settings = page.getByRole('dialog', { name: 'Reading settings' });
    await expectStaysOpen(settings, page);
    await page.getByRole('button', { name: 'Reading settings' }).click();
    await expect.poll(() => settings.isVisible()).toBe(false);
    expect(pageErrors).toEqual([]);
  });
});
