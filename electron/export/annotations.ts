/**
 * A briefing's highlights and notes in the W3C Web Annotation Data Model
 * (JSON-LD), for other annotation tools: one AnnotationCollection whose first
 * AnnotationPage holds every annotation.
 *
 * - A highlight is an Annotation whose target is the article (its address, or
 *   a urn:sha256 of its text when it has none) narrowed by a
 *   TextQuoteSelector and a TextPositionSelector over the article's plain text.
 * - Its motivation is "highlighting", or "commenting" when it carries a note,
 *   which is then a TextualBody (Markdown).
 * - Its colour travels two ways the model offers: a CSS class on the target
 *   (styleClass, defined by the annotation's stylesheet) and a "tagging" body
 *   with the colour's meaning ("Key fact").
 * - An analyst's note on a whole article is a "commenting" Annotation on the article.
 * @see https://www.w3.org/TR/annotation-model/
 */
import { createHash } from 'node:crypto';
import type { BriefingDocument, BriefingDocumentArticle } from '../../shared/briefing-document.ts';
import { HIGHLIGHT_STYLES, highlightLabel, type HighlightColor } from '../../shared/highlights.ts';
import type { Article, PlacedHighlight } from '../../shared/model.ts';
import { evaluationCode } from '../../shared/tradecraft/grades.ts';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/markdown' | 'text/plain';
  /** `assessing`: the Admiralty evaluation code, "B2" (source reliability A–F, information credibility 1–6). */
  purpose: 'commenting' | 'tagging' | 'assessing';
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  /** Left out for an article's note: the library keeps no creation time for it here. */
  created?: string;
  modified?: string;
  body?: TextualBody[];
  target:
    | {
        type: 'SpecificResource';
        source: string;
        styleClass: string;
        selector: [
          { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
          { type: 'TextPositionSelector'; start: number; end: number },
        ];
      }
    | { source: string };
  stylesheet?: { type: 'CssStylesheet'; value: string };
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  generator: { type: 'Software'; name: string };
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

export interface AnnotationExportOptions {
  labels?: Partial<Record<HighlightColor, string>>;
}

/**
 * A stable urn:uuid for a thing of this library: the same highlight exported
 * twice has the same id, so a tool can recognise it (RFC 9562 version 8 layout).
 */
export function stableUuid(...parts: Array<string | number>): string {
  const hex = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The article's address, or a name for its text when it was not saved from the web. */
export function articleSource(article: Article): string {
  return article.url && /^https?:/i.test(article.url) ? article.url : `urn:sha256:${article.contentHash}`;
}

function highlightAnnotation(article: Article, highlight: PlacedHighlight, options: AnnotationExportOptions): WebAnnotation {
  // Where the text has moved since, the selectors describe where the highlight is now.
  const { start, end } = highlight.anchor.status === 'anchored' ? highlight.anchor : highlight.position;
  const note = highlight.note.trim();
  const code = evaluationCode(article.sourceGrade, highlight.credibility);
  const body: TextualBody[] = [
    ...(note === '' ? [] : [{ type: 'TextualBody' as const, value: highlight.note, format: 'text/markdown' as const, purpose: 'commenting' as const }]),
    { type: 'TextualBody', value: highlightLabel(highlight.color, options.labels), format: 'text/plain', purpose: 'tagging' },
    // The source and credibility grades ("B2"), as an assessing body: see README, Web Annotations export.
    ...(code === null ? [] : [{ type: 'TextualBody' as const, value: code, format: 'text/plain' as const, purpose: 'assessing' as const }]),
  ];
  return {
    id: stableUuid('highlight', article.contentHash, highlight.id, highlight.createdAt),
    type: 'Annotation',
    motivation: note === '' ? 'highlighting' : 'commenting',
    created: highlight.createdAt,
    modified: highlight.updatedAt,
    body,
    target: {
      type: 'SpecificResource',
      source: articleSource(article),
      styleClass: `highlight-${highlight.color}`,
      selector: [
        { type: 'TextQuoteSelector', exact: highlight.quote.exact, prefix: highlight.quote.prefix, suffix: highlight.quote.suffix },
        { type: 'TextPositionSelector', start, end },
      ],
    },
    stylesheet: { type: 'CssStylesheet', value: `.highlight-${highlight.color} { background-color: ${HIGHLIGHT_STYLES[highlight.color].light}; }` },
  };
}

function articleAnnotations(entry: BriefingDocumentArticle, options: AnnotationExportOptions): WebAnnotation[] {
  const { article, highlights, note } = entry;
  const items = highlights.map((highlight) => highlightAnnotation(article, highlight, options));
  if (note?.trim()) {
    items.push({
      id: stableUuid('article-note', article.contentHash),
      type: 'Annotation',
      motivation: 'commenting',
      body: [{ type: 'TextualBody', value: note, format: 'text/markdown', purpose: 'commenting' }],
      target: { source: articleSource(article) },
    });
  }
  return items;
}

/** Every highlight and note of the briefing as one AnnotationCollection. */
export function briefingToAnnotations(document: BriefingDocument, options: AnnotationExportOptions = {}): AnnotationCollection {
  const id = stableUuid('briefing', document.briefing.id, document.briefing.createdAt);
  const items = document.articles.flatMap((entry) => articleAnnotations(entry, options));
  return {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: document.briefing.title,
    total: items.length,
    generated: document.generatedAt,
    generator: { type: 'Software', name: 'Briefing Reader' },
    first: { id: stableUuid('briefing-page', document.briefing.id, document.briefing.createdAt, 1), type: 'AnnotationPage', startIndex: 0, items },
  };
}
