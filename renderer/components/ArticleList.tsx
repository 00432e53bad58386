/**
 * The current view's articles as a virtualized listbox (VirtualListbox): one
 * option per article, the selected one is the reader's; pages are fetched as
 * the person scrolls. Arrow keys (and j/k), Home/End and PageUp/PageDown move
 * the selection, to rows not fetched yet too; Enter moves focus into the
 * reader; `m` marks the article read or unread, as does its context menu.
 */
import { memo, useCallback, useState } from 'react';
import { countFilters } from '../../shared/organize.ts';
import { formatDate, formatReadingTime, isoDate, sourceName } from '../format.ts';
import { useAppStore } from '../store/store.ts';
import { ArticleMenu, type ArticleMenuState } from './ArticleMenu.tsx';
import { EmptyState } from './EmptyState.tsx';
import { ImportIcon } from './icons.tsx';
import { TagChips } from './TagChips.tsx';
import { VirtualListbox } from './VirtualListbox.tsx';

/** An article row's height before it is measured (title, meta, two lines of excerpt). */
const ROW_ESTIMATE = 104;

export function ArticleList() {
  const ids = useAppStore((s) => s.articleIds);
  const articlesById = useAppStore((s) => s.articlesById);
  const status = useAppStore((s) => s.articlesStatus);
  const total = useAppStore((s) => s.articlesTotal);
  const selectedId = useAppStore((s) => s.selectedArticleId);
  const selectArticle = useAppStore((s) => s.selectArticle);
  const loadArticleRange = useAppStore((s) => s.loadArticleRange);
  const [menu, setMenu] = useState<ArticleMenuState | null>(null);

  const selectedIndex = selectedId === null ? -1 : ids.indexOf(selectedId);

  /** Selects the article at `index`, fetching its page first if it is not loaded yet. */
  const selectIndex = useCallback(
    async (index: number) => {
      let id = useAppStore.getState().articleIds[index];
      if (id === undefined) {
        await loadArticleRange(index, index + 1);
        id = useAppStore.getState().articleIds[index];
      }
      if (id !== undefined) selectArticle(id);
    },
    [loadArticleRange, selectArticle],
  );

  const toggleRead = (index: number) => {
    const article = articlesById[ids[index] ?? -1];
    if (article) void useAppStore.getState().setReadingStatus(article.id, article.readingStatus === 'read' ? 'unread' : 'read');
  };

  const openMenu = (index: number, at: { x: number; y: number }) => {
    const id = ids[index];
    if (id !== undefined) setMenu({ articleId: id, x: at.x, y: at.y });
  };

  return (
    <>
      {total > 0 ? (
        <VirtualListbox
          label="Articles"
          count={total}
          estimateSize={ROW_ESTIMATE}
          selectedIndex={selectedIndex}
          busy={status === 'loading'}
          rowClassName="article-row"
          rowId={(index) => `article-row-${index}`}
          rowAttributes={(index) => {
            const id = ids[index];
            const article = id === undefined ? undefined : articlesById[id];
            return article
              ? {
                  'data-article-id': article.id,
                  'data-status': article.readingStatus,
                  'aria-labelledby': `article-${article.id}-title`,
                  'aria-describedby': `article-${article.id}-meta`,
                }
              : { 'data-loading': true, 'aria-labelledby': undefined, 'aria-describedby': undefined };
          }}
          isSelected={(index) => ids[index] !== undefined && ids[index] === selectedId}
          renderRow={(index) => {
            const id = ids[index];
            return id === undefined ? <RowPlaceholder /> : <ArticleRow id={id} />;
          }}
          onMove={(index) => void selectIndex(index)}
          onActivate={() => {
            if (useAppStore.getState().selectedArticleId !== null) document.getElementById('reader-scroll')?.focus();
          }}
          onRangeChange={(start, end) => void loadArticleRange(start, end)}
          onOtherKey={(event, index) => {
            if (event.key === 'm' || event.key === 'M') {
              event.preventDefault();
              toggleRead(index);
            } else if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
              event.preventDefault();
              const box = (event.target as HTMLElement).getBoundingClientRect();
              openMenu(index, { x: box.left + 24, y: box.top + 24 });
            }
          }}
          onContextMenu={(index, event) => {
            event.preventDefault();
            void selectIndex(index);
            openMenu(index, { x: event.clientX, y: event.clientY });
          }}
        />
      ) : (
        <div className="list-scroll">
          {status === 'loading' ? <ListSkeleton /> : null}
          {status === 'error' ? <ListError /> : null}
          {status === 'ready' ? <ListEmpty /> : null}
        </div>
      )}
      {menu ? <ArticleMenu {...menu} onClose={() => setMenu(null)} /> : null}
    </>
  );
}

function RowPlaceholder() {
  return (
    <div className="article-row-body" aria-hidden="true">
      <div className="skeleton-line skeleton-title" />
      <div className="skeleton-line skeleton-meta" />
    </div>
  );
}

const ArticleRow = memo(function ArticleRow({ id }: { id: number }) {
  const article = useAppStore((s) => s.articlesById[id]);
  if (!article) return null;
  const source = sourceName(article.siteName, article.url);
  const date = article.publishedAt ?? article.savedAt;
  const dateText = formatDate(date, { short: true });
  const unread = article.readingStatus === 'unread';
  return (
    <>
      <span className="status-dot" data-status={article.readingStatus} aria-hidden="true" />
      <div className="article-row-body">
        <div className="article-row-title" id={`article-${id}-title`}>
          {article.title}
        </div>
        <div className="article-row-meta" id={`article-${id}-meta`}>
          {unread ? <span className="sr-only">Unread. </span> : null}
          {article.readingStatus === 'reading' ? <span className="sr-only">In progress. </span> : null}
          {source ? <span className="article-row-source">{source}</span> : null}
          {dateText ? (
            <time dateTime={isoDate(date)} title={article.publishedAt ? 'Published' : 'Saved'}>
              {dateText}
            </time>
          ) : null}
          <span>{formatReadingTime(article.wordCount)}</span>
          {article.tags.length > 0 ? <span className="sr-only">. Tags: {article.tags.map((t) => t.name).join(', ')}</span> : null}
        </div>
        {article.excerpt ? <p className="article-row-excerpt">{article.excerpt}</p> : null}
        {article.tags.length > 0 ? <TagChips tags={article.tags} /> : null}
      </div>
    </>
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
  const filtered = useAppStore((s) => countFilters(s.articleFilters) > 0);
  if (kind === 'briefing') {
    return (
      <EmptyState title="No articles in this briefing">
        <p>Articles added to this briefing appear here, in briefing order.</p>
        <p className="empty-state-note">What you import while this briefing is open is added to it.</p>
      </EmptyState>
    );
  }
  if ((kind === 'unread' || kind === 'tag' || filtered) && !libraryEmpty) {
    if (filtered || kind === 'tag') {
      return (
        <EmptyState title="No articles match">
          <p>No article in this view matches the filters. Clear a filter to see more.</p>
        </EmptyState>
      );
    }
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
