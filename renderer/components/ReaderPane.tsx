/**
 * The reader: the selected article with its source details, the toolbar
 * (reading status, source link) and the article's HTML. Links inside the
 * article never navigate the window: web links open in the system browser
 * through `openExternal`, in-page links scroll.
 */
import { memo, useCallback, useEffect, useEffectEvent, useRef, type RefObject } from 'react';
import { neutralizeBidiControls } from '../../shared/bidi.ts';
import type { Article } from '../../shared/model.ts';
import { prepareArticleHtml } from '../reader/article-html.ts';
import { DEFAULT_HIGHLIGHT_COLOR, HIGHLIGHT_COLOR_STYLE } from '../reader/highlight-colors.ts';
import { formatDate, formatReadingTime, isoDate, sourceName } from '../format.ts';
import { refocusArticleListIfLost } from '../list/refocus-list.ts';
import { useAppStore } from '../store/store.ts';
import { listsArticles } from '../store/types.ts';
import { EmptyState } from './EmptyState.tsx';
import { HighlightColorsDialog } from './HighlightColorsDialog.tsx';
import { HighlightMarks } from './HighlightMarks.tsx';
import { HighlightPopover } from './HighlightPopover.tsx';
import { HighlightToolbar } from './HighlightToolbar.tsx';
import { AddToBriefingIcon, CheckIcon, CircleIcon, CloseIcon, ExternalIcon, KeyboardIcon, MoreIcon, NotesPanelIcon, PaletteIcon, RefreshIcon } from './icons.tsx';
import { Menu, useMenu } from './Menu.tsx';
import { NOTES_PANEL_ID, NotesPanel } from './NotesPanel.tsx';
import { NotesMargin } from './NotesMargin.tsx';
import { useReaderAnnotations } from './ReaderAnnotations.tsx';
import { ReaderShortcutsDialog } from './ReaderShortcutsDialog.tsx';
import { TagEditor } from './TagEditor.tsx';
import { useReadingPosition } from '../reader-position/use-reading-position.ts';
import { useSearchReveal } from '../reader/use-search-reveal.ts';
import { hasPlacedNote, highlightsOf } from '../reader/use-article-highlights.ts';
import { ReaderEvaluation, useGradeKeys } from './Evaluation.tsx';
import { RefetchDialog, usePassage } from './Provenance.tsx';
import { CleanedCopyNote } from './CleanedCopyReview.tsx';

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

function ReaderArticle({ article }: { article: Article }) {
  const openExternal = useAppStore((s) => s.openExternal);
  const notify = useAppStore((s) => s.notify);
  const panelOpen = useAppStore((s) => s.notesPanelOpen);
  const setPanelOpen = useAppStore((s) => s.setNotesPanelOpen);
  const updateHighlight = useAppStore((s) => s.updateHighlight);
  const openAddToBriefing = useAppStore((s) => s.openAddToBriefing);
  const setHighlightCredibility = useAppStore((s) => s.setHighlightCredibility);
  const setHighlightMarking = useAppStore((s) => s.setHighlightMarking);
  const readerRef = useRef<HTMLElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  useReadingPosition(article.id, scrollRef);
  const bodyRef = useRef<HTMLDivElement>(null);
  const columnRef = useRef<HTMLDivElement>(null);
  const notesToggleRef = useRef<HTMLButtonElement>(null);
  const html = prepareArticleHtml(article.html);
  const announcementRef = useRef<HTMLParagraphElement>(null);
  const annotations = useReaderAnnotations({ article, readerRef, scrollRef, bodyRef, columnRef, announcementRef });
  useSearchReveal(article.id, bodyRef, scrollRef);
  const { labels, selection, popover, dialog, setDialog, openPopover } = annotations;
  const source = sourceName(article.siteName, article.url);
  const published = formatDate(article.publishedAt);
  const saved = formatDate(article.savedAt);
  // Single values, not the list: a new highlight does not re-render the reader (the pieces that show highlights read them).
  // Through currentHighlightId: a popover opened on a new highlight's stand-in id stays open when main's id replaces it.
  const popoverHighlight = useAppStore((s) => {
    const id = popover ? s.currentHighlightId(popover.id) : null;
    return highlightsOf(s, article.id).find((h) => h.id === id && h.anchor.status === 'anchored');
  });
  const hasMarginNotes = useAppStore((s) => highlightsOf(s, article.id).some(hasPlacedNote));
  const marginShown = annotations.wide && hasMarginNotes;
  const openFromMargin = useCallback((id: number) => openPopover(id, 'dialog'), [openPopover]);
  const gradeAnnouncement = useGradeKeys(article, readerRef);
  usePassage(article, bodyRef, useAppStore((s) => s.highlightsArticleId === article.id && s.highlightsStatus === 'ready'));
  const refetch = useAppStore((s) => (s.refetch?.articleId === article.id ? s.refetch : null));
  const checking = useAppStore((s) => s.refetchStatus === 'loading');
  const checkForChanges = useAppStore((s) => s.checkForChanges);

  useEffect(() => {
    document.title = `${neutralizeBidiControls(article.title)} — Briefing Reader`;
    return () => {
      document.title = 'Briefing Reader';
    };
  }, [article.title]);

  // Links in the article never navigate the window (a native listener: the article body itself never re-renders).
  const onLinkClick = useEffectEvent((event: MouseEvent) => {
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
  });

  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const onClick = (event: MouseEvent) => onLinkClick(event);
    const onAuxClick = (event: MouseEvent) => {
      if ((event.target as Element).closest('a')) event.preventDefault();
    };
    body.addEventListener('click', onClick);
    body.addEventListener('auxclick', onAuxClick);
    return () => {
      body.removeEventListener('click', onClick);
      body.removeEventListener('auxclick', onAuxClick);
    };
  }, []);

  return (
    <article ref={readerRef} className="reader" aria-label="Reader" lang={article.lang ?? undefined} style={HIGHLIGHT_COLOR_STYLE}>
      <div className="reader-toolbar" data-has-source={article.url ? '' : undefined}>
        <span className="reader-toolbar-info" title={provenanceOf(article)}>
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
              <span className="reader-action-label">Open source</span>
            </a>
          ) : null}
          <button
            type="button"
            className="button button-quiet"
            aria-haspopup="dialog"
            title="Add to briefing…"
            onClick={() => openAddToBriefing([article.id])}
          >
            <AddToBriefingIcon />
            <span className="reader-action-label">Add to briefing…</span>
          </button>
          {article.url ? (
            <button
              type="button"
              className="icon-button"
              aria-label="Check for changes"
              title={checking ? 'Fetching the page again…' : 'Check for changes: fetch the page again and compare'}
              aria-busy={checking || undefined}
              disabled={checking}
              onClick={() => void checkForChanges(article.id)}
            >
              <RefreshIcon />
            </button>
          ) : null}
          <button
            type="button"
            className="button button-quiet reader-actions-group-start"
            onClick={() => setDialog('colors')}
            title="Name the highlight colours"
          >
            <PaletteIcon />
            <span className="reader-action-label">Colours</span>
          </button>
          <button
            type="button"
            ref={notesToggleRef}
            className="button button-quiet reader-notes-toggle"
            aria-pressed={panelOpen}
            aria-controls={panelOpen ? NOTES_PANEL_ID : undefined}
            title="Notes"
            onClick={() => setPanelOpen(!panelOpen)}
          >
            <NotesPanelIcon />
            <span className="reader-action-label">Notes</span>
            <NotesCount articleId={article.id} />
          </button>
          <button
            type="button"
            className="icon-button reader-shortcuts-button"
            aria-label="Keyboard shortcuts"
            aria-keyshortcuts="?"
            title="Keyboard shortcuts (?)"
            onClick={() => setDialog('shortcuts')}
          >
            <KeyboardIcon />
          </button>
          <CloseArticleButton />
        </div>
      </div>
      <div className="reader-main">
        <div className="reader-scroll" id="reader-scroll" ref={scrollRef} tabIndex={-1}>
          <div className="reader-sheet" data-margin={marginShown || undefined}>
            <div className="reader-column" ref={columnRef} dir={article.dir}>
              <header className="reader-header">
                <ArticleActions id={article.id} title={article.title} />
                {source ? <p className="reader-kicker">{source}</p> : null}
                <h2 className="reader-title" dir={article.dir} data-length={titleLength(article.title)}>
                  {article.title}
                </h2>
                <p className="reader-meta">
                  {article.byline ? (
                    <span className="reader-byline">
                      <bdi>{article.byline}</bdi>
                    </span>
                  ) : null}
                  {published ? (
                    <span>
                      <bdi>
                        Published <time dateTime={isoDate(article.publishedAt)}>{published}</time>
                      </bdi>
                    </span>
                  ) : null}
                  <span>
                    <bdi>{formatReadingTime(article.wordCount)}</bdi>
                  </span>
                </p>
                <CleanedCopyNote articleId={article.id} contentHash={article.contentHash} />
                <ArticleTags id={article.id} tags={article.tags} />
                <ReaderEvaluation article={article} />
              </header>
              <ArticleBody html={html} dir={article.dir} bodyRef={bodyRef} />
              <ReaderEnd read={article.readingStatus === 'read'} />
            </div>
            <HighlightMarks articleId={article.id} bodyRef={bodyRef} html={html} labels={labels} />
            {marginShown ? <NotesMargin articleId={article.id} bodyRef={bodyRef} labels={labels} onOpen={openFromMargin} /> : null}
          </div>
          {selection ? (
            <HighlightToolbar
              box={selection.box}
              scrollRef={scrollRef}
              toolbarRef={annotations.toolbarRef}
              labels={labels}
              onHighlight={(color) => void annotations.highlightSelection(color)}
              onNote={() => void annotations.highlightSelection(DEFAULT_HIGHLIGHT_COLOR, { note: true })}
              onCopy={annotations.copySelection}
              onLeave={() => scrollRef.current?.focus({ preventScroll: true })}
            />
          ) : null}
          {popover && popoverHighlight ? (
            <HighlightPopover
              key={popover.id}
              highlight={popoverHighlight}
              labels={labels}
              scrollRef={scrollRef}
              anchor={() => {
                const marks = bodyRef.current?.querySelectorAll<HTMLElement>(`mark[data-highlight-id="${popoverHighlight.id}"]`);
                return marks?.[popover.markIndex] ?? marks?.[0] ?? null;
              }}
              initialFocus={popover.focus}
              onColor={(color) => void updateHighlight(popoverHighlight.id, { color })}
              sourceGrade={article.sourceGrade}
              onCredibility={(credibility) => void setHighlightCredibility(popoverHighlight.id, credibility)}
              onMarking={(marking) => void setHighlightMarking(popoverHighlight.id, marking)}
              onSaveNote={(note) => void updateHighlight(popoverHighlight.id, { note })}
              onCopy={() => annotations.copyHighlight(popoverHighlight.id)}
              onDelete={() => annotations.deleteHighlight(popoverHighlight.id)}
              onClose={annotations.closePopover}
            />
          ) : null}
        </div>
        {panelOpen ? (
          <NotesPanel
            articleId={article.id}
            labels={labels}
            onReveal={(id) => annotations.reveal(id, { focus: true, flash: true })}
            onEditNote={(id) => {
              annotations.reveal(id);
              annotations.openPopover(id, 'note');
            }}
            onDelete={annotations.deleteHighlight}
            onClose={() => {
              setPanelOpen(false);
              // The close button goes with the panel: focus returns to the toggle that opened it, not to the page.
              notesToggleRef.current?.focus();
            }}
          />
        ) : null}
      </div>
      <p className="sr-only" role="status" aria-live="polite" ref={announcementRef} />
      <p className="sr-only" role="status" aria-live="polite">
        {gradeAnnouncement}
      </p>
      {refetch ? <RefetchDialog preview={refetch} /> : null}
      {dialog === 'shortcuts' ? <ReaderShortcutsDialog labels={labels} onClose={() => setDialog(null)} /> : null}
      {dialog === 'colors' ? <HighlightColorsDialog labels={labels} onClose={() => setDialog(null)} /> : null}
    </article>
  );
}

/**
 * The article's text. Rendered again only when its HTML changes: highlights are painted into it afterwards
 * (HighlightMarks), and typing a note or moving between highlights never re-renders it.
 */
const ArticleBody = memo(function ArticleBody({
  html,
  dir,
  bodyRef,
}: {
  html: string;
  dir: Article['dir'];
  bodyRef: RefObject<HTMLDivElement | null>;
}) {
  // The first frame lays out only the blocks near the view (reader.css); the rest follows when the page is idle,
  // so that the scrollbar, a restored reading place and far margin notes measure the real text.
  useEffect(() => {
    const body = bodyRef.current;
    if (!body || body.dataset.laidOut !== undefined) return;
    const idle = requestIdleCallback(() => (body.dataset.laidOut = ''), { timeout: 1000 });
    return () => cancelIdleCallback(idle);
  }, [bodyRef]);
  return <div className="reader-body" dir={dir} ref={bodyRef} dangerouslySetInnerHTML={{ __html: html }} />;
});

/** A long title is set smaller, so that a pasted paragraph taken for one leaves room for the article. */
function titleLength(title: string): 'long' | 'very-long' | undefined {
  if (title.length > 200) return 'very-long';
  return title.length > 100 ? 'long' : undefined;
}

function ArticleTags({ id, tags }: Pick<Article, 'id' | 'tags'>) {
  const tagItems = useAppStore((s) => s.tagItems);
  const untagItems = useAppStore((s) => s.untagItems);
  return (
    <TagEditor
      what="article"
      className="reader-tags"
      tags={tags}
      onAdd={(name) => void tagItems('article', [id], name)}
      onRemove={(tag) => void untagItems('article', [id], tag.id)}
    />
  );
}

/** The header's "Article actions" (⋯): correct the article's details, review a cleaned text copy, or delete the article (after saying what cites it). */
function ArticleActions({ id, title }: { id: number; title: string }) {
  const menu = useMenu();
  const openArticleDetails = useAppStore((s) => s.openArticleDetails);
  const askToDeleteArticles = useAppStore((s) => s.askToDeleteArticles);
  const hasCleanedCopy = useAppStore((s) => s.cleanedCopy?.articleId === id);
  const openCleanedCopyReview = useAppStore((s) => s.openCleanedCopyReview);
  return (
    <span className="reader-header-actions">
      <button
        type="button"
        className="icon-button"
        aria-label="Article actions"
        title="Edit details, delete"
        aria-haspopup="menu"
        aria-expanded={menu.at !== null}
        onClick={menu.open}
      >
        <MoreIcon />
      </button>
      {menu.at ? (
        <Menu
          label={`Actions for ${title}`}
          at={menu.at}
          onClose={menu.close}
          items={[
            { label: 'Edit details…', onSelect: () => openArticleDetails(id) },
            ...(hasCleanedCopy ? [{ label: 'Review cleaned copy…', onSelect: openCleanedCopyReview }] : []),
            { label: 'Delete article…', danger: true, onSelect: () => void askToDeleteArticles([id]) },
          ]}
        />
      ) : null}
    </span>
  );
}

/**
 * Beside the evidence locker, entities or timeline: closes the passage, and the view takes the whole width again.
 * Over an article list it shows only in a narrow window, where the reader has taken the list's place: it brings the list back.
 */
function CloseArticleButton() {
  const beside = useAppStore((s) => !listsArticles(s.view));
  const selectArticle = useAppStore((s) => s.selectArticle);
  const label = beside ? 'Close article' : 'Back to the articles';
  return (
    <button
      type="button"
      className={beside ? 'icon-button' : 'icon-button reader-back-to-list'}
      aria-label={label}
      title={label}
      onClick={() => {
        selectArticle(null);
        refocusArticleListIfLost();
      }}
    >
      <CloseIcon />
    </button>
  );
}

function ReadingStatusButton({ id, read }: { id: number; read: boolean }) {
  const setReadingStatus = useAppStore((s) => s.setReadingStatus);
  return (
    <button
      type="button"
      className="button"
      data-read={read}
      title={read ? 'Mark as unread' : 'Mark as read'}
      onClick={() => void setReadingStatus(id, read ? 'unread' : 'read')}
    >
      {read ? <CircleIcon /> : <CheckIcon />}
      <span className="reader-action-label">{read ? 'Mark as unread' : 'Mark as read'}</span>
    </button>
  );
}

/** How many highlights the article has, on the Notes button: its own component, so a new highlight re-renders only this. */
function NotesCount({ articleId }: { articleId: number }) {
  const count = useAppStore((s) => highlightsOf(s, articleId).length);
  return count > 0 ? (
    <span className="reader-notes-count" aria-hidden="true">
      {count}
    </span>
  ) : null;
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

/** Where and when this copy was captured, and its fingerprint: what "Check for changes" compares against. */
function provenanceOf(article: Article): string {
  return [
    `Captured ${new Date(article.savedAt).toLocaleString()}`,
    article.url ? `from ${article.url}` : 'from a file or pasted text',
    `Content SHA-256 ${article.contentHash}`,
  ].join('\n');
}
