import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertArticle } from '../../../electron/library/articles.ts';
import { openLibrary } from '../../../electron/library/library.ts';
import { makeArticle } from '../../helpers/articles.ts';
import { sha256File, tempDir } from '../../helpers/temp.ts';
import { briefing } from '../../helpers/cli.ts';

const BIN = path.resolve('bin/briefing.js');

/** Runs the real `briefing` command with a private home, so the default library is a temp folder. */
function sampleLibrary(): string {
  const dir = tempDir('library');
  openLibrary(dir, { seedSample: true }).close();
  return dir;
}

describe('briefing (CLI)', () => {
  it('lists the sample briefing of the default library as JSON', () => {
    const home = tempDir('home');
    const configHome = path.join(home, '.config');
    openLibrary(path.join(configHome, 'Briefing Reader', 'library'), { seedSample: true }).close();
    const { code, stdout } = briefing(['list', '--json'], { HOME: home, XDG_CONFIG_HOME: configHome });
    expect(code).toBe(0);
    const listed = JSON.parse(stdout) as { briefings: Array<{ title: string; articleCount: number }>; totalArticles: number };
    expect(listed.briefings).toEqual([expect.objectContaining({ title: 'Sample briefing: northern corridor', articleCount: 2 })]);
    expect(listed.totalArticles).toBe(2);
  });

  it('prints a valid, empty result for an empty folder and creates nothing there', () => {
    const empty = tempDir('empty');
    const { code, stdout } = briefing(['list', '--json', '--library', empty]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ library: empty, briefings: [], articles: [], totalArticles: 0 });
    expect(fs.readdirSync(empty)).toEqual([]);
  });

  it('takes the library from BRIEFING_LIBRARY', () => {
    const { stdout } = briefing(['list'], { BRIEFING_LIBRARY: sampleLibrary() });
    expect(stdout).toMatch(/Sample briefing: northern corridor {2}\[TLP:GREEN\] {2}2 articles/);
  });

  it('shows an article as title, byline and paragraphs separated by blank lines', () => {
    const { code, stdout } = briefing(['show', '1', '--text', '--library', sampleLibrary()]);
    expect(code).toBe(0);
    const [title, byline, blank, firstParagraph] = stdout.split('\n');
    expect(title).toBe('Northern corridor ports report shorter queues after new inspection rules');
    expect(byline).toBe('Briefing Reader sample desk');
    expect(blank).toBe('');
    expect(firstParagraph).toMatch(/^Average waiting time/);
    expect(stdout.trimEnd().split('\n\n')).toHaveLength(5);
  });

  it('shows an article as JSON with its text', () => {
    const { stdout } = briefing(['show', '2', '--json', '--library', sampleLibrary()]);
    expect(JSON.parse(stdout)).toMatchObject({ id: 2, title: 'How to read a briefing: judgments first, evidence after', text: expect.stringMatching(/key judgments/) });
  });

  it('checks a healthy library, exits 0 and changes nothing', () => {
    const dir = sampleLibrary();
    const before = sha256File(path.join(dir, 'library.db'));
    const { code, stdout } = briefing(['check', '--json', '--library', dir]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, integrityProblems: [], foreignKeyProblems: [] });
    expect(sha256File(path.join(dir, 'library.db'))).toBe(before);
  });

  it('reports a damaged library with a non-zero exit and leaves it as it was', () => {
    const dir = sampleLibrary();
    const file = path.join(dir, 'library.db');
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 4096, 8192);
    fs.writeFileSync(file, bytes);
    const before = sha256File(file);
    const { code, stdout, stderr } = briefing(['check', '--library', dir]);
    expect(code).not.toBe(0);
    expect(`${stdout}${stderr}`).toMatch(/problems in|malformed|cannot be read/);
    expect(sha256File(file)).toBe(before);
  });

  it.each([
    [['launch'], /Unknown command "launch"/],
    [['show'], /Give the id of an article/],
    [['show', '99', '--library', '<sample>'], /There is no article with id 99/],
    [['list', '--frobnicate'], /Unknown option '--frobnicate'/],
  ])('%j fails with one line and a non-zero exit', (args, message) => {
    const resolved = args.map((arg) => (arg === '<sample>' ? sampleLibrary() : arg));
    const { code, stderr } = briefing(resolved);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('prints its help', () => {
    const { code, stdout } = briefing(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/briefing list/);
    expect(stdout).toMatch(/--library DIR/);
  });
});

describe('briefing highlight', () => {
  it('highlights a quote, and show --json lists it with its selectors, colour and note', () => {
    const dir = sampleLibrary();
    const made = briefing(['highlight', '1', '--quote', 'freeing berths for unloading', '--color', 'green', '--note', 'Mechanism', '--json', '--library', dir]);
    expect(made.code).toBe(0);
    expect(JSON.parse(made.stdout)).toMatchObject({ color: 'green', note: 'Mechanism', quote: { exact: 'freeing berths for unloading' } });
    const shown = JSON.parse(briefing(['show', '1', '--json', '--library', dir]).stdout) as { highlights: unknown[] };
    expect(shown.highlights).toEqual([
      expect.objectContaining({
        color: 'green',
        note: 'Mechanism',
        quote: expect.objectContaining({ exact: 'freeing berths for unloading', prefix: expect.any(String), suffix: expect.any(String) }),
        position: expect.objectContaining({ type: 'TextPositionSelector' }),
        anchor: expect.objectContaining({ status: 'anchored' }),
      }),
    ]);
  });

  it.each([
    [['highlight', '1', '--quote', 'words that are not there'], /The quote is not in article 1/],
    [['highlight', '1', '--quote', 'freeing berths', '--color', 'red'], /There is no colour "red"/],
    [['highlight', '1'], /Give the words to highlight/],
  ])('%j fails with one line and changes nothing', (args, message) => {
    const dir = sampleLibrary();
    const { code, stderr } = briefing([...args, '--library', dir]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(message);
    const shown = JSON.parse(briefing(['show', '1', '--json', '--library', dir]).stdout) as { highlights: unknown[] };
    expect(shown.highlights).toEqual([]);
  });
});

describe('briefing import', () => {
  const page = path.resolve('tests/fixtures/pages/hebrew.html');
  const dump = path.resolve('tests/fixtures/textdumps/news-wire.txt');

  it('imports files into a named briefing, creating it, and prints one JSON entry per input', () => {
    const dir = tempDir('library');
    const { code, stdout } = briefing(['import', page, dump, '--briefing', 'Desk review', '--json', '--library', dir]);
    expect(code).toBe(0);
    const outcomes = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(outcomes).toHaveLength(2);
    for (const outcome of outcomes) {
      expect(Object.keys(outcome).sort()).toEqual(['byline', 'error', 'id', 'imagesNotSaved', 'input', 'site', 'status', 'title', 'words']);
      expect(outcome).toMatchObject({ status: 'saved', error: null, id: expect.any(Number), words: expect.any(Number), imagesNotSaved: 0 });
    }
    const listed = JSON.parse(briefing(['list', '--json', '--library', dir]).stdout) as { briefings: Array<{ title: string; articleCount: number }> };
    expect(listed.briefings).toEqual([expect.objectContaining({ title: 'Desk review', articleCount: 2 })]);
    const again = JSON.parse(briefing(['import', page, '--json', '--library', dir]).stdout) as Array<{ status: string; id: number }>;
    expect(again[0]).toMatchObject({ status: 'duplicate', id: outcomes[0]!.id });
    // Three processes, two of them importing (which loads the name and date extractors): 13–14 s alone on a two-core
    // machine and up to 28 s at load 10, so its budget is wide; the import's speed is measured in bench/, not here.
  }, 45_000);

  it('refuses a 200 MB file without reading it, and still imports the rest', () => {
    const dir = tempDir('library');
    const huge = path.join(tempDir('files'), 'archive.html');
    fs.closeSync(fs.openSync(huge, 'w'));
    fs.truncateSync(huge, 200 * 1024 * 1024);
    const { code, stdout } = briefing(['import', huge, page, '--json', '--library', dir]);
    expect(code).toBe(1);
    const [refused, saved] = JSON.parse(stdout) as Array<{ status: string; error: string | null }>;
    expect(refused).toMatchObject({ status: 'error', error: 'archive.html is 200 MB; the largest file that can be imported is 15 MB.' });
    expect(saved).toMatchObject({ status: 'saved' });
  });

  it('says how many images of a saved page could not be saved with it', () => {
    const dir = tempDir('library');
    const savedPage = path.resolve('tests/fixtures/pages/harbour-report.html');
    const text = briefing(['import', savedPage, '--library', dir]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^saved +#1 Harbour authority doubles night shifts as grain backlog grows — The Coastal Ledger \(\d+ words\); 2 images could not be saved\n$/);
    const shown = JSON.parse(briefing(['show', '1', '--json', '--library', dir]).stdout) as { html: string };
    expect(shown.html.match(/<img alt="Image not saved: [^"]+" title="[^"]+">/g)).toHaveLength(2);
  });

  it('imports pasted text from standard input', () => {
    const dir = tempDir('library');
    const result = spawnSync(process.execPath, [BIN, 'import', '-', '--json', '--library', dir], {
      encoding: 'utf8',
      input: fs.readFileSync(dump, 'utf8'),
      env: { PATH: process.env.PATH ?? '', HOME: tempDir('home') },
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([expect.objectContaining({ input: 'standard input', status: 'saved' })]);
  }, 15_000);
});

describe('briefing briefing', () => {
  /** These tests run the command two or three times; each start takes a second or more on a busy machine. */
  const SPAWNS_TIMEOUT = 30_000;
  const titles = (dir: string) => {
    const library = openLibrary(dir);
    const rows = library.db.prepare('SELECT title FROM briefings ORDER BY id').pluck().all();
    library.close();
    return rows;
  };

  it('sets marking, author, date and key judgments of a briefing named in any case, and prints it as JSON', () => {
    const dir = sampleLibrary();
    const { code, stdout } = briefing([
      'briefing', 'sample briefing: northern corridor',
      '--marking', 'tlp:amber+strict', '--author', 'J. Analyst', '--date', '2026-03-02',
      '--summary=- Queues are shorter\n- Watch the spring exports',
      '--json', '--library', dir,
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      title: 'Sample briefing: northern corridor',
      marking: 'AMBER+STRICT',
      author: 'J. Analyst',
      date: '2026-03-02',
      summary: '- Queues are shorter\n- Watch the spring exports',
      articleCount: 2,
    });
    const shown = briefing(['briefing', '1', '--library', dir]);
    expect(shown.stdout).toMatch(/^#1 {2}Sample briefing: northern corridor {2}\[TLP:AMBER\+STRICT\] {2}2026-03-02$/m);
    expect(shown.stdout).toMatch(/^ {4}1\. #1 Northern corridor ports/m);
  }, SPAWNS_TIMEOUT);

  it('creates a briefing only with --create, and then sets its fields in the same step', () => {
    const dir = sampleLibrary();
    const refused = briefing(['briefing', 'Morning brief', '--marking', 'RED', '--library', dir]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('briefing: There is no briefing named "Morning brief". Add --create to make it, or see `briefing list`.\n');
    expect(titles(dir)).toEqual(['Sample briefing: northern corridor']);

    const made = briefing(['briefing', 'Morning brief', '--create', '--marking', 'RED', '--json', '--library', dir]);
    expect(made.code).toBe(0);
    expect(JSON.parse(made.stdout)).toMatchObject({ id: 2, title: 'Morning brief', marking: 'RED', date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(briefing(['briefing', 'Morning brief', '--create', '--library', dir]).code).toBe(0);
    expect(titles(dir)).toEqual(['Sample briefing: northern corridor', 'Morning brief']);
  }, SPAWNS_TIMEOUT);

  it.each([
    [['briefing', '1', '--marking', 'WHITE'], /There is no TLP marking "WHITE"; use one of CLEAR, GREEN, AMBER, AMBER\+STRICT, RED\./],
    [['briefing', '1', '--date', '2026-02-30'], /date: A date is written YYYY-MM-DD/],
    [['briefing', '1', '--title', ' '], /title: A title cannot be empty/],
    [['briefing', 'New one', '--create', '--marking', 'PURPLE'], /no TLP marking "PURPLE"/],
    [['briefing'], /Name the briefing/],
  ])('%j fails with one line, exit 2, and changes nothing', (args, message) => {
    const dir = sampleLibrary();
    const before = sha256File(path.join(dir, 'library.db'));
    const { code, stderr } = briefing([...args, '--library', dir]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(sha256File(path.join(dir, 'library.db'))).toBe(before);
  });
});

describe('briefing search', () => {
  function turkishLibrary(): string {
    const dir = tempDir('library');
    const library = openLibrary(dir);
    insertArticle(library.db, makeArticle({ title: 'Talks resume', paragraphs: ['Grain first.', 'Later, Erdoğan spoke in İstanbul.'] }));
    insertArticle(library.db, makeArticle({ title: 'Erdoğan abroad', paragraphs: ['A visit.'] }));
    library.close();
    return dir;
  }

  it('prints one JSON object per hit, best first, with the matches in each snippet', () => {
    const { code, stdout } = briefing(['search', 'erdogan', '--json', '--library', turkishLibrary()]);
    expect(code).toBe(0);
    const hits = JSON.parse(stdout) as Array<{ kind: string; articleId: number; title: string; snippet: string; matches: number[][]; score: number }>;
    expect(hits.map((hit) => [hit.kind, hit.title])).toEqual([
      ['article', 'Erdoğan abroad'],
      ['article', 'Talks resume'],
    ]);
    const [, body] = hits;
    expect(body!.snippet).toBe('Grain first. Later, Erdoğan spoke in İstanbul.');
    expect(body!.matches.map(([start, end]) => body!.snippet.slice(start, end))).toEqual(['Erdoğan']);
    expect(hits[0]!.score).toBeGreaterThan(body!.score);
  });

  it.each([
    [['erdogan -abroad'], 1],
    [['--', 'erdogan', '-abroad'], 1],
    [['"spoke in istanbul"'], 1],
    [['erdogan', '--limit', '1'], 1],
    [['erdogan', 'OR', 'grain'], 2],
  ])('takes the same syntax as the app: %j finds %i', (args, count) => {
    const { code, stdout } = briefing(['search', '--json', '--library', turkishLibrary(), ...args]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveLength(count);
  });

  it('prints each hit with its snippet, the matches in brackets', () => {
    const { code, stdout } = briefing(['search', 'istanbul', '--library', turkishLibrary()]);
    expect(code).toBe(0);
    expect(stdout).toBe('article   1  Talks resume\n          Grain first. Later, Erdoğan spoke in [İstanbul].\n');
  });

  it.each(['"', 'NEAR(', '-', 'AND OR', 'title:x'])('reads %j as plain words and exits 0', (query) => {
    const { code, stderr } = briefing(['search', query, '--library', turkishLibrary()]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('refuses a bad --limit or a missing query with exit code 2', () => {
    const dir = turkishLibrary();
    const badLimit = briefing(['search', 'x', '--limit', 'many', '--library', dir]);
    expect(badLimit.code).toBe(2);
    expect(badLimit.stderr).toBe('briefing: --limit takes a whole number from 1 to 100, not "many".\n');
    expect(briefing(['search', '--library', dir]).code).toBe(2);
  });
});
