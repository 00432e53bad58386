/**
 * The main process minus Electron: library, settings, events and the dispatch
 * over them. The Electron app, the preview and the tests all build this.
 */
import type { ExportFormat } from '../../shared/export.ts';
import type { PdfPrinter } from '../export/printer.ts';
import { createBatchRunner } from '../import/batch.ts';
import { createExtractor, type Extractor } from '../import/extractor.ts';
import { openLibrary, type Library } from '../library/library.ts';
import type { SettingsService } from '../settings/settings.ts';
import { createDispatch, type Dispatch } from './dispatch.ts';
import { createEventHub, type EventHub } from './events.ts';
import { createHandlers } from './handlers.ts';

export interface Backend {
  library: Library;
  settings: SettingsService;
  events: EventHub;
  dispatch: Dispatch;
  extractor: Extractor;
  close(): Promise<void>;
}

export interface BackendOptions {
  libraryDir: string;
  settings: SettingsService;
  openExternal: (url: string) => Promise<void>;
  /** Seed the sample briefing if this open creates the library. */
  seedSample?: boolean;
  /** The import worker's script, where it is not beside this module (the bundled app). */
  importWorkerUrl?: URL;
  /** Prints a briefing to PDF; without it the PDF export says it is not available. */
  printPdf?: PdfPrinter;
  /** Asks where to save an export: a save dialog in the app, a folder in the preview. */
  chooseExportPath?: (suggestedName: string, format: ExportFormat) => Promise<string | null>;
  /** Asks for a .briefing file to import: an open dialog in the app. */
  chooseBundleFile?: () => Promise<string | null>;
  /** Shows an exported file in the system's file manager. */
  showItemInFolder?: (path: string) => void;
}

export function createBackend(options: BackendOptions): Backend {
  const library = openLibrary(options.libraryDir, { seedSample: options.seedSample ?? true });
  const events = createEventHub();
  const extractor = createExtractor(options.importWorkerUrl ? { workerUrl: options.importWorkerUrl } : {});
  const imports = createBatchRunner({ library, extractor });
  const dispatch = createDispatch(
    createHandlers({
      library,
      settings: options.settings,
      events,
      imports,
      openExternal: options.openExternal,
      printPdf: options.printPdf,
      chooseExportPath: options.chooseExportPath,
      chooseBundleFile: options.chooseBundleFile,
      showItemInFolder: options.showItemInFolder,
    }),
  );
  return {
    library,
    settings: options.settings,
    events,
    dispatch,
    extractor,
    close: async () => {
      await extractor.close();
      library.close();
    },
  };
}
