// @vitest-environment jsdom
/**
 * The highlights and notes slices against a fake `window.briefing`: every
 * change goes to main at once, a refused change is put back with a notice,
 * and a delete offers Undo for ten seconds.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Highlight, PlacedHighlight } from '../../../shared/model.ts';

function highlight(id: number, start: number, end: number, overrides: Partial<Highlight> = {}): Highlight {
  return {
    id,
    articleId: 1,
    quote: { type: 'TextQuoteSelector', exact: `words ${id}`, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end },
    color: 'yellow',
    note: '',
    tags: [],
    credibility: null,
    marking: 'CLEAR',
    createdAt: '2026-03-02T08:00:00.000Z',
    updatedAt: '2026-03-02T08:00:00.000Z',
    ...overrides,
  };
}

const placed = (h: Highlight): PlacedHighlight => ({ ...h, anchor: { status: 'anchored', start: h.position.start, end: h.position.end, method: 'position', score: 1 } });

type Call = (args: never) => Promise<unknown>;
type Fake = ReturnType<typeof vi.fn<Call>>;
let calls: Record<
  'listHighlights' | 'createHighlight' | 'updateHighlight' | 'deleteHighlight' | 'restoreHighlight' | 'getArticleNote' | 'saveArticleNote' | 'setHighlightCredibility',
  Fake
>;
const ok = (value: unknown) => Promise.resolve({ ok: true, value });
const refused = (message: string) => Promise.resolve({ ok: false, error: { code: 'INTERNAL', message } });

async function freshStore() {
  vi.resetModules();
  calls = {
    listHighlights: vi.fn<Call>(() =>
      ok([placed(highlight(1, 10, 20)), { ...highlight(2, 0, 5), anchor: { status: 'orphaned', reason: 'The quoted words are no longer in the text.' } }]),
    ),
    createHighlight: vi.fn<Call>((args) => ok(highlight(3, (args as { start: number }).start, (args as { end: number }).end, { color: (args as { color: Highlight['color'] }).color }))),
    updateHighlight: vi.fn<Call>(() => refused('The library is read-only.')),
    deleteHighlight: vi.fn<Call>(() => ok(highlight(1, 10, 20, { note: 'kept for undo' }))),
    restoreHighlight: vi.fn<Call>((args) => ok((args as { highlight: Highlight }).highlight)),
    getArticleNote: vi.fn<Call>(() => ok(null)),
    saveArticleNote: vi.fn<Call>((args) => ok({ articleId: 1, body: (args as { body: string }).body, updatedAt: '2026-03-03T00:00:00.000Z' })),
    setHighlightCredibility: vi.fn<Call>((args) => ok({ credibility: (args as { credibility: number }).credibility })),
  };
  (window as unknown as { briefing: unknown }).briefing = new Proxy(
    {},
    { get: (_target, name: string) => (calls as Record<string, Fake>)[name] ?? (() => refused(`${name} is not faked`)) },
  );
  const { useAppStore } = await import('../../../renderer/store/store.ts');
  return useAppStore;
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('highlights in the store', () => {
  it('loads an article’s highlights with orphans kept, and adds a new one in reading order as the active one', async () => {
    const store = await freshStore();
    await store.getState().loadHighlights(1);
    expect(store.getState().highlights.map((h) => [h.id, h.anchor.status])).toEqual([
      [1, 'anchored'],
      [2, 'orphaned'],
    ]);
    await store.getState().createHighlight({ articleId: 1, start: 2, end: 8, color: 'green' });
    expect(calls.createHighlight).toHaveBeenCalledWith({ articleId: 1, start: 2, end: 8, color: 'green' });
    expect(store.getState().highlights.map((h) => h.id)).toEqual([3, 1, 2]);
    expect(store.getState().activeHighlightId).toBe(3);
  });

  it('shows a new highlight in the open article before main has saved it, then under its saved id', async () => {
    const store = await freshStore();
    store.setState({ readerArticle: { id: 1, text: 'The port reopened on Monday after talks.' } as never });
    await store.getState().loadHighlights(1);
    const saving = store.getState().createHighlight({ articleId: 1, start: 4, end: 8, color: 'green' });
    const shown = store.getState().highlights[0]!;
    expect(shown).toMatchObject({ color: 'green', quote: { exact: 'port' }, anchor: { status: 'anchored', start: 4, end: 8 } });
    expect(shown.id).toBeLessThan(0);
    expect(store.getState().activeHighlightId).toBe(shown.id);
    await saving;
    expect(store.getState().highlights.map((h) => h.id)).toEqual([3, 1, 2]);
    expect(store.getState().activeHighlightId).toBe(3);
  });

  it('keeps the highlights a reload did not change, and the list itself when nothing changed (nothing re-renders)', async () => {
    const store = await freshStore();
    await store.getState().loadHighlights(1);
    const before = store.getState().highlights;
    await store.getState().loadHighlights(1, { refresh: true });
    expect(store.getState().highlights).toBe(before);

    calls.listHighlights.mockImplementationOnce(() =>
      ok([placed(highlight(1, 10, 20, { note: 'changed elsewhere' })), { ...highlight(2, 0, 5), anchor: { status: 'orphaned', reason: 'The quoted words are no longer in the text.' } }]),
    );
    await store.getState().loadHighlights(1, { refresh: true });
    const after = store.getState().highlights;
    expect(after).not.toBe(before);
    expect(after[0]).toMatchObject({ id: 1, note: 'changed elsewhere' });
    expect(after[1]).toBe(before[1]);
  });

  it('takes a new highlight away again, with a notice, when main refuses to save it; a delete meanwhile reaches main', async () => {
    const store = await freshStore();
    store.setState({ readerArticle: { id: 1, text: 'The port reopened on Monday after talks.' } as never });
    await store.getState().loadHighlights(1);
    calls.createHighlight.mockImplementationOnce(() => refused('The library is read-only.'));
    expect(await store.getState().createHighlight({ articleId: 1, start: 4, end: 8, color: 'green' })).toBeNull();
    expect(store.getState().highlights.map((h) => h.id)).toEqual([1, 2]);
    expect(store.getState().notices.at(-1)).toMatchObject({ tone: 'error', title: "Couldn't save the highlight" });

    const saving = store.getState().createHighlight({ articleId: 1, start: 4, end: 8, color: 'green' });
    const standIn = store.getState().highlights[0]!.id;
    const deleting = store.getState().deleteHighlight(standIn);
    await saving;
    await deleting;
    expect(calls.deleteHighlight).toHaveBeenCalledWith({ id: 3 });
    expect(store.getState().highlights.map((h) => h.id)).toEqual([1, 2]);
  });

  it('keeps the note typed on a new highlight main then refuses: "Try again" saves the highlight with it', async () => {
    const store = await freshStore();
    store.setState({ readerArticle: { id: 1, text: 'The port reopened on Monday after talks.' } as never });
    await store.getState().loadHighlights(1);
    let refuse!: () => void;
    calls.createHighlight.mockImplementationOnce(() => new Promise((resolve) => (refuse = () => resolve({ ok: false, error: { code: 'INTERNAL', message: 'The disk is full.' } }))));
    const saving = store.getState().createHighlight({ articleId: 1, start: 4, end: 8, color: 'green' });
    const standIn = store.getState().highlights[0]!.id;
    const typing = store.getState().updateHighlight(standIn, { note: 'Ports reopen' });
    refuse();
    await saving;
    expect(await typing).toBe(false);
    // The note editor closes with its highlight and saves the rest of what was typed.
    expect(await store.getState().updateHighlight(standIn, { note: 'Ports reopen after talks' })).toBe(false);
    expect(store.getState().highlights.map((h) => h.id)).toEqual([1, 2]);

    store.getState().notices.at(-1)!.action!.run();
    await vi.waitFor(() => expect(store.getState().highlights.map((h) => h.id)).toEqual([3, 1, 2]));
    expect(calls.createHighlight).toHaveBeenLastCalledWith({ articleId: 1, start: 4, end: 8, color: 'green', note: 'Ports reopen after talks' });
  });

  it('grades and marks a highlight still being saved (keys right after the one that made it) under the id main gives it', async () => {
    const store = await freshStore();
    const more = calls as Record<string, Fake>;
    more.setHighlightCredibility = vi.fn<Call>((args) => ok(highlight(3, 4, 8, { credibility: (args as { credibility: Highlight['credibility'] }).credibility })));
    more.setHighlightMarking = vi.fn<Call>((args) => ok(highlight(3, 4, 8, { marking: (args as { marking: Highlight['marking'] }).marking })));
    store.setState({ readerArticle: { id: 1, text: 'The port reopened on Monday after talks.' } as never });
    await store.getState().loadHighlights(1);
    const saving = store.getState().createHighlight({ articleId: 1, start: 4, end: 8, color: 'green' });
    const standIn = store.getState().highlights[0]!.id;
    const grading = store.getState().setHighlightCredibility(standIn, 2);
    const marking = store.getState().setHighlightMarking(standIn, 'AMBER');
    expect(store.getState().highlights[0]).toMatchObject({ id: standIn, credibility: 2, marking: 'AMBER' });
    await saving;
    await grading;
    await marking;
    expect(more.setHighlightCredibility).toHaveBeenCalledWith({ id: 3, credibility: 2 });
    expect(more.setHighlightMarking).toHaveBeenCalledWith({ id: 3, marking: 'AMBER' });
    expect(store.getState().highlights.find((h) => h.id === 3)).toMatchObject({ credibility: 2, marking: 'AMBER' });
  });

  it('tags a highlight still being saved under the id main gives it, and names it by that id once saved', async () => {
    const store = await freshStore();
    const more = calls as Record<string, Fake>;
    more.tagItems = vi.fn<Call>(() => ok(null));
    more.listTags = vi.fn<Call>(() => ok([]));
    store.setState({ readerArticle: { id: 1, text: 'The port reopened on Monday after talks.' } as never });
    await store.getState().loadHighlights(1);
    const saving = store.getState().createHighlight({ articleId: 1, start: 4, end: 8, color: 'green' });
    const standIn = store.getState().highlights[0]!.id;
    expect(store.getState().currentHighlightId(standIn)).toBe(standIn);
    const tagging = store.getState().tagItems('highlight', [standIn], 'ports');
    await saving;
    expect(await tagging).toBe(true);
    expect(more.tagItems).toHaveBeenCalledWith({ kind: 'highlight', ids: [3], name: 'ports' });
    // What was opened on the stand-in (the note editor of "n") finds the saved highlight; later calls with it reach main's id.
    expect(store.getState().currentHighlightId(standIn)).toBe(3);
    expect(await store.getState().savedHighlightId(standIn)).toBe(3);
  });

  it('shows a change at once and puts it back, with a notice, when main refuses it', async () => {
    const store = await freshStore();
    await store.getState().loadHighlights(1);
    const saving = store.getState().updateHighlight(1, { note: 'a note' });
    expect(store.getState().highlights[0]!.note).toBe('a note');
    expect(await saving).toBe(false);
    expect(store.getState().highlights[0]!.note).toBe('');
    expect(store.getState().notices.at(-1)).toMatchObject({ tone: 'error', title: "Couldn't save the note", message: 'The library is read-only.' });
  });

  it('offers Undo for ten seconds after a delete, and Undo restores the highlight as it was', async () => {
    const store = await freshStore();
    await store.getState().loadHighlights(1);
    store.getState().setActiveHighlight(1);
    await store.getState().deleteHighlight(1);
    expect(store.getState().highlights.map((h) => h.id)).toEqual([2]);
    expect(store.getState().activeHighlightId).toBeNull();
    const notice = store.getState().notices.at(-1)!;
    expect(notice).toMatchObject({ tone: 'info', title: 'Highlight deleted', action: { label: 'Undo' } });

    vi.advanceTimersByTime(9_000);
    expect(store.getState().notices.some((n) => n.id === notice.id)).toBe(true);
    notice.action!.run();
    await vi.waitFor(() => expect(calls.restoreHighlight).toHaveBeenCalledTimes(1));
    expect(calls.restoreHighlight.mock.calls[0]![0]).toEqual({ highlight: highlight(1, 10, 20, { note: 'kept for undo' }) });
    await vi.waitFor(() => expect(store.getState().highlights.map((h) => h.id)).toEqual([1, 2]));
    expect(store.getState().undoableHighlight).toBeNull();
  });

  it('brings a deleted orphan back as an orphan, never placed at its old offsets', async () => {
    const store = await freshStore();
    await store.getState().loadHighlights(1);
    calls.deleteHighlight.mockImplementationOnce(() => ok(highlight(2, 0, 5)));
    await store.getState().deleteHighlight(2);
    await store.getState().undoDeleteHighlight();
    expect(store.getState().highlights.find((h) => h.id === 2)?.anchor.status).toBe('orphaned');
  });

  it('lets the undo offer go after ten seconds', async () => {
    const store = await freshStore();
    await store.getState().loadHighlights(1);
    await store.getState().deleteHighlight(1);
    expect(store.getState().undoableHighlight?.id).toBe(1);
    vi.advanceTimersByTime(10_001);
    expect(store.getState().undoableHighlight).toBeNull();
    expect(store.getState().notices.filter((n) => n.title === 'Highlight deleted')).toEqual([]);
    await store.getState().undoDeleteHighlight();
    expect(calls.restoreHighlight).not.toHaveBeenCalled();
  });

  it('saves the article’s note, and an empty note removes it', async () => {
    const store = await freshStore();
    await store.getState().loadArticleNote(1);
    expect(store.getState().articleNote).toBeNull();
    await store.getState().saveArticleNote(1, 'Single source.');
    expect(calls.saveArticleNote).toHaveBeenCalledWith({ articleId: 1, body: 'Single source.' });
    expect(store.getState().articleNote?.body).toBe('Single source.');
    calls.saveArticleNote.mockImplementationOnce(() => ok(null));
    await store.getState().saveArticleNote(1, '');
    expect(store.getState().articleNote).toBeNull();
  });

  it('offers Undo when an emptied field deletes the article’s note, and Undo saves the note again', async () => {
    const store = await freshStore();
    calls.getArticleNote.mockImplementationOnce(() => ok({ articleId: 1, body: 'Two sources agree; the third is the ministry.', updatedAt: '2026-03-03T00:00:00.000Z' }));
    await store.getState().loadArticleNote(1);
    calls.saveArticleNote.mockImplementationOnce(() => ok(null));
    await store.getState().saveArticleNote(1, '');
    const notice = store.getState().notices.at(-1)!;
    expect(notice).toMatchObject({ tone: 'info', title: 'Deleted the article’s note', action: { label: 'Undo' } });

    expect(store.getState().undoLatest()).toBe(true);
    await vi.waitFor(() => expect(store.getState().articleNote?.body).toBe('Two sources agree; the third is the ministry.'));
    expect(calls.saveArticleNote).toHaveBeenLastCalledWith({ articleId: 1, body: 'Two sources agree; the third is the ministry.' });
  });

  it('offers Undo when an emptied field deletes a highlight’s note, and Undo puts the note back', async () => {
    const store = await freshStore();
    calls.listHighlights.mockImplementationOnce(() => ok([placed(highlight(1, 10, 20, { note: 'Check against the port authority.' }))]));
    await store.getState().loadHighlights(1);
    calls.updateHighlight.mockImplementation((args) => ok(highlight(1, 10, 20, { note: (args as { note: string }).note })));
    await store.getState().updateHighlight(1, { note: '' });
    expect(store.getState().notices.at(-1)).toMatchObject({ tone: 'info', title: 'Deleted the highlight’s note', action: { label: 'Undo' } });

    expect(store.getState().undoLatest()).toBe(true);
    await vi.waitFor(() => expect(store.getState().highlights[0]!.note).toBe('Check against the port authority.'));
    // Writing a note, or changing one, is no delete: nothing to undo.
    const offers = store.getState().notices.length;
    await store.getState().updateHighlight(1, { note: 'Check against the port authority and the insurer.' });
    expect(store.getState().notices).toHaveLength(offers);
  });
});
