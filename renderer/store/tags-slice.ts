/**
 * Tags: the library's tags with their counts (sidebar, autocomplete, the tag
 * manager), the sites for the site filter, and every tag change. Main tells
 * the windows what changed, so lists, the reader and highlights reload
 * themselves; the slice reports refusals as notices, except a rename onto a
 * name in use, which it hands back so the manager can offer the merge.
 */
import { api, isApiError } from '../api.ts';
import type { DeletedTag, SiteCount, Tag, TaggableKind } from '../../shared/organize.ts';
import type { LoadStatus, SliceCreator } from './types.ts';

export type RenameOutcome = { status: 'renamed' } | { status: 'conflict'; message: string; target: Tag | null } | { status: 'failed' };

export interface TagsSlice {
  /** A to Z. */
  tags: Tag[];
  tagsStatus: LoadStatus;
  sites: SiteCount[];
  tagManagerOpen: boolean;
  loadTags: () => Promise<void>;
  loadSites: () => Promise<void>;
  setTagManagerOpen: (open: boolean) => void;
  /** Puts the tag named `name` (made if new) on the items; false if main refused. */
  tagItems: (kind: TaggableKind, ids: number[], name: string) => Promise<boolean>;
  untagItems: (kind: TaggableKind, ids: number[], tagId: number) => Promise<boolean>;
  renameTag: (id: number, name: string) => Promise<RenameOutcome>;
  mergeTags: (sourceId: number, targetId: number) => Promise<boolean>;
  deleteTag: (id: number) => Promise<boolean>;
}

export const createTagsSlice: SliceCreator<TagsSlice> = (set, get) => {
  let request = 0;

  /** Runs a change; a refusal becomes a notice. The library's event reloads what shows tags. */
  const change = async (what: string, work: () => Promise<unknown>, retry: () => void): Promise<boolean> => {
    try {
      await work();
      void get().loadTags();
      return true;
    } catch (error) {
      get().reportError(what, error, retry);
      return false;
    }
  };

  /** The ids main knows: a highlight tagged while still shown under its stand-in id waits for its save (one that failed is left out). */
  const mainIds = async (kind: TaggableKind, ids: number[]): Promise<number[]> =>
    kind === 'highlight' ? (await Promise.all(ids.map((id) => get().savedHighlightId(id)))).filter((id) => id !== null) : ids;

  return {
    tags: [],
    tagsStatus: 'idle',
    sites: [],
    tagManagerOpen: false,

    async loadTags() {
      const mine = ++request;
      if (get().tagsStatus !== 'ready') set({ tagsStatus: 'loading' });
      try {
        const tags = await api.listTags({});
        if (mine === request) set({ tags, tagsStatus: 'ready' });
      } catch (error) {
        if (mine !== request) return;
        set({ tagsStatus: 'error' });
        get().reportError("Couldn't list the tags", error, () => void get().loadTags());
      }
    },

    async loadSites() {
      try {
        set({ sites: await api.listSites({}) });
      } catch (error) {
        get().reportError("Couldn't list the sites", error, () => void get().loadSites());
      }
    },

    setTagManagerOpen(open) {
      set({ tagManagerOpen: open });
      if (open) void get().loadTags();
    },

    tagItems(kind, ids, name) {
      return change(
        `Couldn't add the tag “${name.trim()}”`,
        async () => api.tagItems({ kind, ids: await mainIds(kind, ids), name }),
        () => void get().tagItems(kind, ids, name),
      );
    },

    untagItems(kind, ids, tagId) {
      return change(
        "Couldn't remove the tag",
        async () => api.untagItems({ kind, ids: await mainIds(kind, ids), tagId }),
        () => void get().untagItems(kind, ids, tagId),
      );
    },

    async renameTag(id, name) {
      try {
        await api.renameTag({ id, name });
        void get().loadTags();
        return { status: 'renamed' };
      } catch (error) {
        if (isApiError(error) && error.code === 'CONFLICT') {
          const wanted = name.trim().replace(/\s+/g, ' ').toLowerCase();
          return { status: 'conflict', message: error.message, target: get().tags.find((t) => t.name.toLowerCase() === wanted) ?? null };
        }
        get().reportError("Couldn't rename the tag", error);
        return { status: 'failed' };
      }
    },

    async mergeTags(sourceId, targetId) {
      const ok = await change("Couldn't merge the tags", () => api.mergeTags({ sourceId, targetId }), () => void get().mergeTags(sourceId, targetId));
      if (ok) leaveTagView(sourceId);
      return ok;
    },

    async deleteTag(id) {
      let deleted: DeletedTag;
      try {
        deleted = await api.deleteTag({ id });
      } catch (error) {
        get().reportError("Couldn't delete the tag", error, () => void get().deleteTag(id));
        return false;
      }
      void get().loadTags();
      leaveTagView(id);
      const restore = (): Promise<boolean> => change("Couldn't bring the tag back", () => api.restoreTag({ deleted }), () => void restore());
      get().offerUndo({
        title: `Deleted the tag “${deleted.name}”`,
        message: 'Undo puts it back on its articles and highlights.',
        undo: async () => {
          await restore();
        },
      });
      return true;
    },
  };

  /** A tag that is gone cannot stay the view, nor a filter. */
  function leaveTagView(id: number) {
    const { view, articleFilters } = get();
    if (articleFilters.tagId === id) {
      const { tagId: _gone, ...rest } = articleFilters;
      get().setArticleFilters(rest);
    }
    if (get().evidenceFilters.tagId === id) {
      const { tagId: _gone, ...rest } = get().evidenceFilters;
      get().setEvidenceFilters(rest);
    }
    if (view.kind === 'tag' && view.id === id) get().selectView({ kind: 'all' });
  }
};
