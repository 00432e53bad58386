/**
 * Search in Chromium on the real handlers: Ctrl+K opens the palette, a name
 * typed with or without its diacritics finds the article, and Enter opens it
 * with the paragraph of the match in view and the match marked.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { insertArticle } from '../../electron/library/articles.ts';
import { openLibrary } from '../../electron/library/library.ts';
import { makeArticle } from '../helpers/articles.ts';
import { useApp } from '../helpers/chromium.ts';
import { seriousViolations } from '../helpers/axe.ts';
import { tempDir } from '../helpers/temp.ts';

const start = useApp();

const TITLE = 'Harbour talks run late into the week';
const LATE_PARAGRAPH = 'At the very end of the visit, Erdoğan met the envoys in İstanbul and promised a decision before the spring.';

/** A library with a long article whose last paragraph names Erdoğan and İstanbul, and a decoy. */
function seededLibrary(): string {
  const dir = tempDir('search-library');
  const library = openLibrary(dir);
  const filler = Array.from(
    { length: 40 },
    (_, i) => `Paragraph ${i + 1}: officials described the inspection regime, queues at the quay and the grain schedule in some detail.`,
  );
  insertArticle(library.db, makeArticle({ title: TITLE, siteName: 'Harbour Times', publishedAt: '2026-03-02T08:00:00.000Z', paragraphs: [...filler, LATE_PARAGRAPH] }));
  insertArticle(
    library.db,
    makeArticle({ title: 'Budget vote delayed', siteName: 'Capital Post', publishedAt: '2026-05-10T08:00:00.000Z', paragraphs: ['The coalition postponed the vote.'] }),
  );
  library.close();
  return dir;
}

const ARABIC_TITLE =
  'ميناء رأس الصخر يستقبل أول سفينة حاويات تعمل بالميثانول في المنطقة ويعلن عن خطة لتوسيع الأرصفة الشمالية وتحويل الميناء إلى مركز إقليمي للتزود بالوقود النظيف خلال السنوات الخمس المقبلة';
const ARABIC_PARAGRAPH = 'استقبل ميناء رأس الصخر أول سفينة حاويات تعمل بوقود الميثانول، في خطوة تقول هيئة الموانئ إنها تمهد لتحويل الميناء إلى مركز للتزود بالوقود النظيف.';

/** Whether the first word of an element's text is drawn inside the element's box (not cut off by its overflow). */
function firstWordShown(element: Locator): Promise<boolean> {
  return element.evaluate((el) => {
    const text = [...el.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '') as Text;
    const word = document.createRange();
    word.setStart(text, 0);
    word.setEnd(text, text.data.indexOf(' '));
    const box = el.getBoundingClientRect();
    const drawn = word.getBoundingClientRect();
    return drawn.left >= box.left - 1 && drawn.right <= box.right + 1;
  });
}

/** Where the text of `needle` is, relative to the reader's visible scroll area. */
async function placeInReader(page: Page, needle: string) {
  return page.evaluate((wanted) => {
    const scroller = document.querySelector('.reader-scroll')!;
    const paragraph = [...document.querySelectorAll('.reader-body p')].find((p) => p.textContent.includes(wanted))!;
    const box = scroller.getBoundingClientRect();
    const rect = paragraph.getBoundingClientRect();
    const highlight = CSS.highlights.get('search-match');
    const marked = highlight ? [...highlight].map((range) => (range instanceof Range ? range.toString() : '')).join('') : null;
    return { inView: rect.top >= box.top && rect.bottom <= box.bottom, scrolled: scroller.scrollTop, marked };
  }, needle);
}

async function searchFor(page: Page, query: string): Promise<void> {
  await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().waitFor();
  await page.keyboard.press('Control+K');
  const input = page.getByRole('combobox', { name: 'Search articles, highlights and notes' });
  await input.waitFor();
  await input.fill(query);
  // The recent articles stay listed until the results replace them: wait for a result that marks a match.
  await page.getByRole('listbox', { name: 'Results' }).getByRole('option', { name: new RegExp(TITLE) }).filter({ has: page.locator('mark') }).first().waitFor();
}

describe('search palette', () => {
  it.each([
    ['erdogan', 'Erdoğan'],
    ['Erdoğan', 'Erdoğan'],
    ['istanbul', 'İstanbul'],
  ])('"%s" opens the article at the paragraph that names %s', async (query, word) => {
    const { page, pageErrors } = await start({ libraryDir: seededLibrary() });
    await searchFor(page, query);
    const listbox = page.getByRole('listbox', { name: 'Results' });
    const first = listbox.getByRole('option').first();
    expect(await first.getAttribute('aria-selected')).toBe('true');
    expect(await first.locator('mark').allTextContents()).toEqual([word]);
    expect(await first.textContent()).toContain('Harbour Times');

    await page.keyboard.press('Enter');
    await page.getByRole('article', { name: 'Reader' }).getByRole('heading', { name: TITLE }).waitFor();
    expect(await page.getByRole('dialog', { name: 'Search the library' }).count()).toBe(0);
    await expect.poll(() => placeInReader(page, word)).toMatchObject({ inView: true, marked: word });
    expect((await placeInReader(page, word)).scrolled).toBeGreaterThan(500);
    expect(pageErrors).toEqual([]);
  });

  it('a hit opened from the Search button leaves focus in the reader, at the passage; Escape leaves it on the button', async () => {
    const { page } = await start({ libraryDir: seededLibrary() });
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().waitFor();
    const searchButton = page.getByRole('button', { name: /^Search/ });
    await searchButton.click();
    await page.keyboard.press('Escape');
    expect(await searchButton.evaluate((button) => button === document.activeElement)).toBe(true);

    await page.keyboard.press('Enter');
    await page.getByRole('combobox', { name: 'Search articles, highlights and notes' }).fill('istanbul');
    await page.getByRole('listbox', { name: 'Results' }).getByRole('option', { name: new RegExp(TITLE) }).filter({ has: page.locator('mark') }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('article', { name: 'Reader' }).getByRole('heading', { name: TITLE }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('reader-scroll');
    await expect.poll(() => placeInReader(page, 'İstanbul')).toMatchObject({ inView: true, marked: 'İstanbul' });
  });

  it('moves with the arrow keys, closes with Escape, and shows recent articles for an empty query', async () => {
    const { page } = await start({ libraryDir: seededLibrary() });
    await page.getByRole('button', { name: /^Search/ }).click();
    const input = page.getByRole('combobox', { name: 'Search articles, highlights and notes' });
    await input.waitFor();
    const options = page.getByRole('listbox', { name: 'Results' }).getByRole('option');
    await expect.poll(() => options.count()).toBe(2);
    expect(await page.getByRole('status').filter({ hasText: 'Recently saved articles' }).count()).toBe(1);
    await page.keyboard.press('ArrowDown');
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await options.nth(1).getAttribute('id'));

    // Unbalanced quotes and FTS syntax are plain words: no error, just results or none.
    for (const query of ['"unbalanced', 'NEAR(', 'title:x', '-', 'AND OR']) {
      await input.fill(query);
      await expect.poll(() => page.getByRole('status').textContent()).not.toMatch(/failed|Searching/);
    }
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog', { name: 'Search the library' }).count()).toBe(0);
  });

  it.each<[string, (page: Page) => Promise<unknown>, string]>([
    ['its site', (page) => page.getByRole('combobox', { name: 'Site' }).selectOption('Capital Post'), 'Budget vote delayed'],
    ['published from a day', (page) => page.getByLabel('Published from').fill('2026-05-10'), 'Budget vote delayed'],
    ['published up to a day', (page) => page.getByLabel('Published to').fill('2026-03-02'), TITLE],
  ])('narrows results to one article by %s', async (_, narrow, title) => {
    const { page } = await start({ libraryDir: seededLibrary() });
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().waitFor();
    await page.keyboard.press('Control+K');
    await page.getByRole('combobox', { name: 'Search articles, highlights and notes' }).fill('the');
    const options = page.getByRole('listbox', { name: 'Results' }).getByRole('option');
    await expect.poll(() => options.count()).toBe(2);
    await narrow(page);
    await expect.poll(() => options.count()).toBe(1);
    expect(await options.first().textContent()).toContain(title);
  });

  it('an Arabic title and snippet read right to left, from their first word, in the article list and in the results', async () => {
    const dir = tempDir('search-arabic');
    const library = openLibrary(dir);
    insertArticle(
      library.db,
      makeArticle({ title: ARABIC_TITLE, lang: 'ar', dir: 'rtl', siteName: 'البحري اليوم', paragraphs: [ARABIC_PARAGRAPH], excerpt: ARABIC_PARAGRAPH }),
    );
    library.close();
    const { page } = await start({ libraryDir: dir });
    const row = page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first();
    await row.waitFor();
    for (const part of ['.article-row-title', '.article-row-excerpt']) expect(await row.locator(part).evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await firstWordShown(row.locator('.article-row-title'))).toBe(true);

    await page.keyboard.press('Control+K');
    await page.getByRole('combobox', { name: 'Search articles, highlights and notes' }).fill('الميثانول');
    const hit = page.getByRole('listbox', { name: 'Results' }).getByRole('option').filter({ has: page.locator('mark') }).first();
    await hit.waitFor();
    for (const part of ['.search-hit-title', '.search-hit-snippet']) expect(await hit.locator(part).evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    // The title is one line cut with an ellipsis: the cut must fall at its end, not on its first words.
    expect(await firstWordShown(hit.locator('.search-hit-title'))).toBe(true);
  });

  it.each(['light', 'dark'] as const)('looks right and passes axe-core in the %s theme', async (colorScheme) => {
    const { page } = await start({ libraryDir: seededLibrary(), colorScheme });
    await searchFor(page, 'erdogan OR coalition');
    await page.getByRole('listbox', { name: 'Results' }).getByRole('option', { name: /Budget vote delayed/ }).waitFor();
    await page.screenshot({ path: `test-results/search-palette-${colorScheme}.png` });
    expect(await seriousViolations(page, '.search-dialog')).toEqual([]);
    await page.getByRole('listbox', { name: 'Results' }).getByRole('option', { name: new RegExp(TITLE) }).click();
    await expect.poll(() => placeInReader(page, 'Erdoğan')).toMatchObject({ inView: true, marked: 'Erdoğan' });
    await page.screenshot({ path: `test-results/search-opened-${colorScheme}.png` });
  });
});
