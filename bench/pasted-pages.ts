/**
 * Pasting a browser's copy of a page: the copy read with its page structure
 * (text/html) against the same copy's plain text read by the text-dump
 * cleaner, over the browser copies in tests/fixtures/pasted-pages (see its
 * expected.json). `node bench/pasted-pages.ts` prints the table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocument, type ExtractedDocument } from '../electron/import/document.ts';

export const PASTED_PAGES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'pasted-pages');

/** One page's expectations, as expected.json writes them. */
export interface PastedPage {
  name: string;
  style: string;
  title: string;
  byline: string | null;
  lang: string;
  /** The opening words of every story paragraph, in order. */
  story: string[];
  /** Text that must not be in the article. */
  furniture: string[];
}

/** The pages and what a browser put on the clipboard for each. */
export function readPastedPages(): Array<PastedPage & { html: string; text: string }> {
  const { pages } = JSON.parse(fs.readFileSync(path.join(PASTED_PAGES_DIR, 'expected.json'), 'utf8')) as { pages: PastedPage[] };
  const read = (file: string) => fs.readFileSync(path.join(PASTED_PAGES_DIR, file), 'utf8');
  return pages.map((page) => ({ ...page, html: read(`${page.name}.clipboard.html`), text: read(`${page.name}.clipboard.txt`) }));
}

/** Reads a paste as the import does: with its page structure, or (null) as plain text alone. */
export function readPaste(text: string, html: string | null): ExtractedDocument {
  return extractDocument({ kind: 'text', source: text, baseUrl: null, label: 'pasted text', ...(html !== null ? { pastedHtml: html } : {}) });
}

export interface PasteScore {
  titleRight: boolean;
  bylineRight: boolean;
  storyKept: number;
  storyTotal: number;
  /** The furniture phrases left in the article. */
  furnitureKept: string[];
  /** Subheadings, list items, quotes and images the article keeps as such. */
  structure: number;
}

/** How an article read from a paste measures against the page's expectations. */
export function scorePaste(page: PastedPage, article: ExtractedDocument): PasteScore {
  return {
    titleRight: article.title === page.title,
    bylineRight: article.byline === page.byline,
    storyKept: page.story.filter((opening) => article.text.includes(opening)).length,
    storyTotal: page.story.length,
    furnitureKept: page.furniture.filter((phrase) => article.text.includes(phrase)),
    structure: article.html.match(/<(?:h[2-4]|li|blockquote|img)\b/g)?.length ?? 0,
  };
}

function formatTable(): string {
  const rows = [['page', 'read as', 'title', 'byline', 'story kept', 'furniture kept', 'structure']];
  for (const page of readPastedPages()) {
    for (const [label, html] of [['page structure', page.html], ['plain text', null]] as const) {
      const score = scorePaste(page, readPaste(page.text, html));
      rows.push([
        page.name,
        label,
        score.titleRight ? 'right' : 'wrong',
        score.bylineRight ? 'right' : 'wrong',
        `${score.storyKept}/${score.storyTotal}`,
        score.furnitureKept.length === 0 ? '0' : `${score.furnitureKept.length} (${score.furnitureKept.join('; ')})`,
        String(score.structure),
      ]);
    }
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ')).join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(`\n${formatTable()}\n`);
