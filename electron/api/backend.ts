/**
 * The main process minus Electron: library, settings, events and the dispatch
 * over them. The Electron app, the preview and the tests all build this.
 */
import { createBatchRunner } from '../import/batch.ts';
import { createExtractor, type Extractor } from '../import/extractor.ts';
import { createRefetcher } from '../import/refetch.ts';
import { startBackfill } from '../library/backfill.ts';
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
  /** Milliseconds after open before saved articles without names and dates are read (default 1 s). */
  backfillDelayMs?: number;
}

export function createBackend(options: BackendOptions): Backend {
  const library = openLibrary(options.libraryDir, { seedSample: options.seedSample ?? true });
  const events = createEventHub();
  const extractor = createExtractor(options.importWorkerUrl ? { workerUrl: options.importWorkerUrl } : {});
  const imports = createBatchRunner({ library, extractor });
  const refetcher = createRefetcher({ library, extractor });
  const dispatch = createDispatch(
    createHandlers({ library, settings: options.settings, events, imports, refetcher, openExternal: options.openExternal }),
  );
  // Load the name and date extractors now, off the first import's clock.
  import('../../shared/tradecraft/extract.ts').catch((error: unknown) => console.error('The name and date extractors failed to load:', error));
  const backfill = startBackfill(library, {
    delayMs: options.backfillDelayMs ?? 1000,
    onProgress: () => events.emit('libraryChanged', { kinds: ['entities'] }),
  });
  return {
    library,
    settings: options.settings,
    events,
    dispatch,
    extractor,
    close: async () => {
      backfill.stop();
      await extractor.close();
      library.close();
    },
  };
}
