/**
 * `npm run preview [-- --library DIR] [--port N]`: the built renderer and the
 * real handlers in a plain browser, on the same library the app uses.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { BriefingError } from '../../shared/result.ts';
import { createBackend, type Backend } from '../api/backend.ts';
import { createHeadlessPrinter, type HeadlessPrinter } from '../export/pdf/headless.ts';
import type { PdfPrinter } from '../export/printer.ts';
import { defaultDataDir, resolveLibraryDir } from '../paths.ts';
import { openSettingsFile } from '../settings/file-store.ts';
import { startBridge, type Bridge } from './server.ts';

export const RENDERER_DIST = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

export interface Preview {
  backend: Backend;
  bridge: Bridge;
  /** Prints a briefing's print view from this bridge with headless Chromium. */
  printPdf: PdfPrinter;
  /** Where exports are saved: the preview has no save dialog. */
  exportDir: string;
  close(): Promise<void>;
}

/** Starts backend and bridge; used by the command below and by the end-to-end tests. */
export async function startPreview(options: {
  libraryDir?: string | undefined;
  dataDir?: string;
  port?: number;
  staticDir?: string;
  /** Where validated links go; the preview has no system browser to hand them to, so by default it says so. */
  openExternal?: (url: string) => Promise<void>;
  /** Where exports are saved (default: `exports` in the data folder). */
  exportDir?: string;
  /** Stands in for the app's open dialog when importing a bundle; without it, bundles are dropped on the window. */
  chooseBundleFile?: () => Promise<string | null>;
  /** The start-of-day backup, as the app makes it; off for the CLI's printing, which backs up only when asked. */
  dailyBackup?: boolean;
}): Promise<Preview> {
  const dataDir = options.dataDir ?? defaultDataDir();
  const settings = openSettingsFile(dataDir);
  const libraryDir = resolveLibraryDir({
    flag: options.libraryDir,
    env: process.env,
    saved: settings.get().libraryDir,
    dataDir,
  });
  // Prints with headless Chromium against this preview's own bridge, once it is listening.
  let printer: HeadlessPrinter | null = null;
  const exportDir = options.exportDir ?? path.join(dataDir, 'exports');
  const backend = createBackend({
    libraryDir,
    settings,
    printPdf: async (request, onProgress) => {
      if (!printer) throw new BriefingError('INTERNAL', 'The preview is still starting; try the export again in a moment.');
      return printer.print(request, onProgress);
    },
    openExternal:
      options.openExternal ??
      ((url) => {
        console.log(`(preview) the app would open ${url} in the system browser`);
        return Promise.resolve();
      }),
    quit: () => console.log('(preview) the app would quit now'),
    chooseExportPath: (suggestedName) => Promise.resolve(freePath(exportDir, suggestedName)),
    ...(options.chooseBundleFile ? { chooseBundleFile: options.chooseBundleFile } : {}),
    showItemInFolder: (file) => console.log(`(preview) the app would show ${file} in its folder`),
  });
  // The start-of-day backup runs beside the first requests, as in the app.
  if (options.dailyBackup ?? true) {
    backend.session.backupIfDue().catch((error: unknown) => console.error('The daily backup failed:', error));
  }
  try {
    const bridge = await startBridge({
      dispatch: backend.dispatch,
      events: backend.events,
      staticDir: options.staticDir ?? RENDERER_DIST,
      assetsDir: () => backend.session.assetsDir(),
      ...(options.port !== undefined ? { port: options.port } : {}),
    });
    const headless = createHeadlessPrinter(bridge);
    printer = headless;
    return {
      backend,
      bridge,
      printPdf: headless.print,
      exportDir,
      close: async () => {
        await headless.close();
        await bridge.close();
        await backend.close();
      },
    };
  } catch (error) {
    await backend.close();
    throw error;
  }
}

/**
 * `dir/name`, or `dir/name (2).ext`… if that is taken: the preview never
 * overwrites an earlier export. The folder is created if it is missing; if it
 * cannot be, the write that follows says why.
 */
export function freePath(dir: string, name: string): string {
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch {
    // Reported by the write, in words for a person.
  }
  const extension = path.extname(name);
  const stem = name.slice(0, name.length - extension.length);
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, n === 1 ? name : `${stem} (${n})${extension}`);
    if (!fs.existsSync(candidate)) return candidate;
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { library: { type: 'string' }, port: { type: 'string' } },
    strict: true,
  });
  if (!fs.existsSync(path.join(RENDERER_DIST, 'index.html'))) {
    throw new Error('The renderer is not built; run `npm run preview`, which builds it first.');
  }
  const preview = await startPreview({
    libraryDir: values.library,
    ...(values.port ? { port: Number(values.port) } : {}),
  });
  const status = preview.backend.session.status();
  if (preview.backend.settings.problem) console.warn(preview.backend.settings.problem);
  console.log(`Briefing Reader preview — library: ${status.dir}`);
  if (status.state === 'unavailable') console.warn(status.message);
  console.log(`Open ${preview.bridge.appUrl}`);
  console.log(`Exports are saved in ${preview.exportDir}`);
  console.log('Press Ctrl+C to stop.');
  const stop = () => {
    void preview.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`preview: ${(error as Error).message}`);
    process.exit(1);
  });
}
