/**
 * The main process minus Electron: library, settings, events and the dispatch
 * over them. The Electron app, the preview and the tests all build this.
 */
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
  close(): void;
}

export interface BackendOptions {
  libraryDir: string;
  settings: SettingsService;
  openExternal: (url: string) => Promise<void>;
  /** Seed the sample briefing if this open creates the library. */
  seedSample?: boolean;
}

export function createBackend(options: BackendOptions): Backend {
  const library = openLibrary(options.libraryDir, { seedSample: options.seedSample ?? true });
  const events = createEventHub();
  const dispatch = createDispatch(
    createHandlers({ library, settings: options.settings, events, openExternal: options.openExternal }),
  );
  return { library, settings: options.settings, events, dispatch, close: () => library.close() };
}
