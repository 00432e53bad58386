/**
 * Pastes that carry a browser's copy of a page. The fragments in
 * tests/fixtures/pasted-pages are what Chromium put on the clipboard after
 * select-all and copy on our own invented pages: five site styles, five
 * languages (expected.json says what each must come out as).
 */
import { describe, expect, it } from 'vitest';
import { benchPastedPages, readPaste, readPastedPages, scorePaste } from '../../../bench/pasted-pages.ts';
import { extractDocument } from '../../../electron/import/document.ts';
import { importBatchSchema, MAX_IMPORT_BYTES } from '../../../shared/import.ts';

const PAGES = readPastedPages();
const page = (name: string) => PAGES.find((candidate) => candidate.name === name)!;

/** Furniture the page-structure reading still keeps, one line each, as measured (bench/pasted-pages.ts). */
const FURNITURE_LEFT: Record<string, string[]> = { 'magazine-de': ['Jeden Freitag'] };

describe('a paste that carries a browser’s copy of the page', () => {
  it.each(PAGES)('$name ($lang): the headline, the author and the whole story, without the page around it', (expected) => {
    const article = readPaste(expected.text, expected.html);
    const score = scorePaste(expected, article);
    expect(article.title).toBe(expected.title);
    expect(article.byline).toBe(expected.byline);
    expect(article.lang).toBe(expected.lang);
    expect(score.storyKept).toBe(score.storyTotal);
    expect(score.furnitureKept).toEqual(FURNITURE_LEFT[expected.name] ?? []);
    // Read as a page: its elements kept, not rebuilt from lines.
    expect(article.html).toMatch(/^<(?:p|figure|div)/);
  });

  it('keeps a figure’s image and caption, with the absolute address the browser wrote', () => {
    const article = readPaste(page('news-en').text, page('news-en').html);
    expect(article.images).toEqual(['https://img.coastal-ledger.example/valdmar-quay.jpg']);
    expect(article.html).toContain('<figcaption>');
  });

  it('keeps the story’s subheadings, list and quote as such', () => {
    const article = readPaste(page('report-en').text, page('report-en').html);
    expect(article.html.match(/<h2/g)).toHaveLength(3);
    expect(article.html.match(/<li/g)).toHaveLength(3);
    expect(article.html).toContain('<blockquote>');
  });

  it('reads the same copy without its structure with the plain-text cleaner, as before', () => {
    const article = readPaste(page('news-en').text, null);
    expect(article.title).toBe('Port of Valdmar clears backlog as inland desk opens');
    expect(article.images).toEqual([]);
  });
});

/**
 * The second part (14 browser copies in new site styles and 8 languages,
 * tests/fixtures/pasted-pages-second), written blind to the reader: on arrival,
 * read with its page structure, 4 clean, every title right, 8 bylines right,
 * 0.988 of the story kept, 35 furniture phrases kept. Dropping from the page the
 * lines the plain-text cleaner leaves out (but not headings, list items or table
 * cells) was chosen while looking at it: 25 phrases kept, the rest unchanged.
 * Since the plain-text cleaner finds the right headline of ngo-es, the long
 * "Fecha de corte: …" field line under it stays as a standfirst: 26.
 * Held as a floor; the part is no longer blind.
 */
const MEASURED_SECOND = { clean: 4, titlesRight: 14, bylinesRight: 8, storyRecall: 0.98, furnitureKeptAtMost: 26 };

describe('the second part of browser copies', () => {
  it('does not fall below what was measured on it, read with its page structure', () => {
    const [byStructure] = benchPastedPages('second').summaries;
    expect(byStructure!.readAs).toBe('page structure');
    expect(byStructure!.pages).toBe(14);
    expect(byStructure!.clean).toBeGreaterThanOrEqual(MEASURED_SECOND.clean);
    expect(byStructure!.titlesRight).toBeGreaterThanOrEqual(MEASURED_SECOND.titlesRight);
    expect(byStructure!.bylinesRight).toBeGreaterThanOrEqual(MEASURED_SECOND.bylinesRight);
    expect(byStructure!.storyRecall).toBeGreaterThanOrEqual(MEASURED_SECOND.storyRecall);
    expect(byStructure!.furnitureKept).toBeLessThanOrEqual(MEASURED_SECOND.furnitureKeptAtMost);
  });

  it('drops the lines the plain-text cleaner leaves out, but keeps a list the cleaner would take for a menu', () => {
    const report = readPastedPages('second').find((page) => page.name === 'ngo-es')!;
    const article = readPaste(report.text, report.html);
    expect(article.title).toBe(report.title);
    expect(article.html.match(/<li/g)).toHaveLength(2);
    const newsletter = readPastedPages('second').find((page) => page.name === 'govpress-de')!;
    expect(readPaste(newsletter.text, newsletter.html).text).not.toContain('Pressemitteilung Nr. 187/2026');
  });
});

const STORY = Array.from(
  { length: 6 },
  (_, i) => `Paragraph ${i + 1}: the harbour office said ships queued for fewer days after the inspection desk moved inland this spring.`,
);
const plainCopy = ['Harbour desk moves inland', '', ...STORY.flatMap((line) => [line, ''])].join('\n');

describe('structure that does not read as the story falls back to the plain-text cleaner', () => {
  const read = (pastedHtml: string) => extractDocument({ kind: 'text', source: plainCopy, baseUrl: null, label: 'pasted text', pastedHtml });
  const plain = extractDocument({ kind: 'text', source: plainCopy, baseUrl: null, label: 'pasted text' });

  it('a word processor’s copy: styled paragraphs, no heading', () => {
    const html = `<html><body>${['Harbour desk moves inland', ...STORY].map((line) => `<p class="MsoNormal"><span style="font-size:11pt">${line}</span></p>`).join('')}</body></html>`;
    expect(read(html)).toEqual(plain);
  });

  it('a copy whose HTML holds far more text than the person saw (a viewer that copies the whole document)', () => {
    const unseen = Array.from({ length: 30 }, (_, i) => `<p>Appendix ${i + 1}: tonnage tables for every berth, quay and crane, listed by month and by shipping line.</p>`);
    expect(read(`<h1>Harbour desk moves inland</h1>${STORY.map((line) => `<p>${line}</p>`).join('')}${unseen.join('')}`)).toEqual(plain);
  });

  it('HTML with no story in it at all', () => {
    expect(read('<ul><li><a href="https://a.example/">Home</a></li></ul>')).toEqual(plain);
  });
});

describe('the copied structure is untrusted', () => {
  it('goes through the sanitizer: no scripts, handlers or relative addresses survive', () => {
    const html = `<h1>Harbour desk moves inland</h1><script>window.stolen = 1</script>${STORY.map(
      (line, i) => `<p onclick="steal()">${line} <a href="/relative/${i}">more</a> <a href="javascript:steal()">x</a></p>`,
    ).join('')}<img src="/images/relative.png" onerror="steal()" width="300" height="200"><iframe src="https://evil.example/"></iframe>`;
    const article = extractDocument({ kind: 'text', source: plainCopy, baseUrl: null, label: 'pasted text', pastedHtml: html });
    expect(article.title).toBe('Harbour desk moves inland');
    expect(article.html).not.toMatch(/script|onclick|onerror|javascript:|iframe|relative/i);
    expect(article.images.every((image) => image === '')).toBe(true);
  });

  it('is refused by the contract over the import size limit, saying so', () => {
    const parsed = importBatchSchema.safeParse({
      batchId: 'paste-1234',
      items: [{ kind: 'text', text: plainCopy, html: 'x'.repeat(MAX_IMPORT_BYTES + 1) }],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/copied page structure .* longer than 15 MB/);
  });
});
