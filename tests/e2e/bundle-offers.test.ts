/**
 * A colleague's bundle would change an article the analyst already has: the
 * changes wait in "Changes offered by bundles", where each is accepted or
 * dismissed on its own, and nothing applies until then.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createBundle } from '../../electron/export/bundle.ts';
import { importBundle } from '../../electron/import/bundle.ts';
import { getArticle, insertArticle } from '../../electron/library/articles.ts';
import { openLibrary } from '../../electron/library/library.ts';
import { annotatedLibrary, NOW } from '../helpers/annotated-library.ts';
import { shoot, useApp } from '../helpers/chromium.ts';
import { tempDir } from '../helpers/temp.ts';

const start = useApp();
const ARTICLE = 'Ports clear the backlog <fast>';
const QUOTE = 'moved customs inspections inland';

/**
 * The analyst's library holds the colleague's "Ports" article, unannotated and
 * TLP:GREEN; the colleague's bundle carries it with a note, tags, highlights
 * and TLP:AMBER.
 */
function libraryAndColleaguesBundle() {
  const colleague = annotatedLibrary();
  const portsId = colleague.articleIds[0]!;
  colleague.library.db.prepare("UPDATE articles SET marking = 'AMBER' WHERE id = ?").run(portsId);
  colleague.library.db.prepare("UPDATE highlights SET credibility = 2, marking = 'AMBER' WHERE exact = ?").run(QUOTE);
  const bundle = createBundle(colleague.library, colleague.briefingId, NOW);
  const ports = getArticle(colleague.library.db, portsId);
  const canonicalUrl = colleague.library.db.prepare('SELECT canonical_url FROM articles WHERE id = ?').pluck().get(portsId) as string;
  colleague.library.close();

  const dataDir = tempDir('data');
  const libraryDir = path.join(dataDir, 'library');
  const mine = openLibrary(libraryDir, { seedSample: false });
  const localId = insertArticle(mine.db, { ...ports, canonicalUrl, siteName: ports.siteName, byline: ports.byline });
  mine.db.prepare("UPDATE articles SET marking = 'GREEN' WHERE id = ?").run(localId);
  mine.close();
  return { dataDir, libraryDir, bundle, localId };
}

async function dropBundle(page: Page, bundle: Uint8Array, name: string) {
  const transfer = await page.evaluateHandle(
    ({ base64, name }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], name));
      return data;
    },
    { base64: Buffer.from(bundle).toString('base64'), name },
  );
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('body', type, { dataTransfer: transfer });
}

describe('changes offered by bundles', () => {
  it('an analyst reviews them one by one: accepts a highlight, keeps their marking, dismisses the rest', async () => {
    const { dataDir, libraryDir, bundle, localId } = libraryAndColleaguesBundle();
    const session = await start({ dataDir, libraryDir });
    const { page } = session;
    const db = session.preview.backend.library.db;
    const highlightsOf = () => db.prepare('SELECT exact FROM highlights WHERE article_id = ? ORDER BY id').pluck().all(localId);
    const markingOf = () => db.prepare('SELECT marking FROM articles WHERE id = ?').pluck().get(localId);
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: ARTICLE }).waitFor();

    await dropBundle(page, bundle, 'Grain corridor week 10.briefing');
    const notice = page.getByRole('status').filter({ hasText: 'offered by “Grain corridor: week 10”' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('nothing was changed');
    expect(highlightsOf()).toEqual([]);
    expect(markingOf()).toBe('GREEN');
    const waiting = db.prepare('SELECT count(*) FROM bundle_offers').pluck().get() as number;
    await expect.poll(() => page.getByRole('button', { name: `${waiting} changes offered by bundles` }).count()).toBe(1);

    await notice.getByRole('button', { name: 'Review changes…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Changes offered by bundles' });
    await dialog.waitFor();
    const article = dialog.getByRole('region', { name: ARTICLE });
    const items = article.getByRole('listitem');
    await expect.poll(() => items.count()).toBe(waiting);
    const note = items.filter({ hasText: 'Add to the article’s note' });
    expect(await note.textContent()).toContain('Reliable source; *figures* from the authority.');
    const highlight = items.filter({ hasText: `“${QUOTE}”` });
    expect(await highlight.textContent()).toMatch(/Highlight in\s*Key fact/);
    expect(await highlight.textContent()).toContain('From the bundle “Grain corridor: week 10”');
    expect(await highlight.textContent()).toContain('With the note: The **main** cause, per officials.');
    expect(await highlight.textContent()).toContain('Tagged follow-up');
    expect(await highlight.textContent()).toContain('Credibility 2 — Probably true');
    expect(await highlight.textContent()).toContain('Marked TLP:AMBER');
    expect(await items.filter({ hasText: 'Tag the article' }).textContent()).toContain('logistics');
    const marking = items.filter({ hasText: 'Marking:' });
    expect(await marking.textContent()).toContain('TLP:GREEN → TLP:AMBER');
    expect(await marking.getByRole('note').textContent()).toMatch(/raises the article’s marking from TLP:GREEN to TLP:AMBER/);
    await shoot(page, 'bundle-offers-dialog-light');

    await highlight.getByRole('button', { name: 'Accept' }).click();
    await expect.poll(highlightsOf).toEqual([QUOTE]);
    await expect.poll(() => items.count()).toBe(waiting - 1);
    // Keyboard: focus moved on to the next change; the marking is dismissed from the keyboard.
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    await marking.getByRole('button', { name: 'Dismiss' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => items.count()).toBe(waiting - 2);
    expect(markingOf()).toBe('GREEN');

    await dialog.getByRole('button', { name: 'Dismiss all' }).click();
    await expect.poll(() => dialog.getByText('No changes are waiting.').count()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM bundle_offers').pluck().get()).toBe(0);
    expect(highlightsOf()).toEqual([QUOTE]);
    expect(db.prepare('SELECT count(*) FROM notes WHERE article_id = ?').pluck().get(localId)).toBe(0);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByRole('button', { name: /offered by bundles$/ }).count()).toBe(0);

    // The reader shows the accepted highlight; the article keeps the analyst's marking.
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: ARTICLE }).click();
    const mark = page.locator('.reader-body mark.highlight-mark', { hasText: QUOTE });
    await expect.poll(() => mark.count()).toBeGreaterThanOrEqual(1);
    expect(await page.getByRole('combobox', { name: 'Article handling marking' }).inputValue()).toBe('GREEN');
    expect(session.pageErrors).toEqual([]);
  });

  it('offers from an earlier session wait in the sidebar; a double click opens the review and leaves it open, and dismisses one change only', async () => {
    const { dataDir, libraryDir, bundle } = libraryAndColleaguesBundle();
    const mine = openLibrary(libraryDir);
    await importBundle(mine, bundle, { now: NOW });
    mine.close();

    const { page } = await start({ dataDir, libraryDir, colorScheme: 'dark' });
    const entry = page.getByRole('button', { name: /^\d+ changes offered by bundles$/ });
    await entry.waitFor();
    await entry.dblclick();
    const dialog = page.getByRole('dialog', { name: 'Changes offered by bundles' });
    const items = dialog.getByRole('listitem');
    await expect.poll(() => items.count()).toBeGreaterThan(3);
    await page.waitForTimeout(300);
    expect(await dialog.isVisible()).toBe(true);
    expect(await page.evaluate(() => getSelection()?.toString())).toBe('');
    await shoot(page, 'bundle-offers-dialog-dark');
    // A double click on Dismiss dismisses that change only, not the one that moves up under the pointer.
    const waiting = await items.count();
    const box = (await items.first().getByRole('button', { name: 'Dismiss' }).boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.click(x, y);
    await expect.poll(() => items.count()).toBe(waiting - 1);
    // The second click of the double click, on the same spot: the next change's Dismiss is there now.
    await page.mouse.down({ clickCount: 2 });
    await page.mouse.up({ clickCount: 2 });
    await page.waitForTimeout(300);
    expect(await items.count()).toBe(waiting - 1);
  });
});
