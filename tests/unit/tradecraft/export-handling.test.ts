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
import { renderExport } from '../../../electron/export/export.ts';
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
