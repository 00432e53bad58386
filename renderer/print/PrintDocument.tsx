/**
 * The printed briefing: cover, contents, the articles (whole, or a digest of
 * their highlights), the timeline (when asked for), the sources and the
 * entity index (each entity with the articles that name it and their pages). Pages are cut by print CSS
 * (print.css); the running header and footer are drawn by the printer.
 */
import { exportableLink } from '../../shared/urls.ts';
import { useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import type { BriefingDocument, BriefingDocumentArticle } from '../../shared/briefing-document.ts';
import type { PdfOptions } from '../../shared/export.ts';
import { HIGHLIGHT_COLORS, highlightLabel } from '../../shared/highlights.ts';
import type { Article, PlacedHighlight, TlpMarking } from '../../shared/model.ts';
import { TOC_TARGET_ATTRIBUTE } from '../../shared/print.ts';
import { evaluationCode, formatSourceGrade, type SourceGrade } from '../../shared/tradecraft/grades.ts';
import { withheldCitationsNote, type LeftOutItem } from '../../shared/tradecraft/handling.ts';
import type { EntityIndexEntry, TimelineEvent } from '../../shared/tradecraft/model.ts';
import { tlpLabel } from '../components/TlpBadge.tsx';
import { EventSentence } from '../components/EventSentence.tsx';
import { formatDate, isoDate, sourceName } from '../format.ts';
import { renderMarkdown } from '../markdown.ts';
import { sanitizeArticleHtml } from '../reader/article-html.ts';
import { formatSource, quotedPassage, quoteText } from '../../shared/citation.ts';
import {
  citationProblem,
  confidenceLabel,
  likelihoodName,
  likelihoodRange,
  footnotesOf,
  numberCitations,
  type Judgment,
  type NumberedCitation,
} from '../../shared/judgments.ts';
import { HIGHLIGHT_COLOR_STYLE, type HighlightLabels } from '../reader/highlight-colors.ts';
import { annotateArticle } from './annotate-article.ts';
import { articleAnchor, endnoteId, numberNotes, orphanedHighlights, placedInOrder, type NumberedNote } from './notes.ts';

/** FIRST's TLP 2.0 definitions, in its own words, for the cover. */
const TLP_MEANINGS: Record<TlpMarking, string> = {
  CLEAR: 'Recipients can spread this to the world, there is no limit on disclosure.',
  GREEN: 'Limited disclosure, recipients can spread this within their community.',
  AMBER: 'Limited disclosure, recipients can only spread this on a need-to-know basis within their organization and its clients.',
  'AMBER+STRICT': 'Limited disclosure, recipients can only spread this on a need-to-know basis within their organization.',
  RED: 'For the eyes and ears of individual recipients only, no further disclosure.',
};

const NONE_MOVED: ReadonlySet<number> = new Set();

const SOURCES_ANCHOR = 'sources';
const TIMELINE_ANCHOR = 'timeline';
const ENTITY_INDEX_ANCHOR = 'entity-index';

interface PrintDocumentProps {
  document: BriefingDocument;
  options: PdfOptions;
  labels: HighlightLabels;
  /** The articles' entity index, by name (from getExportDocument). */
  entities: readonly EntityIndexEntry[];
  /** The articles' dated events, by date; printed when `options.timeline`. */
  timeline: readonly TimelineEvent[];
  /** What the briefing's marking kept out: a key judgment says which of its citations were withheld. */
  leftOut: readonly LeftOutItem[];
  /** Margin mode: the highlights whose notes did not fit beside their passage (margin-notes.ts), printed as endnotes. */
  movedNotes?: ReadonlySet<number>;
}

export function PrintDocument({ document, options, labels, entities, timeline, leftOut, movedNotes = NONE_MOVED }: PrintDocumentProps) {
  const { briefing, articles } = document;
  const sections = [
    ...(options.timeline ? [{ target: TIMELINE_ANCHOR, title: 'Timeline' }] : []),
    { target: SOURCES_ANCHOR, title: 'Sources' },
    ...(entities.length > 0 ? [{ target: ENTITY_INDEX_ANCHOR, title: 'Entity index' }] : []),
  ];
  return (
    <main className="print-document" data-content={options.content} data-notes={options.notes} style={HIGHLIGHT_COLOR_STYLE}>
      <Cover document={document} leftOut={leftOut} />
      <Contents articles={articles} sections={sections} legend={<ColorLegend articles={articles} labels={labels} />} />
      {options.content === 'digest' ? (
        <div className="digest page-start">
          {articles.map((entry, index) => (
            <DigestArticle key={entry.article.id} entry={entry} index={index} labels={labels} />
          ))}
        </div>
      ) : (
        articles.map((entry, index) => (
          <FullArticle key={entry.article.id} entry={entry} index={index} notes={options.notes} labels={labels} movedNotes={movedNotes} />
        ))
      )}
      {options.timeline ? <Timeline events={timeline} articles={articles} /> : null}
      <Sources articles={articles} marking={briefing.marking} />
      {entities.length > 0 ? <EntityIndex entities={entities} articles={articles} /> : null}
    </main>
  );
}

function Markdown({ source, className }: { source: string; className: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  return <div className={`${className} note-markdown`} dangerouslySetInnerHTML={{ __html: html }} />;
}

function Cover({ document, leftOut }: { document: BriefingDocument; leftOut: readonly LeftOutItem[] }) {
  const { briefing, articles, judgments } = document;
  const hasJudgments = briefing.summary.trim() !== '' || judgments.length > 0;
  const highlightCount = articles.reduce((sum, entry) => sum + entry.highlights.length, 0);
  return (
    <section className="cover" aria-label="Cover">
      <div className="cover-top">
        <span className="tlp-badge" data-marking={briefing.marking}>
          {tlpLabel(briefing.marking)}
        </span>
        <span className="cover-kicker">Briefing</span>
      </div>
      {/* Under the marking it explains, so it is on the first page however long the cover runs. */}
      <p className="cover-handling">{TLP_MEANINGS[briefing.marking]}</p>
      <h1 className="cover-title">{briefing.title}</h1>
      <dl className="cover-facts">
        {briefing.author.trim() !== '' ? <Fact label="Author">{briefing.author}</Fact> : null}
        <Fact label="Date">
          {/* The analyst's day for the briefing, read at noon so no time zone moves it to another day. */}
          <time dateTime={briefing.date}>{formatDate(`${briefing.date}T12:00:00`)}</time>
        </Fact>
        <Fact label="Contents">
          {articles.length} {articles.length === 1 ? 'article' : 'articles'}, {highlightCount} {highlightCount === 1 ? 'highlight' : 'highlights'}
        </Fact>
      </dl>
      {hasJudgments ? (
        <section className="cover-summary" aria-labelledby="key-judgments">
          <h2 id="key-judgments">Key judgments</h2>
          {briefing.summary.trim() !== '' ? <Markdown source={briefing.summary} className="cover-summary-text" /> : null}
          {judgments.length > 0 ? <CoverJudgments judgments={judgments} leftOut={leftOut} marking={briefing.marking} /> : null}
        </section>
      ) : null}
    </section>
  );
}

const footnoteId = (number: number) => `judgment-note-${number}`;

/**
 * The structured judgments under the summary's lead: each with its estimative
 * term, probability range and confidence, and footnote numbers for the
 * passages it cites; the footnotes, on the cover itself, quote them.
 */
function CoverJudgments({ judgments, leftOut, marking }: { judgments: readonly Judgment[]; leftOut: readonly LeftOutItem[]; marking: TlpMarking }) {
  const footnotes = numberCitations(judgments);
  return (
    <>
      <ol className="cover-judgments">
        {judgments.map((judgment, index) => (
          <li key={judgment.id} className="cover-judgment" data-likelihood={judgment.likelihood}>
            <p className="cover-judgment-estimate">
              <span className="cover-judgment-term">{likelihoodName(judgment.likelihood)}</span>{' '}
              <span className="cover-judgment-range">({likelihoodRange(judgment.likelihood)})</span>
              <span className="cover-judgment-confidence"> · {confidenceLabel(judgment.confidence)}</span>
            </p>
            <p className="cover-judgment-text">
              {judgment.text}
              {footnotes
                .filter((note) => note.judgmentId === judgment.id)
                .map((note, index) => (
                  <sup key={note.number} className="footnote-ref">
                    {index > 0 ? ',' : ''}
                    <a href={`#${footnoteId(note.number)}`} aria-label={`Note ${note.number}`}>
                      {note.number}
                    </a>
                  </sup>
                ))}
            </p>
            <WithheldCitations note={withheldCitationsNote(leftOut, index + 1, marking)} />
          </li>
        ))}
      </ol>
      {footnotes.length > 0 ? (
        <ol className="cover-footnotes" aria-label="Cited passages">
          {footnotesOf(footnotes).map((note) => (
            <CoverFootnote key={note.number} note={note} />
          ))}
        </ol>
      ) : null}
    </>
  );
}

/** Under a judgment whose cited passages the marking keeps out: how many, and why, where its footnote would be. */
function WithheldCitations({ note }: { note: string }) {
  return note ? <p className="cover-judgment-withheld">{note}</p> : null;
}

/** Longest passage a footnote quotes in full; a longer one is cut at a word with an ellipsis. */
const FOOTNOTE_QUOTE_LENGTH = 420;

function clippedQuote(text: string): string {
  const quote = quoteText(text);
  if (quote.length <= FOOTNOTE_QUOTE_LENGTH) return quotedPassage(quote);
  const cut = quote.slice(0, FOOTNOTE_QUOTE_LENGTH);
  return quotedPassage(`${cut.slice(0, Math.max(cut.lastIndexOf(' '), FOOTNOTE_QUOTE_LENGTH / 2)).trimEnd()} …`);
}

function CoverFootnote({ note }: { note: NumberedCitation }) {
  const where = note.source ? formatSource({ ...note.source, url: null }, formatDate) : '';
  const problem = citationProblem(note.status);
  return (
    <li id={footnoteId(note.number)} className="cover-footnote" data-status={note.status}>
      <span className="cover-footnote-number">{note.number}</span>
      <span className="cover-footnote-body">
        {clippedQuote(note.quote)}{where !== '' ? ` — ${where}` : ''}
        {problem ? <span className="cover-footnote-problem"> {problem}</span> : null}
      </span>
    </li>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="cover-fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The table of contents. Page numbers are filled in after layout (paginate.ts); the printer checks them. */
function Contents({
  articles,
  sections,
  legend,
}: {
  articles: readonly BriefingDocumentArticle[];
  sections: ReadonlyArray<{ target: string; title: string }>;
  legend: ReactNode;
}) {
  const entries = [
    ...articles.map((entry, index) => ({ target: articleAnchor(index), title: entry.article.title, source: sourceName(entry.article.siteName, entry.article.url) })),
    ...sections.map((section) => ({ ...section, source: null })),
  ];
  return (
    <nav className="contents">
      {/* The page break sits on the heading: on its container, Chromium's outline names the heading twice. */}
      <h2 id="contents-title" className="section-title page-start">
        Contents
      </h2>
      <ol className="contents-list">
        {entries.map((entry, index) => (
          <li key={entry.target} className="contents-entry">
            <a href={`#${entry.target}`} className="contents-link">
              <span className="contents-number">{index < articles.length ? index + 1 : ''}</span>
              <span className="contents-title">
                {entry.title}
                {entry.source ? <span className="contents-source">{entry.source}</span> : null}
              </span>
              <span className="contents-leader" aria-hidden="true" />
              <span className="contents-page" {...{ [TOC_TARGET_ATTRIBUTE]: entry.target }}>
                00
              </span>
            </a>
          </li>
        ))}
      </ol>
      {legend}
    </nav>
  );
}

/** What each highlight colour printed in this briefing means ("Key fact", or the analyst's own name): only the colours used. */
function ColorLegend({ articles, labels }: { articles: readonly BriefingDocumentArticle[]; labels: HighlightLabels }) {
  const used = new Set(articles.flatMap((entry) => entry.highlights.map((highlight) => highlight.color)));
  const colors = HIGHLIGHT_COLORS.filter((color) => used.has(color));
  if (colors.length === 0) return null;
  return (
    <section className="color-legend" aria-labelledby="color-legend-title">
      <h3 id="color-legend-title" className="color-legend-title">
        Highlight colours
      </h3>
      <ul className="color-legend-list">
        {colors.map((color) => (
          <li key={color} className="color-legend-entry" data-color={color}>
            <span className="color-legend-swatch" aria-hidden="true" />
            {highlightLabel(color, labels)}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ArticleHeader({ article, index, note }: { article: Article; index: number; note: string | null }) {
  const published = formatDate(article.publishedAt);
  const saved = formatDate(article.savedAt);
  const site = sourceName(article.siteName, article.url);
  return (
    <header className="article-header">
      <p className="article-kicker">
        Article {index + 1}
        {site ? <span className="article-site"> · {site}</span> : null}
      </p>
      <h2 id={articleAnchor(index)} className="article-title" dir="auto">
        {article.title}
      </h2>
      <dl className="article-meta">
        {article.byline ? <MetaItem label="By">{article.byline}</MetaItem> : null}
        {published ? (
          <MetaItem label="Published">
            <time dateTime={isoDate(article.publishedAt)}>{published}</time>
          </MetaItem>
        ) : null}
        {saved ? (
          <MetaItem label="Saved">
            <time dateTime={isoDate(article.savedAt)}>{saved}</time>
          </MetaItem>
        ) : null}
        {article.sourceGrade !== null ? <MetaItem label="Source grade">{formatSourceGrade(article.sourceGrade)}</MetaItem> : null}
        {article.url ? (
          <MetaItem label="URL" wide>
            <SourceLink url={article.url} />
          </MetaItem>
        ) : null}
      </dl>
      {note !== null && note.trim() !== '' ? (
        <aside className="article-note" aria-label="Analyst note">
          <p className="article-note-label">Analyst note</p>
          <Markdown source={note} className="article-note-text" />
        </aside>
      ) : null}
    </header>
  );
}

function MetaItem({ label, wide = false, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? 'article-meta-item article-meta-wide' : 'article-meta-item'}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function FullArticle({
  entry,
  index,
  notes: mode,
  labels,
  movedNotes,
}: {
  entry: BriefingDocumentArticle;
  index: number;
  notes: PdfOptions['notes'];
  labels: HighlightLabels;
  movedNotes: ReadonlySet<number>;
}) {
  const { article, highlights, note } = entry;
  const bodyRef = useRef<HTMLDivElement>(null);
  const annotated = useRef(false);
  const html = useMemo(() => sanitizeArticleHtml(article.html), [article.html]);
  const notes = useMemo(() => numberNotes(highlights), [highlights]);
  // By value: an article none of whose notes moved is not annotated again when another article's do.
  const movedHere = notes.flatMap(({ highlight }) => (movedNotes.has(highlight.id) ? [highlight.id] : [])).join(',');
  const moved = useMemo(() => new Set(movedHere === '' ? [] : movedHere.split(',').map(Number)), [movedHere]);
  const endnotes = mode === 'endnotes' ? notes : notes.filter(({ highlight }) => moved.has(highlight.id));
  const orphans = orphanedHighlights(highlights);

  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    // Annotating again (notes moved out of the margin) starts from the bare text: painting works by text offsets.
    if (annotated.current) body.innerHTML = html;
    annotated.current = true;
    annotateArticle(body, {
      placed: placedInOrder(highlights).map(({ id, start, end, color, credibility }) => ({
        id,
        start,
        end,
        color,
        evaluation: evaluationCode(article.sourceGrade, credibility),
      })),
      notes,
      mode,
      endnoteId: (number) => endnoteId(index, number),
      moved,
    });
  }, [highlights, notes, mode, index, article.sourceGrade, html, moved]);

  return (
    <article className="print-article page-start" lang={article.lang ?? undefined} aria-labelledby={articleAnchor(index)}>
      <ArticleHeader article={article} index={index} note={note} />
      <div ref={bodyRef} className="article-body" dir={article.dir} dangerouslySetInnerHTML={{ __html: html }} />
      {endnotes.length > 0 ? (
        <Endnotes
          notes={endnotes}
          title={mode === 'endnotes' ? 'Notes' : 'Notes that did not fit in the margin'}
          index={index}
          article={article}
          labels={labels}
        />
      ) : null}
      {orphans.length > 0 ? <Orphans orphans={orphans} sourceGrade={article.sourceGrade} labels={labels} /> : null}
    </article>
  );
}

function Endnotes({
  notes,
  title,
  index,
  article,
  labels,
}: {
  notes: readonly NumberedNote[];
  title: string;
  index: number;
  article: Article;
  labels: HighlightLabels;
}) {
  return (
    <section className="endnotes" aria-label={`Notes on article ${index + 1}`}>
      <h3 className="endnotes-title">{title}</h3>
      <ol className="endnotes-list">
        {notes.map(({ number, highlight, start, end }) => (
          <li key={highlight.id} id={endnoteId(index, number)} className="endnote" data-color={highlight.color}>
            <span className="endnote-number">{number}</span>
            <div className="endnote-body">
              <p className="endnote-quote">
                <span className="color-label">{highlightLabel(highlight.color, labels)}</span>
                <Evaluation code={evaluationCode(article.sourceGrade, highlight.credibility)} /> {quotedPassage(article.text.slice(start, end))}
              </p>
              <Markdown source={highlight.note} className="endnote-text" />
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** A highlight's evaluation code ("B2") beside its label. */
function Evaluation({ code }: { code: string | null }) {
  return code === null ? null : <span className="evaluation-code"> {code}</span>;
}

function Orphans({ orphans, sourceGrade, labels }: { orphans: readonly PlacedHighlight[]; sourceGrade: SourceGrade | null; labels: HighlightLabels }) {
  return (
    <section className="orphans" aria-label="Highlights not found in the text">
      <h3 className="endnotes-title">Highlights not found in the current text</h3>
      {orphans.map((highlight) => (
        <Quote key={highlight.id} highlight={highlight} quote={highlight.quote.exact} sourceGrade={sourceGrade} labels={labels} />
      ))}
    </section>
  );
}

/** A highlight quoted on its own, with its colour bar and its note: the digest's unit. */
function Quote({
  highlight,
  quote,
  sourceGrade,
  labels,
  source,
}: {
  highlight: PlacedHighlight;
  quote: string;
  sourceGrade: SourceGrade | null;
  labels: HighlightLabels;
  source?: string;
}) {
  return (
    <figure className="quote" data-color={highlight.color}>
      <p className="quote-label">
        {highlightLabel(highlight.color, labels)}
        <Evaluation code={evaluationCode(sourceGrade, highlight.credibility)} />
      </p>
      <blockquote className="quote-text">{quotedPassage(quote)}</blockquote>
      {highlight.note.trim() !== '' ? <Markdown source={highlight.note} className="quote-note" /> : null}
      {source ? <figcaption className="quote-source">{source}</figcaption> : null}
    </figure>
  );
}

function DigestArticle({ entry, index, labels }: { entry: BriefingDocumentArticle; index: number; labels: HighlightLabels }) {
  const { article, highlights, note } = entry;
  const placed = placedInOrder(highlights);
  const orphans = orphanedHighlights(highlights);
  const source = [sourceName(article.siteName, article.url), article.title, formatDate(article.publishedAt)].filter(Boolean).join(' · ');
  return (
    <article className="print-article digest-article" lang={article.lang ?? undefined} aria-labelledby={articleAnchor(index)}>
      <ArticleHeader article={article} index={index} note={note} />
      {placed.length === 0 && orphans.length === 0 ? <p className="digest-empty">No highlights in this article.</p> : null}
      <div className="digest-quotes" dir={article.dir}>
        {placed.map((highlight) => (
          <Quote
            key={highlight.id}
            highlight={highlight}
            quote={article.text.slice(highlight.start, highlight.end)}
            sourceGrade={article.sourceGrade}
            labels={labels}
            source={source}
          />
        ))}
      </div>
      {orphans.length > 0 ? <Orphans orphans={orphans} sourceGrade={article.sourceGrade} labels={labels} /> : null}
    </article>
  );
}

/** One citation per article: who, what, where, when published, and when it was saved (accessed). */
function Sources({ articles, marking }: { articles: readonly BriefingDocumentArticle[]; marking: TlpMarking }) {
  return (
    <section className="sources" data-marking={marking}>
      <h2 id={SOURCES_ANCHOR} className="section-title page-start">
        Sources
      </h2>
      <ol className="sources-list">
        {articles.map(({ article }) => {
          const where = [sourceName(article.siteName, article.url), formatDate(article.publishedAt)].filter(Boolean).join(', ');
          const saved = formatDate(article.savedAt);
          return (
            <li key={article.id} className="source">
              {article.byline ? `${article.byline}. ` : ''}{quotedPassage(`${article.title}.`)}{where ? ` ${where}.` : ''}
              {article.url ? (
                <>
                  {' '}
                  <SourceLink url={article.url} className="source-url" />
                </>
              ) : null}
              {saved ? ` Saved ${saved}.` : ''}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

const DAY = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * "2 March 2026", "March 2026" or "2014": as precisely as the article named
 * the date; an undated event (its article has no published date) is printed
 * as written.
 */
function eventDate(event: TimelineEvent): string {
  if (event.date === null) return `Undated: “${event.expression}”`;
  const date = new Date(`${event.date}T00:00:00Z`);
  if (event.precision === 'day') return DAY.format(date);
  if (event.precision === 'month') return MONTH.format(date);
  return event.date.slice(0, 4);
}

/** The articles' position in the document by id, for "Article 3" references. */
function articleIndexes(articles: readonly BriefingDocumentArticle[]): Map<number, number> {
  return new Map(articles.map((entry, index) => [entry.article.id, index]));
}

/** Dated events the articles mention, by date: each with its sentence and the article it comes from. */
function Timeline({ events, articles }: { events: readonly TimelineEvent[]; articles: readonly BriefingDocumentArticle[] }) {
  const indexes = articleIndexes(articles);
  return (
    <section className="print-timeline">
      <h2 id={TIMELINE_ANCHOR} className="section-title page-start">
        Timeline
      </h2>
      {events.length === 0 ? <p className="digest-empty">The articles name no dates.</p> : null}
      <ol className="timeline-list">
        {events.map((event) => {
          const index = indexes.get(event.articleId);
          return (
            <li key={event.id} className="timeline-entry" data-approximate={event.approximate || undefined}>
              <p className="timeline-date">
                {event.approximate ? '≈ ' : ''}
                {eventDate(event)}
                {event.approximate ? <span className="timeline-approximate"> (approximate)</span> : null}
              </p>
              <p className="timeline-sentence" dir="auto">
                <EventSentence event={event} />
              </p>
              <p className="timeline-source">
                {index === undefined ? null : <a href={`#${articleAnchor(index)}`}>Article {index + 1}</a>}
                {index === undefined ? '' : ' · '}
                {event.articleTitle}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** People, organizations and places, A to Z, each with the articles that name them and the page each begins on. */
function EntityIndex({ entities, articles }: { entities: readonly EntityIndexEntry[]; articles: readonly BriefingDocumentArticle[] }) {
  const indexes = articleIndexes(articles);
  return (
    <section className="entity-index">
      <h2 id={ENTITY_INDEX_ANCHOR} className="section-title page-start">
        Entity index
      </h2>
      <ul className="entity-index-list">
        {entities.map((entity) => (
          <li key={entity.id} className="entity-index-entry">
            <span className="entity-index-name" dir="auto">
              {entity.name}
            </span>{' '}
            <span className="entity-index-kind">{entity.kind}</span>{' '}
            <span className="entity-index-refs">
              {entity.articleIds.flatMap((id, position) => {
                const index = indexes.get(id);
                if (index === undefined) return [];
                return [
                  position > 0 ? '; ' : '',
                  <a key={id} href={`#${articleAnchor(index)}`} className="entity-index-ref">
                    Article {index + 1}, p.{' '}
                    <span className="entity-index-page" {...{ [TOC_TARGET_ATTRIBUTE]: articleAnchor(index) }}>
                      00
                    </span>
                  </a>,
                ];
              })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** An article's address: a link only when the export link filter allows it (no javascript:, no user name or password); else plain text. */
export function SourceLink({ url, className }: { url: string; className?: string }) {
  const href = exportableLink(url);
  if (href === null) return <span className={className}>{url}</span>;
  return (
    <a href={href} className={className}>
      {url}
    </a>
  );
}
