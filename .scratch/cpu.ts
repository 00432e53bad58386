import { openLibrary } from '../electron/library/library.ts';
import { rankKindFor, describe, mergeRankings } from '../electron/library/search.ts';
const lib = openLibrary('/work/main/bench/.cache/library-10000');
const cpu = (name: string, f: () => unknown, n = 30) => { f(); const t: number[] = []; for (let i = 0; i < n; i++) { const s = process.cpuUsage(); f(); const d = process.cpuUsage(s); t.push((d.user + d.system) / 1000); } t.sort((a, b) => a - b); console.log(name.padEnd(45), 'cpu p50', t[n >> 1]!.toFixed(2), 'p95', t[Math.floor(n * 0.95)]!.toFixed(2)); };
for (const q of ['ceasefire', 'pipeline OR inspection', 'negotia*']) {
  const req = { query: q, filters: {}, limit: 20, offset: 0 };
  const match = q === 'negotia*' ? 'negotia*' : q;
  const rankings = (['article', 'highlight', 'note'] as const).map((k) => rankKindFor(lib.db, k, match, req));
  const { page } = mergeRankings(req, rankings);
  for (const k of ['article', 'highlight', 'note'] as const) {
    cpu(`${q} rank ${k}`, () => rankKindFor(lib.db, k, match, req));
    const sub = page.filter((h) => h.kind === k);
    cpu(`${q} describe ${k} (${sub.length})`, () => describe(lib.db, sub, match));
  }
  const arts = (['article'] as const).map((k) => rankKindFor(lib.db, k, match, { ...req }))[0]!.ranked;
  cpu(`${q} describe 20 articles`, () => describe(lib.db, arts, match));
}
