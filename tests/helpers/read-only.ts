/**
 * A folder nothing can be written into, even by root (tests in CI run as
 * root, for whom permission bits do not count): mode 0555, and where that is
 * not enough, the immutable attribute. Released after each test.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
import { tempDir } from './temp.ts';

const locked: string[] = [];

afterEach(() => {
  for (const dir of locked.splice(0)) {
    if (process.getuid?.() === 0) execFileSync('chattr', ['-i', dir]);
    fs.chmodSync(dir, 0o755);
  }
});

function writable(dir: string): boolean {
  const probe = path.join(dir, '.probe');
  try {
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
    return true;
  } catch {
    return false;
  }
}

/** Makes `dir` (default: a new temporary folder) read-only for the rest of the test. */
export function readOnlyDir(dir = tempDir('read-only')): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.chmodSync(dir, 0o555);
  locked.push(dir);
  if (process.getuid?.() === 0) execFileSync('chattr', ['+i', dir]);
  if (writable(dir)) throw new Error(`${dir} could not be made read-only on this machine`);
  return dir;
}
