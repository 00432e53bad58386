/**
 * Links in an article never move the app window, in Chromium through the
 * preview: a reader clicks, Ctrl- and Shift-clicks, middle-clicks and presses
 * Enter on article links, new-window links, file: and javascript: links, a
 * form and a page that asks for a refresh. The app stays on its page; web
 * links reach the system browser, and only after the main process checked
 * them; nothing else does.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp, type PreviewSession } from '../helpers/chromium.ts';

const start = useApp();

const TITLE = 'Ports agency publishes its inspection schedule for the spring';
const PROSE =
  'The ports agency of the fictional republic of Morvane published on Wednesday the schedule of its spring inspections, covering eleven harbours, the ferries that serve them and the warehouses along their quays, with dates for each visit and the names of the inspectors who will lead them.';

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${TITLE}</title>
<meta http-equiv="refresh" content="1;url=http://127.0.0.2:9/refreshed">
</head><body><article>
<h1>${TITLE}</h1>
<p>${PROSE}</p>
<p>Inspectors will publish their findings within a month, the agency said, pointing readers to <a href="https://example.org/schedule">the published schedule</a> and to <a href="https://example.org/annex" target="_blank">the annex with every harbour</a>.</p>
<p>${PROSE}</p>
<p>Older material is in <a href="file:///etc/passwd">a local file</a>, behind <a href="javascript:location='http://127.0.0.2:9/js'">a script link</a>, and at <a href="mailto:desk@example.org">the agency desk</a>.</p>
<form action="http://127.0.0.2:9/subscribe"><input name="email" value="analyst@example.org"><button>Subscribe to updates</button></form>
<p>${PROSE}</p>
</article></body></html>`;

async function importAndOpen(page: Page): Promise<void> {
  const result = await page.evaluate(async (html) => {
    const api = (window as unknown as { briefing: { importBatch(args: unknown): Promise<{ ok: boolean }> } }).briefing;
    return api.importBatch({ batchId: 'navigation-test', items: [{ kind: 'file', name: 'schedule.html', data: btoa(html) }] });
  }, PAGE);
  expect(result.ok).toBe(true);
  await page.getByRole('button', { name: 'All articles' }).click();
  await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: TITLE }).click();
  await page.getByRole('article', { name: 'Reader' }).getByRole('heading', { name: TITLE }).waitFor();
}

async function expectStillHome(session: PreviewSession, appUrl: string, popups: string[]): Promise<void> {
  await session.page.waitForTimeout(1500);
  expect(session.page.url()).toBe(appUrl);
  expect(popups).toEqual([]);
  expect(session.foreignRequests).toEqual([]);
}

describe('links in an article', () => {
  it('never navigate the window; web links go to the browser after validation, the rest nowhere', async () => {
    const opened: string[] = [];
    const session = await start({ openExternal: (url) => Promise.resolve(void opened.push(url)) });
    const { page } = session;
    await page.getByRole('navigation', { name: 'Library' }).waitFor();
    const appUrl = page.url();
    const popups: string[] = [];
    page.context().on('page', (popup) => popups.push(popup.url()));
    await importAndOpen(page);
    const body = page.locator('.reader-body');

    // What import kept: web links and the mail link; the form, the refresh and the dangerous addresses are gone.
    expect(await body.locator('form, input, button, meta').count()).toBe(0);
    expect(await body.locator('a[href^="file:"], a[href^="javascript:"]').count()).toBe(0);
    expect(await body.locator('a[target]').count()).toBe(0);

    const schedule = body.getByRole('link', { name: 'the published schedule' });
    const annex = body.getByRole('link', { name: 'the annex with every harbour' });
    await schedule.click();
    await schedule.click({ modifiers: ['ControlOrMeta'] });
    await annex.click({ modifiers: ['Shift'] });
    await annex.click({ button: 'middle' });
    await annex.focus();
    await page.keyboard.press('Enter');
    await body.getByText('a local file').click();
    await body.getByText('a script link').click();
    await body.getByRole('link', { name: 'the agency desk' }).click();

    await expect.poll(() => opened.length).toBe(4);
    expect(opened).toEqual(['https://example.org/schedule', 'https://example.org/schedule', 'https://example.org/annex', 'https://example.org/annex']);
    await expectStillHome(session, appUrl, popups);
    expect(session.pageErrors).toEqual([]);
  });

  it('refuse, in the main process, links that got past both sanitizers: file:, javascript:, data:, app pages and credentials', async () => {
    const opened: string[] = [];
    const session = await start({ openExternal: (url) => Promise.resolve(void opened.push(url)) });
    const { page } = session;
    await page.getByRole('navigation', { name: 'Library' }).waitFor();
    const appUrl = page.url();
    const popups: string[] = [];
    page.context().on('page', (popup) => popups.push(popup.url()));
    await importAndOpen(page);

    // As if a sanitizer had missed them: the reader's click guard and the main process's check are all that is left.
    const hrefs = [
      'file:///etc/passwd',
      "javascript:location='http://127.0.0.2:9/js'",
      'data:text/html,<script>alert(1)</script>',
      'app://bundle/index.html',
      'https://analyst:secret@example.org/',
      'ms-settings:privacy',
    ];
    await page.evaluate((links) => {
      const body = document.querySelector('.reader-body')!;
      for (const [index, href] of links.entries()) {
        const link = document.createElement('a');
        link.href = href;
        link.target = '_blank';
        link.textContent = `injected link ${index}`;
        body.append(link, ' ');
      }
      const form = document.createElement('form');
      form.action = 'http://127.0.0.2:9/subscribe';
      form.innerHTML = '<button>Injected subscribe</button>';
      body.append(form);
    }, hrefs);
    for (const index of hrefs.keys()) await page.getByText(`injected link ${index}`).click();
    // A click through the page (Playwright's own click would wait for a navigation the policy never lets start).
    await page.evaluate(() => document.querySelector<HTMLButtonElement>('.reader-body form button')?.click());

    await expectStillHome(session, appUrl, popups);
    expect(opened).toEqual([]);
    // The form was stopped by the page's policy (form-action 'none'), which reports it; nothing else went wrong.
    expect(session.pageErrors.filter((error) => !/form-action/.test(error))).toEqual([]);
  });
});
