/**
 * One document in, one clean article out: Readability finds the story in a
 * web page, the text-dump cleaner in a plain-text copy, markdown-it renders a
 * Markdown file; then the same sanitizing and normalizing for all three.
 * A paste that carries a browser's copy of the page is read as a page when
 * that finds the story, else as plain text.
 * Runs in the import worker: one jsdom window, a fresh document per page.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import type { SourceKind } from '../../shared/import.ts';
import { preferPageStructure } from '../../shared/pasted-page.ts';
import { BriefingError } from '../../shared/result.ts';
import { blocksToArticle, countWords } from '../../shared/text.ts';
import { isLoneBylineLabel, joinAuthors, parseByline } from '../../shared/textdump/byline.ts';
import { cleanTextDump, type CleanedDump } from '../../shared/textdump/clean.ts';
import { matchFurniture } from '../../shared/textdump/furniture.ts';
import { caseFolder, countTextWords, guessLanguage } from '../../shared/textdump/lang.ts';
import { imagePlaceholder } from './image-placeholder.ts';
import { normalizeArticleDom } from './normalize.ts';
import { removeClobberingNames, removeTrackingPixels, sanitizeHtmlString, sanitizeInPlace } from './sanitize.ts';

/** Pages with more elements than this are refused rather than allowed to stall the worker. */
export const MAX_ELEMENTS = 60_000;
/** Fewer words than this from a web page is navigation or an index, not an article. */
export const MIN_ARTICLE_WORDS = 30;

export interface DocumentInput {
  kind: SourceKind;
  source: string;
  /** Where the page came from, to resolve relative links; null for local files. */
  baseUrl: string | null;
  /** How to name the input in errors ("page.html", "https://…"). */
  label: string;
  /** Pasted text only: the copy's text/html (a browser's copy of a page carries its structure). Untrusted. */
  pastedHtml?: string;
}

export interface ExtractedDocument {
  title: string;
  byline: string | null;
  bylineBio: string | null;
  siteName: string | null;
  publishedAt: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl';
  excerpt: string | null;
  /** Sanitized reader HTML; images point at placeholders. */
  html: string;
  /** The HTML's text content exactly. */
  text: string;
  wordCount: number;
  /** Image addresses, by placeholder index. */
  images: string[];
  /** Read by the plain-text cleaner, which may have misjudged lines: the copy is kept so the analyst can review it. */
  cleanedTextCopy: boolean;
}

function clean(value: string | null | undefined, max = 500): string | null {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed.slice(0, max) : null;
}

/** ISO 8601 if the value is a date we can read, else null. */
function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

const RTL_SCRIPT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/gu;
const ANY_LETTER = /\p{L}/gu;

/** Right-to-left when most letters are Hebrew or Arabic script. */
export function guessDirection(text: string): 'ltr' | 'rtl' {
  const sample = text.slice(0, 4000);
  const rtl = sample.match(RTL_SCRIPT)?.length ?? 0;
  const letters = sample.match(ANY_LETTER)?.length ?? 0;
  return letters > 0 && rtl / letters > 0.5 ? 'rtl' : 'ltr';
}

/** Swaps image sources for placeholders and serializes the finished article. */
function finish(root: Element, images: string[]): { html: string; text: string; images: string[] } {
  normalizeArticleDom(root);
  const kept: string[] = [];
  for (const img of root.querySelectorAll('img')) {
    img.setAttribute('src', imagePlaceholder(kept.length));
    kept.push(images[kept.length] ?? img.getAttribute('src') ?? '');
  }
  return { html: root.innerHTML, text: root.textContent ?? '', images: kept };
}

const comparable = (text: string | null | undefined): string =>
  (text ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();

/** The story's first heading or paragraph that holds any text: where a repeated header or a byline line would be. */
function openingBlock(root: Element): Element | undefined {
  return [...root.querySelectorAll('h1, h2, h3, h4, p')].find((element) => comparable(element.textContent) !== '');
}

/**
 * Readability leaves the headline and the byline line in the body when the
 * page's metadata already named them (and cannot compare titles in scripts
 * its word splitter does not know, like Hebrew). Leading blocks that only
 * repeat the title or the byline go.
 */
function dropRepeatedHeader(root: Element, title: string | null, byline: string | null): void {
  const repeats = new Set([comparable(title), comparable(byline), byline ? comparable(`By ${byline}`) : '']);
  repeats.delete('');
  for (let checked = 0; checked < 3; checked++) {
    const first = openingBlock(root);
    if (!first || !(repeats.has(comparable(first.textContent)) || namesBylineWithLabel(first.textContent, byline))) return;
    first.remove();
  }
}

/**
 * The page's own headline when the story opens with it, taken out of the
 * story: the headline printed on the page (its h1, which Readability keeps
 * as a heading) names the article, where the window title may be a
 * different wording for search engines with the site's name after it.
 */
function takeOpeningHeadline(root: Element, pageHeadings: ReadonlyMap<string, string>): string | null {
  const first = openingBlock(root);
  // Malformed markup can leave the whole story inside an unclosed h1: a headline holds no blocks.
  if (!first || first.tagName === 'P' || first.querySelector(BLOCKS) || !pageHeadings.has(comparable(first.textContent))) return null;
  const headline = clean(first.textContent, 300);
  first.remove();
  return headline;
}

/**
 * Whether `line` is the byline behind its label in a language the text-copy cleaner's byline
 * reader knows ("بقلم سلمى الحداد", "מאת דנה לוי" for the byline "سلمى الحداد", "דנה לוי").
 */
function namesBylineWithLabel(line: string | null, byline: string | null): boolean {
  // A copy may start the line with a right-to-left mark, which the byline reader does not expect.
  const read = line && byline ? parseByline(line.replace(/[\u200e\u200f\u061c]/gu, '').trim()) : null;
  if (read === null || !read.explicit) return false;
  // Compared name by name: the byline joins several in its own language ("سلمى الحداد ونادية فرح").
  const bylineNames = parseByline(byline!)?.names ?? [byline!];
  return read.names.length === bylineNames.length && read.names.every((name, i) => comparable(name) === comparable(bylineNames[i]));
}

/**
 * The byline of a page whose markup names no author (no meta author, no
 * byline class, which is all Readability reads), from the story's first
 * paragraph when it is a labelled byline line and nothing else ("By Ana Ruiz",
 * "بقلم سلمى الحداد"), taken out of the story. A sentence that merely opens
 * with "By" is prose and stays.
 */
function takeOpeningBylineLine(root: Element, lang: string | null): string | null {
  const first = openingBlock(root);
  if (first?.tagName !== 'P' || first.querySelector(BLOCKS)) return null;
  const line = clean(first.textContent?.replace(/[\u200e\u200f\u061c]/gu, ''), 300);
  const read = line && isLabelledByline(line) ? parseByline(line) : null;
  if (!read?.explicit) return null;
  first.remove();
  return clean(joinAuthors(read.names, lang), 300);
}

/** Whether `line` opens with a byline's label: the label is what tells a byline line from a short paragraph of names. */
function isLabelledByline(line: string): boolean {
  const words = line.split(' ');
  return words.some((_, end) => end > 0 && end <= 3 && isLoneBylineLabel(words.slice(0, end).join(' ')));
}

/** Where a page's own markup may say when it was published, best first. */
const PUBLISHED_META: ReadonlyArray<readonly [attribute: string, value: string]> = [
  ['property', 'article:published_time'],
  ['name', 'article:published_time'],
  ['itemprop', 'datePublished'],
  ['name', 'date'],
  ['name', 'dc.date'],
  ['name', 'DC.date.issued'],
];

function publishedFromDocument(document: Document): string | null {
  // One pass over the page's <meta> elements rather than a query per name: a query walks the whole page.
  const metas = [...document.getElementsByTagName('meta')];
  for (const [attribute, value] of PUBLISHED_META) {
    const found = isoDate(metas.find((meta) => meta.getAttribute(attribute) === value)?.getAttribute('content'));
    if (found) return found;
  }
  return isoDate([...document.getElementsByTagName('time')].find((time) => time.hasAttribute('datetime'))?.getAttribute('datetime'));
}

let reader: JSDOM | null = null;

/**
 * The one jsdom window every document is read in: making a window costs more
 * than parsing most pages, so each page is parsed into a document of its own
 * in this window (DOMParser: scripts off and nothing loaded, as in a window
 * of its own) at the page's address, which resolves its relative links.
 */
function readerWindow(url: string): Window & typeof globalThis {
  reader ??= new JSDOM('<!doctype html><body></body>');
  reader.reconfigure({ url });
  return reader.window as unknown as Window & typeof globalThis;
}

/** Parses untrusted HTML into a document of its own in `window`, with clobbering names and tracking pixels gone. */
function parsePage(window: Window & typeof globalThis, source: string): Document {
  const document = new window.DOMParser().parseFromString(source, 'text/html');
  removeClobberingNames(window, document);
  removeTrackingPixels(document);
  return document;
}

function fromHtml(input: DocumentInput): ExtractedDocument {
  const window = readerWindow(input.baseUrl ?? 'about:blank');
  return readPage(window, parsePage(window, input.source), input);
}

/** Readability's story of a parsed page, sanitized and normalized. */
function readPage(window: Window & typeof globalThis, document: Document, input: DocumentInput): ExtractedDocument {
  const documentLang = clean(document.documentElement.getAttribute('lang'), 35);
  const documentDir = document.documentElement.getAttribute('dir')?.toLowerCase();
  const published = publishedFromDocument(document);
  // The page's h1s as printed, by their comparable text.
  const pageHeadings = new Map([...document.querySelectorAll('h1')].map((heading) => [comparable(heading.textContent), heading.textContent] as const));
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    parsed = new Readability<Element>(document, { maxElemsToParse: MAX_ELEMENTS, serializer: (node) => node as Element }).parse();
  } catch (error) {
    if (/Aborting parsing document/.test((error as Error).message)) {
      throw new BriefingError('INVALID_ARGUMENTS', `${input.label} is too large to read: it has more than ${MAX_ELEMENTS.toLocaleString('en')} elements.`);
    }
    throw error;
  }
  const root = parsed?.content;
  if (!parsed || !root) {
    throw new BriefingError('INVALID_ARGUMENTS', `No article was found in ${input.label}: it looks like navigation or an index page.`);
  }
  const { images } = sanitizeInPlace(window, root, input.baseUrl);
  const headline = takeOpeningHeadline(root, pageHeadings);
  // Readability may take the window title's tail after a kicker ("Analysis: the port's …") in lower case and drop the h1 it matches; the h1 prints it as the page means it.
  const title = headline ?? clean(pageHeadings.get(comparable(parsed.title))) ?? clean(parsed.title) ?? clean(document.title);
  const byline = clean(parsed.byline, 300) ?? takeOpeningBylineLine(root, clean(parsed.lang, 35) ?? documentLang);
  dropRepeatedHeader(root, title, byline);
  const finished = finish(root, images);
  const wordCount = countWords(finished.text);
  if (wordCount < MIN_ARTICLE_WORDS) {
    throw new BriefingError(
      'INVALID_ARGUMENTS',
      `No article was found in ${input.label}: it has only ${wordCount} words of text outside navigation.`,
    );
  }
  const dir = parsed.dir === 'rtl' || documentDir === 'rtl' ? 'rtl' : guessDirection(finished.text);
  // Readability's excerpt is the page's description or its first paragraph, which may be the byline line we dropped.
  const excerpt = clean(parsed.excerpt, 500);
  const excerptRepeatsHeader =
    [title, byline, byline ? `By ${byline}` : null].some((header) => header && comparable(header) === comparable(excerpt)) ||
    namesBylineWithLabel(excerpt, byline);
  return {
    title: clean(title, 300) ?? input.label,
    byline,
    bylineBio: null,
    siteName: clean(parsed.siteName, 200),
    publishedAt: isoDate(parsed.publishedTime) ?? published,
    lang: clean(parsed.lang, 35) ?? documentLang,
    dir,
    excerpt: excerptRepeatsHeader ? clean(finished.text.split('\n\n').find((block) => countWords(block) >= 8), 300) : excerpt,
    ...finished,
    wordCount,
    cleanedTextCopy: false,
  };
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

function fromMarkdown(input: DocumentInput): ExtractedDocument {
  const front: Record<string, string> = {};
  const body = input.source.replace(FRONT_MATTER, (_all, block: string) => {
    for (const line of block.split(/\r?\n/)) {
      const match = /^([A-Za-z_]+)\s*:\s*(.*)$/.exec(line);
      if (match?.[1] && match[2] !== undefined) front[match[1].toLowerCase()] = match[2].replace(/^["']|["']$/g, '').trim();
    }
    return '';
  });
  const rendered = new MarkdownIt({ html: false, linkify: false }).render(body);
  const window = readerWindow('about:blank');
  const { root, images } = sanitizeHtmlString(window, rendered, input.baseUrl);
  const heading = root.querySelector('h1');
  const title = clean(front.title, 300) ?? clean(heading?.textContent, 300);
  if (heading && title === clean(heading.textContent, 300)) heading.remove();
  const finished = finish(root, images);
  const wordCount = countWords(finished.text);
  if (wordCount === 0) throw new BriefingError('INVALID_ARGUMENTS', `${input.label} has no text to read.`);
  return {
    title: title ?? input.label.replace(/\.[^.]+$/, ''),
    byline: clean(front.author ?? front.byline, 300),
    bylineBio: null,
    siteName: clean(front.site ?? front.source, 200),
    publishedAt: isoDate(front.date ?? front.published),
    lang: clean(front.lang ?? front.language, 35),
    dir: guessDirection(finished.text),
    excerpt: clean(finished.text.split('\n\n')[0], 300),
    ...finished,
    wordCount,
    cleanedTextCopy: false,
  };
}

function fromTextDump(input: DocumentInput): ExtractedDocument {
  const cleaned = cleanTextDump(input.source, { fileName: input.label });
  if (!cleaned.ok) throw new BriefingError('INVALID_ARGUMENTS', `${input.label}: ${cleaned.reason}`);
  return documentOfCleanedCopy(cleaned.article);
}

function documentOfCleanedCopy(article: CleanedDump): ExtractedDocument {
  const { html, text } = blocksToArticle(article.blocks);
  return {
    title: article.title,
    byline: article.byline,
    bylineBio: article.bylineBio,
    siteName: article.siteName,
    publishedAt: isoDate(article.publishedAt),
    lang: article.lang,
    dir: article.dir,
    excerpt: clean(article.blocks.find((block) => block.kind === 'paragraph')?.text, 300),
    html,
    text,
    wordCount: countWords(text),
    images: [],
    cleanedTextCopy: true,
  };
}

/** Elements that hold a line of their own in a page; the leaves among them are what a plain-text copy shows as lines. */
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, div, figcaption, dt, dd, blockquote, header, footer, nav, aside, section, ul, ol, article, main, figure, table, tr';
const HEADINGS = 'h1, h2, h3, h4, h5, h6';
/** Longest line read as the byline line (a name, a role, a date, an agency). */
const MAX_BYLINE_LINE_WORDS = 20;

/**
 * Takes out the copied page's furniture lines before Readability looks for
 * the story: each leaf block is judged by the text-dump cleaner's rules
 * (share bars, "Read more:" links, sign-up boxes, copyright lines…), which
 * know furniture in many languages where class names do not say it, and
 * by `leftOutByCleaner`, the lines the cleaner left out of the same copy's
 * plain text (it reads them in their order and place). A box
 * left with only its heading goes too; a figure's own caption stays, with
 * its image. A short line naming the author the plain-text reading found
 * goes too: the article's byline field says it.
 */
function dropFurnitureLines(page: Document, lang: string | null, byline: string | null, leftOutByCleaner: ReadonlySet<string>): void {
  const fold = caseFolder(lang);
  const emptied = new Set<Element>();
  for (const block of [...page.body.querySelectorAll(BLOCKS)]) {
    if (block.localName === 'figcaption' || block.querySelector(BLOCKS)) continue;
    const text = clean(block.textContent, Infinity);
    if (!text) continue;
    const words = countTextWords(text);
    const namesAuthor = byline !== null && words <= MAX_BYLINE_LINE_WORDS && text.includes(byline);
    // Headings, a list's items and a table's cells are short lines the plain-text cleaner cannot tell from menus: the page's markup can.
    const leftOut = leftOutByCleaner.has(text) && !block.matches(HEADINGS) && !block.closest('li, table, dl');
    if (namesAuthor || leftOut || matchFurniture({ text, folded: fold(text), words })) {
      if (block.parentElement) emptied.add(block.parentElement);
      block.remove();
    }
  }
  for (const box of emptied) {
    const headings = [...box.querySelectorAll(HEADINGS)].map((heading) => heading.textContent ?? '').join('');
    if (headings.trim() !== '' && clean(box.textContent, Infinity) === clean(headings, Infinity)) box.remove();
  }
}

/**
 * The story in a paste's copied page structure, or null when there is none.
 * A copied fragment has no <title> and no address: its heading names it,
 * and its relative links and images are dropped (nothing to resolve them by).
 */
function fromPastedPage(
  input: DocumentInput & { pastedHtml: string },
  plain: ExtractedDocument | null,
  leftOutByCleaner: ReadonlySet<string>,
): { document: ExtractedDocument; heading: string | null } | null {
  const window = readerWindow('about:blank');
  const page = parsePage(window, input.pastedHtml);
  // The same element limit as a web page (Readability's), checked before the furniture pass walks the page.
  if (page.getElementsByTagName('*').length > MAX_ELEMENTS) return null;
  const heading = clean((page.querySelector('h1') ?? page.querySelector(HEADINGS))?.textContent, 300);
  if (heading) page.title = heading;
  const lang = plain?.lang ?? guessLanguage(input.source).lang;
  dropFurnitureLines(page, lang, plain?.byline ?? null, leftOutByCleaner);
  try {
    const document = readPage(window, page, input);
    // A fragment rarely says its language, author or date where Readability looks; the plain-text reading often does.
    return {
      document: {
        ...document,
        lang: document.lang ?? lang,
        byline: plain?.byline ?? document.byline,
        publishedAt: document.publishedAt ?? plain?.publishedAt ?? null,
      },
      heading,
    };
  } catch (error) {
    // No story, or too large a page: the plain text is still there to read.
    if (error instanceof BriefingError) return null;
    throw error;
  }
}

/**
 * Lines of the copy the plain-text cleaner left out as page furniture, as
 * written. Not the headline (the page's heading names the story) and not a
 * line left out only for repeating another (one copy of it is story).
 */
function furnitureLinesOf(article: CleanedDump): Set<string> {
  return new Set(article.removed.filter(({ rule }) => rule !== 'title' && rule !== 'repeated-text').map(({ line }) => clean(line, Infinity) ?? ''));
}

/**
 * A paste: its page structure when that reads as the story (shared/pasted-page.ts), else the
 * plain-text cleaner. The cleaner reads the copy's lines first: what it leaves out as furniture
 * goes from the page too, since a fragment's markup rarely says which lines are furniture.
 */
function fromPaste(input: DocumentInput & { pastedHtml: string }): ExtractedDocument {
  const cleaned = cleanTextDump(input.source, { fileName: input.label });
  const plain = cleaned.ok ? documentOfCleanedCopy(cleaned.article) : null;
  const page = fromPastedPage(input, plain, cleaned.ok ? furnitureLinesOf(cleaned.article) : new Set());
  const readings = { pageHeading: page?.heading ?? null, pageWords: page?.document.wordCount ?? null, copiedWords: countWords(input.source) };
  if (page && preferPageStructure(readings)) return page.document;
  // The cleaner's own error, when it found nothing either.
  return plain ?? fromTextDump(input);
}

export function extractDocument(input: DocumentInput): ExtractedDocument {
  if (input.source.trim() === '') throw new BriefingError('INVALID_ARGUMENTS', `${input.label} is empty.`);
  if (input.kind === 'html') return fromHtml(input);
  if (input.kind === 'text' && input.pastedHtml) return fromPaste({ ...input, pastedHtml: input.pastedHtml });
  if (input.kind === 'markdown') return fromMarkdown(input);
  return fromTextDump(input);
}
