/**
 * How fast the text-dump cleaner runs, over the page copies in
 * tests/fixtures/textdumps. The target is 500 dumps a second, which is 2 ms a
 * dump: a batch import of a folder of saved pages should not wait on cleaning.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanTextDump } from '../shared/textdump/clean.ts';
import { measure, type Measure } from './stats.ts';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'textdumps');

/** 500 dumps a second leaves each dump 2 ms. */
const TARGET_MS_PER_DUMP = 2;

/** The fixture page copies, read once. */
function readDumps(): string[] {
  return fs
    .readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => fs.readFileSync(path.join(FIXTURES, name), 'utf8'));
}

/** Cleans every dump a few times, so that the timed runs measure compiled code. */
function warmUp(dumps: readonly string[]): void {
  for (let round = 0; round < 20; round++) for (const dump of dumps) cleanTextDump(dump);
}

/**
 * Times cleaning one dump at a time, the fixtures in turn, `rounds` times
 * over; reports per-dump percentiles against the 2 ms target.
 */
export function benchTextDumps(rounds = 200): Measure {
  const dumps = readDumps();
  warmUp(dumps);
  let next = 0;
  return measure(
    `clean a text dump (${dumps.length} page copies in turn)`,
    rounds * dumps.length,
    () => {
      cleanTextDump(dumps[next++ % dumps.length]!);
    },
    { p95AtMost: TARGET_MS_PER_DUMP },
  );
}

/** Dumps cleaned per second, over the fixtures in turn for about `durationMs` after a warm-up. */
export function textDumpsPerSecond(durationMs = 1000): number {
  const dumps = readDumps();
  warmUp(dumps);
  let cleaned = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < durationMs) {
    for (const dump of dumps) cleanTextDump(dump);
    cleaned += dumps.length;
    elapsed = performance.now() - started;
  }
  return Math.round((cleaned * 1000) / elapsed);
}
