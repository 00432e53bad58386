// @vitest-environment jsdom
/**
 * Deleting and correcting articles in the store, against a fake
 * `window.briefing`: the confirmation holds what main says cites them; a
 * delete leaves the list and the reader at once and offers Undo with main's
 * token; a refused delete puts everything back and says why; a refused edit
 * hands the reason to the form and changes nothing on screen.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleDeletionImpact } from '../../../shared/articles.ts';
import type { Article, ArticleSummary } from '../../../shared/model.ts';

const NOW = '2026-03-02T08:00:00.000Z';
const TOKEN = '6f1c2a9e-3b7d-4c1e-9a55-0d2f4b8e7c10';

function summary(id: number): ArticleSummary {
  return {
    id,
    title: `Article ${id}`,
    byline: null,
    siteName: null,
    url: null,
    publishedAt: null,
    savedAt: NOW,
    excerpt: null,
    wordCount: 100,
    readingStatus: 'unread',
    tags: [],
    highlightTags: [],
    sourceGrade: null,
    marking: 'CLEAR',
  };
}

const full = (id: number, overrides: Partial<Article> = {}): Article => ({
  ...summary(id),
  lang: 'en',
  dir: 'ltr',
  html: '<p>Text.</p>',
  text: 'Text.',
  contentHash: 'hash',
  readingPosition: 0,
  ...overrides,
});

const impact: ArticleDeletionImpact = {
  articles: [{ id: 2, title: 'Article 2' }],
  briefings: [{ id: 7, title: 'Weekly' }],
  highlightCount: 1,
  noteCount: 0,
  judgments: [],
};

type Call = (args: never) => Promise<unknown>;
let calls: Record<string, ReturnType<typeof vi.fn<Call>>>;
const ok = (value: unknown) => Promise.resolve({ ok: true, value });
const refuse = (code: string, message: string) => Promise.resolve({ ok: false, error: { code, message } });

async function freshStore() {
  vi.resetModules();
  calls = {
    listArticles: vi.fn<Call>(() => ok({ items: [1, 2, 3].map(summary), total: 3 })),
    getArticle: vi.fn<Call>((args) => ok(full((args as { id: number }).id))),
    listHighlights: vi.fn<Call>(() => ok([])),
    getArticleNote: vi.fn<Call>(() => ok(null)),
    describeArticleDeletion: vi.fn<Call>(() => ok(impact)),
    deleteArticles: vi.fn<Call>(() => ok({ token: TOKEN, articles: [{ id: 2, title: 'Article 2' }] })),
    restoreDeletedArticles: vi.fn<Call>(() => ok({ articles: [summary(2)] })),
    updateArticleDetails: vi.fn<Call>((args) => ok(full(2, { title: (args as { title: string }).title }))),
  };
  (window as unknown as { briefing: unknown }).briefing = new Proxy(
    {},
    { get: (_target, name: string) => calls[name] ?? (() => Promise.resolve({ ok: true, value: [] })) },
  );
  const { useAppStore } = await import('../../../renderer/store/store.ts');
  useAppStore.getState().selectView({ kind: 'all' }, { articleId: 2 });
  await vi.waitFor(() => expect(useAppStore.getState().articleIds).toEqual([1, 2, 3]));
  await vi.waitFor(() => expect(useAppStore.getState().readerArticle?.id).toBe(2));
  return useAppStore;
}

beforeEach(() => sessionStorage.clear());

describe('deleting articles in the store', () => {
  it('asks main what cites them before anything goes, and Cancel sends nothing', async () => {
    const store = await freshStore();
    await store.getState().askToDeleteArticles([2]);
    expect(store.getState().articleDeletion).toEqual(impact);
    store.getState().cancelArticleDeletion();
    expect(store.getState().articleDeletion).toBeNull();
    expect(calls.deleteArticles).not.toHaveBeenCalled();
  });

  it('takes the article off the list and out of the reader at once, and Undo sends main its token', async () => {
    const store = await freshStore();
    // The reader has loaded the article's highlights: they must not be reloaded for an article that is gone.
    await store.getState().loadHighlights(2);
    expect(store.getState().highlightsArticleId).toBe(2);
    await store.getState().deleteArticles([2]);
    expect(store.getState().articleIds).toEqual([1, 3]);
    expect(store.getState().readerArticle).toBeNull();
    expect(store.getState().highlightsArticleId).toBeNull();
    expect(store.getState().notices).toEqual([expect.objectContaining({ title: 'Deleted “Article 2”', action: expect.objectContaining({ label: 'Undo' }) })]);
    expect(store.getState().undoLatest()).toBe(true);
    await vi.waitFor(() => expect(calls.restoreDeletedArticles).toHaveBeenCalledWith({ token: TOKEN }));
    await vi.waitFor(() => expect(store.getState().selectedArticleId).toBe(2));
    expect(store.getState().undoLatest()).toBe(false);
  });

  it('puts the article back on screen when main refuses, and says why', async () => {
    const store = await freshStore();
    calls.deleteArticles!.mockImplementation(() => refuse('NOT_FOUND', 'There is no article with id 2 in this library; nothing was deleted.'));
    await store.getState().deleteArticles([2]);
    await vi.waitFor(() => expect(store.getState().articleIds).toEqual([1, 2, 3]));
    expect(store.getState().selectedArticleId).toBe(2);
    expect(store.getState().notices).toEqual([
      expect.objectContaining({ tone: 'error', title: "Couldn't delete the article", message: 'There is no article with id 2 in this library; nothing was deleted.' }),
    ]);
  });
});

describe('correcting an article in the store', () => {
  it('shows the saved details in the reader and the list', async () => {
    const store = await freshStore();
    expect(await store.getState().saveArticleDetails(2, { title: 'Corrected' })).toBeNull();
    expect(calls.updateArticleDetails).toHaveBeenCalledWith({ id: 2, title: 'Corrected' });
    expect(store.getState().readerArticle?.title).toBe('Corrected');
    expect(store.getState().articlesById[2]?.title).toBe('Corrected');
  });

  it('hands a refusal to the form and leaves the screen as it was', async () => {
    const store = await freshStore();
    calls.updateArticleDetails!.mockImplementation(() => refuse('CONFLICT', '“Article 1” (article 1) is already saved from this address.'));
    expect(await store.getState().saveArticleDetails(2, { url: 'https://example.test/1' })).toBe('“Article 1” (article 1) is already saved from this address.');
    expect(store.getState().readerArticle?.title).toBe('Article 2');
    expect(store.getState().notices).toEqual([]);
  });
});
