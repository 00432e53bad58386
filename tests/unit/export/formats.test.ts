import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { briefingToAnnotations, stableUuid } from '../../../electron/export/annotations.ts';
import { libraryAssetReader } from '../../../electron/export/asset-reader.ts';
import { loadBriefingDocument } from '../../../electron/export/briefing-document.ts';
import { briefingToHtml, HTML_EXPORT_CSP } from '../../../electron/export/html.ts';
import { briefingToMarkdown } from '../../../electron/export/markdown.ts';
import type { BriefingDocument } from '../../../shared/briefing-document.ts';
import { annotatedLibrary, NOW, QUAY_PNG, type AnnotatedLibrary } from '../../helpers/annotated-library.ts';

let fixture: AnnotatedLibrary;
let document: BriefingDocument;

beforeEach(() => {
  fixture = annotatedLibrary();
  document = fixture.library.transaction((db) => loadBriefingDocument(db, fixture.briefingId, NOW));
});
afterEach(() => fixture.library.close());

describe('Markdown export', () => {
  it('starts with front matter: title, author, date and marking', () => {
    const markdown = briefingToMarkdown(document, { fullText: false });
    expect(markdown.split('\n').slice(0, 7)).toEqual([
      '---',
      'title: "Grain corridor: week 10"',
      'author: "R. Analyst"',
      'date: "2026-03-10"',
      'marking: "TLP:AMBER"',
      'articles: 3',
      '---',
    ]);
    expect(markdown).toContain('## Key judgments\n\n- Queues are **shorter**.\n- Watch the *spring* exports.');
  });

  it.each([
    ['a highlight as a block quote with its colour meaning, and its note below', '> moved customs inspections inland\n>\n> — *Key fact* (yellow)\n\nThe **main** cause, per officials.'],
    ['the user-facing meaning of each colour', '> inspections inland. Agents asked\n>\n> — *Claim* (green)'],
    ['the citation of each article', 'Source: Ports clear the backlog &lt;fast&gt;, Example Test, https://example.test/articles/'],
    ['an article without an address, cited by title and date saved', 'Source: Pasted field notes (accessed 2026-01-01)'],
    ['the analyst note on an article', '### Analyst note\n\nReliable source; *figures* from the authority.'],
    ['a highlight whose passage is gone, said so', "> *This passage is no longer in the article's text:"],
    ['right-to-left text as it is', '> أربعة أيام'],
  ])('shows %s', (_what, expected) => {
    expect(briefingToMarkdown(document, { fullText: false })).toContain(expected);
  });

  it('escapes Markdown in quoted text and titles, so a quote cannot become a link or a heading', () => {
    const markdown = briefingToMarkdown(
      { ...document, articles: [{ ...document.articles[2]!, highlights: [{ ...document.articles[2]!.highlights[0]!, quote: { type: 'TextQuoteSelector', exact: '# [click](javascript:x) *bold*', prefix: '', suffix: '' } }] }] },
      { fullText: false },
    );
    expect(markdown).toContain('> \\# \\[click\\](javascript:x) \\*bold\\*');
  });

  it('uses the names the user gave the colours', () => {
    expect(briefingToMarkdown(document, { fullText: false, labels: { yellow: 'Evidence' } })).toContain('> — *Evidence* (yellow)');
  });

  it('adds each article’s full text only when asked, images kept as their description', () => {
    expect(briefingToMarkdown(document, { fullText: false })).not.toContain('### Full text');
    const full = briefingToMarkdown(document, { fullText: true });
    expect(full).toContain('### Full text\n\nThe port authority said waiting times fell from nine days to four in February.');
    expect(full).toContain('*[Image: The quay at dawn]*');
    expect(full).not.toContain('library-assets');
  });
});

function parse(html: string) {
  return new JSDOM(html).window.document;
}

describe('HTML export', () => {
  const html = () => briefingToHtml(document, { readAsset: libraryAssetReader(fixture.library.files.assetsDir) });

  it('is one document with a strict Content-Security-Policy and no script', () => {
    const page = parse(html());
    expect(page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(HTML_EXPORT_CSP);
    expect(HTML_EXPORT_CSP).toBe("default-src 'none'; img-src data:; style-src 'unsafe-inline'");
    expect(page.querySelectorAll('script, link, iframe, object, embed, base')).toHaveLength(0);
    expect([...page.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')))).toEqual([]);
  });

  it('inlines the cached images as data: URIs, byte for byte', () => {
    const images = [...parse(html()).querySelectorAll('img')];
    expect(images).toHaveLength(1);
    const src = images[0]!.getAttribute('src')!;
    expect(src.startsWith('data:image/png;base64,')).toBe(true);
    expect(Buffer.from(src.slice('data:image/png;base64,'.length), 'base64').equals(QUAY_PNG)).toBe(true);
  });

  it('paints highlights as marks in their colours, overlapping ones drawn in parts, with note numbers', () => {
    const page = parse(html());
    const first = page.querySelector('#article-1 .body')!;
    const marks = [...first.querySelectorAll('mark')].map((m) => [m.className, m.textContent]);
    expect(marks).toEqual([
      ['hl hl-blue', 'nine days to four'],
      ['hl hl-yellow', 'moved customs '],
      ['hl hl-green', 'inspections inland'],
      ['hl hl-green', '. Agents asked'],
    ]);
    expect([...first.querySelectorAll('sup.note-ref')].map((s) => s.textContent)).toEqual(['1', '2']);
    // The text itself is unchanged by the painting.
    expect(first.textContent.replace(/\d(?=\s|\.|$)/g, '')).toContain('moved customs inspections inland. Agents asked');
  });

  it('lists notes after the article, Markdown rendered and sanitized', () => {
    const notes = parse(html()).querySelector('#article-1 ol.notes')!;
    expect(notes.querySelectorAll('li')).toHaveLength(2);
    expect(notes.innerHTML).toContain('<strong>main</strong>');
    expect(notes.innerHTML).toContain('&lt;b&gt;now&lt;/b&gt;');
    expect(notes.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('shows the marking as a TLP badge, the key judgments, the orphaned highlight and the sources', () => {
    const page = parse(html());
    expect(page.querySelector('.tlp')?.textContent).toBe('TLP:AMBER');
    expect(page.querySelector('.judgments strong')?.textContent).toBe('shorter');
    expect(page.querySelector('#article-1 .orphans')?.textContent).toContain('a sentence the site later removed');
    expect(page.querySelectorAll('footer.sources li')).toHaveLength(3);
    expect(page.querySelector('#article-2 .body')?.getAttribute('dir')).toBe('rtl');
    expect(page.querySelector('title')?.textContent).toBe('Grain corridor: week 10');
    expect(page.querySelector('#article-1 h2')?.textContent).toBe('1. Ports clear the backlog <fast>');
  });

  it.each([
    ['a script', '<p>Text</p><script>alert(1)</script>', 'script'],
    ['an event handler', '<p onclick="alert(1)">Text</p>', '[onclick]'],
    ['a remote image', '<p>Text</p><img src="https://tracker.example/pixel.png">', 'img'],
    ['a javascript: link', '<p><a href="javascript:alert(1)">Text</a></p>', 'a[href]'],
    ['an iframe', '<p>Text</p><iframe src="https://example.test"></iframe>', 'iframe'],
    ['a style sheet link', '<p>Text</p><link rel="stylesheet" href="https://example.test/x.css">', 'link'],
  ])('drops %s from an article, whatever the library holds', (_what, articleHtml, selector) => {
    const entry = document.articles[2]!;
    const tampered = { ...document, articles: [{ ...entry, highlights: [], article: { ...entry.article, html: articleHtml } }] };
    const page = parse(briefingToHtml(tampered, { readAsset: () => null }));
    expect(page.querySelector(`#article-1 .body ${selector}`)).toBeNull();
    expect(page.querySelector('#article-1 .body')?.textContent).toContain('Text');
  });
});

describe('Web Annotation export', () => {
  it('is an AnnotationCollection in the W3C JSON-LD context with one page of every highlight and note', () => {
    const collection = briefingToAnnotations(document);
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.label).toBe('Grain corridor: week 10');
    expect(collection.first.type).toBe('AnnotationPage');
    // Six highlights and one article note.
    expect(collection.total).toBe(7);
    expect(collection.first.items).toHaveLength(7);
    expect(collection.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('targets each highlight with a quote and a position selector over the article text', () => {
    const items = briefingToAnnotations(document).first.items;
    const inspections = items.find((a) => 'selector' in a.target && a.target.selector[0].exact === 'moved customs inspections inland')!;
    const portsText = document.articles[0]!.article.text;
    const target = inspections.target as Extract<typeof inspections.target, { selector: unknown }>;
    expect(target.source).toBe(document.articles[0]!.article.url);
    expect(target.selector[0].type).toBe('TextQuoteSelector');
    expect(target.selector[1]).toEqual({ type: 'TextPositionSelector', start: portsText.indexOf('moved customs'), end: portsText.indexOf('moved customs') + 32 });
    expect(portsText.slice(target.selector[1].start, target.selector[1].end)).toBe(target.selector[0].exact);
    expect(target.styleClass).toBe('highlight-yellow');
    expect(inspections.stylesheet?.value).toContain('.highlight-yellow { background-color: #fff0a8; }');
  });

  it.each([
    ['a highlight with a note: commenting, the note a Markdown body', 'moved customs inspections inland', 'commenting', ['commenting', 'tagging'], NOW],
    ['a highlight without a note: highlighting, its colour meaning a tag', 'inspections inland. Agents asked', 'highlighting', ['tagging'], '2026-03-10T10:00:00.000Z'],
  ])('%s', (_what, exact, motivation, purposes, created) => {
    const annotation = briefingToAnnotations(document).first.items.find((a) => 'selector' in a.target && a.target.selector[0].exact === exact)!;
    expect(annotation.motivation).toBe(motivation);
    expect(annotation.body?.map((b) => b.purpose)).toEqual(purposes);
    expect(annotation.created).toBe(created);
    expect(annotation.modified).toBe(created);
  });

  it('names an article without an address by the hash of its text, and exports its note as a comment on it', () => {
    const items = briefingToAnnotations(document).first.items;
    const pasted = document.articles[2]!.article;
    expect(items.some((a) => a.target.source === `urn:sha256:${pasted.contentHash}`)).toBe(true);
    const note = items.find((a) => !('selector' in a.target))!;
    expect(note.body?.[0]).toEqual({ type: 'TextualBody', value: 'Reliable source; *figures* from the authority.', format: 'text/markdown', purpose: 'commenting' });
  });

  it('gives the same ids every time, different for different things', () => {
    const once = briefingToAnnotations(document).first.items.map((a) => a.id);
    const again = briefingToAnnotations(document).first.items.map((a) => a.id);
    expect(again).toEqual(once);
    expect(new Set(once).size).toBe(once.length);
    expect(stableUuid('a', 1)).not.toBe(stableUuid('a', 2));
  });
});
