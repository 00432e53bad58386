import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../electron/library/library.ts';
import { sha256File, tempDir } from '../../helpers/temp.ts';

const BIN = path.resolve('bin/briefing.js');

/** Runs the real `briefing` command with a private home, so the default library is a temp folder. */
function briefing(args: string[], env: Record<string, string> = {}) {
  const home = tempDir('home');
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, home };
}

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
      expect(Object.keys(outcome).sort()).toEqual(['byline', 'error', 'id', 'input', 'site', 'status', 'title', 'words']);
      expect(outcome).toMatchObject({ status: 'saved', error: null, id: expect.any(Number), words: expect.any(Number) });
    }
    const listed = JSON.parse(briefing(['list', '--json', '--library', dir]).stdout) as { briefings: Array<{ title: string; articleCount: number }> };
    expect(listed.briefings).toEqual([expect.objectContaining({ title: 'Desk review', articleCount: 2 })]);
    const again = JSON.parse(briefing(['import', page, '--json', '--library', dir]).stdout) as Array<{ status: string; id: number }>;
    expect(again[0]).toMatchObject({ status: 'duplicate', id: outcomes[0]!.id });
    // Three processes, two of them importing (which loads the name and date extractors).
  }, 15_000);

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
