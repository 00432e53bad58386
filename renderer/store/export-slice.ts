/**
 * Export and bundle import: the export dialog (which briefing, what its
 * marking leaves out, the run in progress fed by `exportProgress` events, and
 * how it ended), and bundle
 * imports (chosen in main's open dialog, or dropped on the window) followed by
 * `bundleImportProgress` events. The renderer never names a file path to
 * write: main asks where to save, and only a file it wrote can be shown in
 * its folder.
 */
import { api, errorMessage, subscribe } from '../api.ts';
import { MAX_DROPPED_BUNDLE_BYTES, type BundleImportSummary, type BundleOffer } from '../../shared/bundle.ts';
import { DEFAULT_EXPORT_CHOICE, EXPORT_FORMAT_NAMES, type ExportChoice, type ExportFormat } from '../../shared/export.ts';
import type { LeftOutItem } from '../../shared/tradecraft/handling.ts';
import type { ExportContents } from '../../shared/tradecraft/model.ts';
import { bytesToBase64, formatBytes, newBatchId } from '../import/sources.ts';
import type { AppState, SliceCreator } from './types.ts';

export interface ExportRun {
  exportId: string;
  format: ExportFormat;
  /** `saved` and `cancelled` close the dialog; `failed` keeps it open with `error`. */
  phase: 'running' | 'failed';
  stage: string;
  fraction: number;
  error: string | null;
}

export interface BundleImportRun {
  importId: string;
  /** The dropped file's name, or null while main's dialog is choosing one. */
  name: string | null;
  stage: string;
  fraction: number;
}

export interface ExportSlice {
  /** The briefing the export dialog is open for; null when it is closed. */
  exportDialog: { briefingId: number } | null;
  exportRun: ExportRun | null;
  /** What exporting the dialog's briefing leaves out for its marking (null until known): shown before exporting. */
  exportLeftOut: LeftOutItem[] | null;
  /** What the PDF's entity index and timeline will print, and what the analyst hid (null until known). */
  exportContents: ExportContents | null;
  bundleImport: BundleImportRun | null;
  openExportDialog: (briefingId: number) => void;
  closeExportDialog: () => void;
  /** Kept in the preferences, so the dialog opens with the same choice next time, after a restart too. */
  setExportChoice: (patch: Partial<ExportChoice>) => void;
  /** Exports with the current choice; main asks where to save. */
  startExport: () => Promise<void>;
  /** Shows a file this session exported in the system's file manager. */
  showExportedFile: (path: string) => Promise<void>;
  /** Imports a .briefing bundle: `file` when dropped, else main asks for one. */
  importBundle: (file?: File) => Promise<void>;
}

/** What the export dialog chose last (the default until the preferences are read). */
export const selectExportChoice = (state: AppState): ExportChoice => state.settings?.exportChoice ?? DEFAULT_EXPORT_CHOICE;

/** "3 articles added, 1 already here, 6 highlights added". */
export function describeBundleImport(summary: BundleImportSummary): string {
  const count = (n: number, one: string) => `${n.toLocaleString()} ${one}${n === 1 ? '' : 's'}`;
  const parts = [`${count(summary.articlesAdded, 'article')} added`];
  if (summary.articlesMerged > 0) parts.push(`${summary.articlesMerged.toLocaleString()} already here (merged)`);
  parts.push(`${count(summary.highlightsAdded, 'highlight')} added`);
  if (summary.highlightsSkipped > 0) parts.push(`${summary.highlightsSkipped.toLocaleString()} already there`);
  if (summary.judgmentsAdded > 0) parts.push(`${count(summary.judgmentsAdded, 'key judgment')} added`);
  return `${parts.join(', ')}.`;
}

/** The changes a bundle offers to articles already here, one line each (the notice shows at most `max`). */
export function describeBundleOffers(offers: readonly BundleOffer[], max = 6): string {
  const lines = offers.slice(0, max).map((offer) => `• ${offer.articleTitle}: ${offer.description}`);
  if (offers.length > max) lines.push(`… and ${(offers.length - max).toLocaleString()} more`);
  return `It would change articles already in your library; nothing was changed:\n${lines.join('\n')}`;
}

export const createExportSlice: SliceCreator<ExportSlice> = (set, get) => ({
  exportDialog: null,
  exportRun: null,
  exportLeftOut: null,
  exportContents: null,
  bundleImport: null,

  openExportDialog(briefingId) {
    set({ exportDialog: { briefingId }, exportRun: null, exportLeftOut: null, exportContents: null });
    api.getExportContents({ id: briefingId }).then(
      (contents) => {
        if (get().exportDialog?.briefingId === briefingId) set({ exportContents: contents });
      },
      (error: unknown) => get().reportError("Couldn't count the entity index and timeline", error),
    );
    api.listLeftOut({ id: briefingId }).then(
      (items) => {
        if (get().exportDialog?.briefingId === briefingId) set({ exportLeftOut: items });
      },
      (error: unknown) => get().reportError("Couldn't check the briefing's markings", error),
    );
  },

  closeExportDialog() {
    // A running export finishes in main; its result arrives as a notice.
    set({ exportDialog: null });
  },

  setExportChoice(patch) {
    void get().updateSettings({ exportChoice: { ...selectExportChoice(get()), ...patch } });
  },

  async startExport() {
    const dialog = get().exportDialog;
    if (!dialog || get().exportRun?.phase === 'running') return;
    const { format, pdf, markdown } = selectExportChoice(get());
    const exportId = `export-${crypto.randomUUID()}`;
    set({ exportRun: { exportId, format, phase: 'running', stage: 'Choosing where to save…', fraction: 0, error: null } });
    const unsubscribe = subscribe('exportProgress', (progress) => {
      const run = get().exportRun;
      if (progress.exportId !== exportId || run?.exportId !== exportId) return;
      set({ exportRun: { ...run, stage: progress.stage, fraction: progress.fraction } });
    });
    try {
      const result = await api.exportBriefing({
        exportId,
        briefingId: dialog.briefingId,
        format,
        ...(format === 'pdf' ? { pdf } : {}),
        ...(format === 'markdown' ? { markdown } : {}),
      });
      if (get().exportRun?.exportId === exportId) set({ exportRun: null });
      if (result.cancelled) return;
      if (get().exportDialog?.briefingId === dialog.briefingId) set({ exportDialog: null });
      get().notify({
        tone: 'success',
        title: `Exported as ${EXPORT_FORMAT_NAMES[format]}`,
        message: `Saved ${result.path} (${formatBytes(result.bytes)}).`,
        action: { label: 'Show in folder', run: () => void get().showExportedFile(result.path) },
        duration: 15_000,
      });
    } catch (error) {
      const run = get().exportRun;
      if (run?.exportId === exportId && get().exportDialog) {
        set({ exportRun: { ...run, phase: 'failed', error: errorMessage(error) } });
      } else {
        get().reportError(`Couldn't export as ${EXPORT_FORMAT_NAMES[format]}`, error);
      }
    } finally {
      unsubscribe();
    }
  },

  async showExportedFile(path) {
    try {
      const { shown } = await api.showExportedFile({ path });
      if (!shown) get().notify({ tone: 'info', title: 'The exported file is here', message: path, duration: 15_000 });
    } catch (error) {
      get().reportError("Couldn't show the file", error);
    }
  },

  async importBundle(file) {
    if (get().bundleImport) return;
    const importId = newBatchId();
    const name = file?.name ?? null;
    set({ bundleImport: { importId, name, stage: name ? `Reading ${name}…` : 'Choosing a bundle…', fraction: 0 } });
    const unsubscribe = subscribe('bundleImportProgress', (progress) => {
      const run = get().bundleImport;
      if (progress.importId !== importId || run?.importId !== importId) return;
      set({ bundleImport: { ...run, stage: progress.stage, fraction: progress.fraction } });
    });
    try {
      let data: string | undefined;
      if (file) {
        if (file.size > MAX_DROPPED_BUNDLE_BYTES) {
          throw new Error(`${file.name} is ${formatBytes(file.size)}; a dropped bundle may be at most ${formatBytes(MAX_DROPPED_BUNDLE_BYTES)}. Use "Open briefing bundle…" instead.`);
        }
        data = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      }
      const result = await api.importBundle({ importId, ...(file && data !== undefined ? { file: { name: file.name, data } } : {}) });
      if (result.cancelled) return;
      const { briefingId, briefingTitle } = result;
      get().notify({
        tone: 'success',
        title: `Imported “${briefingTitle}”`,
        message: describeBundleImport(result),
        action: { label: 'Open briefing', run: () => get().selectView({ kind: 'briefing', id: briefingId }) },
        duration: 15_000,
      });
      if (result.offerIds.length > 0) {
        await get().loadBundleOffers();
        const offers = (get().bundleOffers ?? []).filter((offer) => result.offerIds.includes(offer.id));
        get().notify({
          tone: 'info',
          title: `${offers.length.toLocaleString()} change(s) offered by “${briefingTitle}”`,
          message: describeBundleOffers(offers),
          action: { label: 'Review changes…', run: () => get().openBundleOffers() },
          duration: 120_000,
        });
      }
    } catch (error) {
      get().reportError(name ? `Couldn't import ${name}` : "Couldn't import the bundle", error);
    } finally {
      unsubscribe();
      set({ bundleImport: null });
    }
  },
});
