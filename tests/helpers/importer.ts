/** Import as the app does it, on a temporary library, with a short network time limit. */
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach } from 'vitest';
import { createBatchRunner } from '../../electron/import/batch.ts';
import { createExtractor, type Extractor } from '../../electron/import/extractor.ts';
import { importItem, type ImportContext } from '../../electron/import/pipeline.ts';
import { openLibrary, type Library } from '../../electron/library/library.ts';
import type { ImportItem } from '../../shared/import.ts';
import { tempDir } from './temp.ts';

const open: Array<{ library: Library; extractor: Extractor }> = [];
afterEach(async () => {
  for (const { library, extractor } of open.splice(0)) {
    await extractor.close();
    library.close();
  }
});

export const FIXTURES = path.resolve('tests/fixtures');

export function fixtureFile(relative: string): ImportItem {
  const file = path.join(FIXTURES, relative);
  return { kind: 'file', name: path.basename(file), data: fs.readFileSync(file).toString('base64') };
}

export function bytesFile(name: string, bytes: Uint8Array | string): ImportItem {
  return { kind: 'file', name, data: Buffer.from(bytes).toString('base64') };
}

export function importer(options: { timeoutMs?: number } = {}) {
  const library = openLibrary(tempDir('library'));
  const extractor = createExtractor();
  open.push({ library, extractor });
  // Generous: on a loaded machine a local server's answer can take seconds, and only the timeout tests ask for a short one.
  const ctx: ImportContext = { library, extractor, fetchLimits: { timeoutMs: options.timeoutMs ?? 10_000 } };
  return {
    library,
    ctx,
    runner: createBatchRunner(ctx),
    import: (item: ImportItem, briefingId?: number) => importItem(ctx, item, { briefingId }),
    /** Everything a failed import must leave as it was. */
    snapshot: () => ({
      articles: library.db.prepare('SELECT count(*) FROM articles').pluck().get(),
      assets: fs.readdirSync(library.files.assetsDir).length,
      fts: library.db.prepare('SELECT count(*) FROM articles_fts').pluck().get(),
    }),
  };
}

/** The text a browser shows for stored HTML: must be the stored plain text exactly. */
export function textContentOf(html: string): string {
  const dom = new JSDOM(`<!doctype html><body><div id="root">${html}</div>`);
  const text = dom.window.document.getElementById('root')?.textContent ?? '';
  dom.window.close();
  return text;
}
