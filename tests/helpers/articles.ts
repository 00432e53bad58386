/** Articles written for the tests, built the way import will build them. */
import { createHash } from 'node:crypto';
import type { NewArticle } from '../../electron/library/articles.ts';
import { countWords, paragraphsToArticle } from '../../shared/text.ts';

let serial = 0;

export function makeArticle(overrides: Partial<NewArticle> & { paragraphs?: string[] } = {}): NewArticle {
  serial += 1;
  const { paragraphs = [`Test paragraph number ${serial} about harbour logistics.`], ...fields } = overrides;
  const { html, text } = paragraphsToArticle(paragraphs);
  return {
    url: `https://example.test/articles/${serial}`,
    canonicalUrl: `https://example.test/articles/${serial}`,
    title: `Test article ${serial}`,
    byline: 'Test Desk',
    siteName: 'Example Test',
    publishedAt: '2026-01-01T00:00:00.000Z',
    savedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, serial)).toISOString(),
    lang: 'en',
    dir: 'ltr',
    excerpt: null,
    html,
    text,
    wordCount: countWords(text),
    contentHash: createHash('sha256').update(`${text}#${serial}`).digest('hex'),
    ...fields,
  };
}
