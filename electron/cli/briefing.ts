/**
 * `briefing briefing <name> [--title T] [--marking TLP] [--author NAME] [--date YYYY-MM-DD] [--summary TEXT] [--create]`:
 * shows a briefing, or sets its fields. A briefing is created only when asked with --create.
 */
import fs from 'node:fs';
import { describeIssues } from '../api/dispatch.ts';
import { calls } from '../../shared/contract.ts';
import { localDate, readTlpMarking } from '../../shared/briefings.ts';
import { TLP_MARKINGS, type Briefing } from '../../shared/model.ts';
import { BriefingError } from '../../shared/result.ts';
import { createBriefing, findBriefingByTitle, getBriefing, updateBriefing, type BriefingChanges } from '../library/briefings.ts';
import { openCliLibrary } from './open-library.ts';
import type { Db } from '../library/open.ts';
import { libraryFiles } from '../library/open.ts';
import type { CommandOutput } from './commands.ts';

export interface BriefingOptions {
  title?: string | undefined;
  marking?: string | undefined;
  author?: string | undefined;
  date?: string | undefined;
  summary?: string | undefined;
  create: boolean;
}

const sentence = (text: string) => `${text.replace(/\.$/, '')}.`;

/** The changes the options ask for, checked against the same schema the app's calls use. */
function readChanges(options: BriefingOptions): BriefingChanges {
  let marking;
  if (options.marking !== undefined) {
    marking = readTlpMarking(options.marking);
    if (!marking) {
      throw new BriefingError('INVALID_ARGUMENTS', `There is no TLP marking "${options.marking}"; use one of ${TLP_MARKINGS.join(', ')}.`);
    }
  }
  const asked = { title: options.title, author: options.author, summary: options.summary, date: options.date, marking };
  const parsed = calls.updateBriefing.args.safeParse({ id: 1, ...Object.fromEntries(Object.entries(asked).filter(([, v]) => v !== undefined)) });
  if (!parsed.success) throw new BriefingError('INVALID_ARGUMENTS', sentence(describeIssues(parsed.error)));
  const { id: _id, ...changes } = parsed.data;
  return changes;
}

/** A briefing by its title (any case), else by its id as `briefing list` shows it. */
export function findBriefing(db: Db, name: string): Briefing | null {
  const byTitle = findBriefingByTitle(db, name);
  if (byTitle) return getBriefing(db, byTitle.id);
  if (/^\d+$/.test(name) && db.prepare('SELECT 1 FROM briefings WHERE id = ?').get(Number(name)) !== undefined) {
    return getBriefing(db, Number(name));
  }
  return null;
}

function describe(briefing: Briefing, created: boolean, changed: string[]): string {
  const lines = [
    ...(created ? [`created briefing #${briefing.id}`] : []),
    ...(changed.length > 0 ? [`set ${changed.join(', ')}`] : []),
    `#${briefing.id}  ${briefing.title}  [TLP:${briefing.marking}]  ${briefing.date}`,
    `  Author: ${briefing.author || '(none)'}`,
    `  Articles (${briefing.articleCount}):`,
    ...briefing.articles.map((a, i) => `    ${i + 1}. #${a.id} ${a.title}`),
    '  Key judgments:',
    ...(briefing.summary.trim() === '' ? ['    (none)'] : briefing.summary.split('\n').map((line) => `    ${line}`.trimEnd())),
    '',
  ];
  return lines.join('\n');
}

export function runBriefing(dir: string, name: string | undefined, options: BriefingOptions): CommandOutput {
  const wanted = name?.trim();
  if (!wanted) throw new BriefingError('INVALID_ARGUMENTS', 'Name the briefing (its title, or its id from `briefing list`): `briefing briefing "Weekly" --marking AMBER`.');
  const changes = readChanges(options);
  if (!options.create && !fs.existsSync(libraryFiles(dir).databasePath)) {
    throw new BriefingError('NOT_FOUND', `There is no library in ${libraryFiles(dir).dir}; add --create to start one with this briefing.`);
  }
  const library = openCliLibrary(dir);
  try {
    const { briefing, created } = library.transaction((db) => {
      const now = new Date().toISOString();
      let found = findBriefing(db, wanted);
      const isNew = found === null;
      if (!found) {
        if (!options.create) {
          throw new BriefingError('NOT_FOUND', `There is no briefing named "${wanted}". Add --create to make it, or see \`briefing list\`.`);
        }
        const title = calls.createBriefing.args.shape.title.safeParse(wanted);
        if (!title.success) throw new BriefingError('INVALID_ARGUMENTS', sentence(`The name cannot be a title: ${describeIssues(title.error)}`));
        found = createBriefing(db, title.data, now, localDate(new Date()));
      }
      const changed = Object.keys(changes).length > 0;
      return { briefing: changed ? updateBriefing(db, found.id, changes, now) : found, created: isNew };
    });
    return { json: briefing, text: describe(briefing, created, Object.keys(changes)), exitCode: 0 };
  } finally {
    library.close();
  }
}
