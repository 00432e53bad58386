/**
 * Finding, installing and running the Electron binary for `npm start` and
 * `npm run dev`. Since Electron 41 `npm install` does not download the binary
 * (the `electron` package has no install script); this runs the package's own
 * installer (`install-electron`) the first time, with its progress on the
 * terminal. The lookup follows the package (path.txt, dist/,
 * ELECTRON_OVERRIDE_DIST_PATH) without importing it: its index.js would start
 * the same download with no way to report why it failed in one line.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createBuilder } from 'vite';
import { electronBinaryPath, installedElectronDir } from '../electron/export/pdf/electron-binary.ts';
import { NETWORK_PREFIX, REASON_FD } from './installer-reason.ts';

// A file: URL, not a path: `--import C:\…` would read as a URL with the scheme `c:`.
const REASON_PRELOAD = new URL('installer-reason.ts', import.meta.url).href;

export function missingPackageMessage(command: string): string {
  return `Briefing Reader needs the \`electron\` package, which is not installed: run \`npm install\`, then \`${command}\` again.`;
}

export function installFailedMessage(command: string, reason: string): string {
  return (
    `The Electron binary could not be installed: ${reason}. ` +
    `Check the network connection (or HTTPS_PROXY), then run \`${command}\` again.`
  );
}

interface ElectronPackage {
  version: string;
  /** The `install-electron` script, absolute. */
  installer: string;
}

function readElectronPackage(electronDir: string): ElectronPackage {
  const manifest = JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8')) as {
    version?: string;
    bin?: Record<string, string>;
  };
  const installer = manifest.bin?.['install-electron'];
  if (installer === undefined) throw new Error(`the electron package in ${electronDir} has no install-electron script`);
  return { version: manifest.version ?? '', installer: path.join(electronDir, installer) };
}

/** One line from what a failed installer sent on the reason pipe: the network cause first, else its error's first line. */
export function installerReason(sent: string, exitCode: number): string {
  const lines = sent.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const network = lines.find((line) => line.startsWith(NETWORK_PREFIX));
  if (network !== undefined) return network.slice(NETWORK_PREFIX.length);
  const first = lines.find((line) => !line.startsWith('at '));
  return first ?? `the installer exited with code ${exitCode}`;
}

/** Runs the installer with the terminal (its progress bar needs a TTY) and the reason pipe; resolves with null or why it failed. */
function runInstaller(installer: string, env: NodeJS.ProcessEnv): Promise<string | null> {
  const stdio: ('inherit' | 'pipe')[] = ['inherit', 'inherit', 'inherit'];
  stdio[REASON_FD] = 'pipe';
  const child = spawn(process.execPath, ['--import', REASON_PRELOAD, installer], { stdio, env });
  let sent = '';
  child.stdio[REASON_FD]?.on('data', (chunk: Buffer) => (sent += chunk.toString('utf8')));
  return new Promise((resolve) => {
    child.once('error', (error) => resolve(`the installer could not be started (${error.message})`));
    child.once('close', (code, signal) => {
      if (code === 0) resolve(null);
      else resolve(installerReason(sent, code ?? (signal === null ? 1 : 128)));
    });
  });
}

/**
 * The binary, installing it first if it is missing; or null after printing
 * one line with the reason it could not be had.
 */
export async function ensureElectronBinary(options: {
  /** What the person typed, for the messages: `npm start` or `npm run dev`. */
  command: string;
  electronDir?: string | null;
  env?: NodeJS.ProcessEnv;
  report?: (line: string) => void;
}): Promise<string | null> {
  const env = options.env ?? process.env;
  const report = options.report ?? ((line) => process.stderr.write(`${line}\n`));
  const electronDir = options.electronDir === undefined ? installedElectronDir() : options.electronDir;
  if (electronDir === null) {
    report(missingPackageMessage(options.command));
    return null;
  }
  const present = electronBinaryPath(electronDir, env);
  if (present !== null) return present;

  let electron: ElectronPackage;
  try {
    electron = readElectronPackage(electronDir);
  } catch (error) {
    report(installFailedMessage(options.command, error instanceof Error ? error.message : String(error)));
    return null;
  }
  report(`Downloading the Electron ${electron.version} binary (first run only) with the electron package's installer…`);
  const failure = await runInstaller(electron.installer, env);
  if (failure !== null) {
    report(installFailedMessage(options.command, failure));
    return null;
  }
  const installed = electronBinaryPath(electronDir, env);
  if (installed === null) report(installFailedMessage(options.command, `the installer finished but left no binary in ${path.join(electronDir, 'dist')}`));
  return installed;
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
