/**
 * A new user's first commands on a fresh checkout (`git clone`, `npm install`,
 * nothing built): `npm start` installs the Electron binary through the
 * electron package's own installer and starts it on the built app, and
 * `briefing export --pdf` builds the print view itself and prints.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotatedLibrary } from '../helpers/annotated-library.ts';
import { cleanCheckout } from '../helpers/clean-checkout.ts';
import { briefing } from '../helpers/cli.ts';
import { tempDir } from '../helpers/temp.ts';

/** An `electron` package as npm installs it since Electron 41: no binary yet, and an installer that writes one (here, a script that notes how it was started). */
function electronWithoutBinary(): string {
  const dir = tempDir('electron');
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1', bin: { electron: 'cli.js', 'install-electron': 'install.js' } }));
  fs.writeFileSync(
    path.join(dir, 'install.js'),
    `const fs = require('fs'); const path = require('path');
process.stderr.write('Downloading electron-v45.4.1-linux-x64.zip: [====] 100%\\n');
fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), '#!/bin/sh\\necho "$@" > "$FAKE_ELECTRON_MARKER"\\n', { mode: 0o755 });
fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');`,
  );
  return dir;
}

// Each test builds from scratch (Vite) and the second prints twice: minutes, not the e2e default, on a busy 2-core machine.
const BUILDS_AND_PRINTS = { timeout: 240_000 };

describe('first run on a fresh checkout', () => {
  it('npm start downloads the missing Electron binary with the package installer, builds, and starts the app', BUILDS_AND_PRINTS, () => {
    const electron = electronWithoutBinary();
    const checkout = cleanCheckout({ replacePackages: { electron } });
    const marker = path.join(tempDir('run'), 'started');

    const run = spawnSync(process.execPath, ['scripts/start.ts'], {
      cwd: checkout,
      encoding: 'utf8',
      env: { ...process.env, FAKE_ELECTRON_MARKER: marker },
    });

    expect(run.stderr).toContain('Downloading the Electron 45.4.1 binary (first run only)');
    expect(run.stderr).toContain('Downloading electron-v45.4.1-linux-x64.zip');
    expect(run.status).toBe(0);
    expect(fs.readFileSync(marker, 'utf8').trim()).toBe(checkout + path.sep);
    expect(fs.existsSync(path.join(checkout, 'dist', 'main', 'main.js'))).toBe(true);
    expect(fs.existsSync(path.join(checkout, 'dist', 'renderer', 'index.html'))).toBe(true);
  });

  it('briefing export --pdf prints with no build step: it builds the print view first', BUILDS_AND_PRINTS, () => {
    const checkout = cleanCheckout();
    expect(fs.existsSync(path.join(checkout, 'dist'))).toBe(false);
    const libraryDir = tempDir('library');
    annotatedLibrary(libraryDir).library.close();
    const out = path.join(tempDir('out'), 'brief.pdf');

    const { code, stderr } = briefing(['export', '1', '--pdf', out, '--library', libraryDir], {}, checkout);

    expect(stderr).toBe('Building the print view (once, for the first PDF export)…\n');
    expect(code).toBe(0);
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/TLP:AMBER/);
    expect(text).toMatch(/Ports clear the backlog <fast>/);
    expect(fs.readdirSync(path.join(checkout, 'dist'))).toEqual(['renderer']);

    // The second export finds the view built and says nothing about it.
    const again = briefing(['export', '1', '--pdf', out, '--library', libraryDir], {}, checkout);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
  });
});
