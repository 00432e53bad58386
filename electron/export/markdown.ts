/**
 * A briefing as one Markdown file: front matter (title, author, date,
 * marking), the key judgments (the summary's lead, then each judgment with
 * its estimate and footnotes quoting what it cites), then each article with its citation, its
 * highlights as block quotes labelled with their colour's meaning, the note
 * under each, and the analyst's note on the article. The articles' full text
 * (turned into Markdown with turndown) is optional.
 */
import TurndownService from 'turndown';
import type { BriefingDocument, BriefingDocumentArticle } from '../../shared/briefing-document.ts';
import { formatSource } from '../../shared/citation.ts';
import { highlightLabel, type HighlightColor } from '../../shared/highlights.ts';
import { citationFootnote, estimateLabel, footnotesOf, numberCitations, type Judgment } from '../../shared/judgments.ts';
import type { PlacedHighlight, TlpMarking } from '../../shared/model.ts';
import { evaluationCode, formatSourceGrade, type SourceGrade } from '../../shared/tradecraft/grades.ts';
import { withheldCitationsNote, type LeftOutItem } from '../../shared/tradecraft/handling.ts';
import { exportableLink } from '../../shared/urls.ts';

export interface MarkdownExportOptions {
  /** Each article's whole text after its highlights. */
  fullText: boolean;
  /** The user's names for the highlight colours. */
  labels?: Partial<Record<HighlightColor, string>>;
  /** What the briefing's marking kept out: a key judgment says which of its citations were withheld. */
  leftOut?: readonly LeftOutItem[];
}

/** Dates as ISO days (2026-03-02): the same in every locale, and sortable. */
export function isoDay(iso: string | null): string | null {
  return iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : null;
}

/** A YAML scalar that is always read back as this exact string (JSON strings are YAML). */
function yamlString(value: string): string {
  return JSON.stringify(value);
}

function createTurndown(): TurndownService {
  const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
  // Page-supplied text (titles, bylines, site names, quotes, the full text): `&`, `<` and `>` as entities
  // before Markdown's own escapes, so no Markdown viewer reads any of it as HTML.
  const escapeMarkdown = turndown.escape.bind(turndown);
  turndown.escape = (text: string) => escapeMarkdown(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  // Cached images live in the library, not beside the Markdown file: keep what the image was of, as text.
  turndown.addRule('cachedImages', {
    filter: 'img',
    replacement: (_content, node) => {
      const alt = (node as Element).getAttribute('alt')?.trim();
      // An image without a source is the mark of one not saved: its alt text already says so.
      const label = (node as Element).hasAttribute('src') ? `Image: ${alt}` : alt;
      return alt ? `*[${turndown.escape(label ?? '')}]*` : '';
    },
  });
  // The one link filter of every export: a link it refuses keeps its words, not its address.
  turndown.addRule('filteredLinks', {
    filter: (node) => node.nodeName === 'A' && exportableLink((node as Element).getAttribute('href')) === null,
    replacement: (content) => content,
  });
  return turndown;
}

/** Quotes plain text as Markdown: escaped, every line (blank ones too) behind "> ". */
function blockQuote(text: string, escape: (text: string) => string): string {
  return escape(text.trim())
    .split('\n')
    .map((line) => (line.trim() === '' ? '>' : `> ${line}`))
    .join('\n');
}

function highlightBlock(highlight: PlacedHighlight, sourceGrade: SourceGrade | null, options: MarkdownExportOptions, escape: (text: string) => string): string {
  const label = highlightLabel(highlight.color, options.labels);
  const code = evaluationCode(sourceGrade, highlight.credibility);
  const lines = [blockQuote(highlight.quote.exact, escape), '>', `> — *${escape(label)}* (${highlight.color})${code === null ? '' : ` · **${code}**`}`];
  if (highlight.anchor.status === 'orphaned') lines.push('>', `> *This passage is no longer in the article's text: ${escape(highlight.anchor.reason)}*`);
  const note = highlight.note.trim();
  return note === '' ? lines.join('\n') : `${lines.join('\n')}\n\n${note}`;
}

function articleSection(entry: BriefingDocumentArticle, index: number, options: MarkdownExportOptions, turndown: TurndownService): string {
  const { article, highlights, note } = entry;
  const escape = (text: string) => turndown.escape(text);
  const parts = [`## ${index + 1}. ${escape(article.title)}`];
  const byline = [article.byline, article.siteName].filter((part): part is string => !!part?.trim()).map(escape);
  if (byline.length > 0) parts.push(`*${byline.join(' · ')}*`);
  const source = formatSource(article, isoDay);
  if (source !== '') parts.push(`Source: ${escape(source)}`);
  if (article.sourceGrade !== null) parts.push(`Source reliability: **${escape(formatSourceGrade(article.sourceGrade))}**`);
  if (note?.trim()) parts.push('### Analyst note', note.trim());
  if (highlights.length > 0) {
    parts.push(`### Highlights (${highlights.length})`, ...highlights.map((h) => highlightBlock(h, article.sourceGrade, options, escape)));
  }
  if (options.fullText) parts.push('### Full text', turndown.turndown(article.html).trim());
  return parts.join('\n\n');
}

/**
 * The structured judgments as a numbered list, each with its estimate in bold
 * and Markdown footnotes ([^1]) quoting the passages it cites; a citation the
 * marking withheld is said so under its judgment, as the PDF says it.
 */
function judgmentsSection(judgments: readonly Judgment[], marking: TlpMarking, leftOut: readonly LeftOutItem[], escape: (text: string) => string): string[] {
  if (judgments.length === 0) return [];
  const footnotes = numberCitations(judgments);
  const items = judgments.map((judgment, index) => {
    const refs = footnotes.filter((note) => note.judgmentId === judgment.id).map((note) => `[^${note.number}]`).join('');
    const marker = `${index + 1}. `;
    const withheld = withheldCitationsNote(leftOut, index + 1, marking);
    const under = withheld ? `\n\n${' '.repeat(marker.length)}*${escape(withheld)}*\n` : '';
    return `${marker}**${escape(estimateLabel(judgment))}** — ${escape(judgment.text.replace(/\s+/g, ' '))}${refs}${under}`;
  });
  const notes = footnotesOf(footnotes).map((note) => `[^${note.number}]: ${escape(citationFootnote(note, isoDay))}`);
  return [items.join('\n'), ...(notes.length > 0 ? [notes.join('\n')] : [])];
}

/** The briefing as Markdown, ending in one newline. */
export function briefingToMarkdown(document: BriefingDocument, options: MarkdownExportOptions): string {
  const { briefing } = document;
  const turndown = createTurndown();
  const escape = (text: string) => turndown.escape(text);
  const frontMatter = [
    '---',
    `title: ${yamlString(briefing.title)}`,
    ...(briefing.author.trim() ? [`author: ${yamlString(briefing.author.trim())}`] : []),
    `date: ${yamlString(briefing.date)}`,
    `marking: ${yamlString(`TLP:${briefing.marking}`)}`,
    `articles: ${document.articles.length}`,
    '---',
  ].join('\n');
  const heading = [`# ${escape(briefing.title)}`, `**TLP:${briefing.marking}**${briefing.author.trim() ? ` · ${escape(briefing.author.trim())}` : ''} · ${briefing.date}`];
  const structured = judgmentsSection(document.judgments, briefing.marking, options.leftOut ?? [], escape);
  const judgments =
    briefing.summary.trim() || structured.length > 0 ? ['## Key judgments', ...(briefing.summary.trim() ? [briefing.summary.trim()] : []), ...structured] : [];
  const articles = document.articles.map((entry, index) => articleSection(entry, index, options, turndown));
  return `${[frontMatter, ...heading, ...judgments, ...articles].join('\n\n')}\n`;
}
