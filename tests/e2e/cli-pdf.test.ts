/**
 * `briefing export --pdf` on the command line prints the same print view as the
 * app, with headless Chromium: the PDF carries the marking, the contents, the
 * articles and their highlights. The renderer is built by the e2e setup.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotatedLibrary } from '../helpers/annotated-library.ts';
import { tempDir } from '../helpers/temp.ts';
import { briefing } from '../helpers/cli.ts';

describe('briefing export --pdf', () => {
  it('prints the briefing headlessly: marking and page numbers on every page, contents, highlights', () => {
    const libraryDir = tempDir('library');
    annotatedLibrary(libraryDir).library.close();
    const out = path.join(tempDir('out'), 'brief.pdf');

    const { code, stdout, stderr } = briefing(['export', '1', '--pdf', out, '--paper', 'letter', '--json', '--library', libraryDir]);

    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ format: 'pdf', path: out });
    expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const { stdout: info, stderr: infoProblems } = spawnSync('pdfinfo', ['-enc', 'UTF-8', out], { encoding: 'utf8' });
    expect(infoProblems).toBe('');
    expect(info).toMatch(/Page size:\s+612 x 792 pts/);
    // The document properties name the briefing, not the browser that printed it.
    expect(info).toMatch(/^Title:\s+Grain corridor: week 10$/m);
    expect(info).toMatch(/^Author:\s+R\. Analyst$/m);
    expect(info).toMatch(/^Subject:\s+TLP:AMBER$/m);
    expect(info).toMatch(/^Creator:\s+Briefing Reader$/m);
    const pages = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }).split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, index) => {
      expect(page).toMatch(/TLP:AMBER/);
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
    });
    const text = pages.join('\n');
    expect(text).toMatch(/Contents/);
    expect(text).toMatch(/Ports clear the backlog <fast>/);
    expect(text).toMatch(/Sources/);
    // Highlighted passages and the Markdown of their notes, as the print view draws them.
    expect(text.replace(/\s+/g, ' ')).toMatch(/moved customs inspections inland/);
    expect(text.replace(/\s+/g, ' ')).toMatch(/The main cause, per officials\./);
    expect(fs.readdirSync(path.dirname(out))).toEqual(['brief.pdf']);
  });

  it('with --timeline adds the timeline, and leaves out what the marking does not allow, saying so on stderr first', () => {
    const libraryDir = tempDir('library');
    const { library } = annotatedLibrary(libraryDir);
    library.db.prepare("UPDATE articles SET marking = 'RED' WHERE title = 'Pasted field notes'").run();
    library.close();
    const out = path.join(tempDir('out'), 'brief.pdf');

    const { code, stderr } = briefing(['export', '1', '--pdf', out, '--timeline', '--library', libraryDir]);

    expect(code).toBe(0);
    expect(stderr).toBe("Leaving out 1 item marked more restrictively than the briefing's TLP:AMBER:\n  Article “Pasted field notes” — TLP:RED\n");
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/Timeline[\s\S]*Timeline/);
    expect(text).not.toContain('Harvest exports start in May');
  });
});
