/**
 * The `briefing` command line: works on the same library as the app. Every
 * command takes --json; an error prints one line and exits non-zero.
 */
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { BriefingError } from '../../shared/result.ts';
import { defaultDataDir, resolveLibraryDir } from '../paths.ts';
import { readSavedLibraryDir } from '../settings/saved-library.ts';
import { runCheck, runHighlight, runList, runSearch, runShow, type CommandOutput } from './commands.ts';
import { runBackup, runRestore } from './backup.ts';
import { isBundlePath, takeJsonFile } from './export-args.ts';
import { runImport } from './import.ts';
import { runBriefing } from './briefing.ts';
import { runJudgments } from './judgments.ts';
import { runArticle } from './article.ts';
import { humanText } from './terminal.ts';

const HELP = `briefing — Briefing Reader on the command line

Usage:
  briefing list [--json]              briefings and articles in the library
  briefing show <id> [--text] [--json]
                                      one article: its details, or --text for title,
                                      byline and body paragraphs
  briefing check [--json]             integrity and foreign-key checks; changes nothing
  briefing backup [--to FILE] [--json]
                                      back up the library now (into its backups/ folder,
                                      or to FILE); the app may keep running
  briefing restore FILE [--json]      put a backup in place of the library (quit the app
                                      first); the current file is kept as
                                      library.db.before-restore-<time>
  briefing search QUERY [--limit N] [--json]
                                      search titles, bylines, sites, text, highlights
                                      and notes: words (all must match), "a phrase",
                                      nato* (prefix), a OR b, -word (exclude)
  briefing highlight <id> --quote "exact words" [--color NAME] [--note TEXT] [--json]
                                      highlight a passage of an article (colours: yellow,
                                      green, blue, pink, purple)
  briefing import <path|url|->... [--briefing NAME] [--json]
                                      save web pages (http/https), .html, .txt and .md
                                      files, or text from standard input (-); --briefing
                                      adds them to that briefing, creating it if needed
  briefing briefing <name> [--marking TLP] [--author NAME] [--date YYYY-MM-DD]
                   [--summary TEXT] [--title NEW] [--create] [--json]
                                      show a briefing (by title or id), or set its fields:
                                      marking CLEAR, GREEN, AMBER, AMBER+STRICT or RED; summary
                                      is the key judgments in Markdown; --create makes the
                                      briefing if there is none by that name
  briefing article <id> [--title T] [--byline NAME] [--site NAME]
                   [--published YYYY-MM-DD] [--url URL] [--json]
                                      show an article's details, or correct them; an empty
                                      value ("") clears the byline, site, date or address;
                                      names and dates are read again
  briefing judgments <briefing> [--json]
                                      a briefing's key judgments (by title or id): each
                                      with its likelihood, probability range, confidence
                                      and the passages it cites
  briefing import FILE.briefing... [--accept-changes] [--json]
                                      import briefing bundles: the briefing, its articles,
                                      images, highlights and notes. Articles already here
                                      are never duplicated or changed: the notes, highlights,
                                      tags, grade or stricter marking a bundle brings for them
                                      are listed and applied only with --accept-changes
  briefing export <briefing> (--pdf FILE | --md FILE | --html FILE | --json FILE | --bundle FILE)
                  [--digest] [--paper a4|letter] [--notes margin|endnotes] [--timeline]
                  [--full-text] [--json]
                                      export a briefing (by id or title) as PDF, Markdown,
                                      self-contained HTML, W3C Web Annotations JSON or a
                                      .briefing bundle; --digest, --paper, --notes and
                                      --timeline (a timeline section) are PDF options,
                                      --full-text adds the articles to Markdown; items marked
                                      more restrictively than the briefing are left out and
                                      listed on stderr first

Options:
  --library DIR   the library folder (default: $BRIEFING_LIBRARY, then the app's)
  --json          machine-readable output
  -h, --help      this help
`;

export async function runCli(argv: string[]): Promise<number> {
  const { argv: args, jsonFile } = takeJsonFile(argv);
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      library: { type: 'string' },
      json: { type: 'boolean', default: false },
      text: { type: 'boolean', default: false },
      briefing: { type: 'string' },
      quote: { type: 'string' },
      color: { type: 'string' },
      note: { type: 'string' },
      to: { type: 'string' },
      marking: { type: 'string' },
      author: { type: 'string' },
      date: { type: 'string' },
      summary: { type: 'string' },
      title: { type: 'string' },
      create: { type: 'boolean', default: false },
      limit: { type: 'string' },
      pdf: { type: 'string' },
      md: { type: 'string' },
      html: { type: 'string' },
      bundle: { type: 'string' },
      digest: { type: 'boolean', default: false },
      paper: { type: 'string' },
      notes: { type: 'string' },
      'full-text': { type: 'boolean', default: false },
      timeline: { type: 'boolean', default: false },
      // briefing article
      byline: { type: 'string' },
      site: { type: 'string' },
      published: { type: 'string' },
      url: { type: 'string' },
      'accept-changes': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    process.stdout.write(HELP);
    return command === undefined && !values.help ? 1 : 0;
  }
  const dataDir = defaultDataDir();
  const libraryDir = resolveLibraryDir({
    flag: values.library,
    env: process.env,
    saved: readSavedLibraryDir(dataDir),
    dataDir,
  });

  let output: CommandOutput;
  switch (command) {
    case 'list':
      output = runList(libraryDir);
      break;
    case 'show':
      output = runShow(libraryDir, rest[0], { text: values.text });
      break;
    case 'check':
      output = runCheck(libraryDir);
      break;
    case 'search':
      if (rest.length === 0) throw new BriefingError('INVALID_ARGUMENTS', 'Give the words to search for: `briefing search "grain corridor"`.');
      output = runSearch(libraryDir, rest.join(' '), { limit: values.limit, bold: !values.json && process.stdout.isTTY });
      break;
    case 'highlight':
      output = runHighlight(libraryDir, rest[0], { quote: values.quote, color: values.color, note: values.note });
      break;
    case 'backup':
      output = await runBackup(libraryDir, { to: values.to });
      break;
    case 'restore':
      output = runRestore(libraryDir, rest[0]);
      break;
    case 'briefing':
      output = runBriefing(libraryDir, rest[0], {
        title: values.title,
        marking: values.marking,
        author: values.author,
        date: values.date,
        summary: values.summary,
        create: values.create,
      });
      break;
    case 'judgments':
      output = runJudgments(libraryDir, rest[0]);
      break;
    case 'article':
      output = await runArticle(libraryDir, rest[0], { title: values.title, byline: values.byline, site: values.site, published: values.published, url: values.url });
      break;
    case 'import':
      if (rest.length === 0) throw new BriefingError('INVALID_ARGUMENTS', 'Name at least one file, web address, or - for standard input.');
      if (rest.some(isBundlePath)) {
        if (!rest.every(isBundlePath)) {
          throw new BriefingError('INVALID_ARGUMENTS', 'Import .briefing bundles on their own: `briefing import week10.briefing`.');
        }
        if (values.briefing !== undefined) throw new BriefingError('INVALID_ARGUMENTS', 'A bundle brings its own briefing; leave out --briefing.');
        output = await (await import('./export.ts')).runBundleImport(libraryDir, rest, { acceptChanges: values['accept-changes'] });
      } else {
        output = await runImport(libraryDir, rest, { briefing: values.briefing });
      }
      break;
    case 'export':
      if (rest.length > 1) throw new BriefingError('INVALID_ARGUMENTS', `Export one briefing at a time; "${rest[1]}" is extra (put a file name after its flag).`);
      output = await (await import('./export.ts')).runExport(libraryDir, dataDir, {
        briefing: rest[0],
        files: { pdf: values.pdf, md: values.md, html: values.html, json: jsonFile, bundle: values.bundle },
        digest: values.digest,
        paper: values.paper,
        notes: values.notes,
        fullText: values['full-text'],
        timeline: values.timeline,
      });
      break;
    default:
      throw new BriefingError('INVALID_ARGUMENTS', `Unknown command "${command}". Run \`briefing --help\` for the commands.`);
  }
  process.stdout.write(values.json ? `${JSON.stringify(output.json, null, 2)}\n` : output.styled ? output.text : humanText(output.text));
  return output.exitCode;
}

/** A library file that cannot be read, is damaged (SQLite found it malformed mid-command) or cannot be written: exit 3. */
function libraryUnusable(error: unknown): boolean {
  if (error instanceof BriefingError) return ['LIBRARY_UNREADABLE', 'LIBRARY_DAMAGED', 'LIBRARY_READ_ONLY'].includes(error.code);
  return error instanceof Database.SqliteError && /^SQLITE_(CORRUPT|NOTADB)/.test(error.code);
}

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`briefing: ${humanText(message.split('\n')[0] ?? '')}\n`);
    process.exitCode = libraryUnusable(error) ? 3 : 2;
  },
);
