/**
 * The GitHub Actions workflow a maintainer with network runs on the real
 * binaries: on Windows, macOS and Ubuntu it installs, tests, packages with
 * electron-builder and runs the packaged app's smoke mode (under xvfb on
 * Linux). Read as GitHub reads it (YAML), so a broken file fails here first.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { SMOKE_FLAG } from '../../../electron/shell/smoke.ts';

const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

interface Step {
  name?: string;
  if?: string;
  run?: string;
  uses?: string;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { strategy: { matrix: { os: string[] } }; 'runs-on': string; steps: Step[] }>;
}

const workflow = yaml.load(fs.readFileSync('.github/workflows/ci.yml', 'utf8')) as Workflow;
const [job] = Object.values(workflow.jobs);
const steps = job?.steps ?? [];
const runs = steps.map((step) => step.run ?? '');
const indexOfRun = (pattern: RegExp) => runs.findIndex((run) => pattern.test(run));

describe('the CI workflow', () => {
  it('runs on every push and pull request, on Windows, macOS and Ubuntu', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    expect(job?.strategy.matrix.os.sort()).toEqual(['macos-latest', 'ubuntu-latest', 'windows-latest']);
    expect(job?.['runs-on']).toBe('${{ matrix.os }}');
  });

  it('installs with npm ci, tests, packages with electron-builder --dir, then runs the smoke mode, in that order', () => {
    const order = [/^npm ci$/, /^npm test$/, /electron-builder .*--dir/, new RegExp(`${SMOKE_FLAG} `)].map(indexOfRun);
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('runs the packaged app\'s smoke mode on each system, under xvfb on Linux, and writes the report', () => {
    const smoke = steps.filter((step) => step.run?.includes(SMOKE_FLAG));
    expect(smoke.map((step) => step.if).sort()).toEqual(["runner.os == 'Linux'", "runner.os == 'Windows'", "runner.os == 'macOS'"]);
    for (const step of smoke) expect(step.run).toContain('--smoke-report=');
    expect(smoke.find((step) => step.if === "runner.os == 'Linux'")?.run).toMatch(/xvfb-run -a release\/linux-unpacked\/briefing-reader --smoke/);
  });

  it('keeps the smoke report, even when a step failed', () => {
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact'));
    expect(upload?.if).toBe('always()');
  });
});
