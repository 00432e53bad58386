/**
 * Finding and running the Electron binary for `npm start` and `npm run dev`.
 * The lookup follows the `electron` package (path.txt, dist/,
 * ELECTRON_OVERRIDE_DIST_PATH) without importing it: its index.js starts a
 * download when the binary is missing, and there may be no network.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createBuilder } from 'vite';

export function missingElectronMessage(command: string): string {
  return (
    'Briefing Reader needs the Electron binary, which is not installed (npm install was run with ' +
    'ELECTRON_SKIP_BINARY_DOWNLOAD=1 or without network). ' +
    `Run \`npx install-electron\` with network access, then \`${command}\` again.`
  );
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The binary the `electron` package would run, if it is on disk. */
export function electronBinaryPath(electronDir: string, env: NodeJS.ProcessEnv): string | null {
  let executable: string | null = null;
  try {
    executable = fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8') || null;
  } catch {
    // No path.txt: the install step never downloaded a binary.
  }
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  let binary: string | null = null;
  if (override) binary = path.join(override, executable ?? 'electron');
  else if (executable !== null) binary = path.join(electronDir, 'dist', executable);
  return binary !== null && isFile(binary) ? binary : null;
}

function installedElectronDir(): string | null {
  try {
    return path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** The binary, or null after printing one line that says what to do. */
export function checkElectronBinary(options: {
  /** What the person typed, for the message: `npm start` or `npm run dev`. */
  command: string;
  electronDir?: string | null;
  env?: NodeJS.ProcessEnv;
  report?: (line: string) => void;
}): string | null {
  const electronDir = options.electronDir === undefined ? installedElectronDir() : options.electronDir;
  const binary = electronDir === null ? null : electronBinaryPath(electronDir, options.env ?? process.env);
  if (binary === null) {
    (options.report ?? ((line) => process.stderr.write(`${line}\n`)))(missingElectronMessage(options.command));
  }
  return binary;
}

/** `vite build -c <configFile>`, including a config that builds several environments. */
export async function viteBuild(configFile: string): Promise<void> {
  // null picks the builder the way the vite CLI does: from the config's `builder` option.
  const builder = await createBuilder({ configFile }, null);
  await builder.buildApp();
}

/** Runs Electron on the app in `appDir` until it exits; resolves with its exit code. */
export function runElectron(binary: string, appDir: string, env: NodeJS.ProcessEnv): Promise<number> {
  const child = spawn(binary, [appDir], { stdio: 'inherit', env });
  // Ctrl+C in the terminal reaches Electron too, so it can close its library cleanly.
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  const onInterrupt = forward('SIGINT');
  const onTerminate = forward('SIGTERM');
  process.on('SIGINT', onInterrupt);
  process.on('SIGTERM', onTerminate);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      process.off('SIGINT', onInterrupt);
      process.off('SIGTERM', onTerminate);
      resolve(code ?? (signal === null ? 0 : 1));
    });
  });
}
