/**
 * The XSS corpus through the real import (Readability in the worker, then the
 * import sanitizer), one saved page per category (or part of one): every
 * page is saved, the story around the payloads is kept, and the stored HTML
 * is inert.
 */
import { describe, expect, it } from 'vitest';
import { getArticle } from '../../../electron/library/articles.ts';
import { activeContentIn } from '../../helpers/inert-html.ts';
import { bytesFile, importer } from '../../helpers/importer.ts';
import { articlePage, markerSentence, XSS_PAGES } from '../../helpers/xss.ts';

describe('importing pages that carry the XSS corpus', () => {
  it(`saves all ${XSS_PAGES.length} pages with their stories and nothing active`, async () => {
    const { import: importFile, library } = importer();
    for (const page of XSS_PAGES) {
      const outcome = await importFile(bytesFile(`xss-${page.category}.html`, articlePage(page)));
      expect(outcome, page.title).toMatchObject({ status: 'saved', error: null, title: page.title });
      const article = library.transaction((db) => getArticle(db, outcome.id ?? 0));
      for (const { id } of page.payloads) expect(article.text, `${id} was dropped with its story`).toContain(markerSentence(id));
      expect(activeContentIn(article.html, 'http'), page.title).toEqual([]);
    }
  }, 120_000);

  it('imports a page that names its elements after the document’s own methods', async () => {
    // <img name="querySelector"> would make document.querySelector an image in the page's document.
    const { import: importFile } = importer();
    const clobbering = XSS_PAGES.find((page) => page.category === 'dom-clobbering');
    if (!clobbering) throw new Error('the corpus has no DOM clobbering page');
    const html = articlePage(clobbering).replace(
      '<main>',
      '<main><img name="querySelector"><img name="getElementsByTagName"><form name="createElement"><input name="attributes"></form><object id="documentElement"></object>',
    );
    expect(await importFile(bytesFile('clobbering.html', html))).toMatchObject({ status: 'saved' });
  }, 30_000);
});
