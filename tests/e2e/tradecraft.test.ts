/**
 * Tradecraft in Chromium on the real handlers: an analyst grades a source and
 * a highlight from the keyboard and sees "B2"; merges two spellings of a name
 * in the entity index; sees in each timeline event the words that date it;
 * jumps from a mention and from a timeline event to the passage; checks a
 * saved page for changes and replaces it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { selectWithRange } from '../helpers/reader-selection.ts';
import { useApp, type PreviewSession } from '../helpers/chromium.ts';
import { startSite } from '../helpers/site.ts';
import { articlesNeedingExtraction } from '../../electron/library/entities.ts';

const start = useApp();
const SHOTS = path.join(import.meta.dirname, '..', '..', '.tmp', 'screenshots');
const ARTICLE = 'Northern corridor ports report shorter queues after new inspection rules';
const visit = fs.readFileSync(path.join(import.meta.dirname, '../fixtures/tradecraft/state-visit.txt'), 'utf8').trim();

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** Saves the news piece as pasted text, as the import dialog would. */
async function saveVisit(session: PreviewSession): Promise<number> {
  const result = await session.preview.backend.dispatch('importBatch', {
    batchId: 'tradecraft-visit',
    items: [{ kind: 'text', text: `Erdoğan to visit Berlin\n\n${visit}` }],
    briefingId: 1,
  });
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as Array<{ id: number }>)[0]!.id;
}

/**
 * Records each passage the reader marks from now on. The mark fades after a few seconds, which a loaded machine can
 * outlast between a click and the next look; the record does not fade.
 */
async function recordPassages(page: Page): Promise<void> {
  await page.evaluate(() => {
    const marked: string[] = [];
    Object.assign(window, { markedPassages: marked });
    const set = CSS.highlights.set.bind(CSS.highlights);
    CSS.highlights.set = (name, highlight) => {
      const range = [...highlight][0];
      if (name === 'passage' && range instanceof Range) marked.push(range.toString());
      return set(name, highlight);
    };
  });
}

/** The text of the last passage the reader marked since `recordPassages`, or null. */
function lastMarkedPassage(page: Page): Promise<string | null> {
  return page.evaluate(() => (window as unknown as { markedPassages: string[] }).markedPassages.at(-1) ?? null);
}

describe('tradecraft in the app', () => {
  it.each(['light', 'dark'] as const)('grades a source (g b) and a highlight (c 2) from the keyboard and shows B2 (%s)', async (colorScheme) => {
    const session = await start({ colorScheme });
    const { page, preview } = session;
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Sample briefing/ }).click();
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: ARTICLE }).click();
    const reader = page.getByRole('article', { name: 'Reader' });
    await reader.getByText(/Average waiting time/).click();

    await page.keyboard.press('g');
    await page.keyboard.press('b');
    await expect.poll(() => reader.getByRole('combobox', { name: 'Source reliability' }).inputValue()).toBe('B');
    const row = page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: ARTICLE });
    await expect.poll(() => row.locator('.evaluation-badge').textContent()).toBe('B');

    await selectWithRange(page, 'fell from nine days to four');
    await page.keyboard.press('1');
    const db = preview.backend.library.db;
    await expect.poll(() => db.prepare('SELECT count(*) FROM highlights').pluck().get()).toBe(1);
    // The new highlight is the active one once the reader has it back from main.
    await expect.poll(() => reader.locator('mark.highlight-mark[data-active]').count()).toBeGreaterThan(0);
    await page.keyboard.press('c');
    await page.keyboard.press('2');
    await expect.poll(() => db.prepare('SELECT credibility || color FROM highlights').pluck().get()).toBe('2yellow');
    expect(db.prepare('SELECT source_grade FROM articles WHERE title = ?').pluck().get(ARTICLE)).toBe('B');

    await reader.getByRole('button', { name: 'Notes', exact: true }).click();
    const notes = page.getByRole('complementary', { name: 'Notes' });
    await expect.poll(() => notes.locator('.evaluation-badge').first().textContent()).toBe('B2');
    await reader.locator('mark.highlight-mark').first().click();
    const popover = page.getByRole('dialog', { name: /Highlight/ });
    await expect.poll(() => popover.locator('.evaluation-badge').textContent()).toBe('B2');
    await popover.getByRole('combobox', { name: 'Highlight handling marking' }).selectOption('AMBER');
    await expect.poll(() => db.prepare('SELECT marking FROM highlights').pluck().get()).toBe('AMBER');
    await shot(page, `grades-${colorScheme}`);
    expect(session.pageErrors).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('files short forms under the full name, merges two spellings and jumps from a mention to its passage (%s)', async (colorScheme) => {
    const session = await start({ colorScheme });
    const { page } = session;
    await page.getByRole('navigation', { name: 'Library' }).waitFor();
    await saveVisit(session);
    await session.preview.backend.dispatch('importBatch', {
      batchId: 'tradecraft-un',
      items: [{ kind: 'text', text: 'Observers return\n\nThe UN said on Friday that its observers had counted forty ships leaving the harbour in Istanbul.' }],
    });
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Entities' }).click();
    const pane = page.locator('.list-pane');
    await pane.getByRole('heading', { name: 'People' }).waitFor();
    // "Erdogan" and "Erdoğan" are the president the article names in full: one entry, no merge needed.
    await expect.poll(() => pane.getByRole('checkbox', { name: 'Select Erdogan to merge' }).count()).toBe(0);
    await pane.getByRole('checkbox', { name: 'Select United Nations to merge' }).check();
    await pane.getByRole('checkbox', { name: 'Select UN to merge' }).check();
    const merge = pane.getByRole('group', { name: 'Merge entities' });
    await merge.getByRole('combobox').selectOption({ label: 'United Nations' });
    await shot(page, `entities-merge-${colorScheme}`);
    await merge.getByRole('button', { name: 'Merge' }).click();
    const merged = pane.getByRole('article', { name: 'United Nations' });
    await expect.poll(() => merged.getByText(/also UN/).count()).toBe(1);
    await merged.getByRole('button', { name: '← All entities' }).click();

    await pane.getByRole('button', { name: /^Recep Tayyip Erdoğan/ }).click();
    const detail = pane.getByRole('article', { name: 'Recep Tayyip Erdoğan' });
    await expect.poll(() => detail.getByText(/also Erdogan/).count()).toBe(1);
    await expect.poll(() => detail.locator('.entity-detail-roles').textContent()).toBe('Named as President');
    await expect.poll(() => detail.locator('.mention').count()).toBe(3);
    await recordPassages(page);
    await detail.locator('.mention').filter({ hasText: 'Mr Erdogan' }).click();
    await page.getByRole('article', { name: 'Reader' }).getByText(/port agreement/).waitFor();
    await expect.poll(() => lastMarkedPassage(page)).toBe('Erdogan');
    await shot(page, `entities-${colorScheme}`);
    expect(session.pageErrors).toEqual([]);
  });

  it('the entity index is one tab stop per kind: arrows move between names and along a row to its merge and export boxes', async () => {
    const session = await start();
    const { page } = session;
    await page.getByRole('navigation', { name: 'Library' }).waitFor();
    await saveVisit(session);
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Entities' }).click();
    const pane = page.locator('.list-pane');
    const people = pane.getByRole('region', { name: 'People' });
    await people.getByRole('listitem').nth(1).waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
    const names = await people.locator('.entity-name').allTextContents();

    await people.getByRole('button', { name: names[0] }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toContain(names[1]);
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe(`Select ${names[1]} to merge`);
    await page.keyboard.press('Space');
    await expect.poll(() => people.getByRole('checkbox', { name: `Select ${names[1]} to merge` }).isChecked()).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe(`In export: “${names[1]}”`);
    await page.keyboard.press('Home');
    expect(await focused()).toBe(`In export: “${names[0]}”`);
    // Tab leaves the people for the next kind: the rows between are not stops.
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement?.closest('section')?.querySelector('h2')?.textContent);
    expect(next).not.toBe('People');
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe(`In export: “${names[0]}”`);
    expect(session.pageErrors).toEqual([]);
  });

  it('a screen reader hears which event an "In export" box keeps: its sentence and article describe it', async () => {
    const { page } = await start();
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Timeline' }).click();
    const boxes = page.locator('.list-pane').getByRole('checkbox', { name: /^In export/ });
    await expect.poll(() => boxes.count()).toBeGreaterThan(1);
    const heard = await boxes.evaluateAll((inputs) =>
      inputs.map((input) => {
        const description = (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
        return `${input.getAttribute('aria-label')}: ${description.join(' — ')}`;
      }),
    );
    expect(heard).toContain(
      'In export: “April”: The authority said it would publish weekly queue figures from April, a step analysts have long asked for. — Northern corridor ports report shorter queues after new inspection rules',
    );
    // Events of one sentence differ by their words, events of the same words by their sentences.
    expect(new Set(heard).size).toBe(heard.length);
  });

  it('marks the words that date each event, so two dates of one sentence read apart in the timeline', async () => {
    const { page, pageErrors } = await start();
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Timeline' }).click();
    const events = page.locator('.list-pane .timeline-event');
    await expect.poll(() => events.count()).toBeGreaterThan(1);
    // "…fell from nine days to four in February, according to figures the port authority published on Monday.": two events, one sentence.
    const read = await events.evaluateAll((items) =>
      items.map((item) => `${item.querySelector('.timeline-date')?.textContent}: ${item.querySelector('.timeline-expression')?.textContent ?? 'nothing marked'}`),
    );
    expect(read).toEqual(['February: in February', 'Mar 2: on Monday', 'April: April']);
    await shot(page, 'timeline-marked-dates');
    expect(pageErrors).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('shows a briefing’s timeline and jumps from an event to its passage (%s)', async (colorScheme) => {
    const session = await start({ colorScheme });
    const { page } = session;
    await page.getByRole('navigation', { name: 'Library' }).waitFor();
    await saveVisit(session);
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Timeline' }).click();
    const pane = page.locator('.list-pane');
    await pane.getByRole('combobox', { name: 'Show for' }).selectOption({ label: 'Sample briefing: northern corridor' });
    const year2014 = pane.getByRole('region', { name: '2014', exact: true });
    await year2014.waitFor();
    // Pasted text has no published date: "on Sunday" is not guessed from the day it was saved, "in 2014" is dated.
    const undated = pane.getByRole('region', { name: 'Undated' });
    await expect.poll(() => undated.locator('.timeline-event').filter({ hasText: 'on Sunday' }).count()).toBe(1);
    await expect.poll(() => undated.locator('.timeline-undated-ask').textContent()).toMatch(/no published date.*Give the date it was published/);
    await undated.scrollIntoViewIfNeeded();
    await shot(page, `timeline-undated-${colorScheme}`);
    await undated.getByRole('button', { name: 'Open “Erdoğan to visit Berlin” in the reader' }).click();
    await page.getByRole('article', { name: 'Reader' }).getByRole('heading', { name: 'Erdoğan to visit Berlin' }).waitFor();
    await recordPassages(page);
    await year2014.getByRole('button').first().click();
    await page.getByRole('article', { name: 'Reader' }).getByText(/port agreement/).waitFor();
    await expect.poll(() => lastMarkedPassage(page)).toBe('2014');
    await shot(page, `timeline-${colorScheme}`);
    // Giving the article its published date places "on Sunday": the visit is still to come, so the Sunday after.
    await undated.getByRole('button', { name: 'Give the date of “Erdoğan to visit Berlin”…' }).click();
    const details = page.getByRole('dialog', { name: 'Edit details' });
    // The form opens on the field it asks for.
    await expect.poll(() => details.getByLabel('Published').evaluate((field) => field === document.activeElement)).toBe(true);
    await details.getByLabel('Published').fill('2026-03-04');
    await details.getByRole('button', { name: 'Save' }).click();
    const datedSunday = pane.locator('.timeline-year:not(.timeline-undated) .timeline-event').filter({ hasText: 'on Sunday' });
    await expect.poll(() => datedSunday.count()).toBe(1);
    await expect.poll(() => pane.locator('.timeline-undated .timeline-event').filter({ hasText: 'on Sunday' }).count()).toBe(0);
    await expect.poll(() => pane.getByRole('region', { name: '2026', exact: true }).locator('.timeline-event').filter({ hasText: 'on Sunday' }).count()).toBe(1);
    expect(session.pageErrors).toEqual([]);
  });

  it('asks for the published date only of articles that have none; a dated article’s date that cannot be placed is listed without that ask', async () => {
    const session = await start();
    const { page, preview } = session;
    await page.getByRole('navigation', { name: 'Library' }).waitFor();
    await saveVisit(session);
    const data = fs.readFileSync(path.join(import.meta.dirname, '../fixtures/pages/harbour-report.html')).toString('base64');
    expect(await preview.backend.dispatch('importBatch', { batchId: 'tradecraft-harbour', items: [{ kind: 'file', name: 'harbour-report.html', data }] })).toMatchObject({ ok: true });
    const pilots = 'Harbour pilots ask the ministry for two more night crews before the harvest season';
    const pasted = await preview.backend.dispatch('importBatch', {
      batchId: 'tradecraft-pilots',
      items: [{ kind: 'text', text: `${pilots}\n\nThe pilots' association wrote to the ministry on Sunday that two crews cannot cover every night arrival.` }],
    });
    expect(pasted.ok).toBe(true);
    const db = preview.backend.library.db;
    await expect.poll(() => articlesNeedingExtraction(db, 10).length).toBe(0);
    // A date the reading cannot place even from the published day ("in six years", told in the past) stays undated.
    const harbour = db.prepare('SELECT id, published_at FROM articles WHERE title LIKE ?').get('Harbour authority%') as { id: number; published_at: string };
    expect(harbour.published_at).not.toBeNull();
    const sentence = 'The queue reached its longest in six years.';
    db.prepare('DELETE FROM article_events WHERE article_id = ? AND date IS NULL').run(harbour.id);
    db.prepare(
      "INSERT INTO article_events (article_id, start_offset, end_offset, date, precision, approximate, expression, sentence) VALUES (?, 0, 12, NULL, 'year', 0, 'in six years', ?)",
    ).run(harbour.id, sentence);

    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Timeline' }).click();
    const undated = page.locator('.list-pane').getByRole('region', { name: 'Undated' });
    await expect.poll(() => undated.locator('.timeline-event').filter({ hasText: 'in six years' }).count()).toBe(1);
    const askedFor = undated.getByRole('list', { name: 'Articles with no published date' });
    await expect.poll(() => askedFor.getByRole('button').count()).toBe(4);
    expect((await askedFor.getByRole('button').allTextContents()).sort()).toEqual([
      'Give the date of “Erdoğan to visit Berlin”…',
      `Give the date of “${pilots}”…`,
      'Open “Erdoğan to visit Berlin” in the reader',
      `Open “${pilots}” in the reader`,
    ]);
    expect(await undated.locator('.timeline-undated-ask').textContent()).toMatch(/^These articles have no published date/);
    expect(await undated.locator('.timeline-undated-unplaced').textContent()).toBe(
      'Some dates could not be placed on the calendar, even though their article has a published date.',
    );

    // Beside the reader the pane is narrow: a long title wraps inside its button.
    await askedFor.getByRole('button', { name: `Open “${pilots}” in the reader` }).click();
    await page.getByRole('article', { name: 'Reader' }).getByRole('heading', { name: pilots }).waitFor();
    const buttonsOutside = await undated.evaluate((region) => {
      const right = region.getBoundingClientRect().right;
      return [...region.querySelectorAll('button')].filter((button) => button.getBoundingClientRect().right > right + 1).map((button) => button.textContent);
    });
    expect(buttonsOutside).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('shows an Arabic article’s event right to left in the timeline, its full stop at the sentence’s end', async () => {
    const session = await start();
    const { page, preview } = session;
    await page.getByRole('navigation', { name: 'Library' }).waitFor();
    const title = 'البلدية تزرع أشجار القرم';
    const sentence = 'بدأت البلدية زراعة الأشجار في 3 مارس 2026.';
    const result = await preview.backend.dispatch('importBatch', { batchId: 'tradecraft-arabic', items: [{ kind: 'text', text: `${title}\n\n${sentence}` }] });
    if (!result.ok) throw new Error(result.error.message);
    const db = preview.backend.library.db;
    await expect.poll(() => articlesNeedingExtraction(db, 10).length).toBe(0);
    // The event as the reading of dates stores it, whatever it finds in this short text.
    const articleId = (result.value as Array<{ id: number }>)[0]!.id;
    db.prepare('DELETE FROM article_events WHERE article_id = ?').run(articleId);
    db.prepare(
      "INSERT INTO article_events (article_id, start_offset, end_offset, date, precision, approximate, expression, sentence) VALUES (?, 0, 11, '2026-03-03', 'day', 0, 'في 3 مارس 2026', ?)",
    ).run(articleId, sentence);

    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Timeline' }).click();
    const event = page.locator('.list-pane .timeline-event').filter({ hasText: sentence });
    await event.waitFor();
    expect(await event.locator('.timeline-sentence, .timeline-article').evaluateAll((spans) => spans.map((span) => getComputedStyle(span).direction))).toEqual(['rtl', 'rtl']);
    expect(session.pageErrors).toEqual([]);
  });

  it('checks a saved page for changes, shows the differences with + and −, and replaces it', async () => {
    let body =
      '<p>Port officials in Rotterdam said the new terminal will open on 3 March, after months of delay caused by the strike and by supply problems at the yard.</p>' +
      '<p>The unions have agreed to the new shift patterns, and the operators expect traffic to rise once the cranes arrive.</p>';
    const site = await startSite({
      '/terminal': (_req, res) =>
        res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html lang="en"><head><title>Terminal delayed</title></head><body><article><h1>Terminal delayed</h1>${body}</article></body></html>`),
    });
    const session = await start();
    const { page, preview } = session;
    await page.getByRole('navigation', { name: 'Library' }).waitFor();
    const saved = await preview.backend.dispatch('importBatch', { batchId: 'refetch-e2e', items: [{ kind: 'url', url: site.url('/terminal') }] });
    expect(saved.ok).toBe(true);
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: 'Terminal delayed' }).click();
    const reader = page.getByRole('article', { name: 'Reader' });
    await reader.getByText(/on 3 March/).waitFor();
    // Provenance: when and where this copy was captured, and its content hash.
    const captured = preview.backend.library.db.prepare("SELECT content_hash FROM articles WHERE title = 'Terminal delayed'").pluck().get() as string;
    expect(await reader.locator('.reader-toolbar-info').getAttribute('title')).toMatch(new RegExp(`^Captured .+\\nfrom ${site.url('/terminal')}\\nContent SHA-256 ${captured}$`));

    body = body.replace('3 March', '10 April').replace('once the cranes arrive', 'from the summer');
    await reader.getByRole('button', { name: 'Check for changes' }).click();
    const dialog = page.getByRole('dialog', { name: 'Changes since capture' });
    await dialog.waitFor();
    const diff = dialog.getByRole('region', { name: 'Differences' });
    expect(await diff.locator('ins').filter({ hasText: '10 April' }).textContent()).toMatch(/^\+/);
    expect(await diff.locator('del').filter({ hasText: '3 March' }).textContent()).toMatch(/^−/);
    await shot(page, 'refetch-light');
    await dialog.getByRole('button', { name: 'Replace with new version' }).click();
    await reader.getByText(/on 10 April/).waitFor();
    expect(preview.backend.library.db.prepare('SELECT count(*) FROM article_captures').pluck().get()).toBe(1);
    expect(session.pageErrors).toEqual([]);
  });
});
