/**
 * Everything an export needs about one briefing, in reading order: the print
 * view (PDF), Markdown, HTML, Web Annotation JSON and the bundle all start here,
 * so every format shows the same articles, highlights and notes.
 */
import type { Judgment } from './judgments.ts';
import type { Article, Briefing, PlacedHighlight } from './model.ts';

export interface BriefingDocumentArticle {
  article: Article;
  /** Placed in the article's current text, reading order; orphans last. */
  highlights: PlacedHighlight[];
  /** The analyst's Markdown note on the whole article, if any. */
  note: string | null;
}

export interface BriefingDocument {
  briefing: Omit<Briefing, 'articles'>;
  articles: BriefingDocumentArticle[];
  /** The key judgments in order, each citation resolved (cited, outside the briefing, or missing). */
  judgments: Judgment[];
  /** When the document was assembled, ISO 8601. */
  generatedAt: string;
}
