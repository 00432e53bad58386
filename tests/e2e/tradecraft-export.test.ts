/**
 * A GREEN briefing goes out as a PDF from the Export dialog: the dialog first
 * lists what its marking leaves out (an article marked RED, a highlight marked
 * AMBER), then the printed PDF has neither, shows the source grade and "B2"
 * beside the graded highlight, a timeline (asked for in the dialog) and the
 * entity index with the page each article starts on.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CallArgs, CallName, CallValue } from '../../shared/contract.ts';
import { useApp, type PreviewSession } from '../helpers/chromium.ts';
import { seriousViolations } from '../helpers/axe.ts';

const start = useApp();
const SHOTS = path.join(import.meta.dirname, '..', '..', '.tmp', 'screenshots');
const visit = fs.readFileSync(path.join(import.meta.dirname, '../fixtures/tradecraft/state-visit.txt'), 'utf8').trim();
const PORTS = 'Northern corridor ports report shorter queues after new inspection rules';
const GUIDE = 'How to read a briefing: judgments first, evidence after';

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** The analyst's work, through the real handlers: a pasted news piece, grades, markings and two highlights. */
async function prepareBriefing(session: PreviewSession): Promise<void> {
  const call = async <K extends CallName>(name: K, args: CallArgs<K>): Promise<CallValue<K>> => {
    const result = await session.preview.backend.dispatch(name, args);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value as CallValue<K>;
  };
  await call('importBatch', { batchId: 'tradecraft-export', items: [{ kind: 'text', text: `Erdoğan to visit Berlin\n\n${visit}` }], briefingId: 1 });
  const db = session.preview.backend.library.db;
  const idOf = (title: string) => db.prepare('SELECT id FROM articles WHERE title = ?').pluck().get(title) as number;
  const ports = idOf(PORTS);
  const text = db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(ports) as string;
  const highlight = (quote: string, note: string) =>
    call('createHighlight', { articleId: ports, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, color: 'yellow', note });
  await call('setSourceGrade', { id: ports, grade: 'B' });
  const graded = await highlight('fell from nine days to four', 'Figures from the port authority.');
  await call('setHighlightCredibility', { id: graded.id, credibility: 2 });
  const restricted = await highlight('freeing berths for unloading', 'Shipping agents privately doubt it.');
  await call('setHighlightMarking', { id: restricted.id, marking: 'AMBER' });
  await call('setArticleMarking', { id: idOf(GUIDE), marking: 'RED' });
}

describe('exporting a marked, graded briefing', () => {
  it.each(['light', 'dark'] as const)('warns in the dialog, then prints only what the marking allows, with grades, timeline and entity index (%s)', async (colorScheme) => {
    const session = await start({ colorScheme });
    const { page } = session;
    await page.getByRole('navigation', { name: 'Library' }).waitFor();
    await prepareBriefing(session);
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Sample briefing/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Sample briefing: northern corridor' }).waitFor();

    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export briefing' });
    const warning = dialog.getByRole('region', { name: /2 items left out: marked more restrictively than TLP:GREEN/ });
    await warning.waitFor();
    await expect.poll(() => warning.getByRole('listitem').allTextContents()).toEqual([
      'TLP:AMBERHighlight“freeing berths for unloading”',
      `TLP:REDArticle${GUIDE}`,
    ]);
    await dialog.getByRole('checkbox', { name: /Include timeline/ }).check();
    await shot(page, `export-left-out-${colorScheme}`);
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await page.getByRole('status').filter({ hasText: 'Exported as PDF' }).waitFor();

    const [file] = fs.readdirSync(session.preview.exportDir);
    const pdf = path.join(session.preview.exportDir, file!);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    // Left out: the RED article's words, the AMBER highlight's note.
    expect(text).not.toContain('Every judgment should point');
    expect(text).not.toContain('Shipping agents privately doubt it');
    // Grades: the source with the article, the code beside the graded highlight's note.
    expect(text).toContain('B — Usually reliable');
    expect(text).toMatch(/B2\s+Figures from the port\s+authority/);
    // The timeline, approximate dates marked, and the entity index with pages.
    expect(text).toMatch(/Timeline[\s\S]*2014[\s\S]*in 2014/);
    expect(text).toContain('(approximate)');
    expect(text).toMatch(/Entity index[\s\S]*Recep Tayyip Erdoğan\s+PERSON\s+Article 2, p\. \d+/);
    if (colorScheme === 'light') {
      execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(SHOTS, 'tradecraft-pdf')]);
    }

    // The next export, after a restart, starts from the same choice.
    await page.reload();
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Sample briefing/ }).click();
    await page.getByRole('button', { name: 'Export…' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Export briefing' }).getByRole('checkbox', { name: /Include timeline/ }).isChecked()).toBe(true);
    expect(session.pageErrors).toEqual([]);
  });

  it('hides a name from the entity index and an event from the timeline, and the dialog says what will print', async () => {
    const session = await start();
    const { page } = session;
    const nav = page.getByRole('navigation', { name: 'Library' });
    await nav.waitFor();
    await prepareBriefing(session);

    await nav.getByRole('button', { name: 'Entities' }).click();
    const pane = page.locator('.list-pane');
    await pane.getByRole('heading', { name: 'Organizations' }).waitFor();
    const inExport = pane.getByRole('checkbox', { name: 'In export: “Nordic Shipping Group”' });
    await inExport.uncheck();
    await expect.poll(() => inExport.isChecked()).toBe(false);
    // Greyed, still readable.
    expect(await seriousViolations(page, '.list-pane')).toEqual([]);
    await shot(page, 'entities-hidden-light');

    await nav.getByRole('button', { name: 'Timeline' }).click();
    await pane.getByRole('region', { name: '2014', exact: true }).waitFor();
    await pane.getByRole('checkbox', { name: 'In export: “2014”' }).uncheck();
    await expect.poll(() => pane.locator('.timeline-event[data-hidden-in-export]').count()).toBe(1);
    expect(await seriousViolations(page, '.list-pane')).toEqual([]);
    await shot(page, 'timeline-hidden-light');

    const db = session.preview.backend.library.db;
    const entities = db.prepare("SELECT count(DISTINCT m.entity_id) FROM entity_mentions m JOIN briefing_items bi ON bi.article_id = m.article_id JOIN articles a ON a.id = m.article_id WHERE bi.briefing_id = 1 AND a.marking != 'RED'").pluck().get() as number;
    await nav.getByRole('button', { name: /^Sample briefing/ }).click();
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export briefing' });
    const contents = dialog.getByRole('list', { name: 'What the PDF will print' });
    await expect.poll(() => contents.getByRole('listitem').allTextContents()).toEqual([`Entity index: ${entities - 1} entities (1 hidden)`, 'Timeline: not included']);
    await dialog.getByRole('checkbox', { name: /Include timeline/ }).check();
    await expect.poll(() => contents.getByRole('listitem').nth(1).textContent()).toMatch(/^Timeline: \d+ events \(1 hidden\), \d+ undated$/);
    await shot(page, 'export-contents-light');
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await page.getByRole('status').filter({ hasText: 'Exported as PDF' }).waitFor();

    const [file] = fs.readdirSync(session.preview.exportDir);
    const text = execFileSync('pdftotext', [path.join(session.preview.exportDir, file!), '-'], { encoding: 'utf8' });
    const index = text.slice(text.lastIndexOf('Entity index'));
    expect(index).toMatch(/Danish Maritime Authority\s+ORGANIZATION/);
    expect(index).not.toContain('Nordic Shipping Group');
    const timeline = text.slice(text.lastIndexOf('Timeline'), text.lastIndexOf('Entity index'));
    expect(timeline).toMatch(/Undated: “on Sunday”/);
    expect(timeline).not.toContain('in 2014');
    expect(session.pageErrors).toEqual([]);
  });

  it('filters the evidence locker by credibility and the article list by marking', async () => {
    const session = await start();
    const { page } = session;
    const nav = page.getByRole('navigation', { name: 'Library' });
    await nav.waitFor();
    await prepareBriefing(session);

    await nav.getByRole('button', { name: 'Evidence' }).click();
    const filters = page.getByRole('group', { name: 'Filter highlights' });
    await filters.getByRole('combobox', { name: 'Credibility' }).selectOption('2');
    const rows = page.getByRole('listbox').getByRole('option');
    await expect.poll(() => rows.count()).toBe(1);
    await expect.poll(() => rows.first().locator('.evaluation-badge').textContent()).toBe('B2');
    await shot(page, 'evidence-credibility-light');

    await nav.getByRole('button', { name: /^All articles/ }).click();
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByRole('group', { name: 'Filters' }).getByRole('combobox', { name: 'Marking' }).selectOption('RED');
    const articles = page.getByRole('listbox', { name: 'Articles' }).getByRole('option');
    await expect.poll(() => articles.allTextContents()).toEqual([expect.stringContaining(GUIDE)]);
    await expect.poll(() => page.getByRole('button', { name: /TLP:RED/ }).count()).toBeGreaterThan(0);
    await shot(page, 'list-marking-light');
    expect(session.pageErrors).toEqual([]);
  });
});
