/**
 * A briefing as one self-contained HTML file that opens offline in any
 * browser: CSS inline, cached images inlined as data: URIs, no script at all,
 * and a Content-Security-Policy that would stop anything else from loading or
 * running (`default-src 'none'; img-src data:; style-src 'unsafe-inline'`).
 *
 * Article HTML is sanitized again with the reader's policy
 * (shared/sanitize-policy.ts), notes and key judgments are Markdown rendered
 * with raw HTML off and sanitized the same way; then every image that is not
 * one of our cached copies is dropped. Highlights are painted as <mark>s in
 * their colours; a highlight with a note carries a number that points to the
 * note after the article.
 */
import MarkdownIt from 'markdown-it';
import { parseAssetPath } from '../../shared/assets.ts';
import type { BriefingDocument, BriefingDocumentArticle } from '../../shared/briefing-document.ts';
import { formatSource } from '../../shared/citation.ts';
import { HIGHLIGHT_COLORS, HIGHLIGHT_STYLES, highlightLabel, type HighlightColor } from '../../shared/highlights.ts';
import { citationFootnote, estimateLabel, footnotesOf, numberCitations, type Judgment } from '../../shared/judgments.ts';
import { evaluationCode, formatSourceGrade } from '../../shared/tradecraft/grades.ts';
import { withheldCitationsNote, type LeftOutItem } from '../../shared/tradecraft/handling.ts';
import type { PlacedHighlight, TlpMarking } from '../../shared/model.ts';
import { escapeHtml } from '../../shared/text.ts';
import type { AssetReader } from './asset-reader.ts';
import { isoDay } from './markdown.ts';
import { createReaderSanitizer, type ReaderSanitizer } from './sanitize-html.ts';
import { exportableLink } from '../../shared/urls.ts';

/** Nothing may load but inlined images, nothing may run: the file is a document, not an app. */
export const HTML_EXPORT_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

export interface HtmlExportOptions {
  readAsset: AssetReader;
  labels?: Partial<Record<HighlightColor, string>>;
  /** What the briefing's marking kept out: a key judgment says which of its citations were withheld. */
  leftOut?: readonly LeftOutItem[];
}

/** TLP 2.0 colours: the marking in its colour on black. */
const TLP_COLORS: Record<TlpMarking, string> = {
  CLEAR: '#ffffff',
  GREEN: '#33ff00',
  AMBER: '#ffc000',
  'AMBER+STRICT': '#ffc000',
  RED: '#ff2b2b',
};

const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true });

function stylesheet(): string {
  const marks = HIGHLIGHT_COLORS.map((color) => `mark.hl-${color} { background: ${HIGHLIGHT_STYLES[color].light}; }`).join('\n');
  const darkMarks = HIGHLIGHT_COLORS.map((color) => `  mark.hl-${color} { background: ${HIGHLIGHT_STYLES[color].dark}; }`).join('\n');
  const swatches = HIGHLIGHT_COLORS.map((color) => `.swatch-${color} { background: ${HIGHLIGHT_STYLES[color].accent}; }`).join('\n');
  return `
:root { color-scheme: light dark; --text: #1d1d1f; --muted: #5f6368; --page: #fdfcf9; --rule: #dedad2; --accent: #2f5d8a; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--page); color: var(--text); font: 18px/1.6 Georgia, 'Source Serif 4', 'Times New Roman', serif; }
main, header.briefing { max-width: 44rem; margin: 0 auto; padding: 0 1.25rem; }
header.briefing { padding-top: 2.5rem; }
h1, h2, h3, .meta, .tlp, nav, .source, .label, figcaption { font-family: system-ui, -apple-system, 'Segoe UI', 'Source Sans 3', sans-serif; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0.5rem 0; }
h2 { font-size: 1.45rem; line-height: 1.25; margin: 0 0 0.4rem; }
h3 { font-size: 1rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); margin: 1.6rem 0 0.5rem; }
.meta, .source { color: var(--muted); font-size: 0.9rem; margin: 0.2rem 0; }
a { color: var(--accent); }
.tlp { display: inline-block; background: #000; font-weight: 700; font-size: 0.8rem; letter-spacing: 0.03em; padding: 0.15rem 0.5rem; border-radius: 3px; }
.judgments { border-left: 4px solid var(--accent); padding: 0.2rem 1rem; margin: 1.5rem 0; background: rgba(47, 93, 138, 0.06); }
.judgment-list { padding-left: 1.4rem; }
.judgment-list li { margin-bottom: 0.6rem; }
.citation-withheld { margin: 0.2rem 0 0; font-size: 0.9em; font-style: italic; color: #555; }
.estimate { display: block; font: 600 0.8rem system-ui, sans-serif; letter-spacing: 0.03em; text-transform: uppercase; color: var(--accent); }
.citations { font-size: 0.85rem; color: var(--muted); padding-left: 1.4rem; }
sup.citation-ref { font: 700 0.7rem system-ui, sans-serif; }
nav ol { padding-left: 1.4rem; font-size: 0.95rem; }
article.item { border-top: 1px solid var(--rule); padding: 2rem 0; }
.body img { max-width: 100%; height: auto; }
.body img:not([src]) { display: block; width: 100%; padding: 0.6rem 0.9rem; border: 1px dashed var(--rule); color: var(--muted); font-size: 0.85rem; box-sizing: border-box; }
.body figure { margin: 1.2rem 0; }
.body pre { white-space: pre-wrap; }
.note, .notes li { font-size: 0.95rem; }
.note { border-left: 3px solid var(--rule); padding-left: 0.8rem; }
mark { color: inherit; border-radius: 2px; padding: 0 1px; }
sup.note-ref { font: 700 0.7rem system-ui, sans-serif; color: var(--accent); }
.notes li, .orphans li { margin-bottom: 0.8rem; }
.label { display: inline-flex; gap: 0.35rem; align-items: center; font-size: 0.8rem; color: var(--muted); }
.swatch { width: 0.7rem; height: 0.7rem; border-radius: 50%; display: inline-block; }
blockquote { margin: 0.3rem 0; padding-left: 0.8rem; border-left: 3px solid var(--rule); }
footer.sources { border-top: 1px solid var(--rule); padding: 1.5rem 0 3rem; font-size: 0.9rem; }
${marks}
${swatches}
@media (prefers-color-scheme: dark) {
  :root { --text: #e8e6e3; --muted: #a7a9ad; --page: #17181a; --rule: #3a3c40; --accent: #8ab4e8; }
${darkMarks}
}
@media print { body { background: #fff; } article.item { break-before: page; } }
`;
}

/** Replaces our cached images by data: URIs; every other image goes (it would be a request). */
function inlineImages(root: HTMLElement, readAsset: AssetReader): void {
  for (const img of [...root.querySelectorAll('img')]) {
    if (!img.hasAttribute('src')) continue; // the mark of an image not saved at import: it loads nothing
    const src = img.getAttribute('src') ?? '';
    const asset = parseAssetPath(src) ? readAsset(src) : null;
    if (!asset) {
      img.remove();
      continue;
    }
    img.setAttribute('src', `data:${asset.mime};base64,${Buffer.from(asset.bytes).toString('base64')}`);
  }
}

function renderMarkdown(sanitizer: ReaderSanitizer, source: string, readAsset: AssetReader): string {
  const body = sanitizer.sanitize(markdown.render(source));
  inlineImages(body, readAsset);
  return body.innerHTML;
}

interface Paintable {
  start: number;
  end: number;
  color: HighlightColor;
  /** The number of its note, if it has one. */
  noteNumber: number | null;
}

/** The text nodes under `root`, in document order. */
function textNodes(root: HTMLElement): Text[] {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/**
 * Wraps the text of each highlight in <mark>s: offsets count the characters
 * of the text nodes, as the reader does. Where highlights overlap, the one
 * that starts later is drawn on top. A highlight with a note gets its number
 * after its last mark.
 */
function paintHighlights(root: HTMLElement, highlights: readonly Paintable[]): void {
  if (highlights.length === 0) return;
  const document = root.ownerDocument;
  const lastMark = new Map<Paintable, HTMLElement>();
  let position = 0;
  for (const node of textNodes(root)) {
    const from = position;
    const to = from + node.data.length;
    position = to;
    const touching = highlights.filter((h) => h.start < to && h.end > from);
    if (touching.length === 0) continue;
    const cuts = [...new Set([from, to, ...touching.flatMap((h) => [h.start, h.end]).filter((at) => at > from && at < to)])].sort((a, b) => a - b);
    const pieces = document.createDocumentFragment();
    for (let i = 0; i < cuts.length - 1; i++) {
      const start = cuts[i]!;
      const end = cuts[i + 1]!;
      const text = node.data.slice(start - from, end - from);
      const covering = touching.filter((h) => h.start <= start && h.end >= end);
      const top = covering[covering.length - 1];
      if (!top || text.trim() === '') {
        pieces.append(text);
        continue;
      }
      const mark = document.createElement('mark');
      mark.className = `hl hl-${top.color}`;
      mark.textContent = text;
      pieces.append(mark);
      for (const highlight of covering) lastMark.set(highlight, mark);
    }
    node.replaceWith(pieces);
  }
  for (const [highlight, mark] of lastMark) {
    if (highlight.noteNumber === null) continue;
    const ref = document.createElement('sup');
    ref.className = 'note-ref';
    ref.textContent = String(highlight.noteNumber);
    mark.after(ref);
  }
}

function colorLabel(color: HighlightColor, options: HtmlExportOptions, code: string | null): string {
  const evaluation = code === null ? '' : ` <b class="evaluation">${escapeHtml(code)}</b>`;
  return `<span class="label"><span class="swatch swatch-${color}"></span>${escapeHtml(highlightLabel(color, options.labels))}${evaluation}</span>`;
}

function articleSection(sanitizer: ReaderSanitizer, entry: BriefingDocumentArticle, index: number, options: HtmlExportOptions): string {
  const { article, highlights, note } = entry;
  const anchored = highlights.filter((h): h is PlacedHighlight & { anchor: { status: 'anchored' } } => h.anchor.status === 'anchored');
  const orphans = highlights.filter((h) => h.anchor.status === 'orphaned');
  // A highlight with a note or a credibility grade is listed under Notes, numbered from its place in the text.
  const listed = (h: PlacedHighlight) => h.note.trim() !== '' || h.credibility !== null;
  const noted = anchored.filter(listed);
  const code = (h: PlacedHighlight) => evaluationCode(article.sourceGrade, h.credibility);
  const paintable = anchored.map((h) => ({
    start: h.anchor.start,
    end: h.anchor.end,
    color: h.color,
    noteNumber: listed(h) ? noted.indexOf(h) + 1 : null,
  }));
  const body = sanitizer.sanitize(article.html);
  inlineImages(body, options.readAsset);
  paintHighlights(body, paintable);

  const byline = [article.byline, article.siteName, isoDay(article.publishedAt)].filter((part): part is string => !!part?.trim());
  const address = exportableLink(article.url);
  const link = address ? `<a href="${escapeHtml(address)}" rel="noopener noreferrer">${escapeHtml(address)}</a>` : '';
  const lang = article.lang ? ` lang="${escapeHtml(article.lang)}"` : '';
  const parts = [
    `<article class="item" id="article-${index + 1}" aria-labelledby="article-${index + 1}-title">`,
    `<h2 id="article-${index + 1}-title">${index + 1}. ${escapeHtml(article.title)}</h2>`,
    byline.length > 0 ? `<p class="meta">${byline.map(escapeHtml).join(' · ')}</p>` : '',
    link ? `<p class="source">Source: ${link}</p>` : '',
    article.sourceGrade !== null ? `<p class="meta">Source reliability: <b class="evaluation">${escapeHtml(formatSourceGrade(article.sourceGrade))}</b></p>` : '',
    note?.trim() ? `<h3>Analyst note</h3><div class="note">${renderMarkdown(sanitizer, note, options.readAsset)}</div>` : '',
    `<div class="body"${lang} dir="${article.dir}">${body.innerHTML}</div>`,
  ];
  if (noted.length > 0) {
    const items = noted.map(
      (h) => `<li>${colorLabel(h.color, options, code(h))}<blockquote>${escapeHtml(h.quote.exact)}</blockquote>${h.note.trim() ? renderMarkdown(sanitizer, h.note, options.readAsset) : ''}</li>`,
    );
    parts.push(`<h3>Notes</h3><ol class="notes">${items.join('')}</ol>`);
  }
  if (orphans.length > 0) {
    const items = orphans.map(
      (h) =>
        `<li>${colorLabel(h.color, options, code(h))}<blockquote>${escapeHtml(h.quote.exact)}</blockquote>${h.note.trim() ? renderMarkdown(sanitizer, h.note, options.readAsset) : ''}</li>`,
    );
    parts.push(`<h3>Highlights no longer in the text</h3><ul class="orphans">${items.join('')}</ul>`);
  }
  parts.push('</article>');
  return parts.filter((part) => part !== '').join('\n');
}

/** The structured judgments: each with its estimate, footnote numbers (or why its citations were withheld), and the footnotes quoting what they cite. */
function judgmentsHtml(judgments: readonly Judgment[], marking: TlpMarking, leftOut: readonly LeftOutItem[]): string {
  if (judgments.length === 0) return '';
  const footnotes = numberCitations(judgments);
  const items = judgments.map((judgment, index) => {
    const refs = footnotes
      .filter((note) => note.judgmentId === judgment.id)
      .map((note) => `<sup class="citation-ref"><a href="#citation-${note.number}">${note.number}</a></sup>`)
      .join('');
    const withheld = withheldCitationsNote(leftOut, index + 1, marking);
    const under = withheld ? `<p class="citation-withheld">${escapeHtml(withheld)}</p>` : '';
    return `<li><span class="estimate">${escapeHtml(estimateLabel(judgment))}</span>${escapeHtml(judgment.text)}${refs}${under}</li>`;
  });
  const notes = footnotesOf(footnotes).map((note) => `<li id="citation-${note.number}">${escapeHtml(citationFootnote(note, isoDay))}</li>`);
  return `<ol class="judgment-list">${items.join('')}</ol>${notes.length > 0 ? `<ol class="citations" aria-label="Cited passages">${notes.join('')}</ol>` : ''}`;
}

/** The briefing as a complete HTML document. */
export function briefingToHtml(document: BriefingDocument, options: HtmlExportOptions): string {
  const sanitizer = createReaderSanitizer();
  const { briefing, articles } = document;
  const marking = briefing.marking;
  const meta = [briefing.author.trim(), briefing.date, `${articles.length} article${articles.length === 1 ? '' : 's'}`].filter(
    (part): part is string => !!part,
  );
  const lead = briefing.summary.trim() ? renderMarkdown(sanitizer, briefing.summary, options.readAsset) : '';
  const structured = judgmentsHtml(document.judgments, marking, options.leftOut ?? []);
  const judgments =
    lead || structured ? `<section class="judgments" aria-labelledby="judgments-title"><h3 id="judgments-title">Key judgments</h3>${lead}${structured}</section>` : '';
  const contents = articles.map((entry, index) => `<li><a href="#article-${index + 1}">${escapeHtml(entry.article.title)}</a></li>`).join('');
  const sources = articles
    .map((entry) => `<li>${escapeHtml(formatSource(entry.article, isoDay) || entry.article.title)}</li>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${HTML_EXPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Briefing Reader">
<title>${escapeHtml(briefing.title)}</title>
<style>${stylesheet()}</style>
</head>
<body>
<header class="briefing">
<span class="tlp" style="color: ${TLP_COLORS[marking]}">TLP:${escapeHtml(marking)}</span>
<h1>${escapeHtml(briefing.title)}</h1>
<p class="meta">${meta.map(escapeHtml).join(' · ')}</p>
${judgments}
${articles.length > 0 ? `<nav aria-label="Contents"><h3>Contents</h3><ol>${contents}</ol></nav>` : ''}
</header>
<main>
${articles.map((entry, index) => articleSection(sanitizer, entry, index, options)).join('\n')}
${articles.length > 0 ? `<footer class="sources"><h3>Sources</h3><ol>${sources}</ol></footer>` : ''}
</main>
</body>
</html>
`;
}
