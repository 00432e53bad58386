/**
 * `npm start`: builds the renderer and the Electron side, then runs the app.
 * Without the Electron binary it runs the electron package's installer first;
 * if that fails it says why, in one line.
 */
import { fileURLToPath } from 'node:url';
import { ensureElectronBinary, runElectron, viteBuild } from './electron-binary.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

const binary = await ensureElectronBinary({ command: 'npm start' });
if (binary === null) process.exit(1);

try {
  await viteBuild(`${root}vite.config.ts`);
  await viteBuild(`${root}vite.electron.config.ts`);
} catch (error) {
  // Vite has already printed the details.
  console.error(`The build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

process.exitCode = await runElectron(binary, root, process.env);
