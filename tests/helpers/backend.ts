/** A real backend on a temporary library, with settings in memory. */
import { vi } from 'vitest';
import { createBackend, type Backend, type BackendOptions } from '../../electron/api/backend.ts';
import { createSettingsService, type KeyValueStore } from '../../electron/settings/settings.ts';
import { DEFAULT_SETTINGS } from '../../shared/settings.ts';
import { tempDir } from './temp.ts';

export function memoryStore(initial: Record<string, unknown> = structuredClone(DEFAULT_SETTINGS)): KeyValueStore {
  let store = initial;
  return {
    get store() {
      return store;
    },
    set(values) {
      store = { ...store, ...values };
    },
  };
}

export function testBackend(
  options: { seedSample?: boolean; libraryDir?: string } & Pick<BackendOptions, 'printPdf' | 'chooseExportPath' | 'chooseBundleFile' | 'showItemInFolder'> = {},
) {
  const openExternal = vi.fn((_url: string) => Promise.resolve());
  const backend: Backend = createBackend({
    libraryDir: options.libraryDir ?? tempDir('library'),
    settings: createSettingsService(memoryStore()),
    openExternal,
    seedSample: options.seedSample ?? true,
    ...(options.printPdf ? { printPdf: options.printPdf } : {}),
    ...(options.chooseExportPath ? { chooseExportPath: options.chooseExportPath } : {}),
    ...(options.chooseBundleFile ? { chooseBundleFile: options.chooseBundleFile } : {}),
    ...(options.showItemInFolder ? { showItemInFolder: options.showItemInFolder } : {}),
  });
  return { backend, openExternal };
}
