/**
 * `npm run dev`: the renderer from Vite's dev server (hot reload), the main
 * process and preload built once, and Electron pointed at the dev server.
 */
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { ensureElectronBinary, runElectron, viteBuild } from './electron-binary.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

const binary = await ensureElectronBinary({ command: 'npm run dev' });
if (binary === null) process.exit(1);

// Vite marks its inline preamble and injected styles with this nonce; the
// app's CSP admits it, so development runs under the same strict policy.
const cspNonce = randomBytes(18).toString('base64url');
const server = await createServer({ configFile: `${root}vite.config.ts`, html: { cspNonce } });
await server.listen();
const url = server.resolvedUrls?.local[0];
if (url === undefined) {
  console.error('The Vite dev server started without a local address.');
  await server.close();
  process.exit(1);
}
console.log(`Renderer dev server: ${url}`);

try {
  await viteBuild(`${root}vite.electron.config.ts`);
  process.exitCode = await runElectron(binary, root, {
    ...process.env,
    VITE_DEV_SERVER_URL: url,
    BRIEFING_DEV_CSP_NONCE: cspNonce,
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await server.close();
}
