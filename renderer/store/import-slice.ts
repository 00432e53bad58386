/**
 * Import: the dialog's draft (addresses, pasted text, chosen files) and the
 * run in progress or just finished, one entry per thing handed over.
 *
 * Everything that imports — the dialog, a drop, a paste — calls
 * `importSources`. Files that are too large or of a kind we cannot import are
 * never read: they enter the results as failed at once. The rest wait in a
 * queue and go to main in batches (`importBatch`) small enough for one call;
 * `importProgress` events fill the results in as each item finishes. Sources
 * handed over while a run is going join it. Main makes sure one bad item never
 * stops the rest; a call that fails as a whole shows as a notice.
 */
import { api, errorMessage, subscribe } from '../api.ts';
import { MAX_BATCH_ITEMS, type ImportItem, type ImportOutcome, type ImportStatus } from '../../shared/import.ts';
import {
  estimatedCallBytes,
  newBatchId,
  parseUrlField,
  sourceLabel,
  sourceRefusal,
  toImportItem,
  type ImportSource,
} from '../import/sources.ts';
import type { SliceCreator } from './types.ts';

/** The import dialog's fields while it is open. */
export interface ImportDraft {
  /** "Web addresses": http(s) addresses, one per line. */
  urls: string;
  /** "Pasted text": a plain-text copy of a page. */
  text: string;
  /** The page structure (text/html) pasted with `text`; dropped when the person edits the text (their edit wins). */
  html: string | null;
  files: File[];
  /** "Add to ‹briefing›": offered when a briefing is open; sends its id. */
  addToBriefing: boolean;
  /** Brought back from when the dialog was closed without importing (the dialog offers to clear it). */
  keptFromBefore: boolean;
}

const EMPTY_DRAFT: ImportDraft = { urls: '', text: '', html: null, files: [], addToBriefing: true, keptFromBefore: false };

/** Whether closing the dialog would throw away something the person entered. */
const holdsInput = (draft: ImportDraft) => draft.urls.trim() !== '' || draft.text.trim() !== '' || draft.files.length > 0;

/** Where one thing handed over stands: waiting its turn, being imported, or finished as main said. */
export type ImportEntryStatus = 'waiting' | 'importing' | ImportStatus;

export interface ImportEntry {
  /** Stable for the run (a list key). */
  key: string;
  /** What was handed over: the address, the file name, or "pasted text". */
  input: string;
  status: ImportEntryStatus;
  /** The article saved, or the one it was already saved as. */
  articleId: number | null;
  title: string | null;
  site: string | null;
  /** Why it failed or was cancelled, in words. */
  error: string | null;
  /** Images of the saved article that could not be saved (each left a placeholder in it). */
  imagesNotSaved: number;
}

export interface ImportRun {
  /** `cancelling`: the person asked to stop; main is finishing the current item. */
  phase: 'running' | 'cancelling' | 'done';
  /** The entries' keys, in the order handed over. */
  keys: string[];
  /** By key: a result row re-renders only when its own entry changes. */
  entries: Record<string, ImportEntry>;
  /** The briefing the articles are added to, for the panel to say so. */
  briefingTitle: string | null;
}

/** What the import dialog found wrong with its draft. */
export interface ImportDraftProblem {
  field: 'urls' | 'draft';
  message: string;
}

export interface ImportSlice {
  /** The dialog's draft; null when the dialog is closed. */
  importDraft: ImportDraft | null;
  /** What the dialog held when it was closed without importing: a paste is not lost to Escape; it comes back on the next open. */
  closedImportDraft: ImportDraft | null;
  /** The current or last import; null when there is none to show (or it was dismissed). */
  importRun: ImportRun | null;
  /** Opens the dialog (or, if open, adds to it): `text` replaces the pasted text, `urls` and `files` are added. */
  openImportDialog: (prefill?: { urls?: string[]; text?: string; html?: string | null; files?: File[] }) => void;
  updateImportDraft: (patch: Partial<ImportDraft>) => void;
  /** Empties the open dialog's fields (its "Clear" for a draft brought back from before). */
  clearImportDraft: () => void;
  /** Closes the dialog; what it held is kept for the next open. */
  closeImportDialog: () => void;
  /** Imports the draft and closes the dialog; returns what is wrong instead, leaving it open. */
  submitImportDraft: () => ImportDraftProblem | null;
  /** Imports `sources`, into the open briefing unless `briefingId` says otherwise (null: none). */
  importSources: (sources: ImportSource[], options?: { briefingId?: number | null }) => void;
  /** Stops the run: the item being imported and all waiting ones end as cancelled. */
  cancelImport: () => Promise<void>;
  /** Hides the results of a finished run. */
  dismissImportResults: () => void;
  /** Shows an imported article in the reader. */
  openImportedArticle: (id: number) => void;
}

/** The most one call carries: the preview's bridge takes up to 32 MB a request. */
const MAX_CALL_BYTES = 24 * 1024 * 1024;

const FINISHED: ReadonlySet<ImportEntryStatus> = new Set(['saved', 'duplicate', 'error', 'cancelled']);

export function isFinished(entry: ImportEntry): boolean {
  return FINISHED.has(entry.status);
}

/** How a run's entries stand, counted: for the progress bar and the summary. */
export interface ImportTally {
  total: number;
  done: number;
  saved: number;
  duplicate: number;
  error: number;
  cancelled: number;
}

export function tallyRun(run: ImportRun | null): ImportTally {
  const tally: ImportTally = { total: 0, done: 0, saved: 0, duplicate: 0, error: 0, cancelled: 0 };
  if (!run) return tally;
  for (const key of run.keys) {
    const entry = run.entries[key];
    if (!entry) continue;
    tally.total += 1;
    if (!isFinished(entry)) continue;
    tally.done += 1;
    if (entry.status === 'saved' || entry.status === 'duplicate' || entry.status === 'error' || entry.status === 'cancelled') {
      tally[entry.status] += 1;
    }
  }
  return tally;
}

function byKey(entries: readonly ImportEntry[]): Record<string, ImportEntry> {
  return Object.fromEntries(entries.map((entry) => [entry.key, entry]));
}

interface Queued {
  key: string;
  source: ImportSource;
  briefingId: number | null;
}

/** The batch being read or sent. */
interface ActiveBatch {
  batchId: string;
  sent: boolean;
  cancelled: boolean;
}

export const createImportSlice: SliceCreator<ImportSlice> = (set, get) => {
  let nextKey = 1;
  /** Sources waiting their turn, in order. File objects live here, not in the state. */
  let queue: Queued[] = [];
  let draining = false;
  let active: ActiveBatch | null = null;

  const currentBriefing = (): { id: number; title: string } | null => {
    const { view, briefings, briefing } = get();
    if (view.kind !== 'briefing') return null;
    const title = briefings.find((b) => b.id === view.id)?.title ?? (briefing?.id === view.id ? briefing.title : null);
    return { id: view.id, title: title ?? 'this briefing' };
  };

  const patchEntries = (patches: ReadonlyMap<string, Partial<ImportEntry>>) => {
    if (patches.size === 0) return;
    set((state) => {
      if (!state.importRun) return {};
      const entries = { ...state.importRun.entries };
      for (const [key, patch] of patches) {
        const entry = entries[key];
        if (entry) entries[key] = { ...entry, ...patch };
      }
      return { importRun: { ...state.importRun, entries } };
    });
  };

  const fromOutcome = (outcome: ImportOutcome): Partial<ImportEntry> => ({
    status: outcome.status,
    articleId: outcome.id,
    title: outcome.title,
    site: outcome.site,
    error: outcome.status === 'error' || outcome.status === 'cancelled' ? (outcome.error ?? 'The import failed.') : null,
    imagesNotSaved: outcome.imagesNotSaved,
  });

  const cancelled = (): Partial<ImportEntry> => ({ status: 'cancelled', error: 'Import was cancelled.' });

  /** The next batch: queued sources for one briefing, as many as one call carries. */
  const takeBatch = (): Queued[] => {
    const first = queue[0];
    if (!first) return [];
    const batch: Queued[] = [];
    let bytes = 0;
    for (const queued of queue) {
      if (queued.briefingId !== first.briefingId || batch.length >= MAX_BATCH_ITEMS) break;
      const size = estimatedCallBytes(queued.source);
      if (batch.length > 0 && bytes + size > MAX_CALL_BYTES) break;
      batch.push(queued);
      bytes += size;
    }
    queue = queue.slice(batch.length);
    return batch;
  };

  const runBatch = async (batch: Queued[]) => {
    const mine: ActiveBatch = { batchId: newBatchId(), sent: false, cancelled: false };
    active = mine;
    const [first] = batch;
    if (first) patchEntries(new Map([[first.key, { status: 'importing' }]]));

    // Read the files now, one batch at a time, so a large drop is never all in memory at once.
    const items: ImportItem[] = [];
    const keys: string[] = [];
    const failed = new Map<string, Partial<ImportEntry>>();
    for (const queued of batch) {
      try {
        items.push(await toImportItem(queued.source));
        keys.push(queued.key);
      } catch (error) {
        failed.set(queued.key, { status: 'error', error: errorMessage(error) });
      }
    }
    patchEntries(failed);
    if (mine.cancelled) {
      patchEntries(new Map(keys.map((key) => [key, cancelled()])));
      return;
    }
    if (items.length === 0) return;
    const [firstKey] = keys;
    if (firstKey) patchEntries(new Map([[firstKey, { status: 'importing' }]]));

    // Main works on a few items at once, so they finish in any order; each event names its item's index.
    const finished = new Set<string>();
    let unsubscribe = () => {};
    try {
      unsubscribe = subscribe('importProgress', (progress) => {
        if (progress.batchId !== mine.batchId) return;
        const key = keys[progress.index];
        if (!key) return;
        finished.add(key);
        const patches = new Map<string, Partial<ImportEntry>>([[key, fromOutcome(progress.outcome)]]);
        // Main starts items in order: the first unfinished one is surely being imported.
        const next = keys.find((k) => !finished.has(k));
        if (next && !mine.cancelled) patches.set(next, { status: 'importing' });
        patchEntries(patches);
      });
      mine.sent = true;
      const briefingId = batch[0]?.briefingId ?? null;
      const outcomes = await api.importBatch({
        batchId: mine.batchId,
        items,
        ...(briefingId !== null ? { briefingId } : {}),
      });
      patchEntries(
        new Map(keys.flatMap((key, index) => {
          const outcome = outcomes[index];
          return outcome ? [[key, fromOutcome(outcome)] as const] : [];
        })),
      );
    } catch (error) {
      get().reportError("Couldn't import", error);
      const message = errorMessage(error);
      const entries = get().importRun?.entries ?? {};
      const unfinished = keys.filter((key) => entries[key] && !isFinished(entries[key]));
      patchEntries(new Map(unfinished.map((key) => [key, { status: 'error', error: message }])));
    } finally {
      unsubscribe();
    }
  };

  const drain = async () => {
    if (draining) return;
    draining = true;
    try {
      for (let batch = takeBatch(); batch.length > 0; batch = takeBatch()) await runBatch(batch);
    } finally {
      draining = false;
      active = null;
    }
    const run = get().importRun;
    if (!run) return;
    set({ importRun: { ...run, phase: 'done' } });
    // One thing handed over, and it was saved: show it.
    const only = run.keys.length === 1 && run.keys[0] ? run.entries[run.keys[0]] : undefined;
    if (only?.status === 'saved' && only.articleId !== null) get().openImportedArticle(only.articleId);
  };

  return {
    importDraft: null,
    closedImportDraft: null,
    importRun: null,

    openImportDialog(prefill = {}) {
      set((state) => {
        const draft = state.importDraft ?? state.closedImportDraft ?? EMPTY_DRAFT;
        const urls = [draft.urls.trim(), ...(prefill.urls ?? [])].filter((u) => u !== '').join('\n');
        return {
          closedImportDraft: null,
          importDraft: {
            ...draft,
            urls,
            text: prefill.text ?? draft.text,
            // New text brings its own structure, or none.
            html: prefill.text !== undefined ? (prefill.html ?? null) : draft.html,
            files: [...draft.files, ...(prefill.files ?? [])],
          },
        };
      });
    },

    updateImportDraft(patch) {
      set((state) => (state.importDraft ? { importDraft: { ...state.importDraft, ...patch } } : {}));
    },

    clearImportDraft() {
      set((state) => (state.importDraft ? { importDraft: { ...EMPTY_DRAFT, addToBriefing: state.importDraft.addToBriefing } } : {}));
    },

    closeImportDialog() {
      set((state) => ({
        importDraft: null,
        closedImportDraft: state.importDraft && holdsInput(state.importDraft) ? { ...state.importDraft, keptFromBefore: true } : null,
      }));
    },

    submitImportDraft() {
      const draft = get().importDraft;
      if (!draft) return null;
      const { urls, problems } = parseUrlField(draft.urls);
      if (problems.length > 0) {
        const [problem] = problems;
        const more = problems.length > 1 ? ` (${problems.length - 1} more ${problems.length === 2 ? 'line' : 'lines'} too.)` : '';
        return { field: 'urls', message: `${problem}${more} Write one http or https address per line.` };
      }
      const sources: ImportSource[] = [
        ...urls.map((url): ImportSource => ({ kind: 'url', url })),
        ...(draft.text.trim() !== '' ? [{ kind: 'text', text: draft.text, ...(draft.html ? { html: draft.html } : {}) } as const] : []),
        ...draft.files.map((file): ImportSource => ({ kind: 'file', file })),
      ];
      if (sources.length === 0) {
        return { field: 'draft', message: 'Add a web address, some pasted text or a file to import.' };
      }
      const briefing = currentBriefing();
      set({ importDraft: null });
      get().importSources(sources, { briefingId: draft.addToBriefing && briefing ? briefing.id : null });
      return null;
    },

    importSources(sources, options = {}) {
      if (sources.length === 0) return;
      const briefing = currentBriefing();
      const briefingId = options.briefingId === undefined ? (briefing?.id ?? null) : options.briefingId;
      const briefingTitle = briefingId !== null && briefing?.id === briefingId ? briefing.title : null;

      const entries: ImportEntry[] = [];
      const queued: Queued[] = [];
      for (const source of sources) {
        const key = `import-${nextKey++}`;
        const refusal = sourceRefusal(source);
        entries.push({
          key,
          input: sourceLabel(source),
          status: refusal ? 'error' : 'waiting',
          articleId: null,
          title: null,
          site: null,
          error: refusal,
          imagesNotSaved: 0,
        });
        if (!refusal) queued.push({ key, source, briefingId });
      }

      set((state) => {
        const run = state.importRun;
        // A run still going takes the new sources in; otherwise they start a new one.
        if (run && run.phase !== 'done') {
          return {
            importRun: {
              ...run,
              phase: queued.length > 0 ? 'running' : run.phase,
              keys: [...run.keys, ...entries.map((e) => e.key)],
              entries: { ...run.entries, ...byKey(entries) },
              briefingTitle: run.briefingTitle === briefingTitle ? run.briefingTitle : null,
            },
          };
        }
        return {
          importRun: {
            phase: queued.length > 0 ? 'running' : 'done',
            keys: entries.map((e) => e.key),
            entries: byKey(entries),
            briefingTitle,
          },
        };
      });
      queue.push(...queued);
      if (queued.length > 0) void drain();
    },

    async cancelImport() {
      const run = get().importRun;
      if (!run || run.phase !== 'running') return;
      const waiting = queue;
      queue = [];
      set({ importRun: { ...run, phase: 'cancelling' } });
      patchEntries(new Map(waiting.map((q) => [q.key, cancelled()])));
      const batch = active;
      if (!batch) return;
      batch.cancelled = true;
      if (!batch.sent) return;
      try {
        const answer = await api.cancelImport({ batchId: batch.batchId });
        // The batch may not have reached main yet: ask once more, a moment later.
        if (!answer.cancelled && active === batch) {
          await new Promise((resolve) => setTimeout(resolve, 250));
          if (active === batch) await api.cancelImport({ batchId: batch.batchId });
        }
      } catch (error) {
        get().reportError("Couldn't cancel the import", error);
      }
    },

    dismissImportResults() {
      if (get().importRun?.phase === 'done') set({ importRun: null });
    },

    openImportedArticle(id) {
      get().selectArticle(id);
    },
  };
};
