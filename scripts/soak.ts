/**
 * `npm run test:soak`: the crash test at full strength — 30 SIGKILLs of a bulk
 * import (npm test runs 6). CRASH_KILLS and CRASH_SEED still apply.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const result = spawnSync(process.execPath, [vitest, 'run', '--project', 'unit', 'tests/unit/library/crash'], {
  stdio: 'inherit',
  env: { ...process.env, CRASH_KILLS: process.env.CRASH_KILLS ?? '30' },
});
process.exit(result.status ?? 1);
