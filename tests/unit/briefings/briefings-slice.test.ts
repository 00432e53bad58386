// @vitest-environment jsdom
/**
 * The briefings slice against a fake `window.briefing`: a reorder shows at
 * once and reaches main in the order it was made; a delete offers Undo (the
 * notice, or Ctrl+Z through `undoLatest`) for ten seconds, then no more;
 * Shift and Ctrl choose several articles.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Briefing, DeletedBriefing } from '../../../shared/model.ts';

const NOW = '2026-03-02T08:00:00.000Z';

function briefing(id: number, articleIds: number[], overrides: Partial<Briefing> = {}): Briefing {
  return {
    id,
    title: `Briefing ${id}`,
    marking: 'AMBER',
    articleCount: articleIds.length,
    updatedAt: NOW,
    author: 'Desk',
    summary: '',
    date: '2026-03-02',
    createdAt: NOW,
    articles: articleIds.map((a) => ({
      id: a,
      title: `Article ${a}`,
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
    })),
    ...overrides,
  };
}

const deleted: DeletedBriefing = {
  briefing: { id: 7, title: 'Weekly', author: '', summary: '', marking: 'RED', date: '2026-03-02', createdAt: NOW, updatedAt: NOW },
  items: [{ articleId: 1, position: 0, addedAt: NOW }],
  notes: [],
};

type Call = (args: never) => Promise<unknown>;
type Fake = ReturnType<typeof vi.fn<Call>>;
let calls: Record<string, Fake>;
/** Moves main has answered, in the order it answered them. */
let answered: number[];
const ok = (value: unknown) => Promise.resolve({ ok: true, value });

async function freshStore() {
  vi.resetModules();
  answered = [];
  calls = {
    listBriefings: vi.fn<Call>(() => ok([briefing(7, [1, 2, 3])])),
    getBriefing: vi.fn<Call>(() => ok(briefing(7, [1, 2, 3]))),
    listArticles: vi.fn<Call>(() => ok({ items: briefing(7, [1, 2, 3]).articles, total: 3 })),
    getArticle: vi.fn<Call>(() => new Promise(() => undefined)),
    // The first move takes longer than the second: they must still reach main one after the other.
    moveArticleInBriefing: vi.fn<Call>((args) => {
      const { articleId } = args as { articleId: number };
      return new Promise((resolve) =>
        setTimeout(() => {
          answered.push(articleId);
          resolve({ ok: true, value: briefing(7, [1, 2, 3]) });
        }, articleId === 1 ? 50 : 1),
      );
    }),
    deleteBriefing: vi.fn<Call>(() => ok(deleted)),
    restoreBriefing: vi.fn<Call>(() => ok(briefing(7, [1]))),
  };
  (window as unknown as { briefing: unknown }).briefing = new Proxy(
    {},
    { get: (_target, name: string) => calls[name] ?? (() => Promise.resolve({ ok: false, error: { code: 'INTERNAL', message: `${name} is not faked` } })) },
  );
  const { useAppStore } = await import('../../../renderer/store/store.ts');
  useAppStore.getState().selectView({ kind: 'briefing', id: 7 });
  await vi.waitFor(() => expect(useAppStore.getState().articleIds).toEqual([1, 2, 3]));
  return useAppStore;
}

beforeEach(() => {
  sessionStorage.clear();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('reordering a briefing on screen', () => {
  it('shows each move at once and sends them to main in the order they were made', async () => {
    const store = await freshStore();
    const first = store.getState().moveArticleInBriefing(7, 1, 2);
    expect(store.getState().articleIds).toEqual([2, 3, 1]);
    const second = store.getState().moveArticleInBriefing(7, 3, 0);
    expect(store.getState().articleIds).toEqual([3, 2, 1]);
    expect(await Promise.all([first, second])).toEqual([true, true]);
    expect(answered).toEqual([1, 3]);
    expect(calls.moveArticleInBriefing!.mock.calls.map(([args]) => args)).toEqual([
      { briefingId: 7, articleId: 1, index: 2 },
      { briefingId: 7, articleId: 3, index: 0 },
    ]);
  });

  it('goes back to what the library holds when main refuses a move, and says why', async () => {
    const store = await freshStore();
    calls.moveArticleInBriefing!.mockImplementation(() =>
      Promise.resolve({ ok: false, error: { code: 'NOT_FOUND', message: 'Article 3 is not in the briefing “Briefing 7”.' } }),
    );
    expect(await store.getState().moveArticleInBriefing(7, 3, 0)).toBe(false);
    await vi.waitFor(() => expect(store.getState().articleIds).toEqual([1, 2, 3]));
    expect(store.getState().notices).toEqual([expect.objectContaining({ tone: 'error', message: 'Article 3 is not in the briefing “Briefing 7”.' })]);
  });
});

describe('deleting a briefing', () => {
  it('offers Undo, and Ctrl+Z (undoLatest) sends the deleted briefing back to main once', async () => {
    const store = await freshStore();
    await store.getState().deleteBriefing(7);
    expect(store.getState().briefings).toEqual([]);
    expect(store.getState().view).toEqual({ kind: 'all' });
    expect(store.getState().notices).toEqual([
      expect.objectContaining({ title: 'Deleted “Weekly”', message: 'Its article stays in the library.', action: expect.objectContaining({ label: 'Undo' }) }),
    ]);
    expect(store.getState().undoLatest()).toBe(true);
    expect(store.getState().undoLatest()).toBe(false);
    await vi.waitFor(() => expect(store.getState().briefings.map((b) => b.id)).toEqual([7]));
    expect(calls.restoreBriefing!.mock.calls).toEqual([[{ deleted }]]);
    expect(store.getState().view).toEqual({ kind: 'briefing', id: 7 });
  });

  it('no longer undoes once the offer has gone, ten seconds later', async () => {
    const store = await freshStore();
    vi.useFakeTimers();
    await store.getState().deleteBriefing(7);
    vi.advanceTimersByTime(10_001);
    expect(store.getState().notices).toEqual([]);
    expect(store.getState().undoLatest()).toBe(false);
    expect(calls.restoreBriefing).not.toHaveBeenCalled();
  });
});

describe('choosing several articles', () => {
  it('adds with Ctrl, spans with Shift from the last one clicked, and the reader keeps its article while chosen', async () => {
    const store = await freshStore();
    const state = () => store.getState();
    const chosen = () => [...state().articleSelection.ids].sort();
    state().selectArticle(1);
    state().chooseArticleAt(2, 'toggle');
    expect(chosen()).toEqual([1, 3]);
    state().chooseArticleAt(0, 'range');
    expect(chosen()).toEqual([1, 2, 3]);
    expect(state().selectedArticleId).toBe(1);
    state().chooseArticleAt(0, 'toggle');
    expect(chosen()).toEqual([2, 3]);
    expect(state().selectedArticleId).toBe(2);
    state().selectArticle(2);
    expect(chosen()).toEqual([2]);
  });

  it('forgets the articles taken out of the briefing, on screen at once', async () => {
    const store = await freshStore();
    calls.removeArticlesFromBriefing = vi.fn<Call>(() => new Promise(() => undefined));
    const state = () => store.getState();
    state().selectArticle(1);
    state().chooseArticleAt(1, 'toggle');
    void state().removeArticlesFromBriefing(7, [2]);
    expect(state().articleIds).toEqual([1, 3]);
    expect(state().articlesTotal).toBe(2);
    expect(state().articleSelection.ids).toEqual([1]);
  });
});
