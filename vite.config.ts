/** Builds the renderer: the app page, the print view and the preview's bridge client. */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('./renderer'),
  base: '/',
  plugins: [react()],
  build: {
    outDir: here('./dist/renderer'),
    emptyOutDir: true,
    target: 'chrome140',
    sourcemap: true,
    rollupOptions: {
      input: {
        index: here('./renderer/index.html'),
        print: here('./renderer/print/print.html'),
        'bridge-client': here('./renderer/bridge-client.ts'),
      },
      output: {
        // The preview injects the bridge client by a fixed name.
        entryFileNames: (chunk) => (chunk.name === 'bridge-client' ? 'bridge-client.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  server: { host: '127.0.0.1', strictPort: false },
});
