/**
 * A fresh copy of the project as `git clone && npm install` leaves it: the
 * files git knows (committed or not yet, never ignored ones such as dist/),
 * and node_modules. node_modules links to this checkout's packages, except any
 * replaced by a folder of the test's own (a fake `electron`, say).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from './temp.ts';

export function cleanCheckout(options: { replacePackages?: Record<string, string> } = {}): string {
  const root = path.resolve('.');
  const copy = tempDir('checkout');
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  for (const file of listed.split('\0').filter((name) => name !== '')) {
    const from = path.join(root, file);
    if (!fs.existsSync(from)) continue; // deleted in the worktree, not yet committed
    fs.mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
    fs.copyFileSync(from, path.join(copy, file));
  }
  const modules = path.join(root, 'node_modules');
  const replaced = options.replacePackages ?? {};
  if (Object.keys(replaced).length === 0) {
    fs.symlinkSync(modules, path.join(copy, 'node_modules'), 'junction');
    return copy;
  }
  fs.mkdirSync(path.join(copy, 'node_modules'));
  for (const entry of fs.readdirSync(modules)) {
    const target = replaced[entry] ?? path.join(modules, entry);
    fs.symlinkSync(target, path.join(copy, 'node_modules', entry), 'junction');
  }
  return copy;
}
