// @vitest-environment jsdom
/**
 * The cleaned-copy review against a fake `window.briefing`: a review loaded
 * only for the article still in the reader, a refusal handed back for the
 * dialog to show (the dialog stays open), and an apply that offers an undo
 * which applies the review as it was before.
 */
import { describe, expect, it, vi } from 'vitest';
import type { CleanedCopyReview, ReviewOverrides } from '../../../shared/textdump/review.ts';

type Call = (args: never) => Promise<unknown>;
const ok = (value: unknown) => Promise.resolve({ ok: true, value });

async function freshStore() {
  vi.resetModules();
  let saved: ReviewOverrides = { putBack: [], leaveOut: [] };
  const review = (): CleanedCopyReview => ({
    articleId: 4,
    label: 'pasted text',
    units: [
      { text: 'Harbour strike ends', kept: null, rule: 'title' },
      { text: 'Dock workers voted to accept the offer.', kept: 'paragraph', rule: null },
      { text: 'Members backed the offer two to one.', kept: null, rule: 'photo-caption' },
    ],
    overrides: saved,
  });
  const calls: Record<string, ReturnType<typeof vi.fn<Call>>> = {
    getCleanedCopyReview: vi.fn<Call>(() => ok(review())),
    applyCleanedCopyReview: vi.fn<Call>((args: { overrides: ReviewOverrides }) => {
      if (args.overrides.leaveOut.includes(1)) return Promise.resolve({ ok: false, error: { code: 'INVALID_ARGUMENTS', message: 'Nothing would be left of the article.' } });
      saved = args.overrides;
      return ok({ articleId: 4, textChanged: true });
    }),
  };
  (window as unknown as { briefing: unknown }).briefing = new Proxy(
    {},
    { get: (_target, name: string) => calls[name] ?? (() => new Promise(() => undefined)) },
  );
  const { useAppStore } = await import('../../../renderer/store/store.ts');
  useAppStore.setState({ readerArticle: { id: 4 } as never });
  await useAppStore.getState().loadCleanedCopy(4);
  return { store: useAppStore, calls };
}

describe('reviewing a cleaned copy', () => {
  it('keeps only the review of the article the reader shows', async () => {
    const { store } = await freshStore();
    expect(store.getState().cleanedCopy?.articleId).toBe(4);
    store.setState({ readerArticle: { id: 5 } as never, cleanedCopy: null });
    await store.getState().loadCleanedCopy(4);
    expect(store.getState().cleanedCopy).toBeNull();
  });

  it('hands a refusal back to the dialog, which stays open', async () => {
    const { store } = await freshStore();
    store.getState().openCleanedCopyReview();
    expect(await store.getState().applyCleanedCopyReview({ putBack: [], leaveOut: [1] })).toBe('Nothing would be left of the article.');
    expect(store.getState().cleanedCopyReviewOpen).toBe(true);
    expect(store.getState().cleanedCopy?.overrides).toEqual({ putBack: [], leaveOut: [] });
  });

  it('applies, closes, and offers an undo that applies the review as it was', async () => {
    const { store, calls } = await freshStore();
    store.getState().openCleanedCopyReview();
    expect(await store.getState().applyCleanedCopyReview({ putBack: [2], leaveOut: [] })).toBeNull();
    expect(store.getState().cleanedCopyReviewOpen).toBe(false);
    expect(store.getState().cleanedCopy?.overrides).toEqual({ putBack: [2], leaveOut: [] });
    expect(store.getState().notices.map((n) => n.title)).toContain('Rebuilt the article from the pasted copy');
    expect(store.getState().undoLatest()).toBe(true);
    await vi.waitFor(() => expect(store.getState().cleanedCopy?.overrides).toEqual({ putBack: [], leaveOut: [] }));
    expect(calls.applyCleanedCopyReview!.mock.calls.map(([args]) => args)).toEqual([
      { articleId: 4, overrides: { putBack: [2], leaveOut: [] } },
      { articleId: 4, overrides: { putBack: [], leaveOut: [] } },
    ]);
  });
});
