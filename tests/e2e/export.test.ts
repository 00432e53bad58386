import { unzipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryAssetReader } from '../../electron/export/asset-reader.ts';
import { loadBriefingDocument } from '../../electron/export/briefing-document.ts';
import { launchChromium } from '../../electron/export/chromium.ts';
import { briefingToHtml } from '../../electron/export/html.ts';
import { annotatedLibrary, NOW } from '../helpers/annotated-library.ts';
import { useApp, type PreviewSession } from '../helpers/chromium.ts';
import { readOnlyDir } from '../helpers/read-only.ts';
import { tempDir } from '../helpers/temp.ts';

const openSession = useApp();
const SHOTS = process.env.EXPORT_SCREENSHOTS;

async function openSample(options: { colorScheme?: 'light' | 'dark' } = {}): Promise<PreviewSession> {
  const session = await openSession(options);
  await session.page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Sample briefing/ }).click();
  await session.page.getByRole('heading', { level: 1, name: 'Sample briefing: northern corridor' }).waitFor();
  return session;
}

/** Opens the dialog, chooses the format (and options), exports, and returns the dialog. */
async function exportAs(page: Page, format: RegExp, options: (dialog: ReturnType<Page['getByRole']>) => Promise<void> = () => Promise.resolve()) {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export briefing' });
  await dialog.getByRole('radio', { name: format }).check();
  await options(dialog);
  await dialog.getByRole('button', { name: 'Export…' }).click();
  return dialog;
}

const exported = (session: PreviewSession) => (fs.existsSync(session.preview.exportDir) ? fs.readdirSync(session.preview.exportDir).sort() : []);

async function shoot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

describe('exporting from the app', () => {
  it('a user exports the sample briefing as Markdown, HTML and a bundle; each file appears with its content', async () => {
    const session = await openSample();
    const { page } = session;

    const markdownDialog = await exportAs(page, /^Markdown/, async (dialog) => {
      await dialog.getByRole('checkbox', { name: 'Include each article’s full text' }).check();
    });
    const notice = page.getByRole('status').filter({ hasText: 'Exported as Markdown' });
    await notice.waitFor();
    await expect.poll(() => markdownDialog.count()).toBe(0);
    expect(exported(session)).toEqual(['Sample briefing northern corridor.md']);
    const markdown = fs.readFileSync(path.join(session.preview.exportDir, 'Sample briefing northern corridor.md'), 'utf8');
    expect(markdown).toMatch(/^---\ntitle: "Sample briefing: northern corridor"\n/);
    expect(markdown).toContain('marking: "TLP:GREEN"');
    expect(markdown).toContain('## Key judgments');
    expect(markdown).toContain('### Full text\n\nAverage waiting time for container ships');
    await notice.getByRole('button', { name: 'Show in folder' }).click();

    await exportAs(page, /^HTML/);
    await page.getByRole('status').filter({ hasText: 'Exported as HTML' }).waitFor();
    const html = fs.readFileSync(path.join(session.preview.exportDir, 'Sample briefing northern corridor.html'), 'utf8');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">`);
    expect(html).toContain('TLP:GREEN');
    expect(html).not.toMatch(/<script/i);

    await exportAs(page, /^Briefing bundle/);
    await page.getByRole('status').filter({ hasText: 'Exported as Briefing bundle' }).waitFor();
    const bundle = unzipSync(fs.readFileSync(path.join(session.preview.exportDir, 'Sample briefing northern corridor.briefing')));
    expect(Object.keys(bundle).sort()).toEqual(['articles/1.json', 'articles/2.json', 'briefing.json', 'manifest.json']);
    expect(exported(session)).toEqual(['Sample briefing northern corridor.briefing', 'Sample briefing northern corridor.html', 'Sample briefing northern corridor.md']);
    expect(session.pageErrors).toEqual([]);
  });

  it('an export into a read-only folder says so in the dialog and leaves no file', async () => {
    const session = await openSample();
    const { page } = session;
    readOnlyDir(session.preview.exportDir);
    const dialog = await exportAs(page, /^HTML/);
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      `The folder ${session.preview.exportDir} is not writable, so Sample briefing northern corridor.html was not saved. Choose another folder.`,
    );
    expect(exported(session)).toEqual([]);
    await shoot(page, 'export-failed-light');
  });

  it('exports a digest of highlights on Letter paper as a PDF, printed from the same print view', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const session = await openSample({ colorScheme });
      const { page } = session;
      await page.getByRole('button', { name: 'Export…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export briefing' });
      await dialog.getByRole('radiogroup', { name: 'Paper' }).waitFor();
      await dialog.getByRole('radio', { name: 'Letter' }).check();
      await dialog.getByRole('radio', { name: 'Digest of highlights' }).check();
      await shoot(page, `export-dialog-${colorScheme}`);
      await dialog.getByRole('button', { name: 'Export…' }).click();
      await page.getByRole('status').filter({ hasText: 'Exported as PDF' }).waitFor();

      const [file] = exported(session);
      expect(file).toMatch(/\.pdf$/);
      const pdf = path.join(session.preview.exportDir, file!);
      expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts/);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(text).toMatch(/TLP:GREEN/);
      expect(text).toMatch(/Sample briefing: northern corridor/);
      expect(session.pageErrors).toEqual([]);
    }
  });

  it('a colleague drops the bundle on their window: the briefing arrives, articles they had are merged', async () => {
    const first = await openSample();
    await exportAs(first.page, /^Briefing bundle/);
    await first.page.getByRole('status').filter({ hasText: 'Exported as Briefing bundle' }).waitFor();
    const bundle = fs.readFileSync(path.join(first.preview.exportDir, 'Sample briefing northern corridor.briefing'));

    const colleague = await openSample({ colorScheme: 'dark' });
    const { page } = colleague;
    const transfer = await page.evaluateHandle((base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], 'Sample briefing northern corridor.briefing'));
      return data;
    }, bundle.toString('base64'));
    for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('body', type, { dataTransfer: transfer });
    const notice = page.getByRole('status').filter({ hasText: 'Imported “Sample briefing: northern corridor (imported)”' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('0 articles added, 2 already here (merged), 0 highlights added.');
    await shoot(page, 'bundle-imported-dark');
    await notice.getByRole('button', { name: 'Open briefing' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sample briefing: northern corridor (imported)' }).waitFor();
    expect(colleague.preview.backend.library.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(2);
    expect(colleague.pageErrors).toEqual([]);
  });
});

describe('the exported HTML file in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  /** An annotated briefing, with a script and a remote image slipped into its library, exported as HTML. */
  function exportedHtml(): string {
    const { library, briefingId, articleIds } = annotatedLibrary();
    library.db
      .prepare('UPDATE articles SET html = html || ? WHERE id = ?')
      .run('<script>document.title = "ran"</script><img src="https://tracker.example/p.png" onerror="document.title = \'ran\'">', articleIds[2]);
    const document = library.transaction((db) => loadBriefingDocument(db, briefingId, NOW));
    const file = path.join(tempDir('html'), 'brief.html');
    fs.writeFileSync(file, briefingToHtml(document, { readAsset: libraryAssetReader(library.files.assetsDir) }));
    library.close();
    return file;
  }

  it.each([true, false])('runs nothing, requests nothing beyond itself, and shows its images (JavaScript enabled: %s)', async (javaScriptEnabled) => {
    const file = exportedHtml();
    const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1000, height: 900 } });
    const requests: string[] = [];
    await context.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.request().url().startsWith('file:') ? route.continue() : route.abort();
    });
    const page = await context.newPage();
    await page.goto(`file://${file}`);
    expect(await page.title()).toBe('Grain corridor: week 10');
    expect(requests).toEqual([`file://${file}`]);
    const images = page.locator('img');
    expect(await images.count()).toBe(1);
    const loaded = await images.first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth === 40);
    expect(loaded).toBe(true);
    expect(await page.locator('mark.hl-yellow').count()).toBeGreaterThan(0);
    if (javaScriptEnabled) await shoot(page, 'export-html-light');
    await context.close();
  });
});
