/** The library as a whole: where it is, how many articles, how many unread. */
import { api } from '../api.ts';
import type { LibraryInfo } from '../../shared/model.ts';
import type { LoadStatus, SliceCreator } from './types.ts';

export interface LibrarySlice {
  libraryInfo: LibraryInfo | null;
  /** Articles whose reading status is "unread"; null until known. */
  unreadCount: number | null;
  libraryStatus: LoadStatus;
  loadLibraryInfo: () => Promise<void>;
}

export const createLibrarySlice: SliceCreator<LibrarySlice> = (set, get) => ({
  libraryInfo: null,
  unreadCount: null,
  libraryStatus: 'idle',

  async loadLibraryInfo() {
    if (get().libraryInfo === null) set({ libraryStatus: 'loading' });
    try {
      const [info, unread] = await Promise.all([
        api.getLibraryInfo({}),
        api.listArticles({ status: 'unread', offset: 0, limit: 1 }),
      ]);
      set({ libraryInfo: info, unreadCount: unread.total, libraryStatus: 'ready' });
    } catch (error) {
      set({ libraryStatus: 'error' });
      get().reportError("Couldn't open the library", error, () => void get().loadLibraryInfo());
    }
  },
});
