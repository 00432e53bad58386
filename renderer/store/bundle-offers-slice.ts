/**
 * Changes bundles offer to articles already in the library (a note, a
 * highlight, tags, a grade, a stricter marking): nothing of them applies until
 * the analyst accepts it. The list is loaded at start, after every bundle
 * import and after each accept or dismiss; the sidebar shows how many wait
 * and opens the review dialog (components/BundleOffersDialog.tsx).
 */
import { api } from '../api.ts';
import type { BundleOffer } from '../../shared/bundle.ts';
import type { SliceCreator } from './types.ts';

export interface BundleOffersSlice {
  /** The offers waiting, oldest first; null until loaded. */
  bundleOffers: BundleOffer[] | null;
  bundleOffersDialogOpen: boolean;
  /** Ids being accepted or dismissed: their buttons wait, a second click does nothing. */
  bundleOffersBusy: readonly number[];
  loadBundleOffers: () => Promise<void>;
  openBundleOffers: () => void;
  closeBundleOffers: () => void;
  /** Applies the offers named; the list and the views showing their articles reload. */
  acceptBundleOffers: (ids: readonly number[]) => Promise<void>;
  /** Takes the offers named off the list without applying them. */
  dismissBundleOffers: (ids: readonly number[]) => Promise<void>;
}

export const createBundleOffersSlice: SliceCreator<BundleOffersSlice> = (set, get) => {
  /** Runs one accept or dismiss for ids no other action holds, then reloads the list. */
  const settle = async (ids: readonly number[], work: (ids: number[]) => Promise<void>, failure: string) => {
    const busy = new Set(get().bundleOffersBusy);
    const free = ids.filter((id) => !busy.has(id));
    if (free.length === 0) return;
    set({ bundleOffersBusy: [...busy, ...free] });
    try {
      await work(free);
    } catch (error) {
      get().reportError(failure, error);
    } finally {
      set((state) => ({ bundleOffersBusy: state.bundleOffersBusy.filter((id) => !free.includes(id)) }));
      await get().loadBundleOffers();
    }
  };

  return {
    bundleOffers: null,
    bundleOffersDialogOpen: false,
    bundleOffersBusy: [],

    async loadBundleOffers() {
      try {
        set({ bundleOffers: await api.listBundleOffers({}) });
      } catch (error) {
        get().reportError("Couldn't list the changes offered by bundles", error);
      }
    },

    openBundleOffers() {
      set({ bundleOffersDialogOpen: true });
      void get().loadBundleOffers();
    },

    closeBundleOffers() {
      set({ bundleOffersDialogOpen: false });
    },

    acceptBundleOffers: (ids) =>
      settle(
        ids,
        async (free) => {
          const { accepted } = await api.acceptBundleOffers({ ids: free });
          get().notify({ tone: 'success', title: accepted === 1 ? 'Change accepted' : `${accepted.toLocaleString()} changes accepted` });
        },
        "Couldn't accept the change",
      ),

    dismissBundleOffers: (ids) =>
      settle(
        ids,
        async (free) => {
          await api.dismissBundleOffers({ ids: free });
        },
        "Couldn't dismiss the change",
      ),
  };
};
