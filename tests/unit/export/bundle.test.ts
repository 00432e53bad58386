import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBundle } from '../../../electron/export/bundle.ts';
import { entryNameProblem, importBundle, readBundleFile } from '../../../electron/import/bundle.ts';
import { getArticle, insertArticle } from '../../../electron/library/articles.ts';
import { acceptBundleOffers, dismissBundleOffers, listBundleOffers } from '../../../electron/library/bundle-offers.ts';
import { createBriefing } from '../../../electron/library/briefings.ts';
import { openLibrary, type Library } from '../../../electron/library/library.ts';
import { BriefingError } from '../../../shared/result.ts';
import { annotatedLibrary, NOW, QUAY_PNG, type AnnotatedLibrary } from '../../helpers/annotated-library.ts';
import { briefingSnapshot, dumpLibrary } from '../../helpers/library-dump.ts';
import { makeArticle } from '../../helpers/articles.ts';
import { briefing } from '../../helpers/cli.ts';
import { tempDir } from '../../helpers/temp.ts';

const LATER = '2026-04-01T12:00:00.000Z';

let source: AnnotatedLibrary;
let opened: Library[] = [];

function library(seedSample = false): Library {
  const lib = openLibrary(tempDir('library'), { seedSample, now: () => NOW });
  opened.push(lib);
  return lib;
}

beforeEach(() => {
  source = annotatedLibrary();
  opened = [source.library];
});
afterEach(() => {
  for (const lib of opened) lib.close();
});

const bundleOf = (from: AnnotatedLibrary = source) => createBundle(from.library, from.briefingId, LATER);

describe('a bundle carries a briefing to another library', () => {
  it('is a zip of a manifest, the briefing, one file per article and the cached images', () => {
    const names = Object.keys(unzipSync(bundleOf())).sort();
    expect(names).toEqual(['articles/1.json', 'articles/2.json', 'articles/3.json', `assets/${source.imageSha}.png`, 'briefing.json', 'manifest.json']);
    const manifest = JSON.parse(strFromU8(unzipSync(bundleOf())['manifest.json']!)) as Record<string, unknown>;
    expect(manifest).toMatchObject({ format: 'briefing-bundle', version: 1, createdAt: LATER, app: { name: 'Briefing Reader' } });
  });

  it('imports into an empty library exactly as it was: every field, highlight, note, tag, image byte and the order', async () => {
    const target = library();
    const summary = await importBundle(target, bundleOf(), { now: LATER });
    expect(summary).toEqual({
      briefingId: expect.any(Number),
      briefingTitle: 'Grain corridor: week 10',
      briefingMerged: false,
      articlesAdded: 3,
      articlesMerged: 0,
      highlightsAdded: 6,
      highlightsSkipped: 0,
      judgmentsAdded: 0,
      imagesAdded: 1,
      changesOffered: 0,
      offerIds: [],
    });
    const before = briefingSnapshot(source.library, source.briefingId);
    const after = briefingSnapshot(target, summary.briefingId);
    expect(after.briefing).toEqual(before.briefing);
    expect(after.briefingNotes).toEqual(before.briefingNotes);
    expect(after.articles.map((a) => a.article.title)).toEqual(before.articles.map((a) => a.article.title));
    after.articles.forEach((article, index) => expect(article).toEqual(before.articles[index]));
    expect(fs.readFileSync(path.join(target.files.assetsDir, `${source.imageSha}.png`)).equals(QUAY_PNG)).toBe(true);
    expect(target.check().ok).toBe(true);
  });

  it('carries source grades, credibility grades and markings', async () => {
    const [portsId, rtlId] = source.articleIds as [number, number];
    source.library.db.prepare("UPDATE articles SET source_grade = 'B', marking = 'GREEN' WHERE id = ?").run(portsId);
    source.library.db.prepare("UPDATE articles SET marking = 'AMBER' WHERE id = ?").run(rtlId);
    source.library.db.prepare("UPDATE highlights SET credibility = 2, marking = 'AMBER' WHERE exact = 'nine days to four'").run();
    const target = library();
    const { briefingId } = await importBundle(target, bundleOf(), { now: LATER });
    const grades = (lib: Library, id: number) =>
      lib.db
        .prepare(
          `SELECT a.title, a.source_grade, a.marking, h.exact, h.credibility, h.marking AS highlight_marking
           FROM briefing_items bi JOIN articles a ON a.id = bi.article_id LEFT JOIN highlights h ON h.article_id = a.id
           WHERE bi.briefing_id = ? ORDER BY bi.position, h.start_offset, h.color`,
        )
        .all(id);
    expect(grades(target, briefingId)).toEqual(grades(source.library, source.briefingId));
    expect(grades(target, briefingId)).toContainEqual(
      expect.objectContaining({ source_grade: 'B', marking: 'GREEN', exact: 'nine days to four', credibility: 2, highlight_marking: 'AMBER' }),
    );
  });

  it('merging an article keeps its own grade and marking; the bundle\'s grade and stricter marking are offered, applied on acceptance', async () => {
    const target = library();
    const ports = getArticle(source.library.db, source.articleIds[0]!);
    const canonical = source.library.db.prepare('SELECT canonical_url FROM articles WHERE id = ?').pluck().get(ports.id) as string;
    const localId = insertArticle(target.db, { ...ports, canonicalUrl: canonical, siteName: ports.siteName, byline: ports.byline });
    target.db.prepare("UPDATE articles SET source_grade = 'A', marking = 'GREEN' WHERE id = ?").run(localId);
    source.library.db.prepare("UPDATE articles SET source_grade = 'D', marking = 'AMBER' WHERE id = ?").run(ports.id);
    await importBundle(target, bundleOf(), { now: LATER });
    expect(target.db.prepare('SELECT source_grade, marking FROM articles WHERE id = ?').get(localId)).toEqual({ source_grade: 'A', marking: 'GREEN' });
    const offers = listBundleOffers(target.db).filter((offer) => offer.articleId === localId);
    expect(offers.map((offer) => offer.description)).toEqual(expect.arrayContaining(['grade the source D', 'raise its marking to TLP:AMBER']));
    // Each offer says what the article has now, so the review reads "A → D", "GREEN → AMBER".
    expect(new Set(offers.map((offer) => JSON.stringify(offer.article)))).toEqual(new Set([JSON.stringify({ sourceGrade: 'A', marking: 'GREEN' })]));
    acceptBundleOffers(target.db, offers.filter((offer) => offer.change.kind !== 'note' && offer.change.kind !== 'highlight').map((offer) => offer.id), LATER);
    expect(target.db.prepare('SELECT source_grade, marking FROM articles WHERE id = ?').get(localId)).toEqual({ source_grade: 'D', marking: 'AMBER' });
  });

  it('imports a bundle made before grades and markings: ungraded and CLEAR', async () => {
    const withoutGrades = edited(bundleOf(), {
      'articles/1.json': (json) => {
        const { sourceGrade: _grade, marking: _marking, highlights, ...rest } = json as { sourceGrade: unknown; marking: unknown; highlights: Array<Record<string, unknown>> };
        return { ...rest, highlights: highlights.map(({ credibility: _c, marking: _m, ...h }) => h) };
      },
    });
    const target = library();
    const { briefingId } = await importBundle(target, withoutGrades, { now: LATER });
    const articleId = target.db.prepare('SELECT article_id FROM briefing_items WHERE briefing_id = ? ORDER BY position LIMIT 1').pluck().get(briefingId) as number;
    expect(target.db.prepare('SELECT source_grade, marking FROM articles WHERE id = ?').get(articleId)).toEqual({ source_grade: null, marking: 'CLEAR' });
    expect(target.db.prepare('SELECT DISTINCT credibility, marking FROM highlights WHERE article_id = ?').all(articleId)).toEqual([{ credibility: null, marking: 'CLEAR' }]);
  });

  it('keeps briefing-level notes', async () => {
    source.library.db.prepare('INSERT INTO notes (briefing_id, body, created_at, updated_at) VALUES (?, ?, ?, ?)').run(source.briefingId, 'Brief the minister on Friday.', NOW, NOW);
    const target = library();
    const { briefingId } = await importBundle(target, bundleOf(), { now: LATER });
    expect(briefingSnapshot(target, briefingId).briefingNotes).toEqual([{ body: 'Brief the minister on Friday.', created_at: NOW, updated_at: NOW }]);
  });

  it('imported twice, adds nothing the second time', async () => {
    const target = library();
    const bundle = bundleOf();
    const first = await importBundle(target, bundle, { now: LATER });
    const dump = dumpLibrary(target);
    const second = await importBundle(target, bundle, { now: LATER });
    expect(second).toMatchObject({ briefingId: first.briefingId, briefingMerged: true, articlesAdded: 0, articlesMerged: 3, highlightsAdded: 0, highlightsSkipped: 6, imagesAdded: 0 });
    expect(dumpLibrary(target)).toEqual(dump);
  });

  it('merging into a library that already holds an article changes nothing of it: its new highlights and note are offered, applied on acceptance', async () => {
    const target = library(true);
    const ports = getArticle(source.library.db, source.articleIds[0]!);
    const canonical = source.library.db.prepare('SELECT canonical_url FROM articles WHERE id = ?').pluck().get(ports.id) as string;
    const localId = insertArticle(target.db, { ...ports, canonicalUrl: canonical, siteName: ports.siteName, byline: ports.byline });
    const start = ports.text.indexOf('nine days to four');
    const local = source.library.db.prepare('SELECT * FROM highlights WHERE article_id = ? AND exact = ?').get(ports.id, 'nine days to four') as Record<string, string | number>;
    target.db
      .prepare('INSERT INTO highlights (article_id, exact, prefix, suffix, start_offset, end_offset, color, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(localId, local.exact, local.prefix, local.suffix, start, start + 17, local.color, local.note, NOW, NOW);
    target.db.prepare('INSERT INTO notes (article_id, body, created_at, updated_at) VALUES (?, ?, ?, ?)').run(localId, 'My own view.', NOW, NOW);
    const articlesBefore = target.db.prepare('SELECT count(*) FROM articles').pluck().get() as number;

    const summary = await importBundle(target, bundleOf(), { now: LATER });

    expect(summary).toMatchObject({ articlesAdded: 2, articlesMerged: 1, highlightsAdded: 2, highlightsSkipped: 1 });
    expect(target.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(articlesBefore + 2);
    const highlightsOf = () => target.db.prepare('SELECT count(*) FROM highlights WHERE article_id = ?').pluck().get(localId);
    const notesOf = () => target.db.prepare('SELECT body FROM notes WHERE article_id = ?').pluck().all(localId);
    expect(highlightsOf()).toBe(1);
    expect(notesOf()).toEqual(['My own view.']);

    const offers = listBundleOffers(target.db);
    expect(summary.changesOffered).toBe(offers.length);
    expect(offers.every((offer) => offer.articleId === localId && offer.bundleTitle === 'Grain corridor: week 10')).toBe(true);
    expect(offers.filter((offer) => offer.change.kind === 'highlight')).toHaveLength(3);
    expect(offers.find((offer) => offer.change.kind === 'note')?.description).toBe('add to the note: “Reliable source; *figures* from the authority.”');
    const again = await importBundle(target, bundleOf(), { now: LATER });
    expect(again.offerIds.sort()).toEqual(offers.map((offer) => offer.id).sort());
    expect(listBundleOffers(target.db)).toHaveLength(offers.length);

    const first = offers.find((offer) => offer.change.kind === 'highlight')!;
    const rest = offers.filter((offer) => offer !== first);
    dismissBundleOffers(target.db, [first.id]);
    acceptBundleOffers(target.db, rest.map((offer) => offer.id), LATER);
    expect(listBundleOffers(target.db)).toEqual([]);
    expect(highlightsOf()).toBe(1 + rest.filter((offer) => offer.change.kind === 'highlight').length);
    expect(notesOf()).toEqual(['My own view.\n\n---\n\nReliable source; *figures* from the authority.']);
    const order = briefingSnapshot(target, summary.briefingId).articles.map((a) => a.article.title);
    expect(order).toEqual(['Ports clear the backlog <fast>', 'تقرير الميناء', 'Pasted field notes']);
  });

  it('gives the briefing " (imported)" after its title when another briefing has that title', async () => {
    const target = library();
    createBriefing(target.db, 'Grain corridor: week 10', NOW.replace('09:30', '08:00'));
    expect((await importBundle(target, bundleOf(), { now: LATER })).briefingTitle).toBe('Grain corridor: week 10 (imported)');
  });

  it('reports its progress', async () => {
    const stages: number[] = [];
    createBundle(source.library, source.briefingId, LATER, (p) => stages.push(p.fraction));
    await importBundle(library(), bundleOf(), { now: LATER, onProgress: (p) => stages.push(p.fraction) });
    expect(stages.length).toBeGreaterThan(5);
    expect(stages.at(-1)).toBe(1);
  });
});

/** A valid bundle, edited: entries replaced (a string is JSON text), or removed with `null`. */
function edited(bytes: Uint8Array, changes: Record<string, string | Uint8Array | null | ((json: Record<string, unknown>) => unknown)>): Uint8Array {
  const files: Zippable = unzipSync(bytes);
  for (const [name, change] of Object.entries(changes)) {
    if (change === null) delete files[name];
    else if (typeof change === 'function') files[name] = strToU8(JSON.stringify(change(JSON.parse(strFromU8(files[name] as Uint8Array)) as Record<string, unknown>)));
    else files[name] = typeof change === 'string' ? strToU8(change) : change;
  }
  return zipSync(files);
}

/** Rewrites the size a zip's central directory declares for its first entry. */
function declaringSize(bytes: Uint8Array, size: number): Uint8Array {
  const copy = Buffer.from(bytes);
  const central = copy.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  copy.writeUInt32LE(size, central + 24);
  return copy;
}

const manySmallBombs = () => {
  const zeros = new Uint8Array(60 * 1024);
  return zipSync(Object.fromEntries(Array.from({ length: 2_000 }, (_, i) => [`assets/${String(i).padStart(64, '0')}.png`, zeros])), { level: 9 });
};

const manyEntries = () => zipSync(Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`assets/${String(i).padStart(64, '0')}.png`, strToU8('x')])), { level: 0 });

describe('a malicious or damaged bundle is refused, and the library is left as it was', () => {
  const valid = () => bundleOf();
  const cases: Array<[string, () => Uint8Array, RegExp]> = [
    ['a path that climbs out (zip slip)', () => zipSync({ '../../evil.json': strToU8('{}') }), /points outside the bundle/],
    ['an absolute path', () => zipSync({ '/etc/cron.d/evil': strToU8('x') }), /absolute path/],
    ['a backslash path', () => zipSync({ 'articles\\..\\..\\evil.json': strToU8('x') }), /backslash/],
    ['a drive letter', () => zipSync({ 'C:/Windows/evil.dll': strToU8('x') }), /names a drive/],
    ['a file a bundle does not have', () => edited(valid(), { 'run.sh': 'echo' }), /"run.sh" is not part of a Briefing Reader bundle/],
    ['10,000 entries', manyEntries, /holds 10,000 files, more than the 5,000/],
    ['an entry that claims 1 GB', () => declaringSize(zipSync({ 'manifest.json': strToU8('{}') }), 1024 * 1024 * 1024), /would take 1,024 MB unpacked; one file may take at most 64 MB/],
    ['a zip bomb (20 MB of zeros in a few kilobytes)', () => zipSync({ 'articles/1.json': new Uint8Array(20 * 1024 * 1024) }, { level: 9 }), /compressed more than 200:1, the mark of a zip bomb/],
    ['an entry that inflates to less than declared', () => declaringSize(zipSync({ 'manifest.json': strToU8('{"format":"briefing-bundle"}') }, { level: 0 }), 20), /damaged/],
    ['bytes that are not a zip', () => strToU8('PK but not really a zip file at all'), /not a zip file/],
    ['bad JSON', () => edited(valid(), { 'briefing.json': '{"title": "unfinished' }), /briefing.json is not valid JSON/],
    ['text that is not UTF-8', () => edited(valid(), { 'briefing.json': new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) }), /briefing.json is not UTF-8/],
    ['a newer version', () => edited(valid(), { 'manifest.json': (m) => ({ ...m, version: 99 }) }), /newer version of Briefing Reader \(bundle version 99; this version reads version 1\)/],
    ['something else than a bundle', () => edited(valid(), { 'manifest.json': (m) => ({ ...m, format: 'something-else' }) }), /does not say it is a briefing bundle/],
    ['no manifest', () => edited(valid(), { 'manifest.json': null }), /it has no manifest.json/],
    ['a missing article file', () => edited(valid(), { 'articles/2.json': null }), /briefing.json lists articles\/2.json, which is not in the bundle/],
    ['an article not listed', () => edited(valid(), { 'articles/9.json': '{}' }), /articles\/9.json is not listed in briefing.json/],
    ['an image altered after packing', () => edited(valid(), { [`assets/${source.imageSha}.png`]: new Uint8Array([1, 2, 3]) }), /does not match its checksum/],
    ['a missing image', () => edited(valid(), { [`assets/${source.imageSha}.png`]: null }), /names the image .*which is not in the bundle/],
    ['an unknown field', () => edited(valid(), { 'briefing.json': (b) => ({ ...b, owner: 'mallory' }) }), /briefing.json does not have the expected content: .*owner/],
    ['an oversize title', () => edited(valid(), { 'briefing.json': (b) => ({ ...b, title: 'x'.repeat(5_000) }) }), /briefing.json does not have the expected content: title/],
    ['an oversize note', () => edited(valid(), { 'articles/1.json': (a) => ({ ...a, notes: [{ body: 'n'.repeat(200_000), createdAt: NOW, updatedAt: NOW }] }) }), /articles\/1.json does not have the expected content: notes.0.body/],
    ['a highlight that ends before it starts', () => edited(valid(), { 'articles/3.json': (a) => ({ ...a, highlights: [{ ...(a.highlights as object[])[0], position: { type: 'TextPositionSelector', start: 9, end: 3 } }] }) }), /highlights.0.position/],
    ['an article whose text is not the text of its HTML', () => edited(valid(), { 'articles/2.json': (a) => ({ ...a, text: `${a.text as string} and more that the page does not show` }) }), /the text in articles\/2.json is not the text of its HTML/],
    ['HTML nested 20,000 elements deep, under 2 KB zipped', () => edited(valid(), { 'articles/1.json': (a) => ({ ...a, html: `${'<div>'.repeat(20_000)}x${'</div>'.repeat(20_000)}`, text: 'x' }) }), /nests elements more than 512 deep|took longer than/],
    ['2,000 small entries that inflate 200 times their zipped size together', manySmallBombs, /files together are compressed more than 200:1/],
    ['a wrong colour', () => edited(valid(), { 'articles/3.json': (a) => ({ ...a, highlights: [{ ...(a.highlights as object[])[0], color: 'red' }] }) }), /highlights.0.color/],
  ];

  it.each(cases)('%s', async (_what, make, message) => {
    const target = library(true);
    await importBundle(target, bundleOf(), { now: LATER });
    const before = dumpLibrary(target);
    let error: unknown;
    try {
      await importBundle(target, make(), { now: LATER });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BriefingError);
    expect((error as BriefingError).code).toBe('INVALID_BUNDLE');
    expect((error as BriefingError).message).toMatch(message);
    expect((error as BriefingError).message).toMatch(/^This bundle cannot be imported: .*Nothing was changed\.$/s);
    expect(dumpLibrary(target)).toEqual(before);
  }, 60_000);

  it('refuses a duplicated entry name', async () => {
    const twice = Buffer.from(zipSync({ 'articles/1.json': strToU8('{}'), 'articles/2.json': strToU8('{}') }, { level: 0 }));
    let at = twice.indexOf('articles/2.json');
    while (at >= 0) {
      twice.write('articles/1.json', at, 'latin1');
      at = twice.indexOf('articles/2.json');
    }
    await expect(importBundle(library(), twice, { now: LATER })).rejects.toThrow(/"articles\/1.json" appears twice/);
  });

  it('refuses a file over 512 MB before reading it', () => {
    const file = path.join(tempDir('bundle'), 'huge.briefing');
    fs.closeSync(fs.openSync(file, 'w'));
    fs.truncateSync(file, 513 * 1024 * 1024);
    expect(() => readBundleFile(file)).toThrow(/the file is 513 MB; a bundle may be at most 512 MB/);
  });

  it('drops from article HTML what the reader would not show, and keeps clean HTML byte for byte', async () => {
    const bundle = edited(valid(), {
      'articles/3.json': (a) => ({ ...a, html: `${a.html as string}<script>alert(1)</script><img src="https://tracker.example/p.png">` }),
    });
    const target = library();
    const { briefingId } = await importBundle(target, bundle, { now: LATER });
    const html = briefingSnapshot(target, briefingId).articles.map((a) => a.article.html as string);
    expect(html[2]).not.toMatch(/script|tracker/);
    expect(html[0]).toBe(briefingSnapshot(source.library, source.briefingId).articles[0]!.article.html);
  });

  it.each([
    ['manifest.json', null],
    ['articles/12.json', null],
    [`assets/${'a'.repeat(64)}.png`, null],
    ['articles/', null],
    ['articles/../x', 'the entry "articles/../x" points outside the bundle (..)'],
    ['./manifest.json', 'the entry "./manifest.json" points outside the bundle (..)'],
    ['assets/short.png', 'the entry "assets/short.png" is not part of a Briefing Reader bundle'],
  ])('the entry name %s is %s', (name, problem) => {
    expect(entryNameProblem(name)).toBe(problem);
  });
});

describe('a bundle cannot take over an article already in the library', () => {
  it('claiming a local article\'s content hash with other text, it is imported as a new article; the local one is untouched, nothing offered', async () => {
    const target = library();
    const localId = insertArticle(target.db, makeArticle({ title: 'Only in this library', url: null, canonicalUrl: null }));
    const claimed = target.db.prepare('SELECT content_hash FROM articles WHERE id = ?').pluck().get(localId) as string;
    const forged = edited(bundleOf(), { 'articles/1.json': (a) => ({ ...a, contentHash: claimed, url: null, canonicalUrl: null, sourceGrade: 'F', marking: 'RED' }) });
    const summary = await importBundle(target, forged, { now: LATER });
    expect(summary).toMatchObject({ articlesAdded: 3, articlesMerged: 0, changesOffered: 0 });
    expect(target.db.prepare('SELECT title, source_grade, marking FROM articles WHERE id = ?').get(localId)).toEqual({ title: 'Only in this library', source_grade: null, marking: 'CLEAR' });
    expect(listBundleOffers(target.db)).toEqual([]);
  });

  it('from the command line, changes are listed and applied only with --accept-changes', () => {
    const dir = tempDir('library');
    const file = path.join(tempDir('bundles'), 'week10.briefing');
    fs.writeFileSync(file, bundleOf());
    expect(briefing(['import', file, '--library', dir]).code).toBe(0);
    const changed = path.join(path.dirname(file), 'week10-again.briefing');
    fs.writeFileSync(changed, edited(bundleOf(), { 'articles/3.json': (a) => ({ ...a, marking: 'RED', tags: [...(a.tags as string[]), 'forged'] }) }));

    const offered = briefing(['import', changed, '--library', dir]);
    expect(offered.code).toBe(0);
    expect(offered.stdout).toMatch(/2 change\(s\) to articles already in the library are offered, not applied \(run again with --accept-changes/);
    expect(offered.stdout).toMatch(/Pasted field notes: raise its marking to TLP:RED/);
    const markingOf = () => {
      const db = new Database(path.join(dir, 'library.db'), { readonly: true });
      try {
        return db.prepare("SELECT marking FROM articles WHERE title = 'Pasted field notes'").pluck().get();
      } finally {
        db.close();
      }
    };
    expect(markingOf()).toBe('CLEAR');

    const accepted = briefing(['import', changed, '--accept-changes', '--json', '--library', dir]);
    expect(accepted.code).toBe(0);
    expect((JSON.parse(accepted.stdout) as { changes: Array<{ accepted: boolean }> }).changes).toHaveLength(2);
    expect(markingOf()).toBe('RED');
    const again = briefing(['import', changed, '--library', dir]);
    expect(again.stdout).not.toMatch(/offered/);
  }, 180_000);
});
