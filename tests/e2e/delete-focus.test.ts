/**
 * Deleting an article from the keyboard and taking it back: focus never drops
 * to the page. After the delete (from the reader's actions menu, whose reader
 * goes with the article) and after the notice's Undo or Dismiss, it is on the
 * article list's current row, so the arrow keys and Enter go on from there.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from '../helpers/chromium.ts';

const start = useApp();

const SAMPLE = 'Northern corridor ports report shorter queues after new inspection rules';

/** What holds focus: the article row's title, or the element's tag when it is not a row. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    const row = active?.closest('[role="listbox"][aria-label="Articles"] [role="option"]');
    return row === active && row ? `row: ${row.querySelector('.article-row-title')?.textContent}` : (active?.tagName ?? 'none');
  });

async function deleteFromReaderMenu(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^All articles/ }).click();
  await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: SAMPLE }).click();
  const actions = page.getByRole('article', { name: 'Reader' }).getByRole('button', { name: 'Article actions' });
  await actions.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Delete article…' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: /^Delete/ }).getByRole('button', { name: 'Delete article' }).focus();
  await page.keyboard.press('Enter');
  await page.getByText(`Deleted “${SAMPLE}”`).waitFor();
}

describe('focus after deleting an article', () => {
  it('rests on the list after the delete and after Undo brings the article back', async () => {
    const session = await start();
    const { page } = session;
    await deleteFromReaderMenu(page);
    await expect.poll(() => focused(page)).toMatch(/^row: /);

    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText(`“${SAMPLE}” is back`).waitFor();
    await expect.poll(() => focused(page)).toMatch(/^row: /);
    expect(session.pageErrors).toEqual([]);
  });

  it('rests on the list after the notice is dismissed', async () => {
    const session = await start();
    const { page } = session;
    await deleteFromReaderMenu(page);
    await page.getByRole('button', { name: 'Dismiss notice' }).click();
    await expect.poll(() => focused(page)).toMatch(/^row: /);
    expect(session.pageErrors).toEqual([]);
  });
});
