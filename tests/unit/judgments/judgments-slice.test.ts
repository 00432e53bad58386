// @vitest-environment jsdom
/**
 * The judgments slice against a fake `window.briefing`: a reorder shows at
 * once and goes back to what the library holds when refused; a delete offers
 * Undo, which sends the deleted judgment back once.
 */
import { describe, expect, it, vi } from 'vitest';
import type { DeletedJudgment, Judgment } from '../../../shared/judgments.ts';

const NOW = '2026-03-02T08:00:00.000Z';

const judgment = (id: number): Judgment => ({
  id,
  briefingId: 7,
  text: `Judgment ${id}.`,
  likelihood: 'likely',
  confidence: 'moderate',
  citations: [],
  createdAt: NOW,
  updatedAt: NOW,
});

const deleted: DeletedJudgment = { ...judgment(2), position: 1, citations: [{ highlightId: 4, articleId: 1, quote: 'the words' }] };

type Call = (args: never) => Promise<unknown>;
const ok = (value: unknown) => Promise.resolve({ ok: true, value });

async function freshStore() {
  vi.resetModules();
  const calls: Record<string, ReturnType<typeof vi.fn<Call>>> = {
    listJudgments: vi.fn<Call>(() => ok([judgment(1), judgment(2), judgment(3)])),
    moveJudgment: vi.fn<Call>(() => ok([judgment(3), judgment(1), judgment(2)])),
    deleteJudgment: vi.fn<Call>(() => ok(deleted)),
    restoreJudgment: vi.fn<Call>(() => ok([judgment(1), judgment(2), judgment(3)])),
  };
  (window as unknown as { briefing: unknown }).briefing = new Proxy(
    {},
    { get: (_target, name: string) => calls[name] ?? (() => new Promise(() => undefined)) },
  );
  const { useAppStore } = await import('../../../renderer/store/store.ts');
  await useAppStore.getState().loadJudgments(7);
  return { store: useAppStore, calls };
}

const order = (store: Awaited<ReturnType<typeof freshStore>>['store']) => store.getState().judgments.map((j) => j.id);

describe('key judgments on screen', () => {
  it('shows a move at once and keeps what the library answers', async () => {
    const { store, calls } = await freshStore();
    const moving = store.getState().moveJudgment(3, 0);
    expect(order(store)).toEqual([3, 1, 2]);
    await moving;
    expect(calls.moveJudgment!.mock.calls).toEqual([[{ id: 3, index: 0 }]]);
    expect(order(store)).toEqual([3, 1, 2]);
  });

  it('goes back to the library’s order when a move is refused, and says why', async () => {
    const { store, calls } = await freshStore();
    calls.moveJudgment!.mockImplementation(() => Promise.resolve({ ok: false, error: { code: 'NOT_FOUND', message: 'There is no key judgment with id 3.' } }));
    await store.getState().moveJudgment(3, 0);
    await vi.waitFor(() => expect(order(store)).toEqual([1, 2, 3]));
    expect(store.getState().notices).toEqual([expect.objectContaining({ tone: 'error', message: 'There is no key judgment with id 3.' })]);
  });

  it('deletes with an offer to undo that sends the deleted judgment back once', async () => {
    const { store, calls } = await freshStore();
    await store.getState().deleteJudgment(2);
    expect(order(store)).toEqual([1, 3]);
    expect(store.getState().notices).toEqual([expect.objectContaining({ title: 'Deleted a key judgment', message: '“Judgment 2.”' })]);
    expect(store.getState().undoLatest()).toBe(true);
    expect(store.getState().undoLatest()).toBe(false);
    await vi.waitFor(() => expect(order(store)).toEqual([1, 2, 3]));
    expect(calls.restoreJudgment!.mock.calls).toEqual([[{ deleted }]]);
  });
});
