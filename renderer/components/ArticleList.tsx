/**
 * The current view's articles as a listbox: one option per article, the
 * selected one is the reader's. Arrow keys (and j/k), Home/End and
 * PageUp/PageDown move the selection; Enter moves focus into the reader.
 * Only the selected option is in the tab order (roving tabindex).
 */
import { memo, useEffect, useRef, type KeyboardEvent } from 'react';
import { formatDate, formatReadingTime, isoDate, sourceName } from '../format.ts';
import { useAppStore } from '../store/store.ts';
import { EmptyState } from './EmptyState.tsx';
import { ImportIcon } from './icons.tsx';
import { ArticleEvaluation } from './Evaluation.tsx';

const PAGE_JUMP = 10;

export function ArticleList() {
  const ids = useAppStore((s) => s.articleIds);
  const status = useAppStore((s) => s.articlesStatus);
  const total = useAppStore((s) => s.articlesTotal);
  const selectedId = useAppStore((s) => s.selectedArticleId);
  const selectArticle = useAppStore((s) => s.selectArticle);
  const loadMore = useAppStore((s) => s.loadMoreArticles);
  const listRef = useRef<HTMLDivElement>(null);
  const moreRef = useRef<HTMLDivElement>(null);

  const selectedIndex = selectedId === null ? -1 : ids.indexOf(selectedId);
  const tabbableId = selectedIndex >= 0 ? selectedId : (ids[0] ?? null);
  const hasMore = ids.length < total;

  // Load the next page when its placeholder scrolls into view.
  useEffect(() => {
    const sentinel = moreRef.current;
    if (!sentinel || !hasMore) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) void loadMore();
    });
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, [hasMore, loadMore, ids.length]);

  const focusRow = (id: number) => {
    const row = listRef.current?.querySelector<HTMLElement>(`[data-article-id="${id}"]`);
    row?.focus({ preventScroll: true });
    row?.scrollIntoView({ block: 'nearest' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || ids.length === 0) return;
    const last = ids.length - 1;
    const from = selectedIndex;
    let to: number;
    switch (event.key) {
      case 'ArrowDown':
      case 'j':
        to = from < 0 ? 0 : Math.min(last, from + 1);
        break;
      case 'ArrowUp':
      case 'k':
        to = from < 0 ? 0 : Math.max(0, from - 1);
        break;
      case 'Home':
        to = 0;
        break;
      case 'End':
        to = last;
        break;
      case 'PageDown':
        to = Math.min(last, Math.max(0, from) + PAGE_JUMP);
        break;
      case 'PageUp':
        to = Math.max(0, from - PAGE_JUMP);
        break;
      case 'Enter':
        if (selectedId !== null) {
          event.preventDefault();
          document.getElementById('reader-scroll')?.focus();
        }
        return;
      case ' ': {
        const focused = (event.target as HTMLElement).closest<HTMLElement>('[data-article-id]');
        if (focused) {
          event.preventDefault();
          selectArticle(Number(focused.dataset.articleId));
        }
        return;
      }
      default:
        return;
    }
    event.preventDefault();
    const id = ids[to];
    if (id === undefined) return;
    selectArticle(id);
    focusRow(id);
    if (to >= last - 5 && hasMore) void loadMore();
  };

  return (
    <div className="list-scroll">
      <div
        ref={listRef}
        className="article-list"
        role="listbox"
        aria-label="Articles"
        aria-busy={status === 'loading' ? true : undefined}
        onKeyDown={onKeyDown}
      >
        {ids.map((id) => (
          <ArticleRow key={id} id={id} selected={id === selectedId} tabbable={id === tabbableId} />
        ))}
      </div>
      {status === 'loading' && ids.length === 0 ? <ListSkeleton /> : null}
      {status === 'error' ? <ListError /> : null}
      {status === 'ready' && ids.length === 0 ? <ListEmpty /> : null}
      {hasMore ? (
        <div ref={moreRef} className="list-more">
          <button type="button" className="button button-quiet" onClick={() => void loadMore()}>
            Load more articles ({(total - ids.length).toLocaleString()} more)
          </button>
        </div>
      ) : null}
    </div>
  );
}

const ArticleRow = memo(function ArticleRow({
  id,
  selected,
  tabbable,
}: {
  id: number;
  selected: boolean;
  tabbable: boolean;
}) {
  const article = useAppStore((s) => s.articlesById[id]);
  const selectArticle = useAppStore((s) => s.selectArticle);
  if (!article) return null;
  const source = sourceName(article.siteName, article.url);
  const date = article.publishedAt ?? article.savedAt;
  const dateText = formatDate(date, { short: true });
  const unread = article.readingStatus === 'unread';
  const titleId = `article-${id}-title`;
  const metaId = `article-${id}-meta`;
  return (
    <div
      role="option"
      id={`article-${id}`}
      className="article-row"
      data-article-id={id}
      data-status={article.readingStatus}
      aria-selected={selected}
      aria-labelledby={titleId}
      aria-describedby={metaId}
      tabIndex={tabbable ? 0 : -1}
      onClick={() => selectArticle(id)}
    >
      <span className="status-dot" data-status={article.readingStatus} aria-hidden="true" />
      <div className="article-row-body">
        <div className="article-row-title" id={titleId}>
          {article.title}
        </div>
        <div className="article-row-meta" id={metaId}>
          {unread ? <span className="sr-only">Unread. </span> : null}
          {article.readingStatus === 'reading' ? <span className="sr-only">In progress. </span> : null}
          {source ? <span className="article-row-source">{source}</span> : null}
          {dateText ? (
            <time dateTime={isoDate(date)} title={article.publishedAt ? 'Published' : 'Saved'}>
              {dateText}
            </time>
          ) : null}
          <span>{formatReadingTime(article.wordCount)}</span>
          <ArticleEvaluation grade={article.sourceGrade} marking={article.marking} />
        </div>
        {article.excerpt ? <p className="article-row-excerpt">{article.excerpt}</p> : null}
      </div>
    </div>
  );
});

function ListSkeleton() {
  return (
    <div className="list-skeleton" aria-hidden="true">
      {[0, 1, 2, 3].map((i) => (
        <div key={i} className="skeleton-row">
          <div className="skeleton-line skeleton-title" />
          <div className="skeleton-line skeleton-meta" />
        </div>
      ))}
    </div>
  );
}

function ListError() {
  const message = useAppStore((s) => s.articlesError);
  const loadArticles = useAppStore((s) => s.loadArticles);
  return (
    <EmptyState title="The articles could not be listed" tone="error">
      <p>{message}</p>
      <button type="button" className="button" onClick={() => void loadArticles()}>
        Try again
      </button>
    </EmptyState>
  );
}

function ListEmpty() {
  const kind = useAppStore((s) => s.view.kind);
  const libraryEmpty = useAppStore((s) => s.libraryInfo?.articleCount === 0);
  const openImportDialog = useAppStore((s) => s.openImportDialog);
  if (kind === 'briefing') {
    return (
      <EmptyState title="No articles in this briefing">
        <p>Articles added to this briefing appear here, in briefing order.</p>
        <p className="empty-state-note">What you import while this briefing is open is added to it.</p>
      </EmptyState>
    );
  }
  if (kind === 'unread' && !libraryEmpty) {
    return (
      <EmptyState title="All caught up">
        <p>Articles you have not read yet appear here. Everything in the library has been read.</p>
      </EmptyState>
    );
  }
  return (
    <EmptyState title="No articles yet" icon={<ImportIcon />}>
      <p>Articles you save appear here, ready to read offline, highlight and brief from.</p>
      <p>Drop web pages or text files here, paste a link, or use Import.</p>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => openImportDialog()}>
        Import articles…
      </button>
    </EmptyState>
  );
}
