/**
 * The reader: the selected article with its source details, the toolbar
 * (reading status, source link) and the article's HTML. Links inside the
 * article never navigate the window: web links open in the system browser
 * through `openExternal`, in-page links scroll.
 */
import { useEffect, useRef, type CSSProperties, type MouseEvent } from 'react';
import type { Article } from '../../shared/model.ts';
import type { Settings } from '../../shared/settings.ts';
import { prepareArticleHtml } from '../reader/article-html.ts';
import { formatDate, formatReadingTime, isoDate, sourceName } from '../format.ts';
import { useAppStore } from '../store/store.ts';
import { EmptyState } from './EmptyState.tsx';
import { CheckIcon, CircleIcon, ExternalIcon } from './icons.tsx';

export function ReaderPane() {
  const status = useAppStore((s) => s.readerStatus);
  const article = useAppStore((s) => s.readerArticle);
  const error = useAppStore((s) => s.readerError);
  const selectedId = useAppStore((s) => s.selectedArticleId);
  const loadReaderArticle = useAppStore((s) => s.loadReaderArticle);

  let content;
  if (article) {
    content = <ReaderArticle key={article.id} article={article} />;
  } else if (status === 'loading') {
    content = (
      <article className="reader reader-loading" aria-label="Reader" aria-busy="true">
        <div className="reader-column">
          <div className="skeleton-line skeleton-kicker" />
          <div className="skeleton-line skeleton-heading" />
          <div className="skeleton-line skeleton-heading skeleton-short" />
          <div className="skeleton-line skeleton-meta" />
        </div>
      </article>
    );
  } else if (status === 'error') {
    content = (
      <EmptyState title="This article could not be opened" tone="error">
        <p>{error}</p>
        {selectedId !== null ? (
          <button type="button" className="button" onClick={() => void loadReaderArticle(selectedId)}>
            Try again
          </button>
        ) : null}
      </EmptyState>
    );
  } else {
    content = <ReaderPlaceholder />;
  }
  return <div className="reader-pane">{content}</div>;
}

function ReaderPlaceholder() {
  const hasArticles = useAppStore((s) => s.articleIds.length > 0);
  return (
    <EmptyState title={hasArticles ? 'Select an article to read it' : 'Nothing to read here yet'}>
      {hasArticles ? (
        <p>
          Use <kbd>↑</kbd> <kbd>↓</kbd> in the list to move between articles, and <kbd>Enter</kbd> to start reading.
        </p>
      ) : (
        <p>The article you select in the list opens here.</p>
      )}
    </EmptyState>
  );
}

function readerStyle(reader: Settings['reader'] | undefined): CSSProperties {
  if (!reader) return {};
  return {
    '--reader-font-size': `${reader.fontSize}px`,
    '--reader-line-height': String(reader.lineHeight),
    '--reader-column': `${reader.columnWidth}px`,
    '--reader-font': reader.font === 'sans' ? 'var(--font-ui)' : 'var(--font-serif)',
  } as CSSProperties;
}

function ReaderArticle({ article }: { article: Article }) {
  const reader = useAppStore((s) => s.settings?.reader);
  const openExternal = useAppStore((s) => s.openExternal);
  const notify = useAppStore((s) => s.notify);
  const scrollRef = useRef<HTMLDivElement>(null);
  const source = sourceName(article.siteName, article.url);
  const published = formatDate(article.publishedAt);
  const saved = formatDate(article.savedAt);

  useEffect(() => {
    document.title = `${article.title} — Briefing Reader`;
    return () => {
      document.title = 'Briefing Reader';
    };
  }, [article.title]);

  const onBodyClick = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as Element).closest('a');
    if (!link) return;
    event.preventDefault();
    const href = link.getAttribute('href') ?? '';
    if (href.startsWith('#')) {
      const target = href.length > 1 ? scrollRef.current?.querySelector(`[id="${CSS.escape(href.slice(1))}"]`) : null;
      target?.scrollIntoView({ block: 'start' });
      return;
    }
    if (href === '') return;
    // Relative links point into the original page: resolve them against its address.
    let target: URL;
    try {
      target = new URL(href, article.url ?? undefined);
    } catch {
      notify({ tone: 'info', title: 'This link points into the original page, which was saved without its address.' });
      return;
    }
    void openExternal(target.href);
  };

  return (
    <article className="reader" aria-label="Reader" lang={article.lang ?? undefined}>
      <div className="reader-toolbar">
        <span className="reader-toolbar-info">
          {saved ? (
            <>
              Saved <time dateTime={isoDate(article.savedAt)}>{saved}</time>
            </>
          ) : null}
        </span>
        <div className="reader-actions">
          <ReadingStatusButton id={article.id} read={article.readingStatus === 'read'} />
          {article.url ? (
            <a
              className="button button-quiet"
              href={article.url}
              title={article.url}
              onClick={(event) => {
                event.preventDefault();
                if (article.url) void openExternal(article.url);
              }}
              onAuxClick={(event) => event.preventDefault()}
            >
              <ExternalIcon />
              Open source
            </a>
          ) : null}
        </div>
      </div>
      <div className="reader-scroll" id="reader-scroll" ref={scrollRef} tabIndex={-1} style={readerStyle(reader)}>
        <div className="reader-column">
          <header className="reader-header">
            {source ? <p className="reader-kicker">{source}</p> : null}
            <h2 className="reader-title" dir={article.dir}>
              {article.title}
            </h2>
            <p className="reader-meta">
              {article.byline ? <span className="reader-byline">{article.byline}</span> : null}
              {published ? (
                <span>
                  Published <time dateTime={isoDate(article.publishedAt)}>{published}</time>
                </span>
              ) : null}
              <span>{formatReadingTime(article.wordCount)}</span>
            </p>
          </header>
          <div
            className="reader-body"
            dir={article.dir}
            onClick={onBodyClick}
            onAuxClick={(event) => {
              if ((event.target as Element).closest('a')) event.preventDefault();
            }}
            dangerouslySetInnerHTML={{ __html: prepareArticleHtml(article.html) }}
          />
          <ReaderEnd read={article.readingStatus === 'read'} />
        </div>
      </div>
    </article>
  );
}

function ReadingStatusButton({ id, read }: { id: number; read: boolean }) {
  const setReadingStatus = useAppStore((s) => s.setReadingStatus);
  return (
    <button
      type="button"
      className="button"
      data-read={read}
      onClick={() => void setReadingStatus(id, read ? 'unread' : 'read')}
    >
      {read ? <CircleIcon /> : <CheckIcon />}
      {read ? 'Mark as unread' : 'Mark as read'}
    </button>
  );
}

/** The end of the article says where the reader stands; the one status button stays in the toolbar. */
function ReaderEnd({ read }: { read: boolean }) {
  return (
    <footer className="reader-end">
      <span className="reader-end-rule" aria-hidden="true" />
      <p className="reader-end-note">{read ? 'Marked as read' : 'End of article'}</p>
    </footer>
  );
}
