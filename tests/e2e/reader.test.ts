/**
 * Highlights and notes in the reader, in Chromium on the real handlers:
 * a highlight made with the mouse and a note on it survive a reload; the
 * keyboard path (a selection, then "2"); delete and Undo; a new highlight
 * shows before main has saved it and goes again if main refuses it; margin
 * notes sit beside their passages as highlights and notes are added; a
 * highlight whose words left the article is listed as orphaned and never painted.
 */
import type { Locator, Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { selectWithRange } from '../helpers/reader-selection.ts';
import { useApp, type PreviewSession } from '../helpers/chromium.ts';

const start = useApp();

const ARTICLE = 'Northern corridor ports report shorter queues after new inspection rules';
const PHRASE = 'moved customs inspections from the quay';

async function openArticle(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Sample briefing/ }).click();
  await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: ARTICLE }).click();
  await page.getByRole('article', { name: 'Reader' }).getByText(/Average waiting time/).waitFor();
}

function articleId(session: PreviewSession): number {
  return session.preview.backend.library.db.prepare('SELECT id FROM articles WHERE title = ?').pluck().get(ARTICLE) as number;
}

/**
 * Viewport points just inside the first and last characters of `phrase` in the
 * article's text, once the layout has settled: the article can still move
 * after it shows (its margin notes and header notes arrive with its
 * highlights), and a drag aimed before that selects other words.
 */
async function phrasePoints(page: Page, phrase: string) {
  let previous = '';
  for (;;) {
    const points = await phrasePointsNow(page, phrase);
    const seen = JSON.stringify(points);
    if (seen === previous) return points;
    previous = seen;
    await page.waitForTimeout(150);
  }
}

async function phrasePointsNow(page: Page, phrase: string) {
  return page.evaluate((wanted) => {
    const body = document.querySelector('.reader-body')!;
    const at = body.textContent.indexOf(wanted);
    if (at < 0) throw new Error(`"${wanted}" is not in the article`);
    const charRect = (offset: number) => {
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      let position = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (offset < position + node.data.length) {
          const range = document.createRange();
          range.setStart(node, offset - position);
          range.setEnd(node, offset - position + 1);
          return range.getBoundingClientRect();
        }
        position += node.data.length;
      }
      throw new Error('offset outside the text');
    };
    const first = charRect(at);
    const last = charRect(at + wanted.length - 1);
    return {
      from: { x: first.left + 1, y: first.top + first.height / 2 },
      to: { x: last.right - 1, y: last.top + last.height / 2 },
    };
  }, phrase);
}

/** The text of each highlight painted in the article, by highlight id (its marks' text joined). */
async function paintedHighlights(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const byId: Record<string, string> = {};
    for (const mark of document.querySelectorAll<HTMLElement>('.reader-body mark.highlight-mark')) {
      const id = mark.dataset.highlightId!;
      byId[id] = (byId[id] ?? '') + mark.textContent;
    }
    return byId;
  });
}


/** Selects `words` and presses `key` while main's answer to the save is held: the held request, to fulfil or continue. */
async function highlightWhileSaveHeld(page: Page, words: string, key: string): Promise<Route> {
  let held: (route: Route) => void = () => {};
  const saveSent = new Promise<Route>((resolve) => (held = resolve));
  await page.route('**/api/call/createHighlight', (route) => held(route));
  await page.getByRole('article', { name: 'Reader' }).getByText(/Average waiting time/).click();
  await selectWithRange(page, words);
  await page.keyboard.press(key);
  return saveSent;
}
/** Selects `words` and presses "n" while main's answer to the save is held: the note editor is open and focused. */
async function noteOnHeldHighlight(page: Page, words: string): Promise<{ save: Route; note: Locator }> {
  const save = await highlightWhileSaveHeld(page, words, 'n');
  const note = page.getByRole('textbox', { name: 'Note' });
  await expect.poll(() => note.evaluate((field) => field === document.activeElement)).toBe(true);
  return { save, note };
}
describe('highlights and notes in the reader', () => {
  it('highlights words selected with the mouse, takes a note on them, and shows both after a reload', async () => {
    const session = await start();
    const { page, preview, pageErrors } = session;
    await openArticle(page);
    const db = preview.backend.library.db;
    const id = articleId(session);

    const { from, to } = await phrasePoints(page, PHRASE);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
    await page.mouse.move(to.x, to.y, { steps: 4 });
    await page.mouse.up();

    const toolbar = page.getByRole('toolbar', { name: 'Highlight selection' });
    await toolbar.waitFor();
    for (const label of ['Key fact', 'Claim', 'Question', 'Quote', 'Follow-up']) {
      expect(await toolbar.getByRole('button', { name: `Highlight as ${label}` }).count()).toBe(1);
    }
    expect(await toolbar.getByRole('button', { name: 'Note' }).count()).toBe(1);
    expect(await toolbar.getByRole('button', { name: 'Copy quote with citation' }).count()).toBe(1);
    await toolbar.getByRole('button', { name: 'Highlight as Claim' }).click();

    const mark = page.locator('.reader-body mark.highlight-mark', { hasText: PHRASE });
    await expect.poll(() => mark.count()).toBe(1);
    // The mark is painted before main has saved it: its text and the saved row are waited for, not assumed.
    await expect.poll(() => mark.textContent()).toBe(PHRASE);
    expect(await mark.getAttribute('data-color')).toBe('green');
    await expect.poll(() => db.prepare('SELECT exact || \'|\' || color FROM highlights WHERE article_id = ?').pluck().get(id)).toBe(`${PHRASE}|green`);
    expect(await toolbar.count()).toBe(0);

    // A click on the highlight opens it; the note is saved through the contract at once,
    // and typing it never renders the article's text again (the same paragraph element stays).
    await page.evaluate(() => {
      (window as unknown as { paragraph: Element }).paragraph = document.querySelector('.reader-body p')!;
    });
    await mark.click();
    const popover = page.getByRole('dialog', { name: /Highlight/ });
    const note = popover.getByRole('textbox', { name: 'Note' });
    await note.fill('Inland depots are **the mechanism**.');
    await expect.poll(() => popover.getByRole('region', { name: 'Preview' }).locator('strong').textContent()).toBe('the mechanism');
    await note.press('Control+Enter');
    expect(await popover.count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { paragraph: Element }).paragraph === document.querySelector('.reader-body p'))).toBe(true);
    await expect.poll(() => db.prepare('SELECT note FROM highlights WHERE article_id = ?').pluck().get(id)).toBe('Inland depots are **the mechanism**.');

    await page.reload();
    await page.getByRole('article', { name: 'Reader' }).getByText(/Average waiting time/).waitFor();
    const again = page.locator('.reader-body mark.highlight-mark', { hasText: PHRASE });
    await expect.poll(() => again.count()).toBe(1);
    expect(await again.textContent()).toBe(PHRASE);
    expect(await again.evaluate((m) => m.parentElement!.textContent.startsWith('Officials credited a rule that'))).toBe(true);

    await page.getByRole('button', { name: 'Notes', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Notes' });
    const item = panel.getByRole('listitem').filter({ hasText: PHRASE });
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.getByText('Claim', { exact: true }).count()).toBe(1);
    expect(await item.locator('.note-markdown strong').textContent()).toBe('the mechanism');
    expect(pageErrors).toEqual([]);
  });

  it('highlights from the keyboard: a selection and "2"; Delete removes it and Undo brings it back', async () => {
    const session = await start();
    const { page, preview } = session;
    await openArticle(page);
    const db = preview.backend.library.db;
    const id = articleId(session);
    const count = () => db.prepare('SELECT count(*) FROM highlights WHERE article_id = ?').pluck().get(id);

    // Focus in the reader (a click in its text), then a selection made without the mouse.
    await page.getByRole('article', { name: 'Reader' }).getByText(/Average waiting time/).click();
    await selectWithRange(page, 'fell from nine days to four');
    await page.keyboard.press('2');
    await expect.poll(count).toBe(1);
    expect(db.prepare('SELECT exact || \'|\' || color FROM highlights WHERE article_id = ?').pluck().get(id)).toBe('fell from nine days to four|green');
    await expect.poll(async () => Object.values(await paintedHighlights(page))).toEqual(['fell from nine days to four']);

    // An overlapping second highlight, across the sentence: both stay painted, nested.
    await selectWithRange(page, 'four in February');
    await page.keyboard.press('3');
    await expect.poll(count).toBe(2);
    await expect.poll(() => page.locator('.reader-body mark.highlight-mark mark.highlight-mark').count()).toBe(1);

    // The new highlight is the active one; [ and ] move between highlights. Delete removes the active one.
    await page.keyboard.press('[');
    const active = page.locator('.reader-body mark[data-active]');
    await expect.poll(() => active.first().textContent()).toBe('fell from nine days to four');
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('mark[data-active]'))).toBe(true);
    await page.keyboard.press('Delete');
    await expect.poll(count).toBe(1);
    const notices = page.getByRole('region', { name: 'Notices' });
    await expect.poll(() => notices.getByText('Highlight deleted').count()).toBe(1);
    await notices.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(count).toBe(2);
    await expect.poll(async () => Object.keys(await paintedHighlights(page)).length).toBe(2);
    expect(db.prepare('SELECT exact FROM highlights WHERE article_id = ? ORDER BY start_offset').pluck().all(id)).toEqual([
      'fell from nine days to four',
      'four in February',
    ]);

    // ? shows every shortcut.
    await page.getByRole('article', { name: 'Reader' }).getByText(/Not everyone is convinced/).click();
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    for (const text of ['Highlight as Key fact', 'Highlight as Follow-up', 'Next highlight', 'Previous highlight', 'Delete the highlight', 'Show these shortcuts']) {
      expect(await sheet.getByText(text, { exact: true }).count()).toBe(1);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => sheet.count()).toBe(0);
  });

  it('shows a new highlight before main has saved it, and takes it away with a notice when main refuses it', async () => {
    const session = await start();
    const { page, preview, pageErrors } = session;
    const db = preview.backend.library.db;
    const id = articleId(session);
    const text = db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(id) as string;
    const kept = await preview.backend.dispatch('createHighlight', { articleId: id, start: text.indexOf(PHRASE), end: text.indexOf(PHRASE) + PHRASE.length, color: 'blue', note: 'Check the depots.' });
    expect(kept.ok).toBe(true);
    const savedBefore = db.prepare('SELECT * FROM highlights WHERE article_id = ?').all(id);
    await openArticle(page);
    await expect.poll(async () => Object.values(await paintedHighlights(page))).toEqual([PHRASE]);

    // Main's answer to the save is held back until the test lets it go.
    const save = await highlightWhileSaveHeld(page, 'fell from nine days to four', '2');
    // On screen while the save is still on its way (under a stand-in id), nothing written yet.
    await expect.poll(async () => Object.values(await paintedHighlights(page)).sort()).toEqual(['fell from nine days to four', PHRASE]);
    const shownId = Number(await page.locator('.reader-body mark', { hasText: 'fell from nine days to four' }).getAttribute('data-highlight-id'));
    expect(shownId).toBeLessThan(0);
    // The selection went with the mark's first frame, not when main answered.
    expect(await page.evaluate(() => document.getSelection()?.isCollapsed)).toBe(true);
    expect(db.prepare('SELECT count(*) FROM highlights WHERE article_id = ?').pluck().get(id)).toBe(1);

    await save.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'LIBRARY_READ_ONLY', message: 'The library file cannot be written.' } }) });
    const notices = page.getByRole('region', { name: 'Notices' });
    await expect.poll(() => notices.getByText("Couldn't save the highlight").count()).toBe(1);
    expect(await notices.getByText('The library file cannot be written.').count()).toBe(1);
    // Rolled back: the new mark is gone, what was saved before is painted and stored as it was.
    await expect.poll(async () => Object.values(await paintedHighlights(page))).toEqual([PHRASE]);
    expect(db.prepare('SELECT * FROM highlights WHERE article_id = ?').all(id)).toEqual(savedBefore);

    // The words are selected again: the same key saves them once main takes it.
    await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('fell from nine days to four');
    await page.unroute('**/api/call/createHighlight');
    await page.keyboard.press('2');
    await expect.poll(() => db.prepare('SELECT count(*) FROM highlights WHERE article_id = ?').pluck().get(id)).toBe(2);
    const savedId = db.prepare('SELECT id FROM highlights WHERE exact = ?').pluck().get('fell from nine days to four') as number;
    await expect.poll(async () => Object.keys(await paintedHighlights(page)).sort()).toEqual([String((kept as { ok: true; value: { id: number } }).value.id), String(savedId)].sort());
    expect(pageErrors).toEqual([]);
  });

  it('opens the note editor of a new highlight at once with "n", and keeps what was typed when main saves it', async () => {
    const session = await start();
    const { page, preview, pageErrors } = session;
    const db = preview.backend.library.db;
    const id = articleId(session);
    await openArticle(page);

    // The editor is open and focused while main has not answered yet.
    const { save, note } = await noteOnHeldHighlight(page, 'fell from nine days to four');
    await page.keyboard.type('Halved in a month');
    expect(db.prepare('SELECT count(*) FROM highlights WHERE article_id = ?').pluck().get(id)).toBe(0);

    await save.continue();
    await expect.poll(() => db.prepare('SELECT count(*) FROM highlights WHERE article_id = ?').pluck().get(id)).toBe(1);
    // Main's id replaced the stand-in under the open editor: it stays open, focused, with the words typed after the swap too.
    await expect.poll(() => page.locator('.reader-body mark', { hasText: 'fell from nine days to four' }).getAttribute('data-highlight-id')).not.toMatch(/^-/);
    await page.keyboard.type(', says the port.');
    expect(await note.inputValue()).toBe('Halved in a month, says the port.');
    await page.keyboard.press('Escape');
    await expect.poll(() => db.prepare('SELECT note FROM highlights WHERE article_id = ?').pluck().get(id)).toBe('Halved in a month, says the port.');

    // An editor closed before main answers stays closed when it does.
    await page.unroute('**/api/call/createHighlight');
    const second = await highlightWhileSaveHeld(page, 'spring harvest exports', 'n');
    await expect.poll(() => note.count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => note.count()).toBe(0);
    await second.continue();
    await expect.poll(() => db.prepare('SELECT count(*) FROM highlights WHERE article_id = ?').pluck().get(id)).toBe(2);
    await expect.poll(() => page.locator('.reader-body mark', { hasText: 'spring harvest exports' }).getAttribute('data-highlight-id')).not.toMatch(/^-/);
    expect(await note.count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('keeps the note typed with "n" when main refuses the new highlight: "Try again" saves both', async () => {
    const session = await start();
    const { page, preview, pageErrors } = session;
    const db = preview.backend.library.db;
    const id = articleId(session);
    await openArticle(page);

    const { save, note } = await noteOnHeldHighlight(page, 'fell from nine days to four');
    await page.keyboard.type('Halved in a month');
    await save.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'LIBRARY_READ_ONLY', message: 'The library file cannot be written.' } }) });
    const notices = page.getByRole('region', { name: 'Notices' });
    await expect.poll(() => notices.getByText("Couldn't save the highlight").count()).toBe(1);
    // The editor went with its highlight; nothing was written.
    await expect.poll(() => note.count()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM highlights WHERE article_id = ?').pluck().get(id)).toBe(0);

    await page.unroute('**/api/call/createHighlight');
    await notices.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => db.prepare('SELECT exact, note FROM highlights WHERE article_id = ?').all(id)).toEqual([{ exact: 'fell from nine days to four', note: 'Halved in a month' }]);
    await expect.poll(async () => Object.values(await paintedHighlights(page))).toEqual(['fell from nine days to four']);
    expect(pageErrors).toEqual([]);
  });

  it('keeps margin notes beside their passages as highlights and notes are added', async () => {
    const session = await start();
    const { page, preview, pageErrors } = session;
    // Wide enough for notes in the margin.
    await page.setViewportSize({ width: 1920, height: 1080 });
    const db = preview.backend.library.db;
    const id = articleId(session);
    const text = db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(id) as string;
    const first = 'fell from nine days to four';
    await preview.backend.dispatch('createHighlight', { articleId: id, start: text.indexOf(first), end: text.indexOf(first) + first.length, color: 'blue', note: 'Halved in a month.' });
    await openArticle(page);

    /** Whether each placed, visible margin note is level with its highlight's first line (within 3 px), by the note's text. */
    const beside = () =>
      page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll<HTMLElement>('.margin-note[data-placed]:not([hidden])')].map((card) => {
            const mark = document.querySelector(`.reader-body mark[data-highlight-id="${card.dataset.marginId}"]`)!;
            return [card.querySelector('.margin-note-body')!.textContent.trim(), Math.abs(card.getBoundingClientRect().top - mark.getBoundingClientRect().top) <= 3];
          }),
        ),
      );
    await expect.poll(beside).toEqual({ 'Halved in a month.': true });

    // A highlight with no note: the note stays where it is.
    await page.getByRole('article', { name: 'Reader' }).getByText(/Average waiting time/).click();
    await selectWithRange(page, 'spring harvest exports');
    await page.keyboard.press('3');
    await expect.poll(async () => Object.values(await paintedHighlights(page)).length).toBe(2);
    expect(await beside()).toEqual({ 'Halved in a month.': true });

    // A highlight with a note (N, then the note): its note takes its place beside its own words, once the note is saved.
    await selectWithRange(page, 'publish weekly queue figures');
    await page.keyboard.press('n');
    const note = page.getByRole('dialog', { name: /Highlight/ }).getByRole('textbox', { name: 'Note' });
    await note.fill('From April.');
    await note.press('Control+Enter');
    await expect.poll(beside).toEqual({ 'Halved in a month.': true, 'From April.': true });
    expect(pageErrors).toEqual([]);
  });

  it('names the colours as the analyst renamed them', async () => {
    const { page, preview } = await start();
    await openArticle(page);
    await page.getByRole('button', { name: 'Colours' }).click();
    const dialog = page.getByRole('dialog', { name: 'Highlight colours' });
    await dialog.getByRole('textbox', { name: 'Name for yellow highlights' }).fill('Indicator');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => preview.backend.settings.get().highlightLabels.yellow).toBe('Indicator');
    await page.getByRole('article', { name: 'Reader' }).getByText(/Average waiting time/).click();
    await selectWithRange(page, 'three ports');
    await expect.poll(() => page.getByRole('button', { name: 'Highlight as Indicator' }).count()).toBe(1);
  });

  it('lists a highlight whose words are gone from the article as orphaned, and does not paint it', async () => {
    const session = await start();
    const { page, preview } = session;
    const db = preview.backend.library.db;
    const id = articleId(session);
    const text = db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(id) as string;
    const startAt = text.indexOf(PHRASE);
    const made = await preview.backend.dispatch('createHighlight', { articleId: id, start: startAt, end: startAt + PHRASE.length, color: 'blue', note: 'Check the depots.' });
    expect(made.ok).toBe(true);
    const kept = await preview.backend.dispatch('createHighlight', { articleId: id, start: text.indexOf('freeing berths'), end: text.indexOf('freeing berths') + 14, color: 'yellow' });
    expect(kept.ok).toBe(true);

    // The article was updated at the source: the quoted words are gone (its HTML and text alike).
    db.prepare('UPDATE articles SET text = replace(text, ?, ?), html = replace(html, ?, ?) WHERE id = ?').run(
      PHRASE,
      'sent every container to a single inland yard',
      PHRASE,
      'sent every container to a single inland yard',
      id,
    );

    await openArticle(page);
    await page.getByRole('button', { name: 'Notes', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Notes' });
    const orphans = panel.getByRole('region', { name: /Could not be placed/ });
    await expect.poll(() => orphans.getByRole('listitem').count()).toBe(1);
    expect(await orphans.getByText(PHRASE).count()).toBe(1);
    expect(await orphans.getByText('Check the depots.').count()).toBe(1);
    expect(await orphans.getByText('Question', { exact: true }).count()).toBe(1);

    // The one that still fits is painted; the orphan is painted nowhere.
    await expect.poll(async () => Object.values(await paintedHighlights(page))).toEqual(['freeing berths']);
    const orphanId = (made as { ok: true; value: { id: number } }).value.id;
    expect(await page.locator(`mark[data-highlight-id="${orphanId}"]`).count()).toBe(0);
    expect(await panel.getByRole('region', { name: /Highlights/ }).getByRole('listitem').count()).toBe(1);
  });

  it('keeps a noted highlight’s end, its note dot and the punctuation after it on one line, however the line wraps', async () => {
    const session = await start();
    const { page, preview } = session;
    const id = articleId(session);
    const text = preview.backend.library.db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(id) as string;
    const noted = 'fell from nine days to four in February';
    const startAt = text.indexOf(noted);
    expect(text[startAt + noted.length]).toBe(',');
    const made = await preview.backend.dispatch('createHighlight', { articleId: id, start: startAt, end: startAt + noted.length, color: 'yellow', note: 'Compare with January.' });
    expect(made.ok).toBe(true);
    await openArticle(page);
    await page.locator('.reader-body mark[data-note-end]').waitFor();

    // Narrow the column a pixel at a time: wherever the line wraps, the comma never opens a line and the dot never stands alone.
    const splitAt = await page.evaluate(() => {
      const body = document.querySelector<HTMLElement>('.reader-body')!;
      const mark = body.querySelector<HTMLElement>('mark[data-note-end]')!;
      const lastWord = mark.lastChild as Text;
      const comma = mark.nextSibling as Text;
      const lineOf = (node: Text, offset: number) => {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        const rect = range.getBoundingClientRect();
        return rect.top + rect.height / 2;
      };
      const widths: number[] = [];
      for (let width = 240; width <= 640; width += 1) {
        body.style.maxWidth = `${width}px`;
        if (Math.abs(lineOf(lastWord, lastWord.data.length - 1) - lineOf(comma, 0)) > 4) widths.push(width);
      }
      body.style.maxWidth = '';
      return widths;
    });
    expect(splitAt).toEqual([]);
  });

  it('wraps a note’s long unbroken string (a file hash) inside the notes panel, which never scrolls sideways', async () => {
    const session = await start();
    const { page, preview } = session;
    const id = articleId(session);
    const text = preview.backend.library.db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(id) as string;
    const startAt = text.indexOf(PHRASE);
    const note = 'Matches the manifest hash sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 in the leak.';
    const made = await preview.backend.dispatch('createHighlight', { articleId: id, start: startAt, end: startAt + PHRASE.length, color: 'blue', note });
    expect(made.ok).toBe(true);
    await openArticle(page);
    await page.getByRole('button', { name: 'Notes', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Notes' });
    await panel.getByText(/Matches the manifest hash/).waitFor();

    const widths = await panel.evaluate((element) => {
      const scroller = element.querySelector('.notes-panel-scroll')!;
      return { visible: scroller.clientWidth, content: scroller.scrollWidth };
    });
    expect(widths.content).toBeLessThanOrEqual(widths.visible);
  });
});
