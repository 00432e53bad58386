/**
 * Pasting a browser's copy of a page: the copy read with its page structure
 * (text/html) against the same copy's plain text read by the text-dump
 * cleaner, over browser copies of invented pages (each folder's expected.json
 * says what each must come out as): `first`, tests/fixtures/pasted-pages, the
 * reader was written with; `second`, tests/fixtures/pasted-pages-second,
 * written blind to the reader and the cleaner, then used to choose how the
 * cleaner's furniture lines apply to the page (see README).
 * `node bench/pasted-pages.ts` prints a table per page, a summary per part and
 * JSON; `npm run bench` prints the summary.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocument, type ExtractedDocument } from '../electron/import/document.ts';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures');
export const PASTED_PAGE_PARTS = { first: path.join(FIXTURES, 'pasted-pages'), second: path.join(FIXTURES, 'pasted-pages-second') } as const;
export type PastedPagePart = keyof typeof PASTED_PAGE_PARTS;

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
export function readPastedPages(part: PastedPagePart = 'first'): Array<PastedPage & { html: string; text: string }> {
  const dir = PASTED_PAGE_PARTS[part];
  const { pages } = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { pages: PastedPage[] };
  const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
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

/** A page comes out clean when its title and author are right, its whole story is kept and no furniture is. */
function isClean(score: PasteScore): boolean {
  return score.titleRight && score.bylineRight && score.storyKept === score.storyTotal && score.furnitureKept.length === 0;
}

export interface PasteSummary {
  part: PastedPagePart;
  readAs: 'page structure' | 'plain text';
  pages: number;
  clean: number;
  titlesRight: number;
  bylinesRight: number;
  /** Story paragraphs kept over all story paragraphs. */
  storyRecall: number;
  furnitureKept: number;
}

/** Every page of a part read both ways: the scores per page and a summary per reading. */
export function benchPastedPages(part: PastedPagePart): { rows: Array<{ page: string; readAs: PasteSummary['readAs']; score: PasteScore }>; summaries: PasteSummary[] } {
  const rows = readPastedPages(part).flatMap((page) =>
    ([['page structure', page.html], ['plain text', null]] as const).map(([readAs, html]) => ({ page: page.name, readAs, score: scorePaste(page, readPaste(page.text, html)) })),
  );
  const summaries = (['page structure', 'plain text'] as const).map((readAs): PasteSummary => {
    const scores = rows.filter((row) => row.readAs === readAs).map((row) => row.score);
    const total = scores.reduce((sum, score) => sum + score.storyTotal, 0);
    return {
      part,
      readAs,
      pages: scores.length,
      clean: scores.filter(isClean).length,
      titlesRight: scores.filter((score) => score.titleRight).length,
      bylinesRight: scores.filter((score) => score.bylineRight).length,
      storyRecall: Number((scores.reduce((sum, score) => sum + score.storyKept, 0) / total).toFixed(3)),
      furnitureKept: scores.reduce((sum, score) => sum + score.furnitureKept.length, 0),
    };
  });
  return { rows, summaries };
}

function columns(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ')).join('\n');
}

/** One line per part and reading: pages clean, titles, bylines, story kept, furniture kept. */
export function formatPasteSummaries(summaries: readonly PasteSummary[]): string {
  return columns([
    ['pasted browser copies', 'read as', 'pages', 'clean', 'title right', 'byline right', 'story kept', 'furniture kept'],
    ...summaries.map((s) => [s.part, s.readAs, String(s.pages), `${s.clean} (${Math.round((100 * s.clean) / s.pages)}%)`, `${s.titlesRight}/${s.pages}`, `${s.bylinesRight}/${s.pages}`, s.storyRecall.toFixed(3), String(s.furnitureKept)]),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = (['first', 'second'] as const).map((part) => ({ part, ...benchPastedPages(part) }));
  const perPage = [['part', 'page', 'read as', 'title', 'byline', 'story kept', 'furniture kept', 'structure']];
  for (const { part, rows } of runs) {
    for (const { page, readAs, score } of rows) {
      const furniture = score.furnitureKept.length === 0 ? '0' : `${score.furnitureKept.length} (${score.furnitureKept.join('; ')})`;
      perPage.push([part, page, readAs, score.titleRight ? 'right' : 'wrong', score.bylineRight ? 'right' : 'wrong', `${score.storyKept}/${score.storyTotal}`, furniture, String(score.structure)]);
    }
  }
  const summaries = runs.flatMap((run) => run.summaries);
  console.log(`\n${columns(perPage)}\n\n${formatPasteSummaries(summaries)}\n`);
  console.log(JSON.stringify({ pastedBrowserCopies: summaries }));
}
