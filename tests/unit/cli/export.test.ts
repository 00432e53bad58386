import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { takeJsonFile } from '../../../electron/cli/export-args.ts';
import { openLibrary } from '../../../electron/library/library.ts';
import { annotatedLibrary } from '../../helpers/annotated-library.ts';
import { briefingSnapshot, dumpLibrary } from '../../helpers/library-dump.ts';
import { readOnlyDir } from '../../helpers/read-only.ts';
import { tempDir } from '../../helpers/temp.ts';
import { briefing } from '../../helpers/cli.ts';

/** A library folder holding the annotated briefing (id 1). */
function libraryWithBriefing(): string {
  const dir = tempDir('library');
  annotatedLibrary(dir).library.close();
  return dir;
}

// Each case runs the real command in a new Node process.
describe('briefing export', { timeout: 60_000 }, () => {
  it.each([
    ['--md', 'brief.md', /^---\ntitle: "Grain corridor: week 10"/],
    ['--html', 'brief.html', /<meta http-equiv="Content-Security-Policy"/],
    ['--json', 'brief.json', /"type": "AnnotationCollection"/],
    ['--bundle', 'brief.briefing', /^PK/],
  ])('%s writes the file and says where', (flag, name, content) => {
    const out = path.join(tempDir('out'), name);
    const { code, stdout } = briefing(['export', '1', flag, out, '--library', libraryWithBriefing()]);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^saved ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`));
    expect(fs.readFileSync(out, 'latin1')).toMatch(content);
  });

  it('finds the briefing by title, adds the full text with --full-text, and answers in JSON with --json', () => {
    const out = path.join(tempDir('out'), 'brief.md');
    const { code, stdout } = briefing(['export', 'grain corridor: week 10', '--md', out, '--full-text', '--json', '--library', libraryWithBriefing()]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ briefingId: 1, format: 'markdown', path: out, bytes: fs.statSync(out).size, leftOut: [] });
    expect(fs.readFileSync(out, 'utf8')).toContain('### Full text');
  });

  it('takes --json FILE as the annotations file and a second --json as the output format', () => {
    const out = path.join(tempDir('out'), 'notes.json');
    const { code, stdout } = briefing(['export', '1', '--json', out, '--json', '--library', libraryWithBriefing()]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ format: 'annotations', path: out });
  });

  it.each([
    [['export', '1'], /Give exactly one of --pdf, --md, --html, --json or --bundle/],
    [['export', '1', '--md', 'a.md', '--html', 'b.html'], /Give exactly one of/],
    [['export', '--md', 'a.md'], /Name the briefing to export/],
    [['export', '99', '--md', 'a.md'], /There is no briefing with id 99/],
    [['export', 'No such title', '--md', 'a.md'], /There is no briefing called "No such title"/],
    [['export', '1', '--md', 'a.md', '--paper', 'a4'], /--digest, --paper, --notes and --timeline are options of --pdf/],
    [['export', '1', '--md', 'a.md', '--timeline'], /--digest, --paper, --notes and --timeline are options of --pdf/],
    [['export', '1', '--pdf', 'a.pdf', '--paper', 'a3'], /Use --paper a4 or --paper letter/],
    [['export', '1', '--html', 'a.html', '--full-text'], /--full-text is an option of --md/],
  ])('refuses %j with a sentence and exit code 2', (args, message) => {
    const { code, stderr } = briefing([...args, '--library', libraryWithBriefing()]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('says the folder is not writable and leaves no file', () => {
    const dir = readOnlyDir();
    const { code, stderr } = briefing(['export', '1', '--html', path.join(dir, 'brief.html'), '--library', libraryWithBriefing()]);
    expect(code).toBe(2);
    expect(stderr).toBe(`briefing: The folder ${dir} is not writable, so brief.html was not saved. Choose another folder.\n`);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('briefing import FILE.briefing', { timeout: 60_000 }, () => {
  it('imports a bundle into another library, then merges it without duplicates the second time', () => {
    const source = libraryWithBriefing();
    const bundle = path.join(tempDir('out'), 'week 10.briefing');
    expect(briefing(['export', '1', '--bundle', bundle, '--library', source]).code).toBe(0);
    const target = tempDir('library');

    const first = briefing(['import', bundle, '--json', '--library', target]);
    expect(first.code).toBe(0);
    expect((JSON.parse(first.stdout) as { imported: unknown }).imported).toEqual([expect.objectContaining({ input: bundle, status: 'imported', articlesAdded: 3, highlightsAdded: 6 })]);
    const second = briefing(['import', bundle, '--library', target]);
    expect(second.stdout).toMatch(/^imported {3}.* → briefing #1 Grain corridor: week 10: 0 articles added, 3 already here \(merged\), 0 highlights added \(6 already there\)\n$/);

    const [a, b] = [openLibrary(source), openLibrary(target)];
    try {
      expect(briefingSnapshot(b, 1)).toEqual(briefingSnapshot(a, 1));
    } finally {
      a.close();
      b.close();
    }
  });

  it('refuses a damaged bundle with exit code 1 and its reason, and changes nothing', () => {
    const target = libraryWithBriefing();
    const bad = path.join(tempDir('out'), 'bad.briefing');
    fs.writeFileSync(bad, 'not a zip');
    const before = (() => {
      const lib = openLibrary(target);
      try {
        return dumpLibrary(lib);
      } finally {
        lib.close();
      }
    })();
    const { code, stdout } = briefing(['import', bad, '--library', target]);
    expect(code).toBe(1);
    expect(stdout).toBe(`error      ${bad}: This bundle cannot be imported: it is not a zip file, or the zip is damaged. Nothing was changed.\n`);
    const lib = openLibrary(target);
    try {
      expect(dumpLibrary(lib)).toEqual(before);
    } finally {
      lib.close();
    }
  });

  it('imports bundles on their own, not mixed with pages', () => {
    const { code, stderr } = briefing(['import', 'a.briefing', 'page.html', '--library', tempDir('library')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Import .briefing bundles on their own/);
  });
});

describe('--json on briefing export', () => {
  it.each([
    [['export', '1', '--json', 'notes.json'], ['export', '1'], 'notes.json'],
    [['export', '1', '--md', 'a.md', '--json'], ['export', '1', '--md', 'a.md', '--json'], undefined],
    [['export', '1', '--json', '--md', 'a.md'], ['export', '1', '--json', '--md', 'a.md'], undefined],
    [['export', '--json', '1', '--md', 'a.md'], ['export', '--json', '1', '--md', 'a.md'], undefined],
    [['list', '--json', 'x'], ['list', '--json', 'x'], undefined],
  ])('%j reads as %j with the file %s', (argv, rest, file) => {
    expect(takeJsonFile(argv)).toEqual({ argv: rest, jsonFile: file });
  });
});
