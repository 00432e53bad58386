import { describe, expect, it } from 'vitest';
import { destinationPages } from '../../../electron/export/pdf/destinations.ts';
import { misnumbered } from '../../../electron/export/pdf/print-job.ts';
import { pdfWithDestinations } from '../../helpers/pdf.ts';

describe('reading where Chromium put each contents target', () => {
  it('names the page of every destination, through a page tree of several nodes', () => {
    const pdf = pdfWithDestinations(20, { 'article-1': 3, 'article-2': 9, 'article-3': 17, sources: 20 }, { perPagesNode: 8 });
    expect(Object.fromEntries(destinationPages(pdf))).toEqual({ 'article-1': 3, 'article-2': 9, 'article-3': 17, sources: 20 });
  });

  it('finds no destinations in a PDF without links', () => {
    expect(destinationPages(pdfWithDestinations(2, {})).size).toBe(0);
  });

  it('refuses bytes that are not a PDF it can read', () => {
    expect(() => destinationPages(new TextEncoder().encode('not a pdf'))).toThrow(/cross-reference/);
  });
});

describe('checking the printed contents', () => {
  it.each([
    ['all right', { 'article-1': 3, sources: 9 }, { 'article-1': 3, sources: 9 }, {}],
    ['one entry a page early', { 'article-1': 3, 'article-2': 5, sources: 9 }, { 'article-1': 3, 'article-2': 6, sources: 9 }, { 'article-2': 6 }],
    ['a target missing from the PDF is left alone', { 'article-1': 3 }, {}, {}],
  ])('%s', (_label, printed, landed, corrections) => {
    expect(misnumbered(printed, new Map(Object.entries(landed)))).toEqual(corrections);
  });
});
