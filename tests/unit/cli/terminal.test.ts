/**
 * The command line and hostile text (issue 17, items 7 and 8): titles from
 * web pages reach a person's terminal without their control characters, and
 * `import -` reads no more than a file import may hold.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { briefing } from '../../helpers/cli.ts';
import { writeLibrary } from '../../helpers/corrupt.ts';
import { tempDir } from '../../helpers/temp.ts';

const HOSTILE_TITLE = 'Harbour\u001b]0;pwned\u0007 report\u001b[2J\r\u009b31m';

describe('human output', () => {
  it('strips terminal escapes from page titles; --json keeps the title as it is', () => {
    const dir = tempDir('library');
    writeLibrary(dir, 1);
    const db = new Database(path.join(dir, 'library.db'));
    db.prepare('UPDATE articles SET title = ? WHERE id = 2').run(HOSTILE_TITLE);
    db.close();
    const { stdout } = briefing(['list', '--library', dir]);
    // eslint-disable-next-line no-control-regex -- looking for exactly these.
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(stdout).toContain('Harbour]0;pwned report[2J31m');
    const json = JSON.parse(briefing(['list', '--json', '--library', dir]).stdout) as { articles: Array<{ title: string }> };
    expect(json.articles.map((a) => a.title)).toContain(HOSTILE_TITLE);
  });
});

describe('import from standard input', () => {
  it('refuses more than 15 MB, like a file', () => {
    const dir = tempDir('library');
    const home = tempDir('home');
    const result = spawnSync(process.execPath, [path.resolve('bin/briefing.js'), 'import', '-', '--library', dir], {
      input: 'The harbour report. '.repeat(850_000),
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: home, XDG_CONFIG_HOME: path.join(home, '.config') },
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/Standard input is larger than 15 MB, the largest text that can be imported/);
  }, 60_000);
});
