/**
 * The child process the crash test kills: a bulk import of pages from the
 * test's local site into a library, a highlight on each article it saves,
 * with the app's own pipeline. Prints "ready" once the library is open and
 * the parser warm, then
 * one line per saved article. Run as:
 *   node import-child.ts <libraryDir> <siteOrigin> <firstPage> <pageCount>
 */
import { createBatchRunner } from '../../../../electron/import/batch.ts';
import { createExtractor } from '../../../../electron/import/extractor.ts';
import { createBriefing } from '../../../../electron/library/briefings.ts';
import { createHighlight } from '../../../../electron/library/highlights.ts';
import { openLibrary } from '../../../../electron/library/library.ts';

const [libraryDir, origin, first, count] = process.argv.slice(2);
if (!libraryDir || !origin || !first || !count) throw new Error('usage: import-child.ts <libraryDir> <origin> <first> <count>');

const library = openLibrary(libraryDir, { verify: true });
const extractor = createExtractor();
const briefingId = library.transaction((db) => createBriefing(db, `Crash round from page ${first}`, new Date().toISOString()).id);
const runner = createBatchRunner({ library, extractor, fetchLimits: { timeoutMs: 5000 } });
const items = Array.from({ length: Number(count) }, (_, i) => ({ kind: 'url' as const, url: `${origin}/page/${Number(first) + i}` }));
// The parser starts in a worker; warm it first, so the kill moments fall among the writes
// (on a very busy machine the warm-up may time out: the import then warms it instead).
const warmUp = `<title>Warm-up</title><article>${'<p>A warm-up paragraph for the parser, long enough to count as an article of its own.</p>'.repeat(4)}</article>`;
await extractor.extract({ kind: 'html', source: warmUp, baseUrl: null, label: 'warm-up' }).catch(() => undefined);
process.stdout.write('ready\n');

await runner.run({ batchId: 'crash', items, briefingId }, ({ outcome }) => {
  if (outcome.status !== 'saved' || outcome.id === null) return;
  const articleId = outcome.id;
  library.transaction((db) => createHighlight(db, { articleId, start: 0, end: 12, color: 'yellow', note: 'Highlighted by the crash test' }, new Date().toISOString()));
  process.stdout.write(`saved ${articleId}\n`);
});
await extractor.close();
library.close();
process.stdout.write('done\n');
