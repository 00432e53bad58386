/**
 * Builds the Electron side: the main process (ESM, Node) to dist/main/main.js,
 * its import and search workers (CommonJS) beside it as
 * dist/main/{import,search}-worker.cjs, and the preload (CommonJS, one file)
 * to dist/preload/preload.cjs. Three environments in one config, so
 * `vite build -c vite.electron.config.ts` emits all of them.
 *
 * The workers are CommonJS because the packaged app loads them from inside
 * app.asar, where Electron's asar support covers require() but ESM loading in
 * worker threads is not something we can show working without the binary.
 */
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
// Loaded from node_modules at run time: Electron itself, the native SQLite
// addon with its prebuilt binaries, the settings store (ESM, reads Electron's
// app paths), and jsdom, which resolves its own files at run time.
const mainExternals = ['electron', 'better-sqlite3', 'electron-store', 'conf', 'jsdom', ...nodeBuiltins];

export default defineConfig({
  root: here('.'),
  publicDir: false,
  logLevel: 'warn',
  builder: {
    async buildApp(builder) {
      const { main, workers, preload } = builder.environments;
      if (!main || !workers || !preload) throw new Error('vite.electron.config.ts defines the main, workers and preload environments.');
      // main empties dist/main first; the workers are written beside it afterwards.
      await builder.build(main);
      await builder.build(workers);
      await builder.build(preload);
    },
  },
  environments: {
    main: {
      consumer: 'server',
      // Bundle every dependency except the externals above.
      resolve: { noExternal: true, external: mainExternals },
      build: {
        outDir: here('./dist/main'),
        emptyOutDir: true,
        target: 'node24',
        sourcemap: true,
        minify: false,
        rolldownOptions: {
          input: { main: here('./electron/shell/main.ts') },
          external: mainExternals,
          output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
        },
      },
    },
    workers: {
      consumer: 'server',
      resolve: { noExternal: true, external: mainExternals },
      build: {
        outDir: here('./dist/main'),
        emptyOutDir: false,
        target: 'node24',
        sourcemap: true,
        minify: false,
        rolldownOptions: {
          // The backend starts them from dist/main/{import,search}-worker.cjs (see electron/shell/main.ts).
          input: {
            'import-worker': here('./electron/import/worker.ts'),
            'search-worker': here('./electron/library/search-worker.ts'),
          },
          external: mainExternals,
          output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'worker-chunks/[name]-[hash].cjs' },
        },
      },
    },
    preload: {
      consumer: 'server',
      // A sandboxed preload can require only `electron`: everything else goes into the one file.
      resolve: { noExternal: true, external: ['electron'] },
      build: {
        outDir: here('./dist/preload'),
        emptyOutDir: true,
        target: 'chrome140',
        sourcemap: true,
        minify: false,
        rolldownOptions: {
          input: here('./electron/preload.ts'),
          external: ['electron'],
          output: { format: 'cjs', entryFileNames: 'preload.cjs', codeSplitting: false },
        },
      },
    },
  },
});
