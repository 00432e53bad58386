/**
 * The annotated PDF, printed as the preview and the CLI print it (headless
 * Chromium, page.pdf), then read back with poppler: what an analyst's
 * colleague would see and search.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type Preview } from '../../electron/bridge/preview.ts';
import { destinationPages } from '../../electron/export/pdf/destinations.ts';
import { insertArticle } from '../../electron/library/articles.ts';
import { addToBriefing } from '../../electron/library/briefings.ts';
import type { CallArgs, CallName, CallValue } from '../../shared/contract.ts';
import type { PdfOptions } from '../../shared/export.ts';
import type { HighlightColor } from '../../shared/highlights.ts';
import { makeArticle } from '../helpers/articles.ts';
import { FIXTURES } from '../helpers/importer.ts';
import { solidPng } from '../helpers/png.ts';
import { startSite } from '../helpers/site.ts';

const TITLE = 'Sample briefing: northern corridor';

/** A long report of our own, so that articles run over several pages. */
const LONG_REPORT = Array.from(
  { length: 28 },
  (_, i) =>
    `Section ${i + 1} of the corridor review. Inspectors at the inland depots logged ${120 + i * 7} containers on the day, ` +
    'and agents reported that trucks waited less than an hour at the gates. The review notes that the figures come from ' +
    'the authority itself and have not been checked by an outside auditor, which limits how far they can be trusted. ' +
    'Ship operators interviewed for the review described the new rules as workable but warned that staffing at the depots ' +
    'remains thin during night shifts and on public holidays.',
);

interface Annotation {
  title: string;
  quote: string;
  color: HighlightColor;
  note: string;
}

const ANNOTATIONS: Annotation[] = [
  { title: 'Northern corridor ports', quote: 'fell from nine days to four', color: 'yellow', note: 'Halved in **one month**: compare with last February.' },
  { title: 'Northern corridor ports', quote: 'moved customs inspections from the quay to inland depots', color: 'green', note: 'The mechanism the authority claims.' },
  { title: 'Northern corridor ports', quote: 'February is traditionally a quiet month', color: 'pink', note: 'Seasonality caveat from the adviser.' },
  { title: 'Harbour authority doubles', quote: 'double its night shifts from next week', color: 'blue', note: 'Who pays for the extra shifts?' },
  { title: 'Harbour authority doubles', quote: 'Thirty-one bulk carriers were anchored outside the breakwater', color: 'purple', note: 'Count again from the harbour camera on Friday.' },
  { title: 'Corridor review', quote: 'have not been checked by an outside auditor', color: 'blue', note: 'Unverified source: treat as indicative only.' },
  { title: 'Corridor review', quote: 'logged 127 containers on the day', color: 'yellow', note: 'Depot throughput, day two.' },
  { title: 'Corridor review', quote: 'logged 309 containers on the day', color: 'green', note: 'Throughput near the end of the review period.' },
];
const ARTICLE_NOTE = 'Primary source for the queue figures; the authority publishes them weekly.';

let preview: Preview;
let briefingId: number;
let articleTitles: string[];
// One library and its PDFs for the whole file (tempDir's folders vanish after each test).
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-export-'));

async function call<K extends CallName>(name: K, args: CallArgs<K>): Promise<CallValue<K>> {
  const result = await preview.backend.dispatch(name, args);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as CallValue<K>;
}

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8' });
}

/** Prints with the preview's headless printer; returns the file and its stages. */
async function print(name: string, options: PdfOptions): Promise<{ file: string; stages: string[] }> {
  const stages: string[] = [];
  const pdf = await preview.printPdf({ briefingId, options }, ({ stage }) => stages.push(stage));
  const file = path.join(out, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  return { file, stages };
}

/** pdftotext's pages ("\f" between them), white space and line-end hyphenation undone. */
function pagesOf(file: string, layout: boolean): string[] {
  const text = run('pdftotext', [...(layout ? ['-layout'] : []), file, '-']);
  return text.split('\f').slice(0, -1);
}

function flat(text: string): string {
  return text.replace(/(\w)-\n\s*(\w)/g, '$1$2').replace(/\s+/g, ' ');
}

/** Each needle's position in the haystack, in order; -1 for one not found after the previous. */
function positionsInOrder(haystack: string, needles: readonly string[]): number[] {
  let from = 0;
  return needles.map((needle) => {
    const at = haystack.indexOf(needle, from);
    if (at >= 0) from = at + needle.length;
    return at;
  });
}

function pdfinfo(file: string): Record<string, string> {
  return Object.fromEntries(
    run('pdfinfo', [file])
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .flatMap((match) => (match ? [[match[1]!, match[2]!.trim()]] : [])),
  );
}

const files: Record<string, { file: string; stages: string[] }> = {};

beforeAll(async () => {
  const dataDir = path.join(out, 'data');
  preview = await startPreview({ libraryDir: path.join(dataDir, 'library'), dataDir });
  const [sample] = await call('listBriefings', {});
  briefingId = sample!.id;
  await call('updateBriefing', { id: briefingId, marking: 'AMBER', author: 'R. Analyst' });

  // An imported page of our own, with its images cached, and a long report.
  const site = await startSite({
    '/news/harbour': { body: fs.readFileSync(path.join(FIXTURES, 'pages/harbour-report.html')) },
    '/images/quay.png': { type: 'image/png', body: solidPng(80, 45, [40, 90, 140]) },
    '/images/chart.png': { type: 'image/png', body: solidPng(64, 32, [200, 120, 30]) },
  });
  const imported = await call('importBatch', { batchId: 'pdf-test', items: [{ kind: 'url', url: site.url('/news/harbour') }], briefingId });
  expect(imported.map((outcome) => outcome.status)).toEqual(['saved']);
  preview.backend.library.transaction((db) => {
    const id = insertArticle(db, makeArticle({ title: 'Corridor review: depot throughput in the first month', siteName: 'Review Desk', paragraphs: LONG_REPORT }));
    addToBriefing(db, briefingId, id, new Date().toISOString());
  });

  const briefing = await call('getBriefing', { id: briefingId });
  articleTitles = briefing.articles.map((article) => article.title);
  for (const annotation of ANNOTATIONS) {
    const summary = briefing.articles.find((article) => article.title.startsWith(annotation.title))!;
    const { text } = await call('getArticle', { id: summary.id });
    const start = text.indexOf(annotation.quote);
    expect(start, annotation.quote).toBeGreaterThanOrEqual(0);
    await call('createHighlight', { articleId: summary.id, start, end: start + annotation.quote.length, color: annotation.color, note: annotation.note });
  }
  await call('saveArticleNote', { articleId: briefing.articles[0]!.id, body: ARTICLE_NOTE });

  files.margin = await print('margin-a4', { content: 'full', paper: 'a4', notes: 'margin', timeline: false });
  files.endnotes = await print('endnotes-letter', { content: 'full', paper: 'letter', notes: 'endnotes', timeline: false });
  files.digest = await print('digest-a4', { content: 'digest', paper: 'a4', notes: 'margin', timeline: false });
});

afterAll(async () => {
  await preview?.close();
  if (!process.env.KEEP_PDF) fs.rmSync(out, { recursive: true, force: true });
});

describe('the PDF of a briefing', () => {
  it.each(['margin', 'endnotes', 'digest'])('(%s) carries the marking, the title and "Page X of Y" on every page', (name) => {
    const pages = pagesOf(files[name]!.file, true);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(Number(pdfinfo(files[name]!.file).Pages)).toBe(pages.length);
    pages.forEach((page, index) => {
      expect(page.match(/TLP:AMBER/g)?.length, `page ${index + 1}`).toBeGreaterThanOrEqual(2);
      expect(page, `page ${index + 1}`).toContain(TITLE);
      expect(page, `page ${index + 1}`).toMatch(new RegExp(`Page ${index + 1} of ${pages.length}\\b`));
    });
  });

  it.each(['margin', 'endnotes', 'digest'])('(%s) lists every article in the contents with the page it starts on', (name) => {
    const pages = pagesOf(files[name]!.file, true);
    const contentsPage = pages.findIndex((page) => /^\s*Contents\s*$/m.test(page));
    expect(contentsPage).toBe(1);
    const lines = pages[contentsPage]!.split('\n');
    for (const title of [...articleTitles, 'Sources']) {
      const start = title.slice(0, 30);
      const line = lines.find((candidate) => candidate.includes(start));
      expect(line, title).toBeDefined();
      const printed = Number(/\s(\d+)\s*$/.exec(line!)?.[1]);
      const heading = title === 'Sources' ? /^\s*Sources\s*$/m : null;
      const landed =
        pages.findIndex((page, index) => index > contentsPage && (heading ? heading.test(page) : flat(page).includes(flat(title).slice(0, 40)))) + 1;
      expect(printed, title).toBe(landed);
      // The printer's own check reads the same pages from the PDF's named destinations.
      const target = title === 'Sources' ? 'sources' : `article-${articleTitles.indexOf(title) + 1}`;
      expect(destinationPages(fs.readFileSync(files[name]!.file)).get(target), title).toBe(landed);
    }
  });

  it('shows the cover: marking, title, author, date, key judgments and what the marking means', () => {
    const cover = flat(pagesOf(files.margin!.file, false)[0]!);
    expect(cover).toMatch(/TLP:AMBER.*Sample briefing: northern corridor.*R\. Analyst/);
    expect(cover).toContain('Key judgments'.toUpperCase());
    expect(cover).toContain('Port queues on the northern corridor have roughly halved');
    expect(cover).toContain('only spread this on a need-to-know basis');
  });

  it('prints every highlight’s text and every note in reading order, notes in the margin', () => {
    const text = flat(pagesOf(files.margin!.file, false).join('\n'));
    expect(positionsInOrder(text, ANNOTATIONS.map((a) => a.quote))).not.toContain(-1);
    expect(positionsInOrder(text, ANNOTATIONS.map((a) => a.note.replaceAll('**', '')))).not.toContain(-1);
    expect(text).toContain(ARTICLE_NOTE);
    expect(text).toContain('Cranes over the eastern quay at dusk.');
    // The imported page's two images, printed from the library's cache.
    const images = run('pdfimages', ['-list', files.margin!.file]).trim().split('\n').slice(2);
    expect(images.length).toBeGreaterThanOrEqual(2);
    // In the margin, the notes stand beside their lines: no "Notes" section after the articles.
    expect(pagesOf(files.margin!.file, true).some((page) => /^\s*NOTES\s*$/m.test(page))).toBe(false);
  });

  it('prints the notes as numbered endnotes after each article when asked', () => {
    const text = flat(pagesOf(files.endnotes!.file, false).join('\n'));
    expect(positionsInOrder(text, ANNOTATIONS.map((a) => a.quote))).not.toContain(-1);
    // Each article's notes follow its text, numbered from 1: the first article's three, then the others'.
    const order = positionsInOrder(text, [
      ANNOTATIONS[2]!.quote,
      'NOTES',
      `1 ${'Key fact'.toUpperCase()} “${ANNOTATIONS[0]!.quote}” ${ANNOTATIONS[0]!.note.replaceAll('**', '')}`,
      `3 ${'Quote'.toUpperCase()} “${ANNOTATIONS[2]!.quote}” ${ANNOTATIONS[2]!.note}`,
      ANNOTATIONS[3]!.quote,
      'NOTES',
      `1 ${'Question'.toUpperCase()} “${ANNOTATIONS[3]!.quote}”`,
    ]);
    expect(order).not.toContain(-1);
  });

  it('prints a digest: each highlight quoted with its note and source, without the articles’ other text', () => {
    const text = flat(pagesOf(files.digest!.file, false).join('\n'));
    for (const annotation of ANNOTATIONS) {
      expect(text).toContain(`“${annotation.quote}”`);
      expect(text).toContain(annotation.note.replaceAll('**', ''));
    }
    expect(positionsInOrder(text, ANNOTATIONS.map((a) => a.quote))).not.toContain(-1);
    expect(text).toMatch(/— The Coastal Ledger · Harbour authority doubles night shifts/);
    expect(text).not.toContain('Shipping agents said the change had been requested');
  });

  it('ends with the sources, one citation per article, and then the entity index', () => {
    const text = flat(pagesOf(files.margin!.file, false).join('\n'));
    const entityIndex = text.lastIndexOf('Entity index');
    const sources = text.slice(text.lastIndexOf('Sources', entityIndex), entityIndex);
    expect(sources).toMatch(/^Sources/);
    expect(text.slice(entityIndex)).not.toContain('Saved');
    for (const title of articleTitles) expect(sources).toContain(`“${title}.”`);
    expect(sources).toMatch(/Mira Castell\. “Harbour authority doubles night shifts as grain backlog grows\.” The Coastal Ledger, .*http:\/\/127\.0\.0\.1:\d+\/news\/harbour Saved/);
  });

  it('is A4 or Letter as asked', () => {
    expect(pdfinfo(files.margin!.file)['Page size']).toMatch(/\(A4\)/);
    expect(pdfinfo(files.endnotes!.file)['Page size']).toMatch(/\(letter\)/);
  });

  it('is a tagged PDF with a document outline of the articles', () => {
    const file = files.margin!.file;
    expect(pdfinfo(file).Tagged).toBe('yes');
    const raw = fs.readFileSync(file).toString('latin1');
    expect(raw).toMatch(/\/Type \/Outlines/);
    const outline = [...raw.matchAll(/<<\/Title \(([^)]*)\)\n\/Dest/g)].map((match) => match[1]);
    expect(outline).toEqual(expect.arrayContaining(['Contents', ...articleTitles, 'Sources']));
  });

  it('embeds only the fonts the app ships, and its text stays text', () => {
    for (const { file } of Object.values(files)) {
      const fonts = run('pdffonts', [file])
        .split('\n')
        .slice(2)
        .filter((line) => line.trim() !== '')
        .map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) expect(font).toMatch(/^(SourceSerif4|SourceSans3|NotoNaskhArabic|NotoSansHebrew)/);
    }
  });

  it('reports its progress in stages', () => {
    expect(files.margin!.stages.slice(0, 3)).toEqual(['Loading articles…', 'Laying out pages…', 'Printing…']);
  });
});
