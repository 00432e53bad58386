/**
 * Correcting an article's details (the "Edit details" form) and deleting
 * articles from the library: the confirmation first says what cites them,
 * then the delete goes through with an offer to undo (the notice's Undo, or
 * Ctrl/Cmd+Z) that brings them back with their highlights, notes and places.
 */
import { api, errorMessage } from '../api.ts';
import type { ArticleDeletionImpact, ArticleDetailsInput } from '../../shared/articles.ts';
import { plural } from '../format.ts';
import { withoutIds } from '../list/paged.ts';
import type { SliceCreator } from './types.ts';

export interface ArticleEditSlice {
  /** The article whose details form is open; null when it is closed. */
  editingArticleId: number | null;
  /** The field the form opens on: the title, or the published date when the Timeline asks for it. */
  editingArticleField: 'title' | 'publishedAt';
  openArticleDetails: (id: number, field?: 'title' | 'publishedAt') => void;
  closeArticleDetails: () => void;
  /** Saves corrected details; null when saved, else the library's reason (the form shows it). */
  saveArticleDetails: (id: number, changes: ArticleDetailsInput) => Promise<string | null>;
  /** What a delete waiting for confirmation would touch; null when no confirmation shows. */
  articleDeletion: ArticleDeletionImpact | null;
  /** Asks the library what cites the articles, then asks the person to confirm. */
  askToDeleteArticles: (ids: number[]) => Promise<void>;
  cancelArticleDeletion: () => void;
  /** Deletes the articles (the confirmation's yes), with an offer to undo. */
  deleteArticles: (ids: number[]) => Promise<void>;
}

export const createArticleEditSlice: SliceCreator<ArticleEditSlice> = (set, get) => ({
  editingArticleId: null,
  editingArticleField: 'title',
  articleDeletion: null,

  openArticleDetails(id, field = 'title') {
    set({ editingArticleId: id, editingArticleField: field });
  },

  closeArticleDetails() {
    set({ editingArticleId: null });
  },

  async saveArticleDetails(id, changes) {
    try {
      const article = await api.updateArticleDetails({ id, ...changes });
      set((state) => (state.readerArticle?.id === id ? { readerArticle: article } : {}));
      const { html: _html, text: _text, lang: _lang, dir: _dir, contentHash: _hash, readingPosition: _position, ...summary } = article;
      get().patchArticle(id, summary);
      get().notify({ tone: 'success', title: 'Saved the article’s details' });
      return null;
    } catch (error) {
      return errorMessage(error);
    }
  },

  async askToDeleteArticles(ids) {
    if (ids.length === 0) return;
    try {
      set({ articleDeletion: await api.describeArticleDeletion({ ids }) });
    } catch (error) {
      get().reportError("Couldn't delete the articles", error);
    }
  },

  cancelArticleDeletion() {
    set({ articleDeletion: null });
  },

  async deleteArticles(ids) {
    set({ articleDeletion: null });
    const leaving = new Set(ids);
    const { selectedArticleId, view } = get();
    const wasReading = selectedArticleId !== null && leaving.has(selectedArticleId) ? selectedArticleId : null;
    // Off the screen at once; the library's answer (or its refusal) reloads the list.
    set((state) => {
      const articleIds = withoutIds(state.articleIds, leaving);
      return { articleIds, articlesTotal: state.articlesTotal - (state.articleIds.length - articleIds.length) };
    });
    if (wasReading !== null) get().selectArticle(null);
    // The reader's highlights and note are of an article that is going: not reloaded when the library says it changed.
    const { highlightsArticleId, articleNoteArticleId } = get();
    if (highlightsArticleId !== null && leaving.has(highlightsArticleId)) void get().loadHighlights(null);
    if (articleNoteArticleId !== null && leaving.has(articleNoteArticleId)) void get().loadArticleNote(null);
    else set((state) => ({ articleSelection: { ids: state.articleSelection.ids.filter((id) => !leaving.has(id)), anchor: null } }));
    let token: string;
    let titles: string[];
    try {
      const deleted = await api.deleteArticles({ ids });
      token = deleted.token;
      titles = deleted.articles.map((article) => article.title);
    } catch (error) {
      void get().loadArticles({ refresh: true });
      if (wasReading !== null) get().selectArticle(wasReading);
      get().reportError(ids.length === 1 ? "Couldn't delete the article" : "Couldn't delete the articles", error);
      return;
    }
    get().offerUndo({
      title: titles.length === 1 ? `Deleted “${titles[0]}”` : `Deleted ${plural(titles.length, 'article')}`,
      message: `Undo brings back ${titles.length === 1 ? 'its' : 'their'} highlights, notes and places in briefings.`,
      undo: async () => {
        try {
          const { articles } = await api.restoreDeletedArticles({ token });
          void get().loadArticles({ refresh: true });
          const back = wasReading === null ? undefined : (articles.find((a) => a.id === wasReading) ?? articles[0]);
          if (back && get().view.kind === view.kind) get().selectArticle(back.id);
          get().notify({ tone: 'success', title: articles.length === 1 ? `“${articles[0]!.title}” is back` : `${plural(articles.length, 'article')} are back` });
        } catch (error) {
          get().reportError("Couldn't bring the articles back", error);
        }
      },
    });
  },
});
