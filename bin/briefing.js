#!/usr/bin/env node
// The `briefing` command. Runs the TypeScript CLI on the Node this project pins
// (24, as in Electron 45); when started by an older Node, re-runs itself on it.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../electron/cli/main.ts', import.meta.url));
const major = Number(process.versions.node.split('.')[0]);

if (major >= 24) {
  await import(entry);
} else {
  let pinnedNode;
  try {
    pinnedNode = createRequire(import.meta.url).resolve('node/bin/node');
  } catch {
    console.error(`briefing: needs Node 24 or newer (this is ${process.version}); run \`npm install\` in the project to get the pinned Node.`);
    process.exit(1);
  }
  const result = spawnSync(pinnedNode, [entry, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
