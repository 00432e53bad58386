/**
 * Grades in every export: the analyst graded the ports article's source B
 * (usually reliable) and one of its highlights 2 (probably true); each format
 * shows "B2" beside that highlight and the source grade with the article.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { briefingToAnnotations } from '../../../electron/export/annotations.ts';
import { libraryAssetReader } from '../../../electron/export/asset-reader.ts';
import { loadBriefingDocument } from '../../../electron/export/briefing-document.ts';
import { briefingToHtml } from '../../../electron/export/html.ts';
import { briefingToMarkdown } from '../../../electron/export/markdown.ts';
import type { BriefingDocument } from '../../../shared/briefing-document.ts';
import { annotatedLibrary, NOW, type AnnotatedLibrary } from '../../helpers/annotated-library.ts';

let fixture: AnnotatedLibrary;
let document: BriefingDocument;

beforeEach(() => {
  fixture = annotatedLibrary();
  fixture.library.db.prepare("UPDATE articles SET source_grade = 'B' WHERE id = ?").run(fixture.articleIds[0]);
  fixture.library.db.prepare("UPDATE highlights SET credibility = 2 WHERE exact = 'moved customs inspections inland'").run();
  fixture.library.db.prepare("UPDATE highlights SET credibility = 5 WHERE exact = 'weekly from April'").run();
  document = fixture.library.transaction((db) => loadBriefingDocument(db, fixture.briefingId, NOW));
});
afterEach(() => fixture.library.close());

describe('grades in the exports', () => {
  it('Markdown: the source grade under the article, the code after each graded highlight', () => {
    const markdown = briefingToMarkdown(document, { fullText: false });
    expect(markdown).toContain('Source reliability: **B — Usually reliable**');
    expect(markdown).toContain('> moved customs inspections inland\n>\n> — *Key fact* (yellow) · **B2**');
    // An ungraded source: the credibility alone.
    expect(markdown).toContain('(purple) · **5**');
    // A graded source alone, and neither.
    expect(markdown).toContain('> — *Claim* (green) · **B**\n');
    expect(markdown).toMatch(/> — \*Quote\* \(pink\)\n/);
  });

  it('HTML: the source grade with the article, the code beside each graded highlight in the notes', () => {
    const html = briefingToHtml(document, { readAsset: libraryAssetReader(fixture.library.files.assetsDir) });
    expect(html).toContain('Source reliability: <b class="evaluation">B — Usually reliable</b>');
    expect(html).toMatch(/Key fact <b class="evaluation">B2<\/b><\/span><blockquote>moved customs inspections inland<\/blockquote>/);
    expect(html).toMatch(/<b class="evaluation">5<\/b><\/span><blockquote>weekly from April<\/blockquote>/);
  });

  it('Web Annotations: the code as an assessing body of the graded highlight', () => {
    const items = briefingToAnnotations(document).first.items;
    const bodyOf = (exact: string) => items.find((item) => 'selector' in item.target && item.target.selector[0].exact === exact)?.body ?? [];
    expect(bodyOf('moved customs inspections inland')).toContainEqual({ type: 'TextualBody', value: 'B2', format: 'text/plain', purpose: 'assessing' });
    expect(bodyOf('أربعة أيام').some((body) => body.purpose === 'assessing')).toBe(false);
  });
});
