/**
 * The app at 150 % zoom in a 900 px window (600 CSS pixels): the article list
 * keeps every part of a row visible and apart (a long title wraps to three
 * lines and keeps its full text as a tooltip; a long source takes a line of
 * its own and keeps its full name) and the list's header is not cut off. The
 * list and the reader take turns, so an article reads in a column of its own
 * width; the notes panel opens over it; the reader's close button goes back
 * to the list, with focus on the article's row. The reader's toolbar keeps
 * the whole saved date (its actions wrap under it), and no "·" opens a
 * wrapped line of the header's details, left to right or right to left.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { insertArticle } from '../../electron/library/articles.ts';
import { openLibrary } from '../../electron/library/library.ts';
import { makeArticle } from '../helpers/articles.ts';
import { shoot, useApp, type PreviewSession } from '../helpers/chromium.ts';
import { tempDir } from '../helpers/temp.ts';

const start = useApp();

const SAMPLE = 'Northern corridor ports report shorter queues after new inspection rules';

const TITLE = 'Regional ministry names an independent mediator for the Vellmar harbour dispute after eleven days of stoppages and a growing grain backlog';
const SITE = 'The Northern Corridor Maritime and Logistics Intelligence Review';
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${TITLE}</title>
<meta property="og:site_name" content="${SITE}"><meta property="article:published_time" content="2026-10-16T08:00:00Z"></head>
<body><article><h1>${TITLE}</h1>
<p>The regional ministry of transport on Wednesday named Corin Hallward, a retired labour court judge, as mediator in the dispute between the Vellmar dockers' union and the harbour authority.</p>
<p>Hallward said she would meet both sides separately on Thursday morning before joint talks in the afternoon, and asked both not to comment in public while the talks lasted.</p>
<p>The ministry said the mediator would report within three weeks, the length of the pause in the strike that the union agreed on Tuesday.</p>
</article></body></html>`;

async function call<T>(session: PreviewSession, name: string, args: unknown): Promise<T> {
  const result = await session.preview.backend.dispatch(name, args);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

/** In the 600 px window, with the list showing alone (no empty reader beside it), opens the sample article from the keyboard. */
async function readSampleInNarrowWindow(page: Page): Promise<{ list: Locator; reader: Locator }> {
  await page.setViewportSize({ width: 600, height: 467 });
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^All articles/ }).click();
  const list = page.getByRole('listbox', { name: 'Articles' });
  await list.getByRole('option', { name: SAMPLE }).focus();
  expect(await page.getByText('Select an article to read it').isVisible()).toBe(false);
  await page.keyboard.press('Enter');
  const reader = page.getByRole('article', { name: 'Reader' });
  await reader.getByText(/Average waiting time/).first().waitFor();
  return { list, reader };
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

describe('the article list at 150 % zoom in a 900 px window', () => {
  it('shows every part of a long row inside the row, none over another, with the full title and source at hand', async () => {
    const session = await start();
    const { page } = session;
    const [saved] = await call<Array<{ id: number }>>(session, 'importBatch', {
      batchId: 'narrow-list',
      items: [{ kind: 'file', name: 'mediator.html', data: Buffer.from(PAGE).toString('base64') }],
    });
    await call(session, 'setSourceGrade', { id: saved!.id, grade: 'B' });
    await call(session, 'setArticleMarking', { id: saved!.id, marking: 'AMBER+STRICT' });
    await page.setViewportSize({ width: 600, height: 467 });
    await page.reload();
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^All articles/ }).click();
    const row = page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: TITLE });
    await row.waitFor();
    await shoot(page, 'narrow-window-list');

    const layout = await row.evaluate((element) => {
      const rect = (node: Element): Box => {
        const { left, right, top, bottom } = node.getBoundingClientRect();
        return { left, right, top, bottom };
      };
      const meta = element.querySelector('.article-row-meta')!;
      const title = element.querySelector('.article-row-title')!;
      const source = element.querySelector('.article-row-source')!;
      return {
        row: rect(element),
        titleTooltip: title.getAttribute('title'),
        sourceTooltip: source.getAttribute('title'),
        parts: [...meta.children].filter((part) => !part.classList.contains('sr-only')).map((part) => ({ text: part.textContent, box: rect(part) })),
      };
    });
    expect(layout.titleTooltip).toBe(TITLE);
    expect(layout.sourceTooltip).toBe(SITE);
    expect(layout.parts.map((part) => part.text)).toEqual([SITE, 'Oct 16', '1 min read', 'BTLP:AMBER+STRICT']);
    for (const part of layout.parts) {
      expect(part.box.left, part.text).toBeGreaterThanOrEqual(layout.row.left);
      expect(part.box.right, part.text).toBeLessThanOrEqual(layout.row.right);
    }
    const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    for (const [index, part] of layout.parts.entries()) {
      for (const other of layout.parts.slice(index + 1)) expect(overlap(part.box, other.box), `${part.text} over ${other.text}`).toBe(false);
    }

    const header = page.locator('.list-pane .view-header');
    const headerBox = (await header.boundingBox())!;
    const titleBox = (await header.getByRole('heading', { name: 'All articles' }).boundingBox())!;
    expect(titleBox.y).toBeGreaterThanOrEqual(headerBox.y);
    expect(session.pageErrors).toEqual([]);
  });

  it('lets the reader take the list’s place, and gives the list back with focus on the article read', async () => {
    const session = await start();
    const { page } = session;
    const { list, reader } = await readSampleInNarrowWindow(page);
    const column = reader.locator('.reader-body');
    await expect.poll(() => list.isVisible()).toBe(false);
    const width = (await column.boundingBox())!.width;
    expect(width).toBeGreaterThanOrEqual(300);
    await shoot(page, 'narrow-window-reader');

    await reader.getByRole('button', { name: 'Notes', exact: true }).click();
    await page.getByRole('complementary', { name: 'Notes' }).waitFor();
    expect((await column.boundingBox())!.width).toBe(width);
    await shoot(page, 'narrow-window-notes');
    await page.getByRole('complementary', { name: 'Notes' }).getByRole('button', { name: /Close/ }).click();

    await reader.getByRole('button', { name: 'Back to the articles' }).click();
    await expect.poll(() => list.isVisible()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role') === 'option' && document.activeElement.textContent)).toContain(SAMPLE);
    expect(session.pageErrors).toEqual([]);
  });

  it('shows the timeline when it is chosen while an article is open, not the article', async () => {
    const session = await start();
    const { page } = session;
    const { reader } = await readSampleInNarrowWindow(page);
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Timeline' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Timeline' }).isVisible()).toBe(true);
    expect(await reader.count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });
});

const ENGLISH_TITLE = 'Harbour pilots agree a new night roster';
const ARABIC_TITLE = 'سوق السمك يعود إلى العمل';

/** A library with two articles saved from an address (so the reader's toolbar has all its actions), one English, one Arabic. */
function libraryWithSavedPages(): string {
  const dir = tempDir('narrow-reader');
  const library = openLibrary(dir);
  const saved = { savedAt: '2026-12-07T10:00:00.000Z', publishedAt: '2026-12-06T09:00:00.000Z' };
  insertArticle(library.db, makeArticle({ ...saved, title: ENGLISH_TITLE, byline: 'Corin Hallward', siteName: 'Harbour Times', url: 'https://example.test/roster', paragraphs: ['The pilots agreed a roster for the winter nights.'] }));
  insertArticle(
    library.db,
    makeArticle({ ...saved, title: ARABIC_TITLE, byline: 'سلمى الحداد', siteName: 'صحيفة الوادي', lang: 'ar', dir: 'rtl', url: 'https://example.test/souq', paragraphs: ['أعادت بلدية ميناء الرمال صباح الأحد فتح سوق السمك القديم.'] }),
  );
  library.close();
  return dir;
}

/** Where the words of each part of the header's details begin, and where the line they sit on begins (left, or right when right to left). */
function headerDetailStarts(reader: Locator) {
  return reader.locator('.reader-meta').evaluate((meta) => {
    const rtl = getComputedStyle(meta).direction === 'rtl';
    const box = meta.getBoundingClientRect();
    return [...meta.children].map((part) => {
      const words = document.createRange();
      words.selectNodeContents(part);
      const drawn = words.getClientRects()[0]!;
      const partBox = part.getBoundingClientRect();
      return {
        text: part.textContent,
        opensLine: rtl ? Math.abs(partBox.right - box.right) < 1 : Math.abs(partBox.left - box.left) < 1,
        wordsFromLineStart: rtl ? box.right - drawn.right : drawn.left - box.left,
      };
    });
  });
}

describe('the reader at 150 % zoom in a 900 px window', () => {
  it.each([
    ['left-to-right', ENGLISH_TITLE],
    ['right-to-left', ARABIC_TITLE],
  ])('shows the whole saved date in the toolbar, and no separator dot opening a line of a %s header', async (_direction, title) => {
    const session = await start({ libraryDir: libraryWithSavedPages() });
    const { page } = session;
    await page.setViewportSize({ width: 600, height: 467 });
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: title }).click();
    const reader = page.getByRole('article', { name: 'Reader' });
    await reader.getByRole('heading', { name: title }).waitFor();

    const saved = reader.locator('.reader-toolbar-info');
    expect(await saved.innerText()).toBe('Saved Dec 7, 2026');
    expect(await saved.evaluate((info) => info.scrollWidth <= info.clientWidth)).toBe(true);

    const parts = await headerDetailStarts(reader);
    expect(parts.some((part, index) => index > 0 && part.opensLine)).toBe(true);
    for (const part of parts.filter((each) => each.opensLine)) expect(part.wordsFromLineStart, part.text ?? '').toBeLessThan(1);
    await shoot(page, `narrow-window-reader-header-${title === ARABIC_TITLE ? 'rtl' : 'ltr'}`);
    expect(session.pageErrors).toEqual([]);
  });
});

/** The reader toolbar's actions as drawn, line by line: each line's first and last action (their boxes), and the saved date's left edge. */
function toolbarActionLines(reader: Locator) {
  return reader.locator('.reader-toolbar').evaluate((toolbar) => {
    const box = (element: Element) => {
      const { left, right, top, bottom } = element.getBoundingClientRect();
      return { left, right, top, bottom };
    };
    const lines: Array<{ first: Box; last: Box }> = [];
    for (const action of toolbar.querySelectorAll('.reader-actions > *')) {
      const drawn = box(action);
      if (drawn.right - drawn.left === 0) continue;
      const line = lines.find((each) => Math.abs(each.first.top - drawn.top) < 8);
      if (line) line.last = drawn;
      else lines.push({ first: drawn, last: drawn });
    }
    return { dateLeft: box(toolbar.querySelector('.reader-toolbar-info')!).left, toolbarRight: box(toolbar).right, lines };
  });
}

describe('the reader toolbar in narrow windows', () => {
  it.each([
    ['left-to-right', ENGLISH_TITLE, 761],
    ['left-to-right', ENGLISH_TITLE, 420],
    ['right-to-left', ARABIC_TITLE, 761],
    ['right-to-left', ARABIC_TITLE, 420],
  ])('wraps the actions of a %s article under the saved date, each line starting where the date starts, with no divider at a line’s edge (%s, %i px)', async (_direction, title, width) => {
    const session = await start({ libraryDir: libraryWithSavedPages() });
    const { page } = session;
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: title }).click();
    const reader = page.getByRole('article', { name: 'Reader' });
    await reader.getByRole('heading', { name: title }).waitFor();
    await page.setViewportSize({ width, height: 700 });
    await page.mouse.move(0, 699);
    // The buttons' hover and width transitions end before the toolbar is read.
    await page.waitForTimeout(300);

    const { dateLeft, toolbarRight, lines } = await toolbarActionLines(reader);
    expect(lines.length).toBeGreaterThan(1);
    for (const { first } of lines) expect(Math.abs(first.left - dateLeft)).toBeLessThan(1);
    // Beside each line's first and last action the toolbar is as blank as its own padding: no divider opens or closes a line.
    const blank = (x: number, row: Box) => page.screenshot({ clip: { x, y: row.top, width: 10, height: row.bottom - row.top } });
    for (const { first, last } of lines) {
      const padding = await blank(toolbarRight - 12, first);
      expect(await blank(first.left - 11, first)).toEqual(padding);
      if (last.right + 11 < toolbarRight - 12) expect(await blank(last.right + 1, first)).toEqual(padding);
    }
    await shoot(page, `narrow-window-reader-toolbar-${title === ARABIC_TITLE ? 'rtl' : 'ltr'}-${width}`);
    expect(session.pageErrors).toEqual([]);
  });
});

/** The source grade's chooser, the width it needs to show its label whole, and the reader column's content box. */
function sourceGradeFit(reader: Locator) {
  return reader.getByRole('combobox', { name: 'Source reliability' }).evaluate((select) => {
    const sizedToLabel = select.cloneNode(true) as HTMLSelectElement;
    sizedToLabel.value = (select as HTMLSelectElement).value;
    Object.assign(sizedToLabel.style, { position: 'absolute', fieldSizing: 'content', maxWidth: 'none' });
    select.parentElement!.append(sizedToLabel);
    const labelWidth = sizedToLabel.getBoundingClientRect().width;
    sizedToLabel.remove();
    const column = select.closest('.reader-column')!;
    const { paddingLeft, paddingRight } = getComputedStyle(column);
    const columnBox = column.getBoundingClientRect();
    const { left, right } = select.getBoundingClientRect();
    return {
      label: (select as HTMLSelectElement).selectedOptions[0]!.text,
      labelWidth,
      select: { left, right },
      column: { left: columnBox.left + parseFloat(paddingLeft), right: columnBox.right - parseFloat(paddingRight) },
    };
  });
}

describe('the source grade in a narrow reader', () => {
  it.each([
    ['left-to-right', ENGLISH_TITLE],
    ['right-to-left', ARABIC_TITLE],
  ])('shows the whole "Source: not graded" label of a %s article, inside the column (%s, 420 px)', async (_direction, title) => {
    const session = await start({ libraryDir: libraryWithSavedPages() });
    const { page } = session;
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: title }).click();
    const reader = page.getByRole('article', { name: 'Reader' });
    await reader.getByRole('heading', { name: title }).waitFor();
    await page.setViewportSize({ width: 420, height: 700 });

    const fit = await sourceGradeFit(reader);
    expect(fit.label).toBe('Source: not graded');
    expect(fit.select.right - fit.select.left).toBeGreaterThanOrEqual(fit.labelWidth);
    expect(fit.select.left).toBeGreaterThanOrEqual(fit.column.left);
    expect(fit.select.right).toBeLessThanOrEqual(fit.column.right);
    await shoot(page, `narrow-window-source-grade-${title === ARABIC_TITLE ? 'rtl' : 'ltr'}`);
    expect(session.pageErrors).toEqual([]);
  });
});
