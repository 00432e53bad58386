/**
 * Reviewing a cleaned text copy in Chromium, on the real handlers: an analyst
 * pastes a page copy whose cleaner takes a story paragraph for a photo
 * caption, highlights a later passage, opens the review from the note under
 * the title, sees the paragraph struck out, puts it back and applies; the
 * reader shows the paragraph, the highlight is still painted on its passage,
 * and the earlier text is kept as a capture. Undo takes the line out again.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shoot, useApp } from '../helpers/chromium.ts';
import { seriousViolations } from '../helpers/axe.ts';
import { FIXTURES } from '../helpers/importer.ts';

const start = useApp();

const TITLE = 'Harbour strike ends after three weeks of talks';
const DROPPED = 'The union said the deal raises wages by six percent over two years and limits night shifts.';
const HIGHLIGHTED = 'welcomed the news';

/** The text of the highlights painted in the article. */
const painted = (page: Page) => page.locator('.reader-body mark.highlight-mark').allTextContents();

describe('reviewing a cleaned copy', () => {
  it('a user puts back a story line the cleaner left out of a pasted page, and the highlight stays', async () => {
    const session = await start({ colorScheme: 'light' });
    const { page, preview, pageErrors } = session;
    await page.getByRole('navigation', { name: 'Library' }).waitFor();
    await page.getByRole('button', { name: 'Import' }).first().click();
    const importDialog = page.getByRole('dialog', { name: 'Import articles' });
    await importDialog.getByRole('textbox', { name: 'Pasted text' }).fill(fs.readFileSync(path.join(FIXTURES, 'textdumps/photo-credit-drops-story.txt'), 'utf8'));
    await importDialog.getByRole('button', { name: 'Import' }).click();
    const db = preview.backend.library.db;
    await expect.poll(() => db.prepare('SELECT id FROM articles WHERE title = ?').pluck().get(TITLE), { timeout: 20_000 }).toBeTypeOf('number');
    const id = db.prepare('SELECT id FROM articles WHERE title = ?').pluck().get(TITLE) as number;
    const savedText = db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(id) as string;
    const at = savedText.indexOf(HIGHLIGHTED);
    expect(await preview.backend.dispatch('createHighlight', { articleId: id, start: at, end: at + HIGHLIGHTED.length, color: 'yellow' })).toMatchObject({ ok: true });

    await page.reload();
    await page.getByRole('button', { name: 'All articles' }).click();
    await page.getByRole('option', { name: TITLE }).click();
    const reader = page.getByRole('article', { name: 'Reader' });
    await reader.getByRole('heading', { level: 2, name: TITLE }).waitFor();
    await expect.poll(() => painted(page)).toEqual([HIGHLIGHTED]);
    expect(await reader.getByText(DROPPED).count()).toBe(0);
    const note = reader.locator('.cleaned-copy-note');
    await expect.poll(() => note.textContent()).toBe('Cleaned from a pasted copy8 lines left outReview');

    // The article's actions offer the review too; the note's Review opens it here.
    await reader.getByRole('button', { name: 'Article actions' }).click();
    expect(await page.getByRole('menuitem', { name: 'Review cleaned copy…' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    // The dots between the note's parts are drawn, not read: the button is named "Review", not "· Review".
    await note.getByRole('button', { name: 'Review', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Review cleaned copy' });
    const lines = dialog.getByRole('list', { name: 'Lines of the original copy' });
    await lines.getByRole('listitem').first().waitFor();
    expect(await lines.getByRole('listitem').count()).toBe(16);
    const line = lines.getByRole('listitem').filter({ hasText: DROPPED });
    expect(await line.getAttribute('data-in-story')).toBeNull();
    expect(await line.locator('.cleaned-copy-text').evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('line-through');
    const putBack = line.getByRole('checkbox', { name: 'Put back line 7' });
    expect(await putBack.getAttribute('aria-describedby')).toBeTruthy();
    expect(await dialog.getByRole('button', { name: 'Apply' }).isDisabled()).toBe(true);
    expect(await seriousViolations(page, '.cleaned-copy-dialog')).toEqual([]);

    // By keyboard: focus the toggle and press Space.
    await putBack.focus();
    await page.keyboard.press('Space');
    expect(await putBack.isChecked()).toBe(true);
    expect(await line.getAttribute('data-in-story')).toBe('true');
    await expect.poll(() => dialog.locator('.cleaned-copy-count').textContent()).toBe('7 lines left out');
    await line.scrollIntoViewIfNeeded();
    await shoot(page, 'cleaned-copy-review');
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    await expect.poll(() => reader.getByText(DROPPED).count()).toBe(1);
    await expect.poll(() => painted(page)).toEqual([HIGHLIGHTED]);
    await expect.poll(() => note.textContent()).toBe('Cleaned from a pasted copy7 lines left outReview');
    expect(db.prepare('SELECT text FROM article_captures WHERE article_id = ?').pluck().all(id)).toEqual([savedText]);

    // The notice's Undo applies the review as it was: the line is out again, the highlight still painted.
    await page.getByRole('status').filter({ hasText: 'Rebuilt the article from the pasted copy' }).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => reader.getByText(DROPPED).count()).toBe(0);
    await expect.poll(() => painted(page)).toEqual([HIGHLIGHTED]);
    await expect.poll(() => note.textContent()).toBe('Cleaned from a pasted copy8 lines left outReview');
    expect(pageErrors).toEqual([]);
  });

  it('a copy the cleaner kept whole says nothing was left out and offers no review of zero lines in the note', async () => {
    const session = await start({ colorScheme: 'light' });
    const { page, preview, pageErrors } = session;
    const cleanTitle = 'Ferry timetable returns to summer hours';
    const cleanCopy = `${cleanTitle}\n\nThe island ferry returns to its summer timetable on Monday, with a first crossing at six in the morning.\n\nThe operator said the late crossing on Fridays would run again from June, after a winter without it.`;
    expect(await preview.backend.dispatch('importBatch', { batchId: 'clean-copy', items: [{ kind: 'text', text: cleanCopy }] })).toMatchObject({ ok: true });

    await page.getByRole('navigation', { name: 'Library' }).waitFor();
    await page.getByRole('button', { name: 'All articles' }).click();
    await page.getByRole('option', { name: cleanTitle }).click();
    const reader = page.getByRole('article', { name: 'Reader' });
    await reader.getByRole('heading', { level: 2, name: cleanTitle }).waitFor();
    const note = reader.locator('.cleaned-copy-note');
    await expect.poll(() => note.textContent()).toBe('Cleaned from a pasted copyNothing left out');
    expect(await note.getByRole('button').count()).toBe(0);

    // The article's actions still open the review, to leave a line out.
    await reader.getByRole('button', { name: 'Article actions' }).click();
    await page.getByRole('menuitem', { name: 'Review cleaned copy…' }).click();
    const lines = page.getByRole('dialog', { name: 'Review cleaned copy' }).getByRole('list', { name: 'Lines of the original copy' });
    await lines.getByRole('listitem').first().waitFor();
    expect(await lines.getByRole('checkbox', { name: /^Leave out line/ }).count()).toBe(2);
    expect(pageErrors).toEqual([]);
  });
});
