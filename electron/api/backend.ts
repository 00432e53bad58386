/**
 * The main process minus Electron: library, settings, events and the dispatch
 * over them. The Electron app, the preview and the tests all build this.
 */
import type { Events } from '../../shared/contract.ts';
import type { ExportFormat } from '../../shared/export.ts';
import type { PdfPrinter } from '../export/printer.ts';
import { createBatchRunner } from '../import/batch.ts';
import { createExtractor, type Extractor } from '../import/extractor.ts';
import type { Library } from '../library/library.ts';
import { createSearchPool, type SearchPool } from '../library/search-pool.ts';
import { createLibrarySession, type LibrarySession } from '../library/session.ts';
import { createRefetcher } from '../import/refetch.ts';
import { startBackfill } from '../library/backfill.ts';
import type { SettingsService } from '../settings/settings.ts';
import { createDispatch, type Dispatch } from './dispatch.ts';
import { createEventHub, type EventHub } from './events.ts';
import { createHandlers } from './handlers.ts';

export interface Backend {
  /** The open library (see LibrarySession: its calls fail while the library is unavailable). */
  library: Library;
  session: LibrarySession;
  settings: SettingsService;
  events: EventHub;
  dispatch: Dispatch;
  extractor: Extractor;
  searchPool: SearchPool;
  close(): Promise<void>;
}

export interface BackendOptions {
  libraryDir: string;
  settings: SettingsService;
  openExternal: (url: string) => Promise<void>;
  /** Asks the person for a library folder (the app's folder dialog); the preview has none and takes a typed path. */
  pickFolder?: () => Promise<string | null>;
  /** Ends the app (the recovery screen's Quit). */
  quit?: () => void;
  /** Seed the sample briefing if this open creates the library. */
  seedSample?: boolean;
  /** The import worker's script, where it is not beside this module (the bundled app). */
  importWorkerUrl?: URL;
  /** The search worker's script, where it is not beside its module (the bundled app). */
  searchWorkerUrl?: URL;
  /** Prints a briefing to PDF; without it the PDF export says it is not available. */
  printPdf?: PdfPrinter;
  /** Asks where to save an export: a save dialog in the app, a folder in the preview. */
  chooseExportPath?: (suggestedName: string, format: ExportFormat) => Promise<string | null>;
  /** Asks for a .briefing file to import: an open dialog in the app. */
  chooseBundleFile?: () => Promise<string | null>;
  /** Shows an exported file in the system's file manager. */
  showItemInFolder?: (path: string) => void;
  /** Milliseconds after open before saved articles without names and dates are read (default 1 s). */
  backfillDelayMs?: number;
}

export function createBackend(options: BackendOptions): Backend {
  const searchPool = createSearchPool(options.searchWorkerUrl ? { workerUrl: options.searchWorkerUrl } : {});
  const session = createLibrarySession({
    dir: options.libraryDir,
    seedSample: options.seedSample ?? true,
    canPickFolder: options.pickFolder !== undefined,
    releaseReaders: () => searchPool.release(),
  });
  const { library } = session;
  const events = createEventHub();
  const extractor = createExtractor(options.importWorkerUrl ? { workerUrl: options.importWorkerUrl } : {});
  const imports = createBatchRunner({ library, extractor });
  const refetcher = createRefetcher({ library, extractor });
  const dispatch = createDispatch(
    createHandlers({
      library,
      session,
      settings: options.settings,
      events,
      imports,
      searchPool,
      refetcher,
      extractor,
      openExternal: options.openExternal,
      ...(options.pickFolder ? { pickFolder: options.pickFolder } : {}),
      ...(options.quit ? { quit: options.quit } : {}),
      ...(options.printPdf ? { printPdf: options.printPdf } : {}),
      ...(options.chooseExportPath ? { chooseExportPath: options.chooseExportPath } : {}),
      ...(options.chooseBundleFile ? { chooseBundleFile: options.chooseBundleFile } : {}),
      ...(options.showItemInFolder ? { showItemInFolder: options.showItemInFolder } : {}),
    }),
  );
  // Load the name and date extractors now, off the first import's clock.
  import('../../shared/tradecraft/extract.ts').catch((error: unknown) => console.error('The name and date extractors failed to load:', error));
  const backfill = startBackfill(library, {
    delayMs: options.backfillDelayMs ?? 1000,
    onProgress: () => events.emit('libraryChanged', { kinds: ['entities'] }),
  });
  // Articles that came without names and dates (a bundle, a restored backup, another folder) are read next.
  const unsubscribe = events.subscribe((name, payload) => {
    if (name === 'libraryChanged' && (payload as Events['libraryChanged']).kinds.includes('articles')) backfill.wake();
  });
  return {
    library,
    session,
    settings: options.settings,
    events,
    dispatch,
    extractor,
    searchPool,
    close: async () => {
      unsubscribe();
      backfill.stop();
      await extractor.close();
      await session.close();
      await searchPool.close();
    },
  };
}
