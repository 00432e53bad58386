/** Runs the real `briefing` command in a new Node process, with a home folder of its own. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { tempDir } from './temp.ts';

const BIN = path.resolve('bin/briefing.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The process's HOME, where its settings would live. */
  home: string;
}

/** `checkout`: another copy of the project to run the command from (see clean-checkout.ts). */
export function briefing(args: string[], env: Record<string, string> = {}, checkout?: string): CliRun {
  const home = tempDir('home');
  const bin = checkout === undefined ? BIN : path.join(checkout, 'bin', 'briefing.js');
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, home };
}
