// @vitest-environment jsdom
/**
 * Properties over random input (fast-check, fixed seeds so CI sees the same
 * runs): the sanitizers never throw and are idempotent, on any string and on
 * generated HTML full of broken markup; the text-dump cleaner and the
 * anchoring never throw and never answer out of range.
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { sanitizeHtmlString } from '../../../electron/import/sanitize.ts';
import { sanitizeArticleHtml } from '../../../renderer/reader/article-html.ts';
import { anchor } from '../../../shared/anchoring/anchor.ts';
import { describeRange, selectorsForQuote, type TextSelectors } from '../../../shared/anchoring/selectors.ts';
import { cleanTextDump } from '../../../shared/textdump/clean.ts';
import { activeContentIn } from '../../helpers/inert-html.ts';

const SEED = 20_260_301;
const mainDom = new JSDOM('<!doctype html><body></body>', { url: 'about:blank' });
afterAll(() => mainDom.window.close());
const sanitizeOnImport = (html: string) =>
  sanitizeHtmlString(mainDom.window as unknown as Window & typeof globalThis, html, 'https://news.example/story').root.innerHTML;

const TAGS = [
  'p', 'a', 'img', 'div', 'span', 'b', 'i', 'pre', 'code', 'table', 'tr', 'td', 'ul', 'li', 'h2', 'blockquote', 'figure',
  'script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'select', 'textarea', 'svg', 'math', 'mtext',
  'mglyph', 'foreignObject', 'noscript', 'noembed', 'xmp', 'title', 'template', 'base', 'meta', 'link', 'video', 'x-widget',
];
const ATTRIBUTES = ['href', 'src', 'alt', 'title', 'id', 'name', 'style', 'onerror', 'onclick', 'onload', 'xlink:href', 'srcset', 'data-x', 'dir', 'is'];
const ATTRIBUTE_VALUES = [
  'https://example.org/a', '/library-assets/' + 'ab'.repeat(32) + '.png', '#top', 'javascript:alert(1)', ' JaVa\tScRiPt:x()',
  'data:text/html,<b>', 'data:image/png;base64,AAAA', 'x" onerror="y()', '</style><img src=x onerror=y()>', '&#106;avascript:z', '', 'rtl',
];
const TEXTS = ['Plain words', '&amp;', '&lt;script&gt;', '&#60;img&#62;', '&#x110000;', '&bogus;', '&nbsp;', '\u00a0', '<', '>', '"', "'", '\n', '\u202e', '😀', '\u0000'];
const BROKEN = ['<', '</', '</p>', '<p', '<!--', '-->', '<![CDATA[', ']]>', '<?x', '<a href="', '"', '<//', '<svg><p>', '</math>', '<table><td>'];

/** Random HTML: nested elements with hostile attributes, entities, and fragments of broken markup. */
const htmlArbitrary = fc.letrec<{ node: string; nodes: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...TEXTS),
    fc.constantFrom(...BROKEN),
    fc.string({ maxLength: 12 }),
    fc
      .record({
        tag: fc.constantFrom(...TAGS),
        attributes: fc.array(fc.tuple(fc.constantFrom(...ATTRIBUTES), fc.constantFrom(...ATTRIBUTE_VALUES), fc.constantFrom('"', "'", '')), { maxLength: 3 }),
        children: tie('nodes'),
        closed: fc.boolean(),
      })
      .map(({ tag, attributes, children, closed }) => {
        const attributeText = attributes.map(([name, value, quote]) => ` ${name}=${quote}${value}${quote}`).join('');
        return `<${tag}${attributeText}>${children}${closed ? `</${tag}>` : ''}`;
      }),
  ),
  nodes: fc.array(tie('node'), { maxLength: 4 }).map((nodes) => nodes.join('')),
})).nodes;

const anyText = fc.string({ unit: 'binary', maxLength: 300 });

describe.each([
  ['the import sanitizer (main)', sanitizeOnImport, 'http'],
  ['the reader sanitizer (renderer)', sanitizeArticleHtml, 'library-assets'],
] as const)('%s', (_name, sanitize, images) => {
  it('never throws and is idempotent on any string', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const once = sanitize(input);
        expect(sanitize(once)).toBe(once);
      }),
      { seed: SEED, numRuns: 300 },
    );
  }, 30_000);

  it('never throws, is idempotent and leaves nothing active on generated hostile HTML', () => {
    fc.assert(
      fc.property(htmlArbitrary, (input) => {
        const once = sanitize(input);
        expect(sanitize(once)).toBe(once);
        expect(activeContentIn(once, images)).toEqual([]);
      }),
      { seed: SEED, numRuns: 150 },
    );
  }, 60_000);
});

describe('the text-dump cleaner', () => {
  const lines = fc
    .array(
      fc.oneof(
        anyText,
        fc.constantFrom('By Jane Doe', 'Updated 3 March 2026, 10:15', 'Share on X', 'Advertisement', '© 2026 Example Times', '', '   ', '5 min read', 'Related coverage'),
        fc.lorem({ maxCount: 40 }),
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join('\n'));

  it('never throws, and answers an article with a title and non-empty paragraphs, or a reason', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, lines), fc.option(fc.string({ maxLength: 40 }), { nil: undefined }), (input, fileName) => {
        const result = cleanTextDump(input, fileName === undefined ? {} : { fileName });
        if (!result.ok) {
          expect(result.reason).toMatch(/\S/);
          return;
        }
        const { article } = result;
        expect(article.title).toMatch(/\S/);
        expect(article.paragraphs.length).toBeGreaterThan(0);
        for (const paragraph of article.paragraphs) expect(paragraph).toMatch(/\S/);
        expect(['ltr', 'rtl']).toContain(article.dir);
        if (article.publishedAt !== null) expect(Number.isNaN(Date.parse(article.publishedAt))).toBe(false);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('anchoring', () => {
  const offset = fc.oneof(fc.integer({ min: -50, max: 400 }), fc.constantFrom(0.5, -0.5, Number.NaN, Infinity, -Infinity, 2 ** 53));
  const selectors = fc.record({
    quote: fc.record({ type: fc.constant('TextQuoteSelector' as const), exact: anyText, prefix: fc.string({ maxLength: 40 }), suffix: fc.string({ maxLength: 40 }) }),
    position: fc.record({ type: fc.constant('TextPositionSelector' as const), start: offset, end: offset }),
  });

  const expectInRange = (text: string, result: ReturnType<typeof anchor>) => {
    if (result.status === 'orphaned') return;
    expect(Number.isInteger(result.start) && Number.isInteger(result.end)).toBe(true);
    expect(result.start).toBeGreaterThanOrEqual(0);
    expect(result.end).toBeGreaterThan(result.start);
    expect(result.end).toBeLessThanOrEqual(text.length);
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThanOrEqual(1);
  };

  it('never throws and never answers a range outside the text, whatever the selectors say', () => {
    fc.assert(
      fc.property(anyText, selectors, (text, given: TextSelectors) => expectInRange(text, anchor(text, given))),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('finds a quote taken from the text (possibly elsewhere, never outside it), however the text is edited around it', () => {
    const textAndRange = anyText
      .filter((text) => text.length > 0)
      .chain((text) => fc.tuple(fc.constant(text), fc.integer({ min: 0, max: text.length - 1 })).chain(([t, start]) => fc.tuple(fc.constant(t), fc.constant(start), fc.integer({ min: start + 1, max: t.length }))));
    fc.assert(
      fc.property(textAndRange, anyText, anyText, ([text, start, end], before, after) => {
        const described = describeRange(text, start, end);
        const same = anchor(text, described);
        expect(same).toMatchObject({ status: 'anchored', start, end });
        const edited = before + text + after;
        const moved = anchor(edited, described);
        expectInRange(edited, moved);
        if (moved.status === 'anchored' && moved.method !== 'fuzzy') expect(edited.slice(moved.start, moved.end).length).toBeGreaterThan(0);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('describes a quote or says it is not there, never throws', () => {
    fc.assert(
      fc.property(anyText, anyText, (text, exact) => {
        const found = selectorsForQuote(text, exact);
        if (found !== null) expect(text.slice(found.position.start, found.position.end)).toBe(exact);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
