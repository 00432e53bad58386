/**
 * Correcting and deleting articles in Chromium, on the real handlers: an
 * analyst fixes a wrong title, site, date and address from the reader's
 * header (and a byline from the list's context menu), is told plainly what is
 * wrong with a bad value, deletes an article a key judgment cites after being
 * told so, sees the citation read "Highlight deleted", and undoes the delete
 * with Ctrl+Z (and a multi-selection's delete with the notice's Undo): the
 * library is row for row what it was.
 */
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createJudgment } from '../../electron/library/judgments.ts';
import { articlesNeedingExtraction } from '../../electron/library/entities.ts';
import { annotatedLibrary } from '../helpers/annotated-library.ts';
import { useApp, type PreviewSession } from '../helpers/chromium.ts';
import { dumpLibrary } from '../helpers/library-dump.ts';
import { tempDir } from '../helpers/temp.ts';
import { seriousViolations } from '../helpers/axe.ts';

const start = useApp();
/** Where screenshots go, to look at: SCREENSHOTS=dir, else a temporary folder. */
const SHOTS = process.env.SCREENSHOTS ?? tempDir('article-edit-shots');

const PORTS = 'Ports clear the backlog <fast>';
const JUDGMENT = 'Queues will stay short through the spring.';

/** The annotated briefing, with a key judgment citing a highlight of the ports article; the app on it, showing all articles. */
async function openLibraryWithJudgment(colorScheme: 'light' | 'dark' = 'light'): Promise<PreviewSession> {
  const { library, briefingId } = annotatedLibrary();
  const inspections = library.db.prepare("SELECT id FROM highlights WHERE exact = 'moved customs inspections inland'").pluck().get() as number;
  library.transaction((db) => createJudgment(db, { briefingId, text: JUDGMENT, likelihood: 'likely', confidence: 'moderate', highlightIds: [inspections] }, '2026-03-10T09:30:00.000Z'));
  const libraryDir = library.files.dir;
  library.close();
  const session = await start({ libraryDir, colorScheme });
  await list(session.page).getByRole('option').first().waitFor();
  // Names and dates are read in the background after launch: the tests compare the library with itself once they are in.
  await expect.poll(() => articlesNeedingExtraction(session.preview.backend.library.db, 1).length).toBe(0);
  return session;
}

const list = (page: Page) => page.getByRole('listbox', { name: 'Articles' });
const listedTitles = (page: Page) => list(page).getByRole('option').evaluateAll((rows) => rows.map((r) => r.querySelector('.article-row-title')?.textContent));
/** Error notices showing: a delete must not leave the app asking for what is gone. */
const errorNotices = (page: Page) => page.locator('[role="status"], [role="alert"]').filter({ hasText: "Couldn't" }).allTextContents();
const row = (session: PreviewSession, sql: string, ...params: unknown[]) => session.preview.backend.library.db.prepare(sql).get(...params);

describe('correcting an article', () => {
  it('a user corrects title, site, date and address from the reader header, and is told what is wrong first', async () => {
    const session = await openLibraryWithJudgment();
    const { page, pageErrors } = session;
    await list(page).getByRole('option', { name: PORTS }).click();
    await page.getByRole('heading', { level: 2, name: PORTS }).waitFor();
    const before = row(session, 'SELECT title, site_name, published_at, url FROM articles WHERE title = ?', PORTS);

    await page.getByRole('button', { name: 'Article actions' }).click();
    await page.getByRole('menuitem', { name: 'Edit details…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit details' });
    await dialog.getByLabel('Title').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByLabel('Title').fill('  ');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.getByLabel('Title').getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.getByText('A title cannot be empty.').count()).toBe(1);

    await dialog.getByLabel('Title').fill('Quayside queues shrink to four days');
    await dialog.getByLabel('Site').fill('Harbour Gazette');
    await dialog.getByLabel('Published').fill('2026-02-30');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('2026-02-30 is not a day of the calendar; check the month and the day.').waitFor();
    await dialog.getByLabel('Published').fill('2026-02-27');
    await dialog.getByLabel('Address').fill('ftp://harbour.example/queues');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('Only http and https addresses can be imported, not ftp: addresses.').waitFor();
    // Nothing was saved while a field was wrong.
    expect(row(session, 'SELECT title, site_name, published_at, url FROM articles WHERE title = ?', PORTS)).toEqual(before);
    await dialog.getByLabel('Address').fill('https://harbour.example/queues');
    await page.screenshot({ path: path.join(SHOTS, 'article-details-light.png') });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    const reader = page.getByRole('article', { name: 'Reader' });
    await reader.getByRole('heading', { level: 2, name: 'Quayside queues shrink to four days' }).waitFor();
    expect(await reader.locator('.reader-kicker').textContent()).toBe('Harbour Gazette');
    expect(await reader.locator('.reader-meta time').getAttribute('datetime')).toBe('2026-02-27T00:00:00.000Z');
    await expect.poll(() => listedTitles(page)).toContain('Quayside queues shrink to four days');
    expect(row(session, "SELECT title, site_name, published_at, url, canonical_url FROM articles WHERE title LIKE 'Quayside%'")).toEqual({
      title: 'Quayside queues shrink to four days',
      site_name: 'Harbour Gazette',
      published_at: '2026-02-27T00:00:00.000Z',
      url: 'https://harbour.example/queues',
      canonical_url: 'https://harbour.example/queues',
    });

    // From the list's context menu: another article's byline.
    await list(page).getByRole('option', { name: 'Pasted field notes' }).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Edit details…' }).click();
    await dialog.getByLabel('Byline').fill('Field team, Odesa desk');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => row(session, "SELECT byline FROM articles WHERE title = 'Pasted field notes'")).toEqual({ byline: 'Field team, Odesa desk' });
    expect(pageErrors).toEqual([]);
  });
});

describe('deleting articles', () => {
  it('a user deletes an article a judgment cites after reading what cites it, and Ctrl+Z brings all of it back', async () => {
    const session = await openLibraryWithJudgment();
    const { page, pageErrors } = session;
    const library = session.preview.backend.library;
    const before = dumpLibrary(library);
    await list(page).getByRole('option', { name: PORTS }).click();
    await page.getByRole('heading', { level: 2, name: PORTS }).waitFor();

    await page.getByRole('button', { name: 'Article actions' }).click();
    await page.getByRole('menuitem', { name: 'Delete article…' }).click();
    const confirm = page.getByRole('dialog', { name: `Delete “${PORTS}”?` });
    const impact = confirm.getByRole('list', { name: 'What cites it' });
    await impact.waitFor();
    expect(await impact.getByRole('listitem').allTextContents()).toEqual([
      'It will leave the briefing “Grain corridor: week 10”.',
      '1 key judgment in “Grain corridor: week 10” cites its highlights; those citations will read “Highlight deleted”.',
      '4 highlights and 4 notes go with it.',
    ]);
    expect(await confirm.getByRole('list', { name: 'Key judgments citing it' }).textContent()).toContain(JUDGMENT);
    await page.screenshot({ path: path.join(SHOTS, 'delete-article-light.png') });
    await confirm.getByRole('button', { name: 'Delete article' }).click();

    await page.getByRole('status').filter({ hasText: `Deleted “${PORTS}”` }).getByRole('button', { name: 'Undo' }).waitFor();
    await expect.poll(() => listedTitles(page)).not.toContain(PORTS);
    expect(await page.getByRole('heading', { level: 2, name: PORTS }).count()).toBe(0);
    expect(row(session, 'SELECT count(*) AS n FROM articles WHERE title = ?', PORTS)).toEqual({ n: 0 });

    // The judgment keeps its citation, marked deleted.
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Grain corridor: week 10/ }).click();
    const citations = page.getByRole('list', { name: 'Judgments' }).getByRole('list', { name: 'Cited passages' });
    await expect.poll(() => citations.textContent()).toContain('Highlight deleted');
    await page.screenshot({ path: path.join(SHOTS, 'delete-article-undo-light.png') });
    expect(await errorNotices(page)).toEqual([]);

    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('ControlOrMeta+z');
    await page.getByRole('status').filter({ hasText: `“${PORTS}” is back` }).waitFor();
    await expect.poll(() => citations.textContent()).not.toContain('Highlight deleted');
    await expect.poll(() => listedTitles(page)).toContain(PORTS);
    expect(dumpLibrary(library)).toEqual(before);
    expect(pageErrors).toEqual([]);
  });

  it('a user deletes two chosen articles at once and the notice’s Undo brings both back in their places', async () => {
    const session = await openLibraryWithJudgment('dark');
    const { page, pageErrors } = session;
    const library = session.preview.backend.library;
    const before = dumpLibrary(library);
    await list(page).getByRole('option', { name: 'Pasted field notes' }).click();
    await list(page).getByRole('option', { name: 'تقرير الميناء' }).click({ modifiers: ['ControlOrMeta'] });
    await page.getByRole('toolbar', { name: 'Selected articles' }).getByRole('button', { name: 'Delete 2 articles from the library' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete 2 articles?' });
    expect(await confirm.getByRole('list', { name: 'Articles to delete' }).getByRole('listitem').allTextContents()).toEqual(['Pasted field notes', 'تقرير الميناء']);
    expect(await confirm.getByRole('list', { name: 'What cites it' }).textContent()).toContain('They will leave the briefing “Grain corridor: week 10”.');
    await page.screenshot({ path: path.join(SHOTS, 'delete-articles-dark.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Delete 2 articles' }).click();
    await expect.poll(() => listedTitles(page)).toEqual([PORTS]);
    expect(await errorNotices(page)).toEqual([]);

    await page.getByRole('status').filter({ hasText: 'Deleted 2 articles' }).getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('status').filter({ hasText: '2 articles are back' }).waitFor();
    await expect.poll(async () => (await listedTitles(page)).length).toBe(3);
    expect(dumpLibrary(library)).toEqual(before);

    // Cancel deletes nothing; the Delete key in the library list asks first.
    await list(page).getByRole('option', { name: PORTS }).click();
    await page.keyboard.press('Delete');
    await page.getByRole('dialog', { name: `Delete “${PORTS}”?` }).getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(dumpLibrary(library)).toEqual(before);
    expect(pageErrors).toEqual([]);
  });

  it('an Arabic title reads right to left where its details are edited, and inside its quotes in the delete dialog and the notice', async () => {
    const session = await start();
    const { page, pageErrors } = session;
    const title = 'البلدية تزرع 50 ألف شجرة';
    const imported = await session.preview.backend.dispatch('importBatch', {
      batchId: 'arabic-delete',
      items: [{ kind: 'text', text: `${title}\n\nأعلنت البلدية أمس عن إطلاق مشروع لزراعة الأشجار على الساحل الشرقي.` }],
    });
    expect(imported.ok).toBe(true);
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^All articles/ }).click();
    await list(page).getByRole('option', { name: title }).click();
    // Its details read right to left where they are edited, the date and the address left to right.
    await page.getByRole('button', { name: 'Article actions' }).click();
    await page.getByRole('menuitem', { name: 'Edit details…' }).click();
    const details = page.getByRole('dialog', { name: 'Edit details' });
    await details.getByLabel('Byline').fill('أحمد الكعبي');
    const directions = Object.fromEntries(
      await Promise.all(['Title', 'Byline', 'Published', 'Address'].map(async (label) => [label, await details.getByLabel(label).evaluate((input) => getComputedStyle(input).direction)])),
    );
    expect(directions).toEqual({ Title: 'rtl', Byline: 'rtl', Published: 'ltr', Address: 'ltr' });
    await details.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Article actions' }).click();
    await page.getByRole('menuitem', { name: 'Delete article…' }).click();
    const confirm = page.getByRole('dialog', { name: `Delete “${title}”?` });
    await confirm.waitFor();
    /** Where the quotes sit around the quoted title: the opening one before it, the closing one after it, left to right. */
    const quotesAround = (text: Locator) =>
      text.evaluate((element) => {
        const name = element.querySelector('bdi');
        if (!name) return null;
        const box = name.getBoundingClientRect();
        const charBox = (node: ChildNode | null, at: number) => {
          const range = document.createRange();
          range.setStart(node!, at);
          range.setEnd(node!, at + 1);
          return range.getBoundingClientRect();
        };
        const before = name.previousSibling as Text;
        return { openingBeforeName: charBox(before, before.data.length - 1).right <= box.left + 1, closingAfterName: charBox(name.nextSibling, 0).left >= box.right - 1 };
      });
    expect(await quotesAround(confirm.locator('.reader-dialog-title'))).toEqual({ openingBeforeName: true, closingAfterName: true });
    await confirm.getByRole('button', { name: 'Delete article' }).click();
    const notice = page.getByRole('status').filter({ hasText: `Deleted “${title}”` });
    await notice.getByRole('button', { name: 'Undo' }).waitFor();
    expect(await quotesAround(notice.locator('.notice-title'))).toEqual({ openingBeforeName: true, closingAfterName: true });
    expect(pageErrors).toEqual([]);
  });
});
