/**
 * Keeps the store in step with the library: on `libraryChanged`, reloads what
 * changed. Bursts of events (an import, a batch of edits) are gathered into
 * one reload.
 */
import { subscribe } from '../api.ts';
import type { Events } from '../../shared/contract.ts';
import type { AppStore } from './store.ts';

type Kind = Events['libraryChanged']['kinds'][number];

const GATHER_MS = 50;

export function reloadKinds(store: AppStore, kinds: ReadonlySet<Kind>): void {
  const state = store.getState();
  if (kinds.has('briefings') || kinds.has('articles')) {
    void state.loadBriefings();
    void state.loadLibraryInfo();
    if (state.view.kind === 'briefing') void state.loadBriefing(state.view.id);
  }
  if (kinds.has('articles') || (kinds.has('briefings') && state.view.kind === 'briefing')) {
    void state.loadArticles({ refresh: true });
  }
  if (kinds.has('articles') && state.readerArticle) {
    void state.loadReaderArticle(state.readerArticle.id, { refresh: true });
  }
  if (kinds.has('tags') || kinds.has('articles')) void state.loadTags();
  if (kinds.has('articles')) void state.loadSites();
  // A bundle import and an accepted offer both change articles; offers may have come or gone.
  if (kinds.has('articles')) void state.loadBundleOffers();
  if (state.view.kind === 'evidence' && (kinds.has('highlights') || kinds.has('articles') || kinds.has('tags'))) {
    void state.loadEvidence({ refresh: true });
  }
  if (kinds.has('settings')) void state.loadSettings();
  // Highlights are placed against the article's text: a changed article re-places them too.
  if ((kinds.has('highlights') || kinds.has('articles')) && state.highlightsArticleId !== null) {
    void state.loadHighlights(state.highlightsArticleId, { refresh: true });
  }
  // A citation shows its highlight, the highlight's article and whether that article is in the briefing.
  const citationsMoved = (['judgments', 'highlights', 'articles', 'briefings'] as const).some((kind) => kinds.has(kind));
  if (citationsMoved && state.view.kind === 'briefing' && state.judgmentsBriefingId === state.view.id) {
    void state.loadJudgments(state.view.id);
  }
  // A changed judgment makes its briefing the latest updated: the sidebar's order follows.
  if (kinds.has('judgments') && !kinds.has('briefings')) void state.loadBriefings();
  if (kinds.has('entities') || kinds.has('articles')) {
    if (state.view.kind === 'entities') void state.loadEntities();
    if (state.view.kind === 'timeline') void state.loadEvents();
  }
  if (kinds.has('notes') && state.articleNoteArticleId !== null) {
    void state.loadArticleNote(state.articleNoteArticleId, { refresh: true });
  }
}

/** Starts listening; returns the function that stops. */
export function connectLibraryEvents(store: AppStore): () => void {
  const pending = new Set<Kind>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  const unsubscribe = subscribe('libraryChanged', ({ kinds }) => {
    for (const kind of kinds) pending.add(kind);
    timer ??= setTimeout(() => {
      timer = null;
      const kindsNow = new Set(pending);
      pending.clear();
      reloadKinds(store, kindsNow);
    }, GATHER_MS);
  });

  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
