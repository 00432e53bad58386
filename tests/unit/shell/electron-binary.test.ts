import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { electronBinaryPath } from '../../../electron/export/pdf/electron-binary.ts';
import {
  ensureElectronBinary,
  installerReason,
  installFailedMessage,
  missingPackageMessage,
  runElectron,
} from '../../../scripts/electron-binary.ts';
import { tempDir } from '../../helpers/temp.ts';

/** An `electron` package folder as npm leaves it, with or without the downloaded binary. */
function electronPackage(options: { pathTxt?: string; binary?: string } = {}) {
  const dir = tempDir('electron');
  fs.writeFileSync(path.join(dir, 'package.json'), '{"name":"electron"}');
  if (options.pathTxt !== undefined) fs.writeFileSync(path.join(dir, 'path.txt'), options.pathTxt);
  if (options.binary !== undefined) {
    const binary = path.join(dir, 'dist', options.binary);
    fs.mkdirSync(path.dirname(binary), { recursive: true });
    fs.writeFileSync(binary, '');
  }
  return dir;
}

describe('finding the Electron binary', () => {
  it('uses dist/<path.txt> when the download happened', () => {
    const dir = electronPackage({ pathTxt: 'electron', binary: 'electron' });
    expect(electronBinaryPath(dir, {})).toBe(path.join(dir, 'dist', 'electron'));
  });

  it('finds the macOS binary inside its app bundle', () => {
    const executable = 'Electron.app/Contents/MacOS/Electron';
    const dir = electronPackage({ pathTxt: executable, binary: executable });
    expect(electronBinaryPath(dir, {})).toBe(path.join(dir, 'dist', executable));
  });

  it.each([
    ['the download was skipped (no path.txt)', {}],
    ['path.txt names a binary that is not there', { pathTxt: 'electron' }],
    ['path.txt is empty', { pathTxt: '', binary: 'electron' }],
  ])('finds nothing when %s', (_label, layout) => {
    expect(electronBinaryPath(electronPackage(layout), {})).toBeNull();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH, as the electron package does', () => {
    const override = tempDir('electron-dist');
    fs.writeFileSync(path.join(override, 'electron'), '');
    const dir = electronPackage();
    expect(electronBinaryPath(dir, { ELECTRON_OVERRIDE_DIST_PATH: override })).toBe(path.join(override, 'electron'));
    expect(electronBinaryPath(dir, { ELECTRON_OVERRIDE_DIST_PATH: tempDir('empty') })).toBeNull();
  });
});

/** The installer's script in a fake electron package: `ok` writes a binary as the real one does, `offline` fails to fetch as the real one does. */
const INSTALLERS = {
  ok: `const fs = require('fs'); const path = require('path');
process.stderr.write('Downloading electron-v45.zip: [====] 100%\\n');
fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), '#!/bin/sh\\necho "$@" > "$FAKE_ELECTRON_MARKER"\\n', { mode: 0o755 });
fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');`,
  offline: `fetch('http://127.0.0.1:' + process.env.CLOSED_PORT + '/electron-v45.zip').then(() => process.exit(0)).catch((err) => { console.error(err.stack); process.exit(1); });`,
  crash: `console.error('Error: Electron builds are not available on platform: plan9\\n    at getPlatformPath (install.js:1:1)'); process.exit(1);`,
};

/** A port nothing listens on: the installer's download is refused, as it is offline. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** An `electron` package folder without its binary, whose `install-electron` is one of the scripts above. */
function installablePackage(installer: keyof typeof INSTALLERS): string {
  const dir = tempDir('electron');
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1', bin: { electron: 'cli.js', 'install-electron': 'install.js' } }));
  fs.writeFileSync(path.join(dir, 'install.js'), INSTALLERS[installer]);
  return dir;
}

describe('installing the binary before start', () => {
  it('runs the electron package\'s installer when the binary is missing, then the binary it wrote starts the app', async () => {
    const dir = installablePackage('ok');
    const report = vi.fn();
    const binary = await ensureElectronBinary({ command: 'npm start', electronDir: dir, env: process.env, report });
    expect(binary).toBe(path.join(dir, 'dist', 'electron'));
    expect(report).toHaveBeenCalledExactlyOnceWith(expect.stringMatching(/^Downloading the Electron 45\.4\.1 binary \(first run only\)/));

    const marker = path.join(tempDir('run'), 'started');
    const code = await runElectron(binary!, '/the/app', { ...process.env, FAKE_ELECTRON_MARKER: marker });
    expect(code).toBe(0);
    expect(fs.readFileSync(marker, 'utf8').trim()).toBe('/the/app');
  });

  it('does not run the installer when the binary is there', async () => {
    const dir = installablePackage('offline');
    fs.mkdirSync(path.join(dir, 'dist'));
    fs.writeFileSync(path.join(dir, 'dist', 'electron'), '');
    fs.writeFileSync(path.join(dir, 'path.txt'), 'electron');
    const report = vi.fn();
    expect(await ensureElectronBinary({ command: 'npm start', electronDir: dir, env: {}, report })).toBe(path.join(dir, 'dist', 'electron'));
    expect(report).not.toHaveBeenCalled();
  });

  it('without network prints one line with the real reason (the refused connection, not the stack)', async () => {
    const report = vi.fn();
    const port = await closedPort();
    const env = { ...process.env, CLOSED_PORT: String(port) };
    const binary = await ensureElectronBinary({ command: 'npm start', electronDir: installablePackage('offline'), env, report });
    expect(binary).toBeNull();
    expect(report).toHaveBeenCalledTimes(2);
    const [line] = report.mock.calls[1] as [string];
    expect(line).not.toContain('\n');
    expect(line).toBe(installFailedMessage('npm start', `connect ECONNREFUSED 127.0.0.1:${port} (fetching http://127.0.0.1:${port}/electron-v45.zip)`));
    expect(line).toMatch(/then run `npm start` again\.$/);
  });

  it('when the installer fails otherwise, names its error, not its stack', async () => {
    const report = vi.fn();
    expect(await ensureElectronBinary({ command: 'npm run dev', electronDir: installablePackage('crash'), env: process.env, report })).toBeNull();
    expect(report).toHaveBeenLastCalledWith(
      installFailedMessage('npm run dev', 'Error: Electron builds are not available on platform: plan9'),
    );
  });

  it('says to run npm install when the electron package itself is missing', async () => {
    const report = vi.fn();
    expect(await ensureElectronBinary({ command: 'npm start', electronDir: null, env: {}, report })).toBeNull();
    expect(report).toHaveBeenCalledExactlyOnceWith(missingPackageMessage('npm start'));
  });
});

describe('the installer\'s reason', () => {
  it('prefers the network cause, then the first line that is not a stack frame, then the exit code', () => {
    expect(installerReason('TypeError: fetch failed\n    at x\nnetwork: getaddrinfo ENOTFOUND github.com (fetching https://github.com/a.zip)\n', 1)).toBe(
      'getaddrinfo ENOTFOUND github.com (fetching https://github.com/a.zip)',
    );
    expect(installerReason('HTTPError: Response code 404 (Not Found) for https://x\n    at y\n', 1)).toBe('HTTPError: Response code 404 (Not Found) for https://x');
    expect(installerReason('', 3)).toBe('the installer exited with code 3');
  });
});
