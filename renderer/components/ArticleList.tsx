/**
 * The current view's articles as a listbox: one option per article, the
 * selected one is the reader's. Arrow keys (and j/k), Home/End and
 * PageUp/PageDown move the selection; Enter moves focus into the reader.
 * Only the selected option is in the tab order (roving tabindex).
 *
 * Shift and Ctrl/Cmd (click, or Shift+arrows) select several articles; the
 * context menu (or its key) offers "Add to briefing…". Articles can be
 * dragged onto a briefing in the sidebar. In a briefing, they are in the
 * briefing's order: drag one to move it, or Alt+Up/Down (Alt+Home/End) with
 * the keyboard, announced to screen readers; Delete takes the selected ones
 * out of the briefing (with undo).
 */
import { memo, useEffect, useRef, useState, type DragEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { carriesArticles, startArticleDrag } from '../dom/article-drag.ts';
import { formatDate, formatReadingTime, isoDate, sourceName } from '../format.ts';
import { useAppStore } from '../store/store.ts';
import { EmptyState } from './EmptyState.tsx';
import { CloseIcon, ImportIcon } from './icons.tsx';
import { Menu, useMenu, type MenuItem } from './Menu.tsx';

type DropSide = 'before' | 'after';

function rowOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('[data-article-id]') : null;
}

function rowIdOf(target: EventTarget | null): number | null {
  const row = rowOf(target);
  return row ? Number(row.dataset.articleId) : null;
}

/** Where a dragged article lands: its index once taken out of the order and put before or after `targetId`. */
function dropIndex(order: readonly number[], draggedId: number, targetId: number, side: DropSide): number {
  if (targetId === draggedId) return order.indexOf(draggedId);
  const rest = order.filter((id) => id !== draggedId);
  return rest.indexOf(targetId) + (side === 'after' ? 1 : 0);
}

const PAGE_JUMP = 10;

export function ArticleList() {
  const ids = useAppStore((s) => s.articleIds);
  const status = useAppStore((s) => s.articlesStatus);
  const total = useAppStore((s) => s.articlesTotal);
  const selectedId = useAppStore((s) => s.selectedArticleId);
  const chosenIds = useAppStore((s) => s.selectedArticleIds);
  const briefingId = useAppStore((s) => (s.view.kind === 'briefing' ? s.view.id : null));
  const selectArticle = useAppStore((s) => s.selectArticle);
  const selectThrough = useAppStore((s) => s.selectArticlesThrough);
  const toggleSelected = useAppStore((s) => s.toggleArticleSelected);
  const moveArticle = useAppStore((s) => s.moveArticleInBriefing);
  const removeArticles = useAppStore((s) => s.removeArticlesFromBriefing);
  const openAddToBriefing = useAppStore((s) => s.openAddToBriefing);
  const loadMore = useAppStore((s) => s.loadMoreArticles);
  const listRef = useRef<HTMLDivElement>(null);
  const moreRef = useRef<HTMLDivElement>(null);
  const dragged = useRef<number | null>(null);
  const [dropAt, setDropAt] = useState<{ id: number; side: DropSide } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const menu = useMenu();
  const [menuIds, setMenuIds] = useState<number[]>([]);

  const selectedIndex = selectedId === null ? -1 : ids.indexOf(selectedId);
  const tabbableId = selectedIndex >= 0 ? selectedId : (ids[0] ?? null);
  const hasMore = ids.length < total;
  const chosen = new Set(chosenIds);

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
    const row = document.getElementById(`article-${id}`);
    row?.focus({ preventScroll: true });
    row?.scrollIntoView({ block: 'nearest' });
  };

  /** The articles an action applies to: the selection if `id` is in it, else `id` alone. */
  const actedOn = (id: number) => (chosen.has(id) ? ids.filter((a) => chosen.has(a)) : [id]);

  const titleOf = (id: number) => useAppStore.getState().articlesById[id]?.title ?? 'The article';

  /** Moves an article of the briefing to `to`, keeps focus on it and says where it went. */
  const move = (id: number, to: number) => {
    if (briefingId === null) return;
    const last = ids.length - 1;
    if (to < 0 || to > last) {
      setAnnouncement(`“${titleOf(id)}” is already ${to < 0 ? 'first' : 'last'}.`);
      return;
    }
    if (ids.indexOf(id) === to) return;
    void moveArticle(briefingId, id, to);
    setAnnouncement(`Moved “${titleOf(id)}” to position ${to + 1} of ${ids.length}.`);
    // The row's element moves in the DOM, which takes focus away from it: give it back.
    requestAnimationFrame(() => focusRow(id));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (ids.length === 0) return;
    const last = ids.length - 1;
    const focusedId = rowIdOf(event.target) ?? selectedId;
    const from = focusedId === null ? -1 : ids.indexOf(focusedId);

    if (event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && briefingId !== null && focusedId !== null && from >= 0) {
      const targets: Record<string, number> = { ArrowUp: from - 1, ArrowDown: from + 1, Home: 0, End: last };
      if (!Object.hasOwn(targets, event.key)) return;
      const to = targets[event.key]!;
      event.preventDefault();
      move(focusedId, to);
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if ((event.key === 'Delete' || event.key === 'Backspace') && briefingId !== null && focusedId !== null) {
      event.preventDefault();
      void removeArticles(briefingId, actedOn(focusedId));
      return;
    }
    if (event.key === 'Escape' && chosenIds.length > 1) {
      event.preventDefault();
      selectArticle(selectedId);
      return;
    }
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
        if (focusedId !== null) {
          event.preventDefault();
          selectArticle(focusedId);
        }
        return;
      }
      default:
        return;
    }
    event.preventDefault();
    const id = ids[to];
    if (id === undefined) return;
    if (event.shiftKey) selectThrough(id);
    else selectArticle(id);
    focusRow(id);
    if (to >= last - 5 && hasMore) void loadMore();
  };

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const id = rowIdOf(event.target);
    if (id === null) return;
    if (event.ctrlKey || event.metaKey) toggleSelected(id);
    else if (event.shiftKey) selectThrough(id);
    else selectArticle(id);
  };

  const onContextMenu = (event: MouseEvent<HTMLDivElement>) => {
    const row = rowOf(event.target);
    if (!row) return;
    const id = Number(row.dataset.articleId);
    if (!chosen.has(id)) selectArticle(id);
    setMenuIds(actedOn(id));
    menu.open(event, row);
  };

  const menuItems = (): MenuItem[] => {
    const first = menuIds[0];
    const items: MenuItem[] = [{ label: 'Add to briefing…', onSelect: () => openAddToBriefing(menuIds) }];
    if (briefingId !== null && first !== undefined) {
      const at = ids.indexOf(first);
      if (menuIds.length === 1) {
        items.push(
          { label: 'Move up', shortcut: 'Alt+↑', disabled: at <= 0, onSelect: () => move(first, at - 1) },
          { label: 'Move down', shortcut: 'Alt+↓', disabled: at >= ids.length - 1, onSelect: () => move(first, at + 1) },
        );
      }
      items.push({ label: 'Remove from briefing', shortcut: 'Del', danger: true, onSelect: () => void removeArticles(briefingId, menuIds) });
    }
    return items;
  };

  // Dragging: onto a briefing in the sidebar (add), or within this briefing (reorder).
  const onDragStart = (event: DragEvent<HTMLDivElement>) => {
    const id = rowIdOf(event.target);
    if (id === null) return;
    startArticleDrag(event.dataTransfer, actedOn(id));
    dragged.current = id;
  };

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (briefingId === null || dragged.current === null || !carriesArticles(event.dataTransfer)) return;
    event.preventDefault();
    event.stopPropagation();
    event.dataTransfer.dropEffect = 'move';
    const row = rowOf(event.target);
    if (!row) return;
    const box = row.getBoundingClientRect();
    const side: DropSide = event.clientY < box.top + box.height / 2 ? 'before' : 'after';
    const id = Number(row.dataset.articleId);
    if (dropAt?.id !== id || dropAt.side !== side) setDropAt({ id, side });
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    const draggedId = dragged.current;
    if (briefingId === null || draggedId === null || !carriesArticles(event.dataTransfer)) return;
    event.preventDefault();
    event.stopPropagation();
    const target = dropAt;
    setDropAt(null);
    dragged.current = null;
    if (target) move(draggedId, dropIndex(ids, draggedId, target.id, target.side));
  };

  const onDragEnd = () => {
    dragged.current = null;
    setDropAt(null);
  };

  return (
    <div className="list-scroll">
      <div
        ref={listRef}
        className="article-list"
        role="listbox"
        aria-label="Articles"
        aria-multiselectable="true"
        aria-describedby={briefingId !== null && ids.length > 1 ? 'article-list-reorder-hint' : undefined}
        aria-busy={status === 'loading' ? true : undefined}
        onKeyDown={onKeyDown}
        onClick={onClick}
        onMouseDown={(event) => {
          // Shift+click selects articles, not the text between them.
          if (event.shiftKey) event.preventDefault();
        }}
        onContextMenu={onContextMenu}
        onDragStart={onDragStart}
        onDragOver={onDragOver}
        onDragLeave={(event) => {
          if (!listRef.current?.contains(event.relatedTarget as Node | null)) setDropAt(null);
        }}
        onDrop={onDrop}
        onDragEnd={onDragEnd}
      >
        {ids.map((id) => (
          <ArticleRow
            key={id}
            id={id}
            selected={chosen.has(id)}
            tabbable={id === tabbableId}
            drop={dropAt?.id === id ? dropAt.side : null}
          />
        ))}
      </div>
      {briefingId !== null ? (
        <>
          <p id="article-list-reorder-hint" hidden>
            Alt+Up and Alt+Down move an article within the briefing; Delete takes it out.
          </p>
          <p className="sr-only" role="status" aria-live="polite">
            {announcement}
          </p>
        </>
      ) : null}
      {menu.at ? <Menu label="Article actions" at={menu.at} onClose={menu.close} items={menuItems()} /> : null}
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

/** Above the list when several articles are selected: what can be done with all of them. */
export function SelectionBar() {
  const chosenIds = useAppStore(useShallow((s) => s.selectedArticleIds.filter((id) => s.articlesById[id] !== undefined)));
  const briefingId = useAppStore((s) => (s.view.kind === 'briefing' ? s.view.id : null));
  const selectedId = useAppStore((s) => s.selectedArticleId);
  const selectArticle = useAppStore((s) => s.selectArticle);
  const openAddToBriefing = useAppStore((s) => s.openAddToBriefing);
  const removeArticles = useAppStore((s) => s.removeArticlesFromBriefing);
  if (chosenIds.length < 2) return null;
  return (
    <div className="selection-bar" role="toolbar" aria-label="Selected articles">
      <span className="selection-bar-count">{chosenIds.length} selected</span>
      <button type="button" className="button button-small" onClick={() => openAddToBriefing(chosenIds)}>
        Add to briefing…
      </button>
      {briefingId !== null ? (
        <button
          type="button"
          className="button button-small button-quiet"
          aria-label="Remove from briefing"
          title="Remove from briefing (Delete)"
          onClick={() => void removeArticles(briefingId, chosenIds)}
        >
          Remove
        </button>
      ) : null}
      <button type="button" className="icon-button" aria-label="Clear selection" title="Clear selection (Esc)" onClick={() => selectArticle(selectedId)}>
        <CloseIcon />
      </button>
    </div>
  );
}

const ArticleRow = memo(function ArticleRow({
  id,
  selected,
  tabbable,
  drop,
}: {
  id: number;
  selected: boolean;
  tabbable: boolean;
  /** Where a dragged article would land, beside this one. */
  drop: DropSide | null;
}) {
  const article = useAppStore((s) => s.articlesById[id]);
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
      draggable
      data-drop={drop ?? undefined}
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
