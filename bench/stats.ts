/** Timing helpers for the benchmarks: run a step many times, report percentiles. */

export interface Measure {
  name: string;
  runs: number;
  p50: number;
  p95: number;
  max: number;
  unit: 'ms';
  target?: { p95AtMost: number };
  met?: boolean;
}

export function percentile(sortedMs: readonly number[], fraction: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const index = Math.min(sortedMs.length - 1, Math.ceil(fraction * sortedMs.length) - 1);
  return sortedMs[Math.max(0, index)]!;
}

export function measure(name: string, runs: number, step: () => void, target?: { p95AtMost: number }): Measure {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    step();
    times.push(performance.now() - started);
  }
  return summarize(name, times, target);
}

export function formatTable(measures: readonly Measure[]): string {
  const rows = [
    ['benchmark', 'runs', 'p50 ms', 'p95 ms', 'max ms', 'target p95', 'met'],
    ...measures.map((m) => [
      m.name,
      String(m.runs),
      m.p50.toFixed(2),
      m.p95.toFixed(2),
      m.max.toFixed(2),
      m.target ? `≤ ${m.target.p95AtMost}` : '',
      m.met === undefined ? '' : m.met ? 'yes' : 'NO',
    ]),
  ];
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => row[col]!.length)));
  return rows.map((row) => row.map((cell, col) => cell.padEnd(widths[col]!)).join('  ')).join('\n');
}

/** Times each of `steps` once, in order (for work that differs per step, like a corpus of pages). */
export async function measureEach(name: string, steps: ReadonlyArray<() => unknown>, target?: { p95AtMost: number }): Promise<Measure> {
  const times: number[] = [];
  for (const step of steps) {
    const started = performance.now();
    await step();
    times.push(performance.now() - started);
  }
  return summarize(name, times, target);
}

export function summarize(name: string, times: number[], target?: { p95AtMost: number }): Measure {
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 100) / 100;
  const result: Measure = {
    name,
    runs: times.length,
    p50: round(percentile(times, 0.5)),
    p95: round(percentile(times, 0.95)),
    max: round(times[times.length - 1]!),
    unit: 'ms',
  };
  if (target) {
    result.target = target;
    result.met = result.p95 <= target.p95AtMost;
  }
  return result;
}
