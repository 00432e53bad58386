import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkElectronBinary, electronBinaryPath, missingElectronMessage } from '../../../scripts/electron-binary.ts';
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

describe('checking before start', () => {
  it('prints one line that says what to do, and reports failure, when the binary is missing', () => {
    const report = vi.fn();
    const binary = checkElectronBinary({ command: 'npm start', electronDir: electronPackage(), env: {}, report });
    expect(binary).toBeNull();
    expect(report).toHaveBeenCalledExactlyOnceWith(missingElectronMessage('npm start'));
    const [line] = report.mock.calls[0] as [string];
    expect(line).not.toContain('\n');
    expect(line).toMatch(/^Briefing Reader needs the Electron binary, which is not installed/);
    expect(line).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD=1');
    expect(line).toContain('`npx install-electron`');
    expect(line).toMatch(/then `npm start` again\.$/);
  });

  it('names the command the person ran', () => {
    expect(missingElectronMessage('npm run dev')).toMatch(/then `npm run dev` again\.$/);
  });

  it('reports the same when the electron package itself is missing', () => {
    const report = vi.fn();
    expect(checkElectronBinary({ command: 'npm start', electronDir: null, env: {}, report })).toBeNull();
    expect(report).toHaveBeenCalledOnce();
  });

  it('returns the binary and prints nothing when it is there', () => {
    const report = vi.fn();
    const dir = electronPackage({ pathTxt: 'electron', binary: 'electron' });
    expect(checkElectronBinary({ command: 'npm start', electronDir: dir, env: {}, report })).toBe(path.join(dir, 'dist', 'electron'));
    expect(report).not.toHaveBeenCalled();
  });
});
