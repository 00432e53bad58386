/** A real backend on a temporary library, with settings in memory. */
import { afterEach, vi } from 'vitest';
import { createBackend, type Backend, type BackendOptions } from '../../electron/api/backend.ts';
import { createSettingsService, type KeyValueStore } from '../../electron/settings/settings.ts';
import type { CallArgs, CallName, CallValue } from '../../shared/contract.ts';
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

/**
 * A test file's way to start backends: `start()` gives a fresh backend (these
 * options, then the call's own) and a typed `call` that goes through dispatch
 * as the renderer does and throws the handler's error as "CODE: message"; the
 * last backend started is closed after each test.
 */
export function useCallingBackend(defaults: Parameters<typeof testBackend>[0] = {}) {
  let current: Backend | undefined;
  afterEach(() => current?.close());
  return function start(options: Parameters<typeof testBackend>[0] = {}) {
    const made = testBackend({ ...defaults, ...options });
    current = made.backend;
    async function call<K extends CallName>(name: K, args: CallArgs<K>): Promise<CallValue<K>> {
      const result = await made.backend.dispatch(name, args);
      if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
      return result.value as CallValue<K>;
    }
    return { ...made, call };
  };
}
