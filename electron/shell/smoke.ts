/**
 * `Briefing Reader --smoke [--smoke-report=FILE]`: the packaged app checks
 * itself end to end and quits with the outcome, for CI on real binaries. On a
 * temporary library it imports a page shipped inside the app (through the
 * import worker), finds it (through the search workers), prints the briefing
 * (through the hidden print window) and writes a JSON report. Every step goes
 * through the same dispatch as a click in the window.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Dispatch } from '../api/dispatch.ts';
import type { ImportOutcome } from '../../shared/import.ts';
import type { ExportResult } from '../../shared/export.ts';
import type { Briefing } from '../../shared/model.ts';
import type { SearchResult } from '../../shared/search/model.ts';

export const SMOKE_FLAG = '--smoke';
const REPORT_FLAG = '--smoke-report=';

/** The word the search step looks for: it appears in the shipped page only. */
export const SMOKE_WORD = 'quayside';

/** The page the smoke run imports, written for this check. */
export const SMOKE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Smoke check: the quayside ledger</title>
<meta name="author" content="Briefing Reader"></head>
<body><article>
<h1>Smoke check: the quayside ledger</h1>
<p>This page ships inside Briefing Reader so that the app can check itself after it is built.
The ${SMOKE_WORD} ledger lists twelve cranes, four of them idle since the spring inspection.</p>
<p>Harbour officials said on Tuesday that the idle cranes would return to service once spare parts arrive,
and that the ledger would be published again at the end of the month with the new figures.</p>
<p>A second paragraph gives the reader view enough text to treat this as an article rather than a fragment,
the way a short news item from a port authority would read.</p>
</article></body></html>
`;

export interface SmokeOptions {
  /** Where the JSON report goes. */
  reportPath: string;
}

/** The smoke options when the app was started with --smoke; null for an ordinary start. */
export function smokeOptions(argv: readonly string[]): SmokeOptions | null {
  if (!argv.includes(SMOKE_FLAG)) return null;
  const given = argv.find((arg) => arg.startsWith(REPORT_FLAG))?.slice(REPORT_FLAG.length);
  return { reportPath: path.resolve(given || path.join(os.tmpdir(), 'briefing-reader-smoke.json')) };
}

export interface SmokeStep {
  name: 'open library' | 'import' | 'search' | 'print pdf';
  ok: boolean;
  ms: number;
  detail: string;
}

export interface SmokeReport {
  ok: boolean;
  versions: { app: string; electron: string | null; chrome: string | null; node: string };
  platform: string;
  steps: SmokeStep[];
}

async function call<T>(dispatch: Dispatch, name: string, args: unknown): Promise<T> {
  const result = await dispatch(name, args);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

/** Runs the steps in order; the first that fails ends the run (the rest depend on it). */
export async function runSmoke(dispatch: Dispatch, options: { pdfPath: string; appVersion: string; now?: () => number }): Promise<SmokeReport> {
  const now = options.now ?? (() => performance.now());
  const steps: SmokeStep[] = [];
  let briefingId = 0;
  let articleId = 0;
  const plan: [SmokeStep['name'], () => Promise<string>][] = [
    [
      'open library',
      async () => {
        const briefing = await call<Briefing>(dispatch, 'createBriefing', { title: 'Smoke check' });
        briefingId = briefing.id;
        return `briefing #${briefing.id}`;
      },
    ],
    [
      'import',
      async () => {
        const data = Buffer.from(SMOKE_PAGE, 'utf8').toString('base64');
        const items = [{ kind: 'file', name: 'smoke-check.html', data }];
        const [outcome] = await call<ImportOutcome[]>(dispatch, 'importBatch', { batchId: 'smoke-check-import', items, briefingId });
        if (outcome?.status !== 'saved' || outcome.id === null) throw new Error(`the page was not saved: ${outcome?.error ?? outcome?.status ?? 'no outcome'}`);
        articleId = outcome.id;
        return `article #${outcome.id} “${outcome.title ?? ''}”, ${outcome.words ?? 0} words`;
      },
    ],
    [
      'search',
      async () => {
        const result = await call<SearchResult>(dispatch, 'search', { query: SMOKE_WORD });
        if (!result.hits.some((hit) => hit.articleId === articleId)) throw new Error(`searching “${SMOKE_WORD}” did not find the imported article`);
        return `${result.hits.length} hit(s) for “${SMOKE_WORD}”`;
      },
    ],
    [
      'print pdf',
      async () => {
        const pdf = { content: 'full', paper: 'a4', notes: 'margin', timeline: false };
        const saved = await call<ExportResult>(dispatch, 'exportBriefing', { exportId: 'smoke-check-pdf', briefingId, format: 'pdf', pdf });
        if (saved.cancelled) throw new Error('the export was cancelled');
        const head = fs.readFileSync(saved.path).subarray(0, 5).toString('latin1');
        if (head !== '%PDF-') throw new Error(`${saved.path} is not a PDF`);
        return `${saved.path}, ${saved.bytes} bytes`;
      },
    ],
  ];
  for (const [name, run] of plan) {
    const started = now();
    try {
      const detail = await run();
      steps.push({ name, ok: true, ms: Math.round(now() - started), detail });
    } catch (error) {
      steps.push({ name, ok: false, ms: Math.round(now() - started), detail: error instanceof Error ? error.message : String(error) });
      break;
    }
  }
  return smokeReport(steps, steps.length === plan.length && steps.every((step) => step.ok), options.appVersion);
}

function smokeReport(steps: SmokeStep[], ok: boolean, appVersion: string): SmokeReport {
  return {
    ok,
    versions: { app: appVersion, electron: process.versions.electron ?? null, chrome: process.versions.chrome ?? null, node: process.versions.node },
    platform: `${process.platform}-${process.arch}`,
    steps,
  };
}

/** The report when the library and services could not even start. */
export function startupFailure(error: unknown, appVersion: string): SmokeReport {
  return smokeReport([{ name: 'open library', ok: false, ms: 0, detail: error instanceof Error ? error.message : String(error) }], false, appVersion);
}

/** One line per step for the CI log, then where the report is. */
export function describeSmoke(report: SmokeReport, reportPath: string): string {
  const lines = report.steps.map((step) => `${step.ok ? 'ok  ' : 'FAIL'} ${step.name} (${step.ms} ms): ${step.detail}`);
  return [...lines, `smoke ${report.ok ? 'passed' : 'FAILED'}; report: ${reportPath}`].join('\n');
}
