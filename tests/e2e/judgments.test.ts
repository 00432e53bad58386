/**
 * Key judgments in real Chromium: an analyst writes a judgment, says how
 * likely and how confident, cites two highlights, and exports the PDF, whose
 * cover states the judgment and quotes both passages in its footnotes. Then
 * the list's keyboard, undo, and "Cite in judgment…" from the reader.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { annotatedLibrary } from '../helpers/annotated-library.ts';
import { useApp, type PreviewSession } from '../helpers/chromium.ts';
import { seriousViolations } from '../helpers/axe.ts';

const start = useApp();
const SHOTS = process.env.JUDGMENT_SCREENSHOTS;

async function shoot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** The app on a library holding the annotated "Grain corridor: week 10", opened. */
async function openGrainCorridor(colorScheme: 'light' | 'dark' = 'light'): Promise<PreviewSession> {
  const { library } = annotatedLibrary();
  const libraryDir = library.files.dir;
  library.close();
  const session = await start({ libraryDir, colorScheme });
  await session.page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Grain corridor: week 10/ }).click();
  await session.page.getByRole('heading', { level: 1, name: 'Grain corridor: week 10' }).waitFor();
  return session;
}

/** Writes a judgment through the dialog, citing the highlights found by each search, in that order. */
async function writeJudgment(page: Page, text: string, likelihood: string, confidence: string, searches: string[]): Promise<void> {
  await page.getByRole('button', { name: 'Add judgment' }).click();
  const dialog = page.getByRole('dialog', { name: 'New key judgment' });
  await dialog.getByLabel('Judgment', { exact: true }).fill(text);
  await dialog.getByLabel('Likelihood').selectOption({ label: likelihood });
  await dialog.getByRole('radio', { name: confidence }).check();
  const highlights = dialog.getByRole('list', { name: 'Highlights' });
  for (const words of searches) {
    await dialog.getByRole('searchbox', { name: 'Search highlights' }).fill(words);
    await expect.poll(() => highlights.getByRole('button').count()).toBe(1);
    await highlights.getByRole('button', { name: new RegExp(words) }).click();
  }
  await shoot(page, `judgment-dialog-${await page.evaluate(() => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'))}`);
  await dialog.getByRole('button', { name: 'Save judgment' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
}

describe('key judgments', () => {
  it('Add judgment opens the editor ready to type the judgment', async () => {
    const { page } = await openGrainCorridor();
    await page.getByRole('button', { name: 'Add judgment' }).click();
    const dialog = page.getByRole('dialog', { name: 'New key judgment' });
    await dialog.waitFor();
    await page.keyboard.type('Queues stay short through May.');
    expect(await dialog.getByLabel('Judgment', { exact: true }).inputValue()).toBe('Queues stay short through May.');
  });

  it('a judgment half written is not lost to Escape or a click on the backdrop: it comes back on the next open, and Start over empties it', async () => {
    const { page } = await openGrainCorridor();
    const dialog = page.getByRole('dialog', { name: 'New key judgment' });
    const judgmentField = dialog.getByLabel('Judgment', { exact: true });
    await page.getByRole('button', { name: 'Add judgment' }).click();
    await judgmentField.fill('Queues stay short through May');
    await dialog.getByLabel('Likelihood').selectOption({ label: 'Very likely (80–95%)' });
    await dialog.getByRole('searchbox', { name: 'Search highlights' }).fill('nine days to four');
    await expect.poll(() => dialog.getByRole('list', { name: 'Highlights' }).getByRole('button').count()).toBe(1);
    await dialog.getByRole('list', { name: 'Highlights' }).getByRole('button').click();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);

    await page.getByRole('button', { name: 'Add judgment' }).click();
    await expect.poll(() => judgmentField.inputValue()).toBe('Queues stay short through May');
    expect(await dialog.getByRole('status').textContent()).toContain('The judgment you were writing is back.');
    expect(await dialog.getByLabel('Likelihood').inputValue()).toBe('very-likely');
    expect(await dialog.getByRole('region', { name: 'Cited passages' }).textContent()).toContain('nine days to four');
    await page.keyboard.type(', then lengthen in June.');
    await page.mouse.click(5, 5);
    await expect.poll(() => dialog.count()).toBe(0);

    await page.getByRole('button', { name: 'Add judgment' }).click();
    await expect.poll(() => judgmentField.inputValue()).toBe('Queues stay short through May, then lengthen in June.');
    await dialog.getByRole('button', { name: 'Start over' }).click();
    expect(await judgmentField.inputValue()).toBe('');
    expect(await judgmentField.evaluate((field) => field === document.activeElement)).toBe(true);
    expect(await dialog.getByRole('region', { name: 'Cited passages' }).textContent()).not.toContain('nine days to four');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Add judgment' }).click();
    expect(await judgmentField.inputValue()).toBe('');
    expect(await dialog.getByRole('status').count()).toBe(0);
  });

  it.each(['light', 'dark'] as const)('the judgments, their editor and its picker have no serious accessibility violations in %s', async (colorScheme) => {
    const { page } = await openGrainCorridor(colorScheme);
    await writeJudgment(page, 'Queues stay short.', 'Roughly even chance (45–55%)', 'Low', ['weekly from April']);
    await page.getByRole('list', { name: 'Judgments' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Edit judgment' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit key judgment' });
    await dialog.getByRole('list', { name: 'Highlights' }).getByRole('button').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });


  it('a user writes a judgment, very likely with high confidence, cites two highlights, and the PDF cover quotes both', async () => {
    const session = await openGrainCorridor();
    const { page } = session;
    await writeJudgment(page, 'Port queues will stay short through the spring harvest.', 'Very likely (80–95%)', 'High', [
      'customs inspections inland',
      'nine days to four',
    ]);

    const judgments = page.getByRole('list', { name: 'Judgments' });
    const item = judgments.getByRole('listitem').first();
    await expect.poll(() => item.textContent()).toContain('Port queues will stay short through the spring harvest.');
    const shown = await item.textContent();
    expect(shown).toMatch(/Very likely\s*80–95%/);
    expect(shown).toContain('High confidence');
    expect(await item.getByRole('list', { name: 'Cited passages' }).getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('“moved customs inspections inland”'),
      expect.stringContaining('“nine days to four”'),
    ]);
    await shoot(page, 'judgments-light');

    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export briefing' });
    await dialog.getByRole('radio', { name: /^PDF/ }).check();
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await page.getByRole('status').filter({ hasText: 'Exported as PDF' }).waitFor();
    const [file] = fs.readdirSync(session.preview.exportDir).filter((name) => name.endsWith('.pdf'));
    const pdf = path.join(session.preview.exportDir, file!);
    const cover = execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(cover).toMatch(/very likely \(80–95%\) · high confidence/i);
    expect(cover).toMatch(/Port queues will stay short through the spring harvest\.\s?1\s?,\s?2/);
    expect(cover).toMatch(/1 “moved customs inspections inland” — Ports clear the backlog <fast>, Example Test \(\w+ \d+, 2026\)/);
    expect(cover).toMatch(/2 “nine days to four” — Ports clear the backlog <fast>, Example Test/);
    if (SHOTS) execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, path.join(SHOTS, 'judgments-pdf-cover')]);
    expect(session.pageErrors).toEqual([]);
  });

  it('reorders judgments with Alt+arrows, deletes one and brings it back with Undo', async () => {
    const { page, pageErrors } = await openGrainCorridor('dark');
    await writeJudgment(page, 'First judgment.', 'Likely (55–80%)', 'Moderate', ['nine days to four']);
    await writeJudgment(page, 'Second judgment.', 'Unlikely (20–45%)', 'Low', []);
    const items = page.getByRole('list', { name: 'Judgments' }).getByRole('listitem').filter({ has: page.locator('.judgment-text') });
    const texts = () => items.locator('.judgment-text').allTextContents();
    await expect.poll(texts).toEqual(['First judgment.', 'Second judgment.']);

    await items.nth(1).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(texts).toEqual(['Second judgment.', 'First judgment.']);
    await expect.poll(() => page.evaluate(() => document.activeElement?.querySelector('.judgment-text')?.textContent)).toBe('Second judgment.');
    await shoot(page, 'judgments-dark');

    await items.nth(1).getByRole('button', { name: 'More actions for judgment 2' }).click();
    await page.getByRole('menu', { name: 'Actions for judgment 2' }).getByRole('menuitem', { name: /Delete/ }).click();
    await expect.poll(texts).toEqual(['Second judgment.']);
    await page.getByRole('status').filter({ hasText: 'Deleted a key judgment' }).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(texts).toEqual(['Second judgment.', 'First judgment.']);
    expect(await items.nth(1).getByRole('list', { name: 'Cited passages' }).textContent()).toContain('nine days to four');

    // Delete on a focused judgment deletes it; focus stays in the list, on the next one.
    await items.nth(0).focus();
    await page.keyboard.press('Delete');
    await expect.poll(texts).toEqual(['First judgment.']);
    await expect.poll(() => page.evaluate(() => document.activeElement?.querySelector('.judgment-text')?.textContent)).toBe('First judgment.');
    expect(pageErrors).toEqual([]);
  });

  it('cites a highlight from the reader with "Cite in judgment…", and shows a deleted highlight as missing', async () => {
    const { page, pageErrors } = await openGrainCorridor();
    await writeJudgment(page, 'Inspections moved inland.', 'Almost certainly (95–99%)', 'High', []);
    await page.getByRole('listbox').getByRole('option', { name: /Ports clear the backlog/ }).click();
    const mark = page.locator('mark[data-highlight-id]').filter({ hasText: 'nine days to four' }).first();
    await mark.click();
    const popover = page.getByRole('dialog', { name: /Highlight/ });
    await popover.getByRole('button', { name: 'Cite in judgment…' }).click();
    const cite = page.getByRole('dialog', { name: 'Cite in judgment' });
    await cite.getByRole('list', { name: 'Key judgments' }).waitFor();
    await shoot(page, 'cite-dialog-light');
    await cite.getByRole('button', { name: /Inspections moved inland\./ }).click();
    await page.getByRole('status').filter({ hasText: 'Cited in key judgment 1' }).waitFor();
    const citations = page.getByRole('list', { name: 'Judgments' }).getByRole('list', { name: 'Cited passages' });
    await expect.poll(() => citations.textContent()).toContain('nine days to four');

    await mark.click();
    await page.getByRole('dialog', { name: /Highlight/ }).getByRole('button', { name: 'Delete highlight' }).click();
    await expect.poll(() => citations.textContent()).toContain('Highlight deleted');
    await shoot(page, 'judgments-missing-light');
    expect(pageErrors).toEqual([]);
  });
});
