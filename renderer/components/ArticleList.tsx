/**
 * The current view's articles as a virtualized listbox (VirtualListbox): one
 * option per article, the selected one is the reader's; pages are fetched as
 * the person scrolls. Arrow keys (and j/k), Home/End and PageUp/PageDown move
 * the selection, to rows not fetched yet too; Enter opens the focused row's
 * article (the first row a Tab lands on is not open yet) and moves focus into
 * the reader; `m` marks the article read or unread.
 *
 * Ctrl/⌘ (click, Space) and Shift (click, arrows) choose several articles
 * (renderer/list/selection.ts); Escape goes back to one. The context menu
 * (right click, the Menu key, Shift+F10) marks read or unread and offers "Add
 * to briefing…", "Edit details…" and "Delete article…". Articles can be dragged onto a briefing in the sidebar. In a
 * briefing, they are in the briefing's order: drag one to move it, or
 * Alt+Up/Down (Alt+Home/End) with the keyboard, announced to screen readers;
 * Delete takes the chosen ones out of the briefing (with undo); in other views
 * it asks to delete them from the library (with undo).
 */
import { memo, useCallback, useRef, useState, type DragEvent } from 'react';
import { countFilters } from '../../shared/organize.ts';
import { carriesArticles, startArticleDrag } from '../dom/article-drag.ts';
import { formatDate, formatReadingTime, isoDate, sourceName } from '../format.ts';
import { allLoaded } from '../list/paged.ts';
import { gestureOf, inListOrder } from '../list/selection.ts';
import { focusReaderWhenShown } from '../reader/focus-reader.ts';
import { useAppStore } from '../store/store.ts';
import { EmptyState } from './EmptyState.tsx';
import { ImportIcon } from './icons.tsx';
import { Menu, type MenuItem, type MenuPoint } from './Menu.tsx';
import { TagChips } from './TagChips.tsx';
import { VirtualListbox, type VirtualListboxHandle } from './VirtualListbox.tsx';
import { ArticleEvaluation } from './Evaluation.tsx';

/** An article row's height before it is measured (title, meta, two lines of excerpt). */
const ROW_ESTIMATE = 104;

type DropSide = 'before' | 'after';

/** Alt+key → where the focused article of a briefing goes, from `at` in a list of `count`. */
const MOVE_KEYS: Record<string, (at: number, count: number) => number> = {
  ArrowUp: (at) => at - 1,
  ArrowDown: (at) => at + 1,
  Home: () => 0,
  End: (_at, count) => count - 1,
};

function rowIdOf(target: EventTarget | null): number | null {
  const row = target instanceof Element ? target.closest<HTMLElement>('[data-article-id]') : null;
  return row ? Number(row.dataset.articleId) : null;
}

/** The row under a drag event and which half of it the pointer is on, or null off the rows. */
function dropTargetOf(event: { target: EventTarget | null; clientY: number }): { id: number; side: DropSide } | null {
  const row = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-article-id]') : null;
  if (!row) return null;
  const box = row.getBoundingClientRect();
  return { id: Number(row.dataset.articleId), side: event.clientY < box.top + box.height / 2 ? 'before' : 'after' };
}

/** Where a dragged article lands: its index once taken out of the order and put before or after `targetId`. */
function dropIndex(order: readonly number[], draggedId: number, targetId: number, side: DropSide): number {
  if (targetId === draggedId) return order.indexOf(draggedId);
  const rest = order.filter((id) => id !== draggedId);
  return rest.indexOf(targetId) + (side === 'after' ? 1 : 0);
}

interface ArticleMenuState {
  /** What can be done to the chosen articles, or to the one right-clicked. */
  items: MenuItem[];
  at: MenuPoint;
  /** Where focus goes back to when the menu closes. */
  returnTo: HTMLElement | null;
}

export function ArticleList() {
  const ids = useAppStore((s) => s.articleIds);
  const articlesById = useAppStore((s) => s.articlesById);
  const status = useAppStore((s) => s.articlesStatus);
  const total = useAppStore((s) => s.articlesTotal);
  const selectedId = useAppStore((s) => s.selectedArticleId);
  const selection = useAppStore((s) => s.articleSelection);
  const briefingId = useAppStore((s) => (s.view.kind === 'briefing' ? s.view.id : null));
  const selectArticle = useAppStore((s) => s.selectArticle);
  const chooseArticleAt = useAppStore((s) => s.chooseArticleAt);
  const loadArticleRange = useAppStore((s) => s.loadArticleRange);
  const moveArticle = useAppStore((s) => s.moveArticleInBriefing);
  const removeArticles = useAppStore((s) => s.removeArticlesFromBriefing);
  const openAddToBriefing = useAppStore((s) => s.openAddToBriefing);
  const openArticleDetails = useAppStore((s) => s.openArticleDetails);
  const askToDeleteArticles = useAppStore((s) => s.askToDeleteArticles);
  const [menu, setMenu] = useState<ArticleMenuState | null>(null);
  const [dropAt, setDropAt] = useState<{ id: number; side: DropSide } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const dragged = useRef<number | null>(null);
  const listbox = useRef<VirtualListboxHandle>(null);

  const selectedIndex = selectedId === null ? -1 : ids.indexOf(selectedId);
  const chosen = new Set(selection.ids);

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

  /** Enter on row `index`: reads it, or the reader's article when the row is among those chosen. */
  const readRow = async (index: number) => {
    const { articleIds, articleSelection, selectedArticleId } = useAppStore.getState();
    const rowId = articleIds[index];
    if (selectedArticleId === null || rowId === undefined || !articleSelection.ids.includes(rowId)) await selectIndex(index);
    const reading = useAppStore.getState().selectedArticleId;
    if (reading !== null) focusReaderWhenShown(reading);
  };

  /** The articles an action on `id` applies to: the chosen ones if `id` is among them, else `id` alone. */
  const actedOn = (id: number) => (chosen.has(id) ? inListOrder(selection, ids) : [id]);

  const titleOf = (id: number) => articlesById[id]?.title ?? 'The article';

  /** Moves an article of the briefing to `to`, keeps focus on it and says where it went. */
  const move = (id: number, to: number) => {
    const order = allLoaded(ids);
    if (briefingId === null || order === null) return;
    if (to < 0 || to >= order.length) {
      setAnnouncement(`“${titleOf(id)}” is already ${to < 0 ? 'first' : 'last'}.`);
      return;
    }
    if (order.indexOf(id) === to) return;
    void moveArticle(briefingId, id, to);
    setAnnouncement(`Moved “${titleOf(id)}” to position ${to + 1} of ${order.length}.`);
    listbox.current?.focusRow(to);
  };

  const setReadingStatus = (articleIds: number[], readingStatus: 'read' | 'unread') => {
    for (const id of articleIds) void useAppStore.getState().setReadingStatus(id, readingStatus);
  };

  const toggleRead = (index: number) => {
    const article = articlesById[ids[index] ?? -1];
    if (article) setReadingStatus([article.id], article.readingStatus === 'read' ? 'unread' : 'read');
  };

  const menuItems = (articleIds: number[]): MenuItem[] => {
    const first = articleIds[0];
    const status = first === undefined ? undefined : articlesById[first]?.readingStatus;
    const items: MenuItem[] = [];
    if (status !== 'read') items.push({ label: 'Mark as read', shortcut: 'M', onSelect: () => setReadingStatus(articleIds, 'read') });
    if (status !== 'unread') items.push({ label: 'Mark as unread', shortcut: 'M', onSelect: () => setReadingStatus(articleIds, 'unread') });
    items.push({ label: 'Add to briefing…', onSelect: () => openAddToBriefing(articleIds) });
    if (briefingId !== null && first !== undefined) {
      const at = ids.indexOf(first);
      if (articleIds.length === 1) {
        items.push(
          { label: 'Move up', shortcut: 'Alt+↑', disabled: at <= 0, onSelect: () => move(first, at - 1) },
          { label: 'Move down', shortcut: 'Alt+↓', disabled: at >= ids.length - 1, onSelect: () => move(first, at + 1) },
        );
      }
      items.push({ label: 'Remove from briefing', shortcut: 'Del', danger: true, onSelect: () => void removeArticles(briefingId, articleIds) });
    }
    if (articleIds.length === 1 && first !== undefined) items.push({ label: 'Edit details…', onSelect: () => openArticleDetails(first) });
    items.push({
      label: articleIds.length === 1 ? 'Delete article…' : `Delete ${articleIds.length} articles…`,
      shortcut: briefingId === null ? 'Del' : undefined,
      danger: true,
      onSelect: () => void askToDeleteArticles(articleIds),
    });
    return items;
  };

  const openMenu = (index: number, at: MenuPoint) => {
    const id = ids[index];
    if (id === undefined) return;
    if (!chosen.has(id)) selectArticle(id);
    const active = document.activeElement;
    setMenu({ items: menuItems(actedOn(id)), at, returnTo: active instanceof HTMLElement ? active : null });
  };

  // Dragging: onto a briefing in the sidebar (add), or within this briefing (reorder).
  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (briefingId === null || dragged.current === null || !carriesArticles(event.dataTransfer)) return;
    event.preventDefault();
    event.stopPropagation();
    event.dataTransfer.dropEffect = 'move';
    const target = dropTargetOf(event);
    if (target && (dropAt?.id !== target.id || dropAt.side !== target.side)) setDropAt(target);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    const draggedId = dragged.current;
    const order = allLoaded(ids);
    if (briefingId === null || draggedId === null || !carriesArticles(event.dataTransfer)) return;
    event.preventDefault();
    event.stopPropagation();
    // Read from the drop itself: the last dragover's state may not have rendered yet.
    const target = dropTargetOf(event) ?? dropAt;
    setDropAt(null);
    dragged.current = null;
    if (target && order) move(draggedId, dropIndex(order, draggedId, target.id, target.side));
  };

  const endDrag = () => {
    dragged.current = null;
    setDropAt(null);
  };

  const hasReorderHint = briefingId !== null && total > 1;

  return (
    <>
      {total > 0 ? (
        <VirtualListbox
          handle={listbox}
          label="Articles"
          count={total}
          estimateSize={ROW_ESTIMATE}
          selectedIndex={selectedIndex}
          busy={status === 'loading'}
          multiselectable
          rowClassName="article-row"
          rowId={(index) => `article-row-${index}`}
          rowAttributes={(index) => {
            const id = ids[index];
            const article = id === undefined ? undefined : articlesById[id];
            return article
              ? {
                  'data-article-id': article.id,
                  'data-status': article.readingStatus,
                  'data-drop': dropAt?.id === article.id ? dropAt.side : undefined,
                  'aria-labelledby': `article-${article.id}-title`,
                  'aria-describedby': `article-${article.id}-meta`,
                  draggable: true,
                }
              : { 'data-loading': true, 'aria-labelledby': undefined, 'aria-describedby': undefined };
          }}
          listboxAttributes={{
            'aria-describedby': hasReorderHint ? 'article-list-reorder-hint' : undefined,
            // Shift+click chooses articles, not the text between them.
            onMouseDown: (event) => {
              if (event.shiftKey) event.preventDefault();
            },
            onDragStart: (event) => {
              const id = rowIdOf(event.target);
              if (id === null) return;
              startArticleDrag(event.dataTransfer, actedOn(id));
              dragged.current = id;
            },
            onDragOver,
            onDragLeave: (event) => {
              if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropAt(null);
            },
            onDrop,
            onDragEnd: endDrag,
          }}
          isSelected={(index) => ids[index] !== undefined && chosen.has(ids[index])}
          renderRow={(index) => {
            const id = ids[index];
            return id === undefined ? <RowPlaceholder /> : <ArticleRow id={id} />;
          }}
          onMove={(index, keys) => {
            const command = keys.ctrlKey || keys.metaKey;
            if (keys.via === 'click') chooseArticleAt(index, gestureOf(keys));
            else if (keys.via === 'space') {
              if (command) chooseArticleAt(index, 'toggle');
              else void selectIndex(index);
            } else if (keys.shiftKey) chooseArticleAt(index, 'range');
            // Ctrl/⌘ with an arrow moves focus only, keeping what is chosen.
            else if (!command) void selectIndex(index);
          }}
          onActivate={(index) => void readRow(index)}
          onRangeChange={(start, end) => void loadArticleRange(start, end)}
          onOtherKey={(event, index) => {
            const id = ids[index];
            if (event.altKey) {
              const target = Object.hasOwn(MOVE_KEYS, event.key) ? MOVE_KEYS[event.key] : undefined;
              if (!target || event.shiftKey || briefingId === null || id === undefined) return;
              event.preventDefault();
              move(id, target(index, total));
            } else if (event.key === 'm' || event.key === 'M') {
              event.preventDefault();
              toggleRead(index);
            } else if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
              event.preventDefault();
              const box = (event.target as HTMLElement).getBoundingClientRect();
              openMenu(index, { x: box.left + 24, y: box.top + 24 });
            } else if ((event.key === 'Delete' || event.key === 'Backspace') && id !== undefined) {
              event.preventDefault();
              // In a briefing, Delete takes articles out of it; elsewhere it asks to delete them from the library.
              if (briefingId !== null) void removeArticles(briefingId, actedOn(id));
              else void askToDeleteArticles(actedOn(id));
            } else if (event.key === 'Escape' && selection.ids.length > 1) {
              event.preventDefault();
              selectArticle(selectedId);
            }
          }}
          onContextMenu={(index, event) => {
            event.preventDefault();
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
      {menu ? (
        <Menu
          label="Article actions"
          at={menu.at}
          items={menu.items}
          onClose={(refocus) => {
            setMenu(null);
            if (refocus) menu.returnTo?.focus({ preventScroll: true });
          }}
        />
      ) : null}
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
        <div className="article-row-title" id={`article-${id}-title`} dir="auto" title={article.title}>
          {article.title}
        </div>
        <div className="article-row-meta" id={`article-${id}-meta`}>
          {unread ? <span className="sr-only">Unread. </span> : null}
          {article.readingStatus === 'reading' ? <span className="sr-only">In progress. </span> : null}
          {source ? <span className="article-row-source" dir="auto" title={source}>{source}</span> : null}
          {dateText ? (
            <time dateTime={isoDate(date)} title={article.publishedAt ? 'Published' : 'Saved'}>
              {dateText}
            </time>
          ) : null}
          <span>{formatReadingTime(article.wordCount)}</span>
          {article.tags.length > 0 ? <span className="sr-only">. Tags: {article.tags.map((t) => t.name).join(', ')}</span> : null}
          {article.highlightTags.length > 0 ? (
            <span className="sr-only">. Tags from highlights: {article.highlightTags.map((t) => t.name).join(', ')}</span>
          ) : null}
          <ArticleEvaluation grade={article.sourceGrade} marking={article.marking} />
        </div>
        {article.excerpt ? <p className="article-row-excerpt" dir="auto">
            {article.excerpt}
          </p> : null}
        {article.tags.length + article.highlightTags.length > 0 ? <TagChips tags={article.tags} highlightTags={article.highlightTags} /> : null}
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
