// @vitest-environment jsdom
/**
 * Every payload of our XSS corpus through both sanitizers, without
 * Readability in front: the import sanitizer (main) and the one the reader
 * runs before it shows an article (renderer). Whatever comes out is inert,
 * and sanitizing it again changes nothing.
 */
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { sanitizeHtmlString } from '../../../electron/import/sanitize.ts';
import { sanitizeArticleHtml } from '../../../renderer/reader/article-html.ts';
import { FORBIDDEN_TAGS } from '../../../shared/sanitize-policy.ts';
import { XSS_CATEGORIES, XSS_PAYLOADS } from '../../fixtures/xss/payloads.ts';
import { activeContentIn } from '../../helpers/inert-html.ts';
import { payloadHtml } from '../../helpers/xss.ts';

const mainDom = new JSDOM('<!doctype html><body></body>', { url: 'about:blank' });
afterAll(() => mainDom.window.close());
const mainWindow = mainDom.window as unknown as Window & typeof globalThis;

const sanitizeOnImport = (html: string) => sanitizeHtmlString(mainWindow, html, 'https://news.example/audit/2026').root.innerHTML;

const cases = XSS_PAYLOADS.map((payload) => [payload.category, payload.id, payloadHtml(payload)] as const);

describe('the XSS corpus', () => {
  it('has at least 100 payloads, every category of the issue, unique ids', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(XSS_PAYLOADS.map((payload) => payload.category))).toEqual(new Set(XSS_CATEGORIES));
    expect(new Set(XSS_PAYLOADS.map((payload) => payload.id)).size).toBe(XSS_PAYLOADS.length);
  });
});

describe.each([
  ['on import (main)', sanitizeOnImport, 'http'],
  ['before reading (renderer)', sanitizeArticleHtml, 'library-assets'],
] as const)('sanitizing %s', (_where, sanitize, images) => {
  it.each(cases)('leaves nothing active of %s payload %s', (_category, _id, html) => {
    const clean = sanitize(html);
    expect(activeContentIn(clean, images)).toEqual([]);
    for (const tag of FORBIDDEN_TAGS) expect(clean).not.toMatch(new RegExp(`<${tag}[\\s>/]`, 'i'));
  });

  it.each(cases)('gives the same answer twice for %s payload %s', (_category, _id, html) => {
    const once = sanitize(html);
    expect(sanitize(once)).toBe(once);
  });
});

describe('an element made with is="…"', () => {
  it('is saved as a plain element with its text: serializing would write its name back, and the reader would drop it', () => {
    expect(sanitizeOnImport('<p is="news-ticker" title="t">Markets opened higher.</p>')).toBe('<p title="t">Markets opened higher.</p>');
  });
});

describe('what the reader keeps of an ordinary link', () => {
  it('keeps a web link with rel="noopener noreferrer" and drops its handlers and target', () => {
    const clean = sanitizeArticleHtml('<a href="https://example.org/report" target="_blank" onclick="x()">the report</a>');
    expect(clean).toBe('<a href="https://example.org/report" rel="noopener noreferrer">the report</a>');
  });
});
