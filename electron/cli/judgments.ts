/**
 * `briefing judgments <briefing> [--json]`: a briefing's key judgments in
 * order, each with its estimative term, probability range and confidence, and
 * the passages it cites (flagged when missing or outside the briefing).
 */
import fs from 'node:fs';
import { citationFootnote, ESTIMATIVE_TERMS, estimateLabel } from '../../shared/judgments.ts';
import { BriefingError } from '../../shared/result.ts';
import { listJudgments } from '../library/judgments.ts';
import { openCliLibrary } from './open-library.ts';
import { libraryFiles } from '../library/open.ts';
import { isoDay } from '../export/markdown.ts';
import { findBriefing } from './briefing.ts';
import type { CommandOutput } from './commands.ts';

export function runJudgments(dir: string, name: string | undefined): CommandOutput {
  const wanted = name?.trim();
  if (!wanted) throw new BriefingError('INVALID_ARGUMENTS', 'Name the briefing (its title, or its id from `briefing list`): `briefing judgments "Weekly"`.');
  if (!fs.existsSync(libraryFiles(dir).databasePath)) throw new BriefingError('NOT_FOUND', `There is no library in ${libraryFiles(dir).dir}.`);
  const library = openCliLibrary(dir);
  try {
    const { briefing, judgments } = library.transaction((db) => {
      const found = findBriefing(db, wanted);
      if (!found) throw new BriefingError('NOT_FOUND', `There is no briefing named "${wanted}"; \`briefing list\` shows them.`);
      return { briefing: found, judgments: listJudgments(db, found.id) };
    });
    const lines = [`#${briefing.id}  ${briefing.title}  [TLP:${briefing.marking}]  ${judgments.length} key judgment${judgments.length === 1 ? '' : 's'}`];
    let footnote = 0;
    judgments.forEach((judgment, index) => {
      lines.push('', `  ${index + 1}. ${estimateLabel(judgment)}`, `     ${judgment.text.replace(/\s+/g, ' ')}`);
      for (const citation of judgment.citations) lines.push(`     [${++footnote}] ${citationFootnote(citation, isoDay)}`);
    });
    if (judgments.length === 0) lines.push('  (none yet)');
    const json = {
      briefing: { id: briefing.id, title: briefing.title, marking: briefing.marking },
      judgments: judgments.map((judgment) => {
        const { min, max } = ESTIMATIVE_TERMS[judgment.likelihood];
        return { ...judgment, probability: { min, max } };
      }),
    };
    return { json, text: `${lines.join('\n')}\n`, exitCode: 0 };
  } finally {
    library.close();
  }
}
