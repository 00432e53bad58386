/**
 * `briefing import` of a small bundle nested tens of thousands of elements
 * deep: the HTML is sanitized in the import worker, so the command stays
 * deaf to nothing. SIGTERM stops it at once, well inside the import time
 * limit, and the library is as it was.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { strToU8, unzipSync, zipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createBundle } from '../../../electron/export/bundle.ts';
import { EXTRACT_TIME_LIMIT_MS } from '../../../electron/import/extractor.ts';
import { openLibrary } from '../../../electron/library/library.ts';
import { annotatedLibrary, NOW } from '../../helpers/annotated-library.ts';
import { dumpLibrary } from '../../helpers/library-dump.ts';
import { sha256File, tempDir } from '../../helpers/temp.ts';

const BIN = path.resolve('bin/briefing.js');
const DEPTH = 20_000;

/**
 * A valid bundle whose first article's HTML is DEPTH nested elements. Each
 * carries a random title, so the entry compresses less than the zip-bomb
 * ratio and reaches the sanitizer.
 */
function deeplyNestedBundle(): string {
  const source = annotatedLibrary();
  const files = unzipSync(createBundle(source.library, source.briefingId, NOW));
  source.library.close();
  const article = JSON.parse(strFromU8(files['articles/1.json']!)) as Record<string, unknown>;
  files['articles/1.json'] = strToU8(JSON.stringify({ ...article, html: `${Array.from({ length: DEPTH }, () => `<div title="${randomBytes(6).toString('base64')}">`).join('')}x${'</div>'.repeat(DEPTH)}`, text: 'x' }));
  const file = path.join(tempDir('bundle'), 'deep.briefing');
  fs.writeFileSync(file, zipSync(files, { level: 9 }));
  return file;
}

/** Until the command has started its import worker (a thread named "WorkerThread" on Linux; elsewhere, a generous wait). */
async function importWorkerStarted(pid: number, stderr: () => string): Promise<void> {
  const tasks = `/proc/${pid}/task`;
  if (!fs.existsSync(tasks)) return new Promise((resolve) => setTimeout(resolve, 8_000));
  const hasWorker = () => {
    try {
      return fs.readdirSync(tasks).some((task) => fs.readFileSync(path.join(tasks, task, 'comm'), 'utf8').startsWith('WorkerThread'));
    } catch {
      return false; // a thread ended while we read
    }
  };
  const deadline = Date.now() + 20_000;
  while (!hasWorker()) {
    if (Date.now() > deadline) throw new Error(`The command never started its import worker: ${stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('briefing import, interrupted', () => {
  it('stops on SIGTERM within seconds while a deeply nested bundle is being sanitized, exits non-zero and leaves the library unchanged', async () => {
    const bundle = deeplyNestedBundle();
    const libraryDir = tempDir('library');
    openLibrary(libraryDir, { seedSample: true }).close();
    const file = path.join(libraryDir, 'library.db');
    const bytes = sha256File(file);
    const reference = openLibrary(libraryDir);
    const dump = dumpLibrary(reference);
    reference.close();
    expect(sha256File(file)).toBe(bytes);

    const home = tempDir('home');
    const child = spawn(process.execPath, [BIN, 'import', bundle, '--library', libraryDir], {
      env: { PATH: process.env.PATH ?? '', HOME: home, XDG_CONFIG_HOME: path.join(home, '.config') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    await importWorkerStarted(child.pid!, () => stderr);
    // The worker is parsing and sanitizing the nested HTML now: that takes far longer than this.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(child.exitCode).toBeNull();
    const sent = Date.now();
    child.kill('SIGTERM');
    const { code, signal } = await exited;
    const took = Date.now() - sent;

    expect(took).toBeLessThan(EXTRACT_TIME_LIMIT_MS / 5);
    expect(code === null ? signal : code).not.toBe(0);
    expect(stderr).not.toMatch(/imported/);
    expect(sha256File(file)).toBe(bytes);
    const after = openLibrary(libraryDir);
    try {
      expect(dumpLibrary(after)).toEqual(dump);
    } finally {
      after.close();
    }
  }, 45_000);
});
