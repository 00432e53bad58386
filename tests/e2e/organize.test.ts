/**
 * Organizing, in Chromium on the real handlers: an analyst tags an article
 * and a highlight, renames and merges tags (a tag only on a highlight counts
 * and opens that highlight's article), filters the list by a tag and sorts it
 * by title; opens the evidence locker, filters it by colour, jumps to a
 * passage, and sends two highlights' articles to a briefing. And a
 * 10,000-article library: the list renders a window of rows and reaches the end.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { insertArticle } from '../../electron/library/articles.ts';
import { makeArticle } from '../helpers/articles.ts';
import { useApp, type PreviewSession } from '../helpers/chromium.ts';

const start = useApp();

const CORRIDOR = 'Northern corridor ports report shorter queues after new inspection rules';
const GUIDE = 'How to read a briefing: judgments first, evidence after';

/** Calls the real handlers directly, for setup a test is not about. */
async function call<T>(session: PreviewSession, name: string, args: unknown): Promise<T> {
  const result = await session.preview.backend.dispatch(name, args);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

function articles(page: Page) {
  return page.getByRole('listbox', { name: 'Articles' });
}

async function openArticle(page: Page, title: string): Promise<void> {
  await articles(page).getByRole('option', { name: title }).click();
  await page.getByRole('article', { name: 'Reader' }).getByRole('heading', { name: title }).waitFor();
}

async function addTag(page: Page, field: ReturnType<Page['getByRole']>, name: string): Promise<void> {
  await field.fill(name);
  await field.press('Enter');
}

describe('tags, sorting and filtering', () => {
  it('tags an article and a highlight, renames and merges tags, then filters the list by tag and sorts it by title', async () => {
    const session = await start();
    const { page, preview, pageErrors } = session;
    const db = preview.backend.library.db;
    const reader = page.getByRole('article', { name: 'Reader' });

    // An article tagged from the reader's header: the chip shows there and on its row in the list.
    await openArticle(page, CORRIDOR);
    await addTag(page, reader.getByRole('combobox', { name: 'Add a tag to this article' }), 'Ports');
    await expect.poll(() => reader.getByRole('list', { name: 'Tags on this article' }).getByRole('listitem').allTextContents()).toEqual(['Ports']);
    const corridorRow = articles(page).getByRole('option', { name: CORRIDOR });
    await expect.poll(() => corridorRow.locator('.tag-chip').allTextContents()).toEqual(['Ports']);

    // The other article gets a tag typed in another case of another name; autocomplete offers "Ports".
    await openArticle(page, GUIDE);
    const field = reader.getByRole('combobox', { name: 'Add a tag to this article' });
    await field.fill('po');
    await expect.poll(() => page.getByRole('listbox', { name: 'Tags' }).getByRole('option').allTextContents()).toEqual(['Ports', 'Create “po”']);
    await addTag(page, field, 'Harbours');
    await expect.poll(() => db.prepare('SELECT name FROM tags ORDER BY name').pluck().all()).toEqual(['Harbours', 'Ports']);
    // Backspace in the empty field takes the last tag off and leaves its name there, so Enter puts it back.
    const guideTags = () => reader.getByRole('list', { name: 'Tags on this article' }).getByRole('listitem').allTextContents();
    await expect.poll(guideTags).toEqual(['Harbours']);
    await field.press('Backspace');
    await expect.poll(guideTags).toEqual([]);
    await expect.poll(() => field.inputValue()).toBe('Harbours');
    await field.press('Enter');
    await expect.poll(guideTags).toEqual(['Harbours']);

    // A highlight tagged in its popover.
    const guideId = db.prepare('SELECT id FROM articles WHERE title = ?').pluck().get(GUIDE) as number;
    const text = db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(guideId) as string;
    const phrase = 'two or three sentences';
    await call(session, 'createHighlight', { articleId: guideId, start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length, color: 'pink' });
    const mark = reader.locator('mark.highlight-mark', { hasText: phrase });
    await mark.waitFor();
    await mark.click();
    const popover = page.getByRole('dialog', { name: /Highlight/ });
    await addTag(page, popover.getByRole('combobox', { name: 'Add a tag to this highlight' }), 'Disputed');
    await expect.poll(() => popover.getByRole('list', { name: 'Tags on this highlight' }).getByRole('listitem').allTextContents()).toEqual(['Disputed']);
    expect(db.prepare('SELECT t.name FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id').pluck().all()).toEqual(['Disputed']);
    await page.keyboard.press('Escape');

    // The tag manager: a rename onto a name in use is refused with the offer to merge; the merge makes one tag.
    const sidebar = page.getByRole('navigation', { name: 'Library' });
    await sidebar.getByRole('button', { name: 'Manage…' }).click();
    const manager = page.getByRole('dialog', { name: 'Manage tags' });
    const harbours = manager.getByRole('textbox', { name: 'Name of tag Harbours' });
    await harbours.fill('ports');
    await harbours.press('Enter');
    await expect.poll(() => manager.getByRole('alert').textContent()).toMatch(/There is already a tag named “Ports”\. Merge “Harbours” into “Ports”/);
    await manager.getByRole('button', { name: 'Merge into “Ports”' }).click();
    await expect.poll(() => db.prepare('SELECT name FROM tags ORDER BY name').pluck().all()).toEqual(['Disputed', 'Ports']);
    const disputed = manager.getByRole('textbox', { name: 'Name of tag Disputed' });
    await disputed.fill('Contested');
    await disputed.press('Enter');
    await expect.poll(() => db.prepare('SELECT name FROM tags ORDER BY name').pluck().all()).toEqual(['Contested', 'Ports']);
    await manager.getByRole('button', { name: 'Done' }).click();

    // A tag only on a highlight counts, and opens, the article that highlight is in.
    const contested = sidebar.getByRole('button', { name: /^Contested, 1 article, 1 highlight$/ });
    await expect.poll(() => contested.locator('.nav-count').textContent()).toBe('1');
    await contested.click();
    await page.getByRole('heading', { name: /Contested/ }).waitFor();
    const titles = () => articles(page).locator('.article-row-title').allTextContents();
    await expect.poll(titles).toEqual([GUIDE]);
    // Its row shows why: beside the article's own tag, the highlight's tag, marked as from highlights.
    const guideChips = articles(page).getByRole('option', { name: GUIDE }).getByRole('list', { name: 'Tags' });
    await expect.poll(() => guideChips.locator('.tag-chip').allTextContents()).toEqual(['Ports', 'Contested']);
    expect(await guideChips.getByRole('listitem', { name: 'Contested, from highlights' }).count()).toBe(1);

    // The tag's view lists both articles; sorted by title they read A to Z, and Z to A reversed.
    await sidebar.getByRole('button', { name: /^Ports, 2 articles/ }).click();
    await page.getByRole('heading', { name: /Ports/ }).waitFor();
    await expect.poll(titles).toEqual([GUIDE, CORRIDOR]);
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('title');
    await expect.poll(titles).toEqual([GUIDE, CORRIDOR]);
    await page.getByRole('button', { name: /Sort direction: A to Z/ }).click();
    await expect.poll(titles).toEqual([CORRIDOR, GUIDE]);

    // Marked read from the row's context menu; then a filter on top: read articles only; its chip clears it.
    await articles(page).getByRole('option', { name: CORRIDOR }).click({ button: 'right' });
    await page.getByRole('menu').getByRole('menuitem', { name: 'Mark as read' }).click();
    await expect.poll(() => db.prepare('SELECT reading_status FROM articles WHERE title = ?').pluck().get(CORRIDOR)).toBe('read');
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByRole('group', { name: 'Filters' }).getByRole('combobox', { name: 'Status' }).selectOption('read');
    await expect.poll(titles).toEqual([CORRIDOR]);
    await page.getByRole('button', { name: 'Remove filter Read' }).click();
    await expect.poll(titles).toEqual([CORRIDOR, GUIDE]);
    expect(pageErrors).toEqual([]);
  });

  it('deletes a tag in the tag manager, and Undo puts it back on its article and its highlight', async () => {
    const session = await start();
    const { page, preview, pageErrors } = session;
    const db = preview.backend.library.db;
    const corridorId = db.prepare('SELECT id FROM articles WHERE title = ?').pluck().get(CORRIDOR) as number;
    const highlight = await call<{ id: number }>(session, 'createHighlight', { articleId: corridorId, start: 0, end: 8, color: 'yellow' });
    await call(session, 'tagItems', { kind: 'article', ids: [corridorId], name: 'Ports' });
    await call(session, 'tagItems', { kind: 'highlight', ids: [highlight.id], name: 'Ports' });
    const tagged = () => db.prepare(`SELECT (SELECT count(*) FROM article_tags) || ' ' || (SELECT count(*) FROM highlight_tags)`).pluck().get();
    await openArticle(page, CORRIDOR);
    const corridorRow = articles(page).getByRole('option', { name: CORRIDOR });
    await expect.poll(() => corridorRow.locator('.tag-chip').allTextContents()).toEqual(['Ports']);

    const sidebar = page.getByRole('navigation', { name: 'Library' });
    await sidebar.getByRole('button', { name: 'Manage…' }).click();
    const manager = page.getByRole('dialog', { name: 'Manage tags' });
    await manager.getByRole('button', { name: 'Delete tag Ports' }).click();
    await manager.getByRole('alert').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(tagged).toBe('0 0');
    await manager.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => corridorRow.locator('.tag-chip').count()).toBe(0);

    const notices = page.getByRole('region', { name: 'Notices' });
    await expect.poll(() => notices.getByText('Deleted the tag “Ports”').count()).toBe(1);
    await notices.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(tagged).toBe('1 1');
    await expect.poll(() => corridorRow.locator('.tag-chip').allTextContents()).toEqual(['Ports']);
    await expect.poll(() => sidebar.getByRole('button', { name: /^Ports, 1 article, 1 highlight$/ }).count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});

describe('the evidence locker', () => {
  it('lists every highlight, filters by colour, jumps to the passage, and adds two highlights’ articles to a briefing', async () => {
    const session = await start();
    const { page, preview, pageErrors } = session;
    const db = preview.backend.library.db;

    // A long article, so that the passage is far below the first screen.
    const paragraphs = Array.from({ length: 60 }, (_, i) => `Paragraph ${i + 1} of the convoy log records berth movements and weather at the outer harbour.`);
    paragraphs[54] = 'The harbour master confirmed that the northern breakwater lights were repaired on Thursday night.';
    const longId = insertArticle(db, makeArticle({ title: 'Convoy log for the outer harbour', paragraphs }));
    const longText = db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(longId) as string;
    const passage = 'northern breakwater lights were repaired';
    const far = await call<{ id: number }>(session, 'createHighlight', {
      articleId: longId,
      start: longText.indexOf(passage),
      end: longText.indexOf(passage) + passage.length,
      color: 'blue',
      note: 'Confirms the **repair** date.',
    });
    const ids = db.prepare('SELECT id FROM articles WHERE title IN (?, ?) ORDER BY title').pluck().all(GUIDE, CORRIDOR) as number[];
    for (const [articleId, color] of [
      [ids[0], 'yellow'],
      [ids[1], 'green'],
    ] as const) {
      await call(session, 'createHighlight', { articleId, start: 0, end: 20, color });
    }
    const monday = await call<{ id: number }>(session, 'createBriefing', { title: 'Evidence for Monday' });

    await page.reload();
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Evidence', exact: true }).click();
    const locker = page.getByRole('listbox', { name: 'Highlights' });
    await expect.poll(() => locker.getByRole('option').count()).toBe(3);
    expect(await locker.getAttribute('aria-multiselectable')).toBe('true');

    // Filter by colour: only the blue highlight, with its note rendered and its source.
    await page.getByRole('group', { name: 'Filter highlights' }).getByRole('combobox', { name: 'Colour' }).selectOption('blue');
    await expect.poll(() => locker.getByRole('option').count()).toBe(1);
    const row = locker.getByRole('option').first();
    expect(await row.locator('.evidence-quote').textContent()).toContain(passage);
    expect(await row.locator('.evidence-note strong').textContent()).toBe('repair');
    expect(await row.locator('.evidence-source-title').textContent()).toBe('Convoy log for the outer harbour');

    // Enter jumps to the passage: the article opens in the reader with the highlight in view.
    await row.focus();
    await page.keyboard.press('Enter');
    const reader = page.getByRole('article', { name: 'Reader' });
    await reader.getByRole('heading', { name: 'Convoy log for the outer harbour' }).waitFor();
    const mark = reader.locator(`mark[data-highlight-id="${far.id}"]`);
    await mark.waitFor();
    await expect
      .poll(() =>
        mark.evaluate((element) => {
          const box = element.getBoundingClientRect();
          const view = document.getElementById('reader-scroll')!.getBoundingClientRect();
          return box.top >= view.top && box.bottom <= view.bottom;
        }),
      )
      .toBe(true);
    expect(await page.evaluate(() => document.getElementById('reader-scroll')!.scrollTop)).toBeGreaterThan(1000);

    // Choose two highlights (Space, then Shift+Down) and add their articles to a briefing.
    await page.getByRole('group', { name: 'Filter highlights' }).getByRole('combobox', { name: 'Colour' }).selectOption('');
    await expect.poll(() => locker.getByRole('option').count()).toBe(3);
    await locker.getByRole('option').nth(0).locator('.evidence-check').click();
    await locker.getByRole('option').nth(1).click({ modifiers: ['Control'] });
    await expect.poll(() => locker.locator('[role="option"][aria-selected="true"]').count()).toBe(2);
    await page.getByRole('toolbar', { name: 'Chosen highlights' }).getByRole('button', { name: 'Add to briefing…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add to briefing' });
    await dialog.getByRole('button', { name: /^Evidence for Monday/ }).click();
    await expect
      .poll(() => db.prepare('SELECT a.title FROM briefing_items bi JOIN articles a ON a.id = bi.article_id WHERE bi.briefing_id = ? ORDER BY bi.position').pluck().all(monday.id))
      .toEqual([CORRIDOR, GUIDE]);
    await expect.poll(() => page.getByRole('region', { name: 'Notices' }).getByText('Added 2 articles to “Evidence for Monday”').count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});

describe('a library of 10,000 articles', () => {
  it('renders only a window of rows, scrolls to the end, and keeps each row’s place in the list', async () => {
    const session = await start();
    const { page, preview, pageErrors } = session;
    const db = preview.backend.library.db;
    preview.backend.library.transaction(() => {
      for (let i = 0; i < 10_000; i++) {
        insertArticle(db, makeArticle({ title: `Generated report ${String(i).padStart(5, '0')}`, savedAt: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString() }));
      }
    });
    await page.reload();
    const list = articles(page);
    await list.getByRole('option', { name: 'Generated report 09999' }).waitFor();
    const rendered = () => list.getByRole('option').count();
    expect(await rendered()).toBeLessThan(60);
    expect(await list.getByRole('option').first().getAttribute('aria-setsize')).toBe('10002');

    // Scrolled to the bottom: the last rows are fetched and shown, still only a window of them.
    await page.locator('.virtual-scroll').evaluate((scroller) => {
      scroller.scrollTop = scroller.scrollHeight;
    });
    const last = list.locator('[role="option"][aria-posinset="10002"]');
    await expect.poll(() => last.locator('.article-row-title').textContent()).toBe('Generated report 00000');
    expect(await rendered()).toBeLessThan(60);

    // Home and End with the keyboard select the first and the last article.
    await last.click();
    const readerTitle = () => page.locator('.reader-title').textContent();
    await page.keyboard.press('Home');
    await expect.poll(readerTitle).toBe(GUIDE);
    await page.keyboard.press('End');
    await expect.poll(readerTitle).toBe('Generated report 00000');
    await page.keyboard.press('PageUp');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-posinset'))).not.toBe('10002');
    expect(pageErrors).toEqual([]);
  });
});
