/**
 * Our XSS corpus, imported as saved web pages through the import dialog and
 * read in Chromium through the preview: nothing executes, nothing opens,
 * nothing is requested from anywhere but the preview, and the app stays where
 * it is. Then the same payloads written straight into the library file, as if
 * it had been edited outside the app: the reader's own sanitizing holds too.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp, type PreviewSession } from '../helpers/chromium.ts';
import { activeContentIn } from '../helpers/inert-html.ts';
import { startSite } from '../helpers/site.ts';
import { tempDir } from '../helpers/temp.ts';
import { articlePage, markerSentence, payloadHtml, XSS_PAGES } from '../helpers/xss.ts';

const start = useApp();

/** Everything a payload could do that we can see. */
interface Watch {
  executed: string[];
  dialogs: string[];
  popups: string[];
  policyViolations: string[];
}

/**
 * Exposes the sentinel (`__xss`) to every frame, records dialogs, new windows
 * and content-security-policy violations, then reloads so all of it is in
 * place before the app's first script.
 */
async function watchPage(page: Page): Promise<Watch> {
  const watch: Watch = { executed: [], dialogs: [], popups: [], policyViolations: [] };
  await page.exposeBinding('__xss', (_source, id: unknown) => void watch.executed.push(String(id)));
  await page.exposeBinding('__policyViolation', (_source, what: unknown) => void watch.policyViolations.push(String(what)));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __policyViolation: (what: string) => void }).__policyViolation;
      report(`${event.disposition} ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on('dialog', (dialog) => {
    watch.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.context().on('page', (popup) => watch.popups.push(popup.url()));
  await page.reload();
  await page.getByRole('navigation', { name: 'Library' }).waitFor();
  // The sentinel works: a call from the page is seen.
  await page.evaluate(() => (window as unknown as { __xss: (id: string) => void }).__xss('self-test'));
  await expect.poll(() => watch.executed).toEqual(['self-test']);
  watch.executed.length = 0;
  return watch;
}

async function openArticle(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'All articles' }).click();
  const list = page.getByRole('listbox', { name: 'Articles' });
  const option = list.getByRole('option', { name: title, exact: true });
  // The list is virtualized: scroll until the article's row is in the page.
  await list.hover();
  for (let step = 0; step < 40 && (await option.count()) === 0; step++) await page.mouse.wheel(0, 300);
  await option.click();
  await page.getByRole('article', { name: 'Reader' }).getByRole('heading', { name: title, exact: true }).waitFor();
}

/** Reads every page of the corpus; checks each payload's place was rendered and what the reader shows is inert. */
async function readEveryPage(session: PreviewSession): Promise<void> {
  const { page } = session;
  for (const { title, payloads } of XSS_PAGES) {
    await openArticle(page, title);
    const body = page.locator('.reader-body');
    const text = (await body.textContent()) ?? '';
    for (const { id } of payloads) expect(text, `${id} was not rendered`).toContain(markerSentence(id));
    expect(activeContentIn(await body.innerHTML(), 'library-assets'), title).toEqual([]);
    // Handlers fire on load, on error, on focus: give them the time to.
    await page.waitForTimeout(250);
  }
}

/**
 * `policy`: 'silent' when the policy must never have had to act (what import
 * stored is clean); 'enforced' when it may have reported what DOMPurify's
 * inert parsing document holds: Chromium checks the page's policy for
 * handlers and <base> even in a DOMParser document, where they never run,
 * and logs each refusal as a console error.
 */
async function expectNothingHappened(
  session: PreviewSession,
  watch: Watch,
  collector: { requests: string[] },
  appUrl: string,
  policy: 'silent' | 'enforced',
) {
  const { page } = session;
  // Slow payloads: a refresh after one second, animations, late image errors.
  await page.waitForTimeout(1200);
  expect(watch.executed).toEqual([]);
  expect(watch.dialogs).toEqual([]);
  expect(watch.popups).toEqual([]);
  // zod asks once whether eval is allowed (`new Function('')` in a try) and the policy says no: the policy at work.
  const violations = watch.policyViolations.splice(0).filter((violation) => violation !== 'enforce script-src eval');
  if (policy === 'silent') expect(violations).toEqual([]);
  else for (const violation of violations) expect(violation).toMatch(/^enforce /);
  expect(session.foreignRequests).toEqual([]);
  expect(collector.requests).toEqual([]);
  const refusals = / violates the following Content Security Policy directive.*The action has been blocked\.$/;
  expect(session.pageErrors.splice(0).filter((error) => policy === 'silent' || !refusals.test(error))).toEqual([]);
  expect(page.url()).toBe(appUrl);
  expect(page.frames()).toHaveLength(1);
  // Nothing was clobbered: the app's API and root are still the app's.
  const intact = await page.evaluate(() => ({
    api: ['getArticle', 'on'].every((key) => typeof (window as unknown as { briefing: Record<string, unknown> }).briefing[key] === 'function'),
    roots: document.querySelectorAll('#root').length,
    title: document.title,
  }));
  expect(intact).toEqual({ api: true, roots: 1, title: expect.stringMatching(/— Briefing Reader$/) });
}

describe('imported content never executes', () => {
  it(`reads ${XSS_PAGES.length} saved pages carrying the XSS corpus: nothing runs, loads, opens or navigates`, async () => {
    const collector = await startSite({});
    const session = await start();
    const { page, preview } = session;
    const watch = await watchPage(page);
    const appUrl = page.url();

    const folder = tempDir('xss-pages');
    const files = XSS_PAGES.map((xssPage, index) => {
      const file = path.join(folder, `xss-${index + 1}-${xssPage.category}.html`);
      fs.writeFileSync(file, articlePage(xssPage, collector.origin));
      return file;
    });
    await page.getByRole('button', { name: 'Import' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Import articles' });
    await page.getByLabel('Choose files to import').setInputFiles(files);
    await dialog.getByRole('button', { name: 'Import' }).click();
    const results = page.getByRole('list', { name: 'Import results' });
    await expect.poll(() => results.locator('[data-status="saved"]').count(), { timeout: 30_000 }).toBe(files.length);
    await page.keyboard.press('Escape');

    await readEveryPage(session);
    await page.screenshot({ path: 'test-results/security-xss-reader.png' });
    await expectNothingHappened(session, watch, collector, appUrl, 'silent');

    // A library edited outside the app: the raw payloads, unsanitized, in the stored HTML.
    const db = preview.backend.library.db;
    for (const { title, payloads } of XSS_PAGES) {
      const raw = payloads.map((payload) => `<p>${markerSentence(payload.id)}</p>${payloadHtml(payload, collector.origin)}`).join('\n');
      db.prepare('UPDATE articles SET html = ? WHERE title = ?').run(raw, title);
    }
    await page.reload();
    await page.getByRole('navigation', { name: 'Library' }).waitFor();
    await readEveryPage(session);
    await expectNothingHappened(session, watch, collector, appUrl, 'enforced');
  }, 180_000);
});
