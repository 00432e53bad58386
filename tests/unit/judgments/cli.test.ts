import { describe, expect, it } from 'vitest';
import { insertArticle } from '../../../electron/library/articles.ts';
import { addArticles, createBriefing } from '../../../electron/library/briefings.ts';
import { createHighlight, deleteHighlight } from '../../../electron/library/highlights.ts';
import { createJudgment } from '../../../electron/library/judgments.ts';
import { openLibrary } from '../../../electron/library/library.ts';
import { makeArticle } from '../../helpers/articles.ts';
import { briefing } from '../../helpers/cli.ts';
import { tempDir } from '../../helpers/temp.ts';

const NOW = '2026-11-01T10:00:00.000Z';

/** A library whose briefing "Port watch" has one judgment citing two passages, one of them since deleted. */
function portWatch(): string {
  const dir = tempDir('library');
  const library = openLibrary(dir);
  const { db } = library;
  const articleId = insertArticle(db, makeArticle({ title: 'Harbour log', siteName: 'Port Daily', paragraphs: ['The convoy left at dawn. The depot was emptied.'] }));
  const briefingId = createBriefing(db, 'Port watch', NOW).id;
  addArticles(db, briefingId, [articleId], NOW);
  const convoy = createHighlight(db, { articleId, start: 0, end: 24, color: 'yellow' }, NOW);
  const depot = createHighlight(db, { articleId, start: 25, end: 47, color: 'blue' }, NOW);
  createJudgment(db, { briefingId, text: 'The shipment has left the port.', likelihood: 'very-likely', confidence: 'moderate', highlightIds: [convoy.id, depot.id] }, NOW);
  deleteHighlight(db, depot.id);
  library.close();
  return dir;
}

describe('briefing judgments (CLI)', () => {
  it('lists a briefing’s judgments with term, range, confidence and the passages they cite', () => {
    const { code, stdout } = briefing(['judgments', 'port watch', '--library', portWatch()]);
    expect(code).toBe(0);
    expect(stdout).toContain('Port watch  [TLP:CLEAR]  1 key judgment\n');
    expect(stdout).toContain('  1. Very likely (80–95%) · moderate confidence\n     The shipment has left the port.\n');
    expect(stdout).toMatch(/\[1\] “The convoy left at dawn\.” — Harbour log, Port Daily, https:\/\/example\.test/);
    expect(stdout).toContain('[2] “The depot was emptied.” The cited highlight was deleted');
  });

  it('gives the judgments as JSON, with each citation’s status and the probability range', () => {
    const { code, stdout } = briefing(['judgments', '1', '--json', '--library', portWatch()]);
    expect(code).toBe(0);
    const listed = JSON.parse(stdout) as { briefing: { title: string }; judgments: Array<{ likelihood: string; probability: unknown; citations: Array<{ status: string }> }> };
    expect(listed.briefing.title).toBe('Port watch');
    expect(listed.judgments[0]).toMatchObject({ likelihood: 'very-likely', confidence: 'moderate', probability: { min: 80, max: 95 } });
    expect(listed.judgments[0]!.citations.map((c) => c.status)).toEqual(['cited', 'missing']);
  });

  it('says so when there is no such briefing', () => {
    const { code, stderr } = briefing(['judgments', 'Nope', '--library', portWatch()]);
    expect(code).toBe(2);
    expect(stderr).toContain('There is no briefing named "Nope"');
  });
});
