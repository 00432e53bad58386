// @vitest-environment jsdom
/**
 * Issue 17, items 5 and 10: page-supplied text never turns into markup in a
 * Markdown export; one link filter for every export (no javascript:, no user
 * name or password in an address); the sanitizer keeps the attributes that
 * are not addresses, so the tracking-pixel check fires; notes load no remote
 * image.
 */
import { JSDOM } from 'jsdom';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { libraryAssetReader } from '../../../electron/export/asset-reader.ts';
import { loadBriefingDocument } from '../../../electron/export/briefing-document.ts';
import { briefingToHtml } from '../../../electron/export/html.ts';
import { briefingToMarkdown } from '../../../electron/export/markdown.ts';
import { sanitizeHtmlString } from '../../../electron/import/sanitize.ts';
import { renderMarkdown } from '../../../renderer/markdown.ts';
import { SourceLink } from '../../../renderer/print/PrintDocument.tsx';
import { sanitizeArticleHtml } from '../../../renderer/reader/article-html.ts';
import type { BriefingDocument } from '../../../shared/briefing-document.ts';
import { exportableLink } from '../../../shared/urls.ts';
import { annotatedLibrary, NOW, type AnnotatedLibrary } from '../../helpers/annotated-library.ts';

let fixture: AnnotatedLibrary;
let document: BriefingDocument;

beforeEach(() => {
  fixture = annotatedLibrary();
  fixture.library.db
    .prepare('UPDATE articles SET title = ?, byline = ?, site_name = ?, url = ?, html = html || ? WHERE id = ?')
    .run(
      '<script>alert(1)</script> Ports & tolls',
      '<img src=x onerror=alert(2)>',
      '<b>Harbour Times</b>',
      'javascript:alert(3)',
      '<p><a href="https://user:secret@news.example/next">next part</a> and <a href="https://news.example/ok">the report</a></p>',
      fixture.articleIds[0],
    );
  document = fixture.library.transaction((db) => loadBriefingDocument(db, fixture.briefingId, NOW));
});
afterEach(() => fixture.library.close());

describe('the Markdown export', () => {
  it('writes titles, bylines and site names from the page as text, never as HTML', () => {
    const markdown = briefingToMarkdown(document, { fullText: true });
    expect(markdown).toContain('## 1. &lt;script&gt;alert(1)&lt;/script&gt; Ports &amp; tolls');
    expect(markdown).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(markdown).toContain('&lt;b&gt;Harbour Times&lt;/b&gt;');
    // The analyst's own notes are Markdown and stay so; what came from the page has no markup left.
    const header = markdown.slice(markdown.indexOf('## 1.'), markdown.indexOf('### Analyst note'));
    expect(header).not.toMatch(/<script|<img|<b>/);
  });

  it('keeps a link the filter refuses as its words only', () => {
    const markdown = briefingToMarkdown(document, { fullText: true });
    expect(markdown).toContain('[the report](https://news.example/ok)');
    expect(markdown).toContain('next part');
    expect(markdown).not.toContain('secret@');
  });
});

describe('the HTML export', () => {
  it('links no javascript: article address and no address with a user name or password', () => {
    const html = briefingToHtml(document, { readAsset: libraryAssetReader(fixture.library.files.assetsDir) });
    const page = new JSDOM(html).window.document;
    const hrefs = [...page.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('https://news.example/ok');
    expect(hrefs.some((href) => /^javascript:|@/i.test(href ?? ''))).toBe(false);
    expect(page.body.textContent).toContain('next part');
  });
});

describe('the PDF (print view)', () => {
  it.each([
    ['javascript:alert(3)', null],
    ['https://a@b.example/', null],
    ['https://news.example/story', 'https://news.example/story'],
  ])('prints %s as a link to %s', (url, href) => {
    const markup = renderToStaticMarkup(createElement(SourceLink, { url }));
    if (href === null) expect(markup).toBe(`<span>${url}</span>`);
    else expect(markup).toBe(`<a href="${href}">${url}</a>`);
  });
});

describe('one link filter', () => {
  it.each([
    ['#note-1', '#note-1'],
    ['mailto:desk@news.example', 'mailto:desk@news.example'],
    ['https://news.example/a', 'https://news.example/a'],
    ['https://user@news.example/', null],
    ['https://:pw@news.example/', null],
    ['javascript:alert(1)', null],
    ['data:text/html,x', null],
    ['file:///etc/passwd', null],
    ['', null],
  ])('%s → %s', (href, expected) => {
    expect(exportableLink(href)).toBe(expected);
  });

  it('is applied by the import sanitizer and the reader', () => {
    const html = '<p><a href="https://user:pw@news.example/">a</a> <a href="https://news.example/">b</a></p>';
    const { window } = new JSDOM('');
    for (const out of [sanitizeHtmlString(window as unknown as Window & typeof globalThis, html, null).root.innerHTML, sanitizeArticleHtml(html)]) {
      expect(out).toContain('<a>a</a>');
      expect(out).toContain('<a href="https://news.example/" rel="noopener noreferrer">b</a>');
    }
  });
});

describe('the sanitizer', () => {
  const { window } = new JSDOM('');
  const onImport = (html: string) => sanitizeHtmlString(window as unknown as Window & typeof globalThis, html, 'https://news.example/');

  it('keeps the attributes that are not addresses', () => {
    const html =
      '<p dir="rtl" lang="ar">نص</p><table><tr><td colspan="2" rowspan="3">x</td></tr></table><time datetime="2026-03-02">2 March</time><img src="https://news.example/a.png" width="640" height="480" alt="a">';
    for (const out of [onImport(html).root.innerHTML, sanitizeArticleHtml(html)]) {
      for (const kept of ['dir="rtl"', 'lang="ar"', 'colspan="2"', 'rowspan="3"', 'datetime="2026-03-02"']) expect(out).toContain(kept);
    }
    expect(onImport(html).root.innerHTML).toContain('width="640" height="480"');
  });

  it('drops a tracking pixel at import', () => {
    const { root, images } = onImport('<p>Story.</p><img src="https://tracker.example/p.gif" width="1" height="1"><img src="https://news.example/photo.jpg" width="800">');
    expect(images).toEqual(['https://news.example/photo.jpg']);
    expect(root.innerHTML).not.toContain('tracker');
  });

  it('leaves no remote image in a note', () => {
    const html = renderMarkdown('Seen here: ![chart](https://tracker.example/c.png) and [source](https://news.example/s)');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('tracker.example');
    expect(html).toContain('href="https://news.example/s"');
  });
});
