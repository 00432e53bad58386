import fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp, type PreviewSession } from '../helpers/chromium.ts';

const start = useApp();

const SAMPLE_ARTICLE = 'Northern corridor ports report shorter queues after new inspection rules';

async function openSampleArticle(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Sample briefing/ }).click();
  await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: SAMPLE_ARTICLE }).click();
  await page.getByRole('article', { name: 'Reader' }).getByText(/Average waiting time for container ships/).waitFor();
}

/** The reader's text as the person sees it: computed style of the article body and the pane behind it. */
function readerLook(page: Page) {
  return page.evaluate(() => {
    const body = document.querySelector('.reader-body');
    const pane = document.querySelector('.reader-pane');
    const column = document.querySelector('.reader-column');
    if (!body || !pane || !column) return null;
    const text = getComputedStyle(body);
    return {
      fontFamily: text.fontFamily,
      fontSize: text.fontSize,
      lineHeight: text.lineHeight,
      color: text.color,
      background: getComputedStyle(pane).backgroundColor,
      columnMaxWidth: getComputedStyle(column).maxWidth,
      theme: document.documentElement.dataset.theme,
    };
  });
}

async function importItems(session: PreviewSession, batchId: string, items: unknown[]): Promise<void> {
  const result = await session.preview.backend.dispatch('importBatch', { batchId, items });
  expect(result.ok).toBe(true);
}

describe('reading settings', () => {
  it('changes theme, font, size and spacing at once, and keeps them after a reload', async () => {
    const session = await start();
    const { page, pageErrors } = session;
    await openSampleArticle(page);
    expect(await readerLook(page)).toMatchObject({ fontSize: '18px', fontFamily: expect.stringMatching(/^"Source Serif 4"/) });

    await page.getByRole('button', { name: 'Reading settings' }).click();
    const panel = page.getByRole('dialog', { name: 'Reading settings' });
    await panel.waitFor();
    expect(await page.getByRole('radiogroup', { name: 'Theme' }).count()).toBe(1);
    await panel.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio', { name: 'Sepia' }).check();
    await panel.getByRole('radiogroup', { name: 'Font' }).getByRole('radio', { name: 'Sans' }).check();
    const size = panel.getByRole('slider', { name: 'Text size' });
    for (let i = 0; i < 4; i++) await size.press('ArrowRight');
    await panel.getByRole('slider', { name: 'Line spacing' }).fill('2');
    await panel.getByRole('slider', { name: 'Column width' }).fill('800');

    // Applied while the panel is still open.
    const sepia = {
      theme: 'sepia',
      fontFamily: expect.stringMatching(/^"Source Sans 3"/),
      fontSize: '22px',
      lineHeight: '44px',
      color: 'rgb(58, 46, 32)',
      background: 'rgb(249, 243, 231)',
      columnMaxWidth: '896px',
    };
    await expect.poll(() => readerLook(page)).toMatchObject(sepia);

    await page.keyboard.press('Escape');
    await expect.poll(() => panel.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Reading settings');
    await expect
      .poll(() => session.preview.backend.settings.get())
      .toMatchObject({ theme: 'sepia', reader: { font: 'sans', fontSize: 22, lineHeight: 2, columnWidth: 800 } });

    await page.reload();
    await openSampleArticle(page);
    await expect.poll(() => readerLook(page)).toMatchObject(sepia);

    // Reset brings the typography back; the theme stays.
    await page.getByRole('button', { name: 'Reading settings' }).click();
    await panel.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => readerLook(page)).toMatchObject({ theme: 'sepia', fontSize: '18px', fontFamily: expect.stringMatching(/^"Source Serif 4"/) });
    expect(pageErrors).toEqual([]);
  });

  it('reads in the fonts shipped with the app, and fetches nothing from elsewhere', async () => {
    const session = await start();
    const { page, foreignRequests } = session;
    const fontRequests: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fontRequests.push(request.url());
    });
    await openSampleArticle(page);
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('16px "Source Serif 4"'))).toBe(true);

    await page.getByRole('button', { name: 'Reading settings' }).click();
    await page.getByRole('radiogroup', { name: 'Font' }).getByRole('radio', { name: 'Sans' }).check();
    await expect
      .poll(() => page.evaluate(async () => (await document.fonts.ready, document.fonts.check('16px "Source Sans 3"'))))
      .toBe(true);

    expect(fontRequests.some((url) => /source-serif-4-latin-400-normal[^/]*\.woff2$/.test(url))).toBe(true);
    expect(fontRequests.some((url) => /source-sans-3-latin-400-normal[^/]*\.woff2$/.test(url))).toBe(true);
    for (const url of fontRequests) expect(url.startsWith(session.preview.bridge.origin)).toBe(true);
    expect(foreignRequests).toEqual([]);
  });

  it('follows the system light or dark setting live', async () => {
    const { page } = await start({ colorScheme: 'light' });
    await openSampleArticle(page);
    await expect.poll(async () => (await readerLook(page))?.background).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(async () => (await readerLook(page))?.background).toBe('rgb(32, 32, 36)');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(async () => (await readerLook(page))?.background).toBe('rgb(255, 255, 255)');
  });

  it('reads a Hebrew article right to left, in its own script', async () => {
    const session = await start();
    const { page } = session;
    const data = fs.readFileSync(new URL('../fixtures/pages/hebrew.html', import.meta.url)).toString('base64');
    await importItems(session, 'rtl-check-1', [{ kind: 'file', name: 'hebrew.html', data }]);
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^All articles/ }).click();
    await page.getByRole('option', { name: /המועצה האזורית/ }).click();
    const reader = page.getByRole('article', { name: 'Reader' });
    await reader.getByText(/נווה ים/).waitFor();
    expect(await reader.getAttribute('lang')).toBe('he');
    const body = reader.locator('.reader-body');
    expect(await body.getAttribute('dir')).toBe('rtl');
    expect(await body.evaluate((el) => [getComputedStyle(el).direction, getComputedStyle(el).textAlign])).toEqual(['rtl', 'start']);
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans Hebrew"', 'שלום'))).toBe(true);
  });

  it('keeps the app’s own words around a right-to-left article in their English order, each “·” between two items', async () => {
    const session = await start();
    const { page } = session;
    const copy = fs.readFileSync(new URL('../fixtures/textdump-corpus/dev/ar-gulf-daily.txt', import.meta.url), 'utf8');
    await importItems(session, 'rtl-header-1', [{ kind: 'text', text: copy }]);
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^All articles/ }).click();
    await page.getByRole('option', { name: /أشجار القرم|شجرة قرم/ }).click();
    const header = page.getByRole('article', { name: 'Reader' }).locator('.reader-header');
    await header.locator('.cleaned-copy-note').getByRole('button', { name: 'Review' }).waitFor();
    const items = await header.locator('.reader-meta > *, .cleaned-copy-note > *').evaluateAll((elements) =>
      elements.map((element) => {
        const words = document.createRange();
        words.selectNodeContents(element);
        const box = element.getBoundingClientRect();
        const text = words.getBoundingClientRect();
        // Right to left, an item's "·" (its ::before) is on its right, towards the item before it: inside the item's
        // box, or (the meta line's, set in the gap so that one opening a wrapped line is clipped) just past its right edge.
        const separator = getComputedStyle(element, '::before');
        const inGapOnRight = separator.position === 'absolute' && parseFloat(separator.left) >= box.width - 1;
        return { text: element.textContent, first: element.previousElementSibling === null, separatorOnRight: inGapOnRight || box.right - text.right > 6 };
      }),
    );
    expect(items.filter((item) => !item.first && !item.separatorOnRight)).toEqual([]);
    // "29 lines left out" reads with its number first, on the left.
    const leftOut = await header.getByText(/\d+ lines? left out/).evaluate((element) => {
      const text = element.firstChild as Text;
      const at = (start: number, end: number) => {
        const range = document.createRange();
        range.setStart(text, start);
        range.setEnd(text, end);
        return range.getBoundingClientRect().left;
      };
      const space = text.data.indexOf(' ');
      return { number: at(0, space), words: at(space + 1, text.data.length) };
    });
    expect(leftOut.number).toBeLessThan(leftOut.words);

    // The review of the cleaned copy is the app's dialog, left to right; the copy's lines read right to left.
    await header.locator('.cleaned-copy-note').getByRole('button', { name: 'Review' }).click();
    const review = page.getByRole('dialog', { name: 'Review cleaned copy' });
    const firstLine = review.getByRole('list', { name: 'Lines of the original copy' }).getByRole('listitem').first();
    await firstLine.waitFor();
    expect(await review.evaluate((dialog) => getComputedStyle(dialog).direction)).toBe('ltr');
    expect(await firstLine.locator('.cleaned-copy-text').evaluate((text) => getComputedStyle(text).direction)).toBe('rtl');
  });

  it('cuts a long Arabic site name in the article list at its end, never its first words', async () => {
    const session = await start();
    const { page } = session;
    const copy = fs.readFileSync(new URL('../fixtures/textdump-corpus/dev/ar-gulf-daily.txt', import.meta.url), 'utf8');
    await importItems(session, 'rtl-source-1', [{ kind: 'text', text: copy }]);
    const id = session.preview.backend.library.db.prepare('SELECT max(id) FROM articles').pluck().get() as number;
    const siteName = 'شبكة الأخبار الاقتصادية والبحرية لدول الخليج العربي والبحر الأحمر';
    expect((await session.preview.backend.dispatch('updateArticleDetails', { id, siteName })).ok).toBe(true);
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^All articles/ }).click();
    const source = page.locator('.article-row-source').filter({ hasText: siteName.slice(0, 10) });
    await source.waitFor();
    const cut = await source.evaluate((element) => {
      const words = document.createRange();
      words.setStart(element.firstChild!, 0);
      words.setEnd(element.firstChild!, 4);
      const first = words.getBoundingClientRect();
      const box = element.getBoundingClientRect();
      return { cut: element.scrollWidth > element.clientWidth, firstWordsShown: first.left >= box.left - 1 && first.right <= box.right + 1 };
    });
    expect(cut).toEqual({ cut: true, firstWordsShown: true });
  });
});

describe('notes on a right-to-left article', () => {
  it('an Arabic note and its quote read right to left in the notes panel, the note’s field, its preview and the evidence locker; an English note stays left to right', async () => {
    const session = await start();
    const { page } = session;
    const copy = fs.readFileSync(new URL('../fixtures/textdump-corpus/dev/ar-gulf-daily.txt', import.meta.url), 'utf8');
    await importItems(session, 'rtl-notes-1', [{ kind: 'text', text: copy }]);
    const { db } = session.preview.backend.library;
    const { id, text } = db.prepare("SELECT id, text FROM articles WHERE lang = 'ar'").get() as { id: number; text: string };
    const words = text.split(' ');
    const at = (word: string) => text.indexOf(word);
    for (const [word, note] of [
      [words[3]!, 'ملاحظة المحلل: يجب التحقق من الرقم مع مصدر ثانٍ. Check the figure with the ministry.'],
      [words[6]!, 'Ask the desk in Doha whether this was announced before.'],
    ] as const) {
      const result = await session.preview.backend.dispatch('createHighlight', { articleId: id, start: at(word), end: at(word) + word.length, color: 'yellow', note });
      expect(result.ok).toBe(true);
    }
    await page.reload();
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^All articles/ }).click();
    await page.getByRole('option', { name: /أشجار القرم|شجرة قرم/ }).click();
    const reader = page.getByRole('article', { name: 'Reader' });
    await reader.getByRole('button', { name: 'Notes', exact: true }).click();
    const notes = page.getByRole('complementary', { name: 'Notes' });
    const direction = (element: Locator) => element.evaluate((node) => getComputedStyle(node).direction);
    const arabic = notes.getByRole('listitem').filter({ hasText: 'ملاحظة المحلل' });
    const english = notes.getByRole('listitem').filter({ hasText: 'Ask the desk' });
    expect(await direction(arabic.locator('.notes-item-note p'))).toBe('rtl');
    expect(await direction(arabic.locator('.notes-item-quote'))).toBe('rtl');
    expect(await direction(english.locator('.notes-item-note p'))).toBe('ltr');

    await arabic.getByRole('button', { name: /^Edit note/ }).click();
    const popover = page.getByRole('dialog', { name: /Highlight/ });
    const field = popover.getByRole('textbox', { name: 'Note' });
    await expect.poll(() => field.inputValue()).toContain('ملاحظة المحلل');
    expect(await direction(field)).toBe('rtl');
    expect(await direction(popover.locator('.note-editor-preview .note-markdown p'))).toBe('rtl');
    // The popover around them is the app's, left to right.
    expect(await direction(popover)).toBe('ltr');

    // In the evidence locker the Arabic quote and its article's title read right to left too.
    await page.keyboard.press('Escape');
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Evidence', exact: true }).click();
    const evidence = page.getByRole('listbox', { name: 'Highlights' }).getByRole('option').filter({ hasText: 'ملاحظة المحلل' });
    await evidence.waitFor();
    expect(await direction(evidence.locator('.evidence-quote'))).toBe('rtl');
    expect(await direction(evidence.locator('.evidence-source-title'))).toBe('rtl');
    expect(await direction(evidence.locator('.evidence-note p'))).toBe('rtl');
  });
});

describe('key judgments', () => {
  it('are edited in Markdown and shown rendered, also after a reload', async () => {
    const session = await start();
    const { page } = session;
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Sample briefing/ }).click();
    const judgments = page.getByRole('region', { name: 'Key judgments' });
    await judgments.getByRole('listitem').first().waitFor();

    // Escape leaves them as they were.
    await page.getByRole('button', { name: 'Edit key judgments' }).click();
    const field = page.getByRole('textbox', { name: 'Key judgments' });
    await field.fill('Not this');
    await field.press('Escape');
    await expect.poll(() => field.count()).toBe(0);
    expect(await judgments.getByText(/Port queues on the northern corridor/).count()).toBe(1);

    await page.getByRole('button', { name: 'Edit key judgments' }).click();
    expect(await field.inputValue()).toMatch(/^- Port queues/);
    await field.fill('**Ports** reopened\n- item');
    await field.press('Control+Enter');
    await expect.poll(() => judgments.locator('strong').textContent()).toBe('Ports');
    await expect
      .poll(() => session.preview.backend.library.db.prepare('SELECT summary FROM briefings').pluck().get())
      .toBe('**Ports** reopened\n- item');

    await page.reload();
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Sample briefing/ }).click();
    await expect.poll(() => judgments.locator('strong').textContent()).toBe('Ports');
    expect(await judgments.locator('ul > li').allTextContents()).toEqual(['item']);

    // Save with the button too.
    await page.getByRole('button', { name: 'Edit key judgments' }).click();
    await field.fill('Queues *halved*');
    await judgments.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => judgments.locator('em').textContent()).toBe('halved');
  });
});

describe('reading position', () => {
  it('comes back where the person stopped reading, without marking the article read', async () => {
    const session = await start();
    const { page } = session;
    const places = ['Northgate', 'Eastmoor', 'Saltby', 'Ravensholm', 'Kettering Wharf', 'Lowtide', 'Hollin Bay', 'Marston'];
    const paragraphs = Array.from(
      { length: 40 },
      (_, i) =>
        `<p>Entry ${i + 1}: at ${places[i % 8]} the night crew logged ${20 + i * 7} containers before ${1 + (i % 11)} o'clock, ` +
        `${i % 2 ? 'while the northern gate stayed open past midnight' : 'and the southern berth reported no delays at all'}.</p>`,
    ).join('');
    const html = `<!doctype html><html lang="en"><head><title>Forty entries from the inland terminal</title></head><body><article><h1>Forty entries from the inland terminal</h1>${paragraphs}</article></body></html>`;
    await importItems(session, 'position-check-1', [{ kind: 'file', name: 'long.html', data: Buffer.from(html).toString('base64') }]);
    const articleId = session.preview.backend.library.db.prepare("SELECT id FROM articles WHERE title LIKE 'Forty entries%'").pluck().get() as number;

    const open = async () => {
      await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^All articles/ }).click();
      await page.getByRole('option', { name: /^Forty entries/ }).click();
      await page.getByRole('article', { name: 'Reader' }).getByText(/Entry 40:/).waitFor();
    };
    await open();
    const scroller = page.locator('.reader-scroll');
    await scroller.hover();
    await page.mouse.wheel(0, 1200);
    const row = () =>
      session.preview.backend.library.db.prepare('SELECT reading_position AS position, reading_status AS status FROM articles WHERE id = ?').get(articleId) as {
        position: number;
        status: string;
      };
    await expect.poll(() => row().position, { timeout: 5000 }).toBeGreaterThan(0.1);
    const saved = await scroller.evaluate((el) => el.scrollTop / (el.scrollHeight - el.clientHeight));
    expect(row().position).toBeCloseTo(saved, 2);
    expect(row().status).toBe('reading');

    await page.reload();
    await open();
    await expect
      .poll(() => scroller.evaluate((el) => el.scrollTop / (el.scrollHeight - el.clientHeight)))
      .toBeCloseTo(saved, 2);

    // The end of the article is a place like any other: the status stays the person's.
    await scroller.hover();
    await page.mouse.wheel(0, 100_000);
    await expect.poll(() => row().position, { timeout: 5000 }).toBe(1);
    expect(row().status).toBe('reading');
  });
});
