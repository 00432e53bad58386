/**
 * Exporting under a marking: an AMBER briefing holds an article marked RED and
 * a highlight marked RED. Every format leaves both out, the rest stays, and the
 * analyst is told beforehand — in the Export dialog's list (listLeftOut) and
 * on the command line's stderr and --json.
 */
import { strFromU8, unzipSync } from 'fflate';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadExportDocument } from '../../../electron/export/briefing-document.ts';
import { renderExport } from '../../../electron/export/export.ts';
import { createJudgment } from '../../../electron/library/judgments.ts';
import type { Library } from '../../../electron/library/library.ts';
import type { ExportFormat } from '../../../shared/export.ts';
import { annotatedLibrary, fillAnnotatedBriefing, NOW, type AnnotatedLibrary } from '../../helpers/annotated-library.ts';
import { testBackend } from '../../helpers/backend.ts';
import { briefing } from '../../helpers/cli.ts';
import { tempDir } from '../../helpers/temp.ts';

/** The RED article's own words, and the RED highlight's note: neither may leave. */
const RESTRICTED_TEXT = 'Harvest exports start in May.';
const RESTRICTED_NOTE = 'Check against';
const ALLOWED_QUOTE = 'moved customs inspections inland';

function markRestricted(library: Library): void {
  library.db.prepare("UPDATE articles SET marking = 'RED' WHERE title = 'Pasted field notes'").run();
  library.db.prepare("UPDATE highlights SET marking = 'RED' WHERE exact = 'nine days to four'").run();
}

/** The export as text: a bundle's JSON entries joined. */
async function exported(library: Library, briefingId: number, format: ExportFormat): Promise<string> {
  const bytes = await renderExport({ library, now: () => NOW }, { briefingId, format, markdown: { fullText: true } });
  if (format !== 'bundle') return new TextDecoder().decode(bytes);
  return Object.entries(unzipSync(bytes))
    .filter(([name]) => name.endsWith('.json'))
    .map(([, data]) => strFromU8(data))
    .join('\n');
}

describe('exporting an AMBER briefing that holds items marked RED', () => {
  let fixture: AnnotatedLibrary;
  beforeEach(() => {
    fixture = annotatedLibrary();
    markRestricted(fixture.library);
  });
  afterEach(() => fixture.library.close());

  it.each(['markdown', 'html', 'annotations', 'bundle'] as const)('as %s leaves out the RED article and the RED highlight, and keeps the rest', async (format) => {
    const text = await exported(fixture.library, fixture.briefingId, format);
    expect(text).not.toContain('Pasted field notes');
    expect(text).not.toContain(RESTRICTED_TEXT);
    expect(text).not.toContain(RESTRICTED_NOTE);
    expect(text).toContain(ALLOWED_QUOTE);
  });

  it('as a briefing marked RED, leaves nothing out', async () => {
    fixture.library.db.prepare("UPDATE briefings SET marking = 'RED' WHERE id = ?").run(fixture.briefingId);
    const text = await exported(fixture.library, fixture.briefingId, 'markdown');
    expect(text).toContain(RESTRICTED_TEXT);
    expect(text).toContain(RESTRICTED_NOTE);
  });
});

describe('key judgments exported under a marking', () => {
  it.each(['markdown', 'html', 'bundle'] as const)('as %s leave out the footnote quoting a RED passage, keep the judgment and the GREEN footnote, and list it', async (format) => {
    const fixture = annotatedLibrary();
    try {
      const { db } = fixture.library;
      const red = db.prepare("SELECT id FROM highlights WHERE exact = 'nine days to four'").pluck().get() as number;
      const allowed = db.prepare('SELECT id FROM highlights WHERE exact = ?').pluck().get(ALLOWED_QUOTE) as number;
      createJudgment(db, { briefingId: fixture.briefingId, text: 'Queues will very likely stay short.', likelihood: 'very-likely', confidence: 'high', highlightIds: [red, allowed] }, NOW);
      markRestricted(fixture.library);
      const text = await exported(fixture.library, fixture.briefingId, format);
      expect(text).toContain('Queues will very likely stay short.');
      if (format === 'bundle') {
        // A bundle cites by place in the bundle; the RED passage is not in it.
        const briefingJson = JSON.parse(text.slice(text.indexOf('{\n  "title"'), text.indexOf('\n}\n', text.indexOf('{\n  "title"')) + 2)) as { judgments: Array<{ citations: unknown[] }> };
        expect(briefingJson.judgments[0]!.citations).toHaveLength(1);
      } else {
        // The article's own text still says it (only the highlight is RED): the footnote's quotation may not.
        expect(text).toContain(`“${ALLOWED_QUOTE}”`);
        expect(text).not.toContain('“nine days to four”');
      }
      const { leftOut } = fixture.library.transaction((tx) => loadExportDocument(tx, fixture.briefingId, NOW));
      expect(leftOut.filter((item) => item.kind !== 'article' && item.id === red).map((item) => item.kind)).toEqual(['highlight']);
    } finally {
      fixture.library.close();
    }
  });

  it('leave out a cited passage whose article was taken out of the briefing and is marked RED, and say so', () => {
    const fixture = annotatedLibrary();
    try {
      const { db } = fixture.library;
      const outside = db.prepare('SELECT id, article_id FROM highlights WHERE exact = ?').get(ALLOWED_QUOTE) as { id: number; article_id: number };
      createJudgment(db, { briefingId: fixture.briefingId, text: 'Inspections moved inland.', likelihood: 'likely', confidence: 'moderate', highlightIds: [outside.id] }, NOW);
      db.prepare('DELETE FROM briefing_items WHERE briefing_id = ? AND article_id = ?').run(fixture.briefingId, outside.article_id);
      db.prepare("UPDATE articles SET marking = 'RED' WHERE id = ?").run(outside.article_id);
      const { document, leftOut } = fixture.library.transaction((tx) => loadExportDocument(tx, fixture.briefingId, NOW));
      expect(document.judgments[0]!.citations).toEqual([]);
      expect(leftOut).toContainEqual(expect.objectContaining({ kind: 'citation', id: outside.id, label: ALLOWED_QUOTE, marking: 'RED' }));
    } finally {
      fixture.library.close();
    }
  });
});

describe('the warning before exporting', () => {
  it('lists what will be left out: each article or highlight with its label and marking', async () => {
    const { backend } = testBackend({ seedSample: false });
    try {
      const { briefingId } = fillAnnotatedBriefing(backend.library);
      markRestricted(backend.library);
      const result = await backend.dispatch('listLeftOut', { id: briefingId });
      expect(result).toMatchObject({
        ok: true,
        value: [
          { kind: 'highlight', label: 'nine days to four', marking: 'RED' },
          { kind: 'article', label: 'Pasted field notes', marking: 'RED' },
        ],
      });
      const document = await backend.dispatch('getExportDocument', { id: briefingId });
      expect(document.ok && (document.value as { document: { articles: unknown[] } }).document.articles).toHaveLength(2);
    } finally {
      await backend.close();
    }
  });

  it('on the command line goes to stderr before the file is written, and into --json', { timeout: 60_000 }, () => {
    const dir = tempDir('library');
    const fixture = annotatedLibrary(dir);
    markRestricted(fixture.library);
    fixture.library.close();
    const out = path.join(tempDir('out'), 'brief.md');
    const { code, stdout, stderr } = briefing(['export', '1', '--md', out, '--json', '--library', dir]);
    expect(code).toBe(0);
    expect(stderr).toBe(
      [
        "Leaving out 2 items marked more restrictively than the briefing's TLP:AMBER:",
        '  Highlight “nine days to four” — TLP:RED',
        '  Article “Pasted field notes” — TLP:RED',
        '',
      ].join('\n'),
    );
    expect(JSON.parse(stdout)).toMatchObject({ leftOut: [{ kind: 'highlight', marking: 'RED' }, { kind: 'article', label: 'Pasted field notes' }] });
    expect(fs.readFileSync(out, 'utf8')).not.toContain(RESTRICTED_TEXT);
  });
});
