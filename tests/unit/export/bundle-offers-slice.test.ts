// @vitest-environment jsdom
/**
 * The review of bundle offers against a fake `window.briefing`: one accept or
 * dismiss at a time per change (a second press while the first is on its way
 * sends nothing), the list reloaded after each, a refusal said, and the
 * import notice leading to the review.
 */
import { describe, expect, it, vi } from 'vitest';
import type { BundleOffer } from '../../../shared/bundle.ts';

const offer = (id: number, change: BundleOffer['change']): BundleOffer => ({
  id,
  articleId: 4,
  articleTitle: 'Ports clear the backlog',
  bundleTitle: 'Grain corridor: week 10',
  createdAt: '2026-03-02T08:00:00.000Z',
  change,
  description: '',
  article: { sourceGrade: null, marking: 'GREEN' },
});

type Call = (args: never) => Promise<unknown>;
const ok = (value: unknown) => Promise.resolve({ ok: true, value });

async function freshStore() {
  vi.resetModules();
  let waiting = [offer(1, { kind: 'note', body: 'Reliable source.' }), offer(2, { kind: 'marking', marking: 'AMBER' })];
  const calls: Record<string, ReturnType<typeof vi.fn<Call>>> = {
    listBundleOffers: vi.fn<Call>(() => ok(waiting)),
    acceptBundleOffers: vi.fn<Call>((args: { ids: number[] }) => {
      waiting = waiting.filter((o) => !args.ids.includes(o.id));
      return ok({ accepted: args.ids.length });
    }),
    dismissBundleOffers: vi.fn<Call>((args: { ids: number[] }) => {
      waiting = waiting.filter((o) => !args.ids.includes(o.id));
      return ok({ dismissed: args.ids.length });
    }),
  };
  (window as unknown as { briefing: unknown }).briefing = new Proxy(
    {},
    { get: (_target, name: string) => calls[name] ?? (() => new Promise(() => undefined)) },
  );
  const { useAppStore } = await import('../../../renderer/store/store.ts');
  await useAppStore.getState().loadBundleOffers();
  return { store: useAppStore, calls };
}

const ids = (store: Awaited<ReturnType<typeof freshStore>>['store']) => store.getState().bundleOffers?.map((o) => o.id);

describe('reviewing the changes bundles offer', () => {
  it('accepts one change once, however often it is pressed, and reloads the list', async () => {
    const { store, calls } = await freshStore();
    expect(ids(store)).toEqual([1, 2]);
    const first = store.getState().acceptBundleOffers([1]);
    expect(store.getState().bundleOffersBusy).toEqual([1]);
    const again = store.getState().acceptBundleOffers([1]);
    await Promise.all([first, again]);
    expect(calls.acceptBundleOffers!.mock.calls).toEqual([[{ ids: [1] }]]);
    expect(ids(store)).toEqual([2]);
    expect(store.getState().bundleOffersBusy).toEqual([]);
    expect(store.getState().notices.map((n) => n.title)).toContain('Change accepted');
  });

  it('dismisses without applying, and stays open on an empty list', async () => {
    const { store, calls } = await freshStore();
    store.getState().openBundleOffers();
    await store.getState().dismissBundleOffers([1, 2]);
    expect(calls.dismissBundleOffers!.mock.calls).toEqual([[{ ids: [1, 2] }]]);
    expect(calls.acceptBundleOffers).not.toHaveBeenCalled();
    expect(ids(store)).toEqual([]);
    expect(store.getState().bundleOffersDialogOpen).toBe(true);
  });

  it('says why when a change is no longer offered, and shows the list as the library has it', async () => {
    const { store, calls } = await freshStore();
    calls.acceptBundleOffers!.mockImplementation(() =>
      Promise.resolve({ ok: false, error: { code: 'NOT_FOUND', message: 'Some of these changes are no longer offered (accepted or dismissed already); reload the list.' } }),
    );
    await store.getState().acceptBundleOffers([2]);
    const error = store.getState().notices.find((n) => n.tone === 'error');
    expect(error).toMatchObject({ title: "Couldn't accept the change", message: expect.stringMatching(/no longer offered/) });
    expect(calls.listBundleOffers!.mock.calls.length).toBe(2);
    expect(ids(store)).toEqual([1, 2]);
  });
});
