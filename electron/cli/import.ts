/** `briefing import <path|url|->... [--briefing NAME]`: the app's import pipeline from the shell. */
import fs from 'node:fs';
import path from 'node:path';
import { imagesNotSavedText, MAX_IMPORT_BYTES, type ImportItem, type ImportOutcome } from '../../shared/import.ts';
import { createBatchRunner } from '../import/batch.ts';
import { createExtractor } from '../import/extractor.ts';
import { createBriefing, findBriefingByTitle } from '../library/briefings.ts';
import { openCliLibrary } from './open-library.ts';
import type { CommandOutput } from './commands.ts';

type Prepared = { item: ImportItem } | { outcome: ImportOutcome };

function failed(input: string, error: string): ImportOutcome {
  return { input, status: 'error', id: null, title: null, byline: null, site: null, words: null, error, imagesNotSaved: 0 };
}

/** Turns one argument into an import item; files are checked for size before they are read. */
async function prepare(input: string, readStdin: () => Promise<string | null>): Promise<Prepared> {
  if (input === '-') {
    const text = await readStdin();
    if (text === null) return { outcome: failed(input, `Standard input is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, the largest text that can be imported; the rest was not read.`) };
    return { item: { kind: 'text', text, name: 'standard input' } };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(input) && !/^[a-z]:[\\/]/i.test(input)) return { item: { kind: 'url', url: input } };
  let stat: fs.Stats;
  try {
    stat = fs.statSync(input);
  } catch {
    return { outcome: failed(input, `There is no file ${input}.`) };
  }
  if (!stat.isFile()) return { outcome: failed(input, `${input} is not a file.`) };
  if (stat.size > MAX_IMPORT_BYTES) {
    return { outcome: failed(input, `${path.basename(input)} is ${Math.round(stat.size / 1024 / 1024)} MB; the largest file that can be imported is 15 MB.`) };
  }
  return { item: { kind: 'file', name: path.basename(input), data: fs.readFileSync(input).toString('base64') } };
}

/** Reads a stream up to `maxBytes`, as a file import would; null (and the reading stopped) when it holds more. */
export async function readCapped(stream: NodeJS.ReadableStream, maxBytes = MAX_IMPORT_BYTES): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    size += bytes.byteLength;
    if (size > maxBytes) return null;
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function describe(outcome: ImportOutcome): string {
  if (outcome.status === 'error' || outcome.status === 'cancelled') return `error      ${outcome.input}: ${outcome.error}`;
  const words = outcome.words === null ? '' : ` (${outcome.words.toLocaleString('en')} words)`;
  const site = outcome.site ? ` — ${outcome.site}` : '';
  const lost = imagesNotSavedText(outcome);
  return `${outcome.status.padEnd(10)} #${outcome.id} ${outcome.title}${site}${words}${lost ? `; ${lost}` : ''}`;
}

export async function runImport(dir: string, inputs: string[], options: { briefing?: string | undefined }): Promise<CommandOutput> {
  const prepared = await Promise.all(inputs.map((input) => prepare(input, () => readCapped(process.stdin))));
  const library = openCliLibrary(dir, { verify: true });
  const extractor = createExtractor();
  try {
    const briefingTitle = options.briefing?.trim();
    const briefingId = briefingTitle
      ? library.transaction((db) => (findBriefingByTitle(db, briefingTitle) ?? createBriefing(db, briefingTitle, new Date().toISOString())).id)
      : undefined;
    const runner = createBatchRunner({ library, extractor });
    const items = prepared.flatMap((p) => ('item' in p ? [p.item] : []));
    const imported = items.length > 0 ? await runner.run({ batchId: 'command-line', items, briefingId }, () => undefined) : [];
    const outcomes = prepared.map((p) => ('outcome' in p ? p.outcome : imported.shift()!));
    const failures = outcomes.filter((o) => o.status === 'error').length;
    return { json: outcomes, text: `${outcomes.map(describe).join('\n')}\n`, exitCode: failures > 0 ? 1 : 0 };
  } finally {
    await extractor.close();
    library.close();
  }
}
