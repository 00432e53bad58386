/**
 * Composing a briefing in Chromium, on the real handlers: create it, add
 * articles from the library (a multi-selection and the reader), reorder them
 * with the keyboard and by dragging, set marking, author, date and key
 * judgments, duplicate it, delete it and undo the delete (Ctrl+Z and the
 * notice's Undo); take an article out and put it back.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { insertArticle } from '../../electron/library/articles.ts';
import { openLibrary } from '../../electron/library/library.ts';
import { makeArticle } from '../helpers/articles.ts';
import { useApp, type PreviewSession } from '../helpers/chromium.ts';
import { tempDir } from '../helpers/temp.ts';

const start = useApp();

const PORTS = 'Northern corridor ports report shorter queues after new inspection rules';
const HOW_TO = 'How to read a briefing: judgments first, evidence after';
const FERRY = 'Ferry operators add winter crossings on the southern route';

/** Where screenshots go, to look at: SCREENSHOTS=dir, else a temporary folder. */
const SHOTS = process.env.SCREENSHOTS ?? tempDir('briefing-shots');

/** The sample library plus a third article, so that a briefing has something to reorder. */
async function startWithThreeArticles(colorScheme: 'light' | 'dark' = 'light'): Promise<PreviewSession> {
  const dataDir = tempDir('data');
  const libraryDir = path.join(dataDir, 'library');
  const library = openLibrary(libraryDir, { seedSample: true });
  insertArticle(
    library.db,
    makeArticle({ title: FERRY, siteName: 'Harbour Gazette', paragraphs: ['Two ferry operators will add winter crossings on the southern route from December.'] }),
  );
  library.close();
  return start({ dataDir, libraryDir, colorScheme });
}

function query<T>(session: PreviewSession, sql: string, ...params: unknown[]): T {
  return session.preview.backend.library.db.prepare(sql).all(...params) as T;
}

/** The briefing's articles as the library stores them: titles in position order, and the positions. */
function storedOrder(session: PreviewSession, title: string) {
  const rows = query<Array<{ title: string; position: number }>>(
    session,
    `SELECT a.title, bi.position FROM briefing_items bi JOIN articles a ON a.id = bi.article_id
     JOIN briefings b ON b.id = bi.briefing_id WHERE b.title = ? ORDER BY bi.position`,
    title,
  );
  return { titles: rows.map((r) => r.title), positions: rows.map((r) => r.position) };
}

const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Library' });
const list = (page: Page) => page.getByRole('listbox', { name: 'Articles' });
const listedTitles = (page: Page) => list(page).getByRole('option').evaluateAll((rows) => rows.map((r) => r.querySelector('.article-row-title')?.textContent));

/**
 * A drag whose drop comes in the same task as the pointer's arrival over the row, as on a busy
 * machine: no render happens between the last dragover and the drop.
 */
async function dragAndDropAtOnce(page: Page, draggedTitle: string, targetTitle: string, side: 'top' | 'bottom'): Promise<void> {
  const rows = list(page).getByRole('option');
  const dragged = rows.filter({ hasText: draggedTitle });
  const target = rows.filter({ hasText: targetTitle });
  const box = await target.boundingBox();
  if (!box) throw new Error(`no row for ${targetTitle}`);
  const clientY = side === 'top' ? box.y + 4 : box.y + box.height - 4;
  const targetRow = await target.elementHandle();
  await dragged.evaluate(
    (source, { row, x, y }) => {
      const data = new DataTransfer();
      const fire = (at: Element, type: string) => at.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data, clientX: x, clientY: y }));
      fire(source, 'dragstart');
      fire(row, 'dragover');
      fire(row, 'drop');
      fire(source, 'dragend');
    },
    { row: targetRow, x: box.x + 40, y: clientY },
  );
}

async function openBriefing(page: Page, title: string): Promise<void> {
  await sidebar(page).getByRole('button', { name: new RegExp(`^${title.replace(/[()]/g, '\\$&')}, TLP`) }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

describe('composing a briefing', () => {
  it('creates, fills, reorders, duplicates, deletes and brings back a briefing', async () => {
    const session = await startWithThreeArticles();
    const { page, pageErrors } = session;

    // Create.
    await page.getByRole('button', { name: 'New briefing' }).click();
    await page.getByRole('textbox', { name: 'New briefing title' }).fill('Morning brief');
    await page.getByRole('textbox', { name: 'New briefing title' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Morning brief' }).waitFor();
    await expect.poll(() => page.getByText('No articles in this briefing').count()).toBe(1);

    // Two articles from the library at once: click one, Ctrl+click another, "Add to briefing…".
    await sidebar(page).getByRole('button', { name: /^All articles/ }).click();
    await list(page).getByRole('option', { name: PORTS }).click();
    await list(page).getByRole('option', { name: HOW_TO }).click({ modifiers: ['ControlOrMeta'] });
    await expect.poll(() => list(page).locator('[aria-selected="true"]').count()).toBe(2);
    const bar = page.getByRole('toolbar', { name: 'Selected articles' });
    await expect.poll(() => bar.getByText('2 selected').count()).toBe(1);
    await bar.getByRole('button', { name: 'Add to briefing…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add to briefing' });
    await dialog.getByRole('button', { name: /^Morning brief, TLP:CLEAR, 0 articles/ }).click();
    await expect.poll(() => page.getByText('Added 2 articles to “Morning brief”').count()).toBe(1);
    await expect.poll(() => dialog.count()).toBe(0);

    // A third from the reader.
    await list(page).getByRole('option', { name: FERRY }).click();
    await page.getByRole('article', { name: 'Reader' }).getByRole('button', { name: 'Add to briefing…' }).click();
    await dialog.getByRole('button', { name: /^Morning brief, TLP:CLEAR, 2 articles/ }).click();
    await expect.poll(() => storedOrder(session, 'Morning brief')).toEqual({ titles: [HOW_TO, PORTS, FERRY], positions: [0, 1, 2] });

    // Reorder with the keyboard: Alt+Down moves the focused article, and a screen reader hears where it went.
    await openBriefing(page, 'Morning brief');
    await expect.poll(() => listedTitles(page)).toEqual([HOW_TO, PORTS, FERRY]);
    await list(page).getByRole('option', { name: HOW_TO }).click();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => listedTitles(page)).toEqual([PORTS, HOW_TO, FERRY]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.querySelector('.article-row-title')?.textContent)).toBe(HOW_TO);
    await expect.poll(() => page.getByRole('status').filter({ hasText: `Moved “${HOW_TO}” to position 2 of 3.` }).count()).toBe(1);
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => storedOrder(session, 'Morning brief')).toEqual({ titles: [PORTS, FERRY, HOW_TO], positions: [0, 1, 2] });

    // Reorder by dragging: the ferry article onto the top half of the first row goes first.
    await list(page).getByRole('option', { name: FERRY }).dragTo(list(page).getByRole('option', { name: PORTS }), { targetPosition: { x: 40, y: 6 } });
    await expect.poll(() => listedTitles(page)).toEqual([FERRY, PORTS, HOW_TO]);
    await expect.poll(() => storedOrder(session, 'Morning brief')).toEqual({ titles: [FERRY, PORTS, HOW_TO], positions: [0, 1, 2] });
    // A drop at once after the pointer arrives (a busy machine) lands where the pointer is, there and back.
    await dragAndDropAtOnce(page, HOW_TO, PORTS, 'top');
    await expect.poll(() => storedOrder(session, 'Morning brief').titles).toEqual([FERRY, HOW_TO, PORTS]);
    await expect.poll(() => listedTitles(page)).toEqual([FERRY, HOW_TO, PORTS]);
    await dragAndDropAtOnce(page, HOW_TO, PORTS, 'bottom');
    await expect.poll(() => storedOrder(session, 'Morning brief').titles).toEqual([FERRY, PORTS, HOW_TO]);
    await expect.poll(() => listedTitles(page)).toEqual([FERRY, PORTS, HOW_TO]);

    // Two chosen in a briefing: the bar offers Remove too; Escape goes back to one.
    await list(page).getByRole('option', { name: FERRY }).click();
    await list(page).getByRole('option', { name: HOW_TO }).click({ modifiers: ['ControlOrMeta'] });
    await expect.poll(() => bar.getByRole('button', { name: 'Remove from briefing' }).count()).toBe(1);
    await expect.poll(() => bar.getByText('2 selected').count()).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, 'briefing-selection-light.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => list(page).locator('[aria-selected="true"]').count()).toBe(1);
    await expect.poll(() => bar.count()).toBe(0);

    // Marking, author, date and key judgments.
    await page.getByRole('combobox', { name: 'Handling marking', exact: true }).selectOption('AMBER+STRICT');
    await page.getByRole('textbox', { name: 'Author' }).fill('J. Analyst');
    await page.getByRole('textbox', { name: 'Author' }).press('Enter');
    await page.getByRole('textbox', { name: 'Date' }).fill('2026-03-02');
    await page.getByRole('textbox', { name: 'Date' }).press('Enter');
    await page.getByRole('button', { name: 'Write the bottom line first' }).click();
    await page.getByRole('textbox', { name: 'Key judgments' }).fill('- Queues are **shorter**\n- Watch the spring exports');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => query(session, "SELECT marking, author, date, summary FROM briefings WHERE title = 'Morning brief'"))
      .toEqual([{ marking: 'AMBER+STRICT', author: 'J. Analyst', date: '2026-03-02', summary: '- Queues are **shorter**\n- Watch the spring exports' }]);
    await expect.poll(() => sidebar(page).getByRole('button', { name: 'Morning brief, TLP:AMBER+STRICT, 3 articles' }).count()).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, 'briefing-light.png') });

    // Duplicate from the sidebar's "More actions", with the keyboard: same fields, same order, "(copy)".
    await sidebar(page).getByRole('button', { name: 'More actions for Morning brief' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Rename…');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Morning brief (copy)' }).waitFor();
    await expect.poll(() => listedTitles(page)).toEqual([FERRY, PORTS, HOW_TO]);
    expect(query(session, "SELECT marking, author, date FROM briefings WHERE title = 'Morning brief (copy)'")).toEqual([
      { marking: 'AMBER+STRICT', author: 'J. Analyst', date: '2026-03-02' },
    ]);
    expect(storedOrder(session, 'Morning brief (copy)')).toEqual(storedOrder(session, 'Morning brief'));

    // Delete from the sidebar's context menu, and Ctrl+Z brings it back exactly, same id.
    const before = {
      row: query(session, "SELECT * FROM briefings WHERE title = 'Morning brief'"),
      items: query(session, "SELECT bi.* FROM briefing_items bi JOIN briefings b ON b.id = bi.briefing_id WHERE b.title = 'Morning brief' ORDER BY position"),
    };
    await openBriefing(page, 'Morning brief');
    await sidebar(page).getByRole('button', { name: /^Morning brief, TLP/ }).click({ button: 'right' });
    await page.getByRole('menu', { name: 'Actions for Morning brief' }).getByRole('menuitem', { name: 'Delete' }).click();
    await expect.poll(() => query(session, "SELECT count(*) AS n FROM briefings WHERE title = 'Morning brief'")).toEqual([{ n: 0 }]);
    await page.getByRole('heading', { level: 1, name: 'All articles' }).waitFor();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Deleted “Morning brief”' }).getByRole('button', { name: 'Undo' }).count()).toBe(1);
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => query(session, "SELECT * FROM briefings WHERE title = 'Morning brief'")).toEqual(before.row);
    expect(
      query(session, "SELECT bi.* FROM briefing_items bi JOIN briefings b ON b.id = bi.briefing_id WHERE b.title = 'Morning brief' ORDER BY position"),
    ).toEqual(before.items);
    await page.getByRole('heading', { level: 1, name: 'Morning brief' }).waitFor();
    await expect.poll(() => listedTitles(page)).toEqual([FERRY, PORTS, HOW_TO]);

    // Delete the copy from the header, and the notice's Undo brings it back too.
    await openBriefing(page, 'Morning brief (copy)');
    await page.getByRole('button', { name: 'More actions for this briefing' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await expect.poll(() => sidebar(page).getByRole('button', { name: /^Morning brief \(copy\)/ }).count()).toBe(0);
    await page.getByRole('status').filter({ hasText: 'Deleted “Morning brief (copy)”' }).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => sidebar(page).getByRole('button', { name: /^Morning brief \(copy\), TLP:AMBER\+STRICT, 3 articles/ }).count()).toBe(1);

    expect(pageErrors).toEqual([]);
  });

  it('takes an article out of a briefing with Delete and puts it back in its place with Ctrl+Z; then two at once', async () => {
    const session = await startWithThreeArticles();
    const { page, pageErrors } = session;
    await openBriefing(page, 'Sample briefing: northern corridor');
    const order = await listedTitles(page);
    expect(order).toHaveLength(2);
    await list(page).getByRole('option', { name: order[0]! }).click();
    await page.keyboard.press('Delete');
    await expect.poll(() => storedOrder(session, 'Sample briefing: northern corridor').titles).toEqual([order[1]]);
    await expect.poll(() => page.getByText('Removed 1 article from “Sample briefing: northern corridor”').count()).toBe(1);
    expect(query(session, 'SELECT count(*) AS n FROM articles')).toEqual([{ n: 3 }]);
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => storedOrder(session, 'Sample briefing: northern corridor')).toEqual({ titles: order, positions: [0, 1] });
    await expect.poll(() => listedTitles(page)).toEqual(order);

    // Shift+Down chooses the next one too; Delete takes both out.
    await list(page).getByRole('option', { name: order[0]! }).click();
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(() => list(page).locator('[aria-selected="true"]').count()).toBe(2);
    await page.keyboard.press('Delete');
    await expect.poll(() => storedOrder(session, 'Sample briefing: northern corridor').titles).toEqual([]);
    await expect.poll(() => page.getByText('Removed 2 articles from “Sample briefing: northern corridor”').count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });

  it('renames a briefing in the sidebar; Escape keeps the old title', async () => {
    const session = await startWithThreeArticles();
    const { page } = session;
    const rename = async (title: string, key: 'Enter' | 'Escape') => {
      await sidebar(page).getByRole('button', { name: /^Sample briefing|^Corridor watch/ }).first().click({ button: 'right' });
      await page.getByRole('menuitem', { name: 'Rename…' }).click();
      const field = sidebar(page).getByRole('textbox', { name: 'Briefing title' });
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Briefing title');
      await field.fill(title);
      await field.press(key);
      await expect.poll(() => field.count()).toBe(0);
    };
    await rename('Corridor watch', 'Enter');
    await expect.poll(() => query(session, 'SELECT title FROM briefings')).toEqual([{ title: 'Corridor watch' }]);
    await rename('Something else', 'Escape');
    expect(query(session, 'SELECT title FROM briefings')).toEqual([{ title: 'Corridor watch' }]);
    await expect.poll(() => sidebar(page).getByRole('button', { name: /^Corridor watch, TLP:GREEN, 2 articles/ }).count()).toBe(1);
  });

  it('adds an article dragged from the library onto a briefing in the sidebar', async () => {
    const session = await startWithThreeArticles();
    const { page } = session;
    await list(page).getByRole('option', { name: FERRY }).dragTo(sidebar(page).getByRole('button', { name: /^Sample briefing: northern corridor, TLP/ }));
    await expect.poll(() => storedOrder(session, 'Sample briefing: northern corridor').titles).toEqual([PORTS, HOW_TO, FERRY]);
    await expect.poll(() => page.getByText('Added 1 article to “Sample briefing: northern corridor”').count()).toBe(1);
    // The import overlay never took the drag for something to import.
    expect(await page.getByText(/Drop to import/i).count()).toBe(0);
  });

  it('looks right in the dark theme: sidebar badges, header, menu and the add dialog', async () => {
    const session = await startWithThreeArticles('dark');
    const { page } = session;
    // Screenshots of what stays on screen, not of a dialog still fading in.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openBriefing(page, 'Sample briefing: northern corridor');
    await list(page).getByRole('option', { name: PORTS }).click();
    await page.screenshot({ path: path.join(SHOTS, 'briefing-dark.png') });
    await list(page).getByRole('option', { name: HOW_TO }).click({ modifiers: ['Shift'] });
    await page.getByRole('toolbar', { name: 'Selected articles' }).getByText('2 selected').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'briefing-selection-dark.png') });
    await page.keyboard.press('Escape');
    await sidebar(page).getByRole('button', { name: /^Sample briefing: northern corridor, TLP/ }).click({ button: 'right' });
    await page.getByRole('menu').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'briefing-menu-dark.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);
    await page.getByRole('article', { name: 'Reader' }).getByRole('button', { name: 'Add to briefing…' }).click();
    await page.getByRole('dialog', { name: 'Add to briefing' }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'add-to-briefing-dark.png') });
    expect(session.pageErrors).toEqual([]);
  });
});
