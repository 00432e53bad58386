import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { neutralizeArticleNames, neutralizeBidiControls, neutralizeOptionalName } from '../../../shared/bidi.ts';
import { loadBriefingDocument } from '../../../electron/export/briefing-document.ts';
import { briefingToMarkdown } from '../../../electron/export/markdown.ts';
import { getArticle, insertArticle } from '../../../electron/library/articles.ts';
import { addToBriefing, createBriefing } from '../../../electron/library/briefings.ts';
import { openLibrary } from '../../../electron/library/library.ts';
import { MIGRATIONS } from '../../../electron/library/migrations.ts';
import { libraryFiles, migrate } from '../../../electron/library/open.ts';
import { makeArticle } from '../../helpers/articles.ts';
import { bytesFile, importer } from '../../helpers/importer.ts';
import { tempDir } from '../../helpers/temp.ts';

const RLO = '\u202E';
const PDF = '\u202C';
const LRI = '\u2066';
const PDI = '\u2069';
const RLM = '\u200F';
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u206F]/;

describe('neutralizing bidi controls in a name', () => {
  it.each([
    ['a plain title stays as it is', 'Grain exports resume', 'Grain exports resume'],
    ['an override that would show “fdp.exe” as “exe.pdf”', `Report ${RLO}fdp.exe`, 'Report fdp.exe'],
    ['an override closed with PDF', `Quay ${RLO}stats${PDF} weekly`, 'Quay stats weekly'],
    ['every embedding and override', 'a\u202Ab\u202Bc\u202Cd\u202De\u202Ef', 'abcdef'],
    ['every isolate', `${LRI}x${PDI} \u2067y\u2069 \u2068z\u2069`, 'x y z'],
    ['the deprecated format controls', 'a\u206Ab\u206Bc\u206Cd\u206De\u206Ef\u206Fg', 'abcdefg'],
    ['a control alone between words, leaving no doubled space', `North ${RLO} port`, 'North port'],
    ['a control at either end, leaving no stray space', `${RLO} Harbour ${PDF}`, 'Harbour'],
    ['Hebrew with its right-to-left mark kept', `דו״ח הנמל${RLM} 2026`, `דו״ח הנמל${RLM} 2026`],
    ['Arabic with the Arabic letter mark kept', 'تقرير\u061C الميناء', 'تقرير\u061C الميناء'],
    ['left-to-right mark kept', 'A\u200EB', 'A\u200EB'],
    ['double spaces of a name without controls left alone', 'Two  spaces', 'Two  spaces'],
  ])('%s', (_label, name, expected) => {
    expect(neutralizeBidiControls(name)).toBe(expected);
  });

  it.each([
    [null, null],
    ['Mira Castell', 'Mira Castell'],
    [`${RLO}${PDF}`, null],
    [`${LRI}Mira Castell${PDI}`, 'Mira Castell'],
  ])('an optional name %j becomes %j', (name, expected) => {
    expect(neutralizeOptionalName(name)).toBe(expected);
  });

  it('gives a title made only of controls a name', () => {
    expect(neutralizeArticleNames({ title: `${RLO}${PDF}`, byline: null, siteName: `${LRI}${PDI}` })).toEqual({ title: 'Untitled', byline: null, siteName: null });
  });
});

const words = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: the ferry company said the northern crossing keeps two sailings a day while the breakwater is repaired this winter.</p>`).join('');

describe('a page whose names carry bidi controls', () => {
  it('is saved, reported and exported without them', async () => {
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry notice ${RLO}txt.exe</title>
<meta name="author" content="${LRI}Ana Ferreira${PDI}${RLO}"><meta property="og:site_name" content="Harbour ${RLO}Gazette"></head>
<body><article><h1>Ferry notice ${RLO}txt.exe</h1>${words}</article></body></html>`;
    const { import: save, library } = importer();
    const outcome = await save(bytesFile('ferry.html', page));
    expect(outcome).toMatchObject({ status: 'saved', title: 'Ferry notice txt.exe', byline: 'Ana Ferreira', site: 'Harbour Gazette' });
    const article = getArticle(library.db, outcome.id!);
    expect([article.title, article.byline, article.siteName]).toEqual(['Ferry notice txt.exe', 'Ana Ferreira', 'Harbour Gazette']);

    const briefing = library.transaction((db) => createBriefing(db, 'Ferries', '2026-12-01T09:00:00.000Z'));
    library.transaction((db) => addToBriefing(db, briefing.id, outcome.id!, '2026-12-01T09:00:00.000Z'));
    const document = library.transaction((db) => loadBriefingDocument(db, briefing.id, '2026-12-01T09:00:00.000Z'));
    const markdown = briefingToMarkdown(document, { fullText: false });
    expect(markdown).toContain('Ferry notice txt.exe');
    expect(markdown).not.toMatch(BIDI_CONTROL);
  });

  it('is stored without them whatever path inserts it (a bundle, the sample)', () => {
    const library = openLibrary(tempDir('library'));
    const id = library.transaction((db) => insertArticle(db, makeArticle({ title: `Quay ${RLO}report`, byline: `${RLO}`, siteName: `${LRI}Ledger${PDI}` })));
    expect(getArticle(library.db, id)).toMatchObject({ title: 'Quay report', byline: null, siteName: 'Ledger' });
    library.close();
  });

  it('loses them when a library saved before this version is opened (migration 9)', () => {
    const dir = tempDir('library');
    const old = new Database(libraryFiles(dir).databasePath);
    migrate(old, MIGRATIONS.filter((m) => m.version < 9));
    const id = Number(insertArticle(old, makeArticle({ title: 'placeholder' })));
    old.prepare('UPDATE articles SET title = ?, byline = ?, site_name = ? WHERE id = ?').run(`Port ${RLO}fdp.exe`, `${RLO}${PDF}`, `${LRI}Ledger${PDI}`, id);
    const untouched = Number(insertArticle(old, makeArticle({ title: `תחזית הנמל${RLM}`, url: 'https://example.org/b', canonicalUrl: 'https://example.org/b' })));
    old.close();

    const library = openLibrary(dir);
    expect(getArticle(library.db, id)).toMatchObject({ title: 'Port fdp.exe', byline: null, siteName: 'Ledger' });
    expect(getArticle(library.db, untouched).title).toBe(`תחזית הנמל${RLM}`);
    expect(library.db.prepare("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'fdp'").pluck().get()).toBe(1);
    library.close();
  });
});
