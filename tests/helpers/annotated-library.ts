/**
 * A library with an annotated briefing in it, written for the export tests:
 * three articles (one with a cached image, one right-to-left, one without an
 * address), overlapping highlights in several colours, notes with Markdown,
 * a highlight whose passage is gone from the text, an article note and tags.
 */
import { createHash } from 'node:crypto';
import { storeAsset } from '../../electron/import/images.ts';
import { insertArticle, insertAssets } from '../../electron/library/articles.ts';
import { addToBriefing, createBriefing, updateBriefing } from '../../electron/library/briefings.ts';
import { createHighlight, restoreHighlight } from '../../electron/library/highlights.ts';
import { openLibrary, type Library } from '../../electron/library/library.ts';
import { saveArticleNote } from '../../electron/library/notes.ts';
import type { Db } from '../../electron/library/open.ts';
import { assetPath } from '../../shared/assets.ts';
import { makeArticle } from './articles.ts';

/** As the importer stores it: the content hash is the sha256 of the text (a bundle's import computes it so). */
const withTextHash = <T extends { text: string }>(article: T): T & { contentHash: string } => ({
  ...article,
  contentHash: createHash('sha256').update(article.text).digest('hex'),
});
import { solidPng } from './png.ts';
import { tempDir } from './temp.ts';

export const NOW = '2026-03-10T09:30:00.000Z';

export const QUAY_PNG = solidPng(40, 24, [30, 110, 170]);

export interface AnnotatedLibrary {
  library: Library;
  briefingId: number;
  articleIds: number[];
  imageSha: string;
}

function highlightQuote(db: Db, articleId: number, text: string, quote: string, color: 'yellow' | 'green' | 'blue' | 'pink' | 'purple', note = '', now = NOW): number {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the test article`);
  return createHighlight(db, { articleId, start, end: start + quote.length, color, note }, now).id;
}

/** Fills `library` (new, empty) with the annotated briefing. */
export function fillAnnotatedBriefing(library: Library): Omit<AnnotatedLibrary, 'library'> {
  const imageSha = storeAsset(library.files.assetsDir, QUAY_PNG, 'png');
  return library.transaction((db) => {
    const briefing = createBriefing(db, 'Grain corridor: week 10', NOW);
    updateBriefing(db, briefing.id, { author: 'R. Analyst', marking: 'AMBER', summary: '- Queues are **shorter**.\n- Watch the *spring* exports.' }, NOW);

    const ports = makeArticle({
      title: 'Ports clear the backlog <fast>',
      paragraphs: [
        'The port authority said waiting times fell from nine days to four in February.',
        'Officials credited a rule that moved customs inspections inland. Agents asked for it for two years.',
        'A logistics adviser warned that February is a quiet month.',
      ],
    });
    const imageHtml = `<figure><img src="${assetPath(imageSha, 'png')}" alt="The quay at dawn"></figure>`;
    const portsHtml = ports.html.replace('</p>\n\n<p>Officials', `</p>\n\n${imageHtml}<p>Officials`);
    const portsId = insertArticle(db, withTextHash({ ...ports, html: portsHtml }));
    insertAssets(db, portsId, [{ sha256: imageSha, mime: 'image/png', bytes: QUAY_PNG.byteLength, sourceUrl: 'https://example.test/quay.png' }]);
    db.prepare("UPDATE articles SET reading_status = 'reading', reading_position = 0.4 WHERE id = ?").run(portsId);

    const rtl = makeArticle({ title: 'تقرير الميناء', lang: 'ar', dir: 'rtl', paragraphs: ['انخفض وقت الانتظار في الميناء إلى أربعة أيام.', 'قال المسؤولون إن القاعدة الجديدة ساعدت.'] });
    const rtlId = insertArticle(db, withTextHash(rtl));

    const pasted = makeArticle({ title: 'Pasted field notes', url: null, canonicalUrl: null, siteName: null, byline: null, publishedAt: null, paragraphs: ['Notes from the call: queue figures weekly from April.', 'Harvest exports start in May.'] });
    const pastedId = insertArticle(db, withTextHash(pasted));

    for (const id of [portsId, rtlId, pastedId]) addToBriefing(db, briefing.id, id, NOW);

    const inspections = highlightQuote(db, portsId, ports.text, 'moved customs inspections inland', 'yellow', 'The **main** cause, per officials.\n\nSee [the rule](https://example.test/rule).');
    highlightQuote(db, portsId, ports.text, 'inspections inland. Agents asked', 'green', '', '2026-03-10T10:00:00.000Z');
    highlightQuote(db, portsId, ports.text, 'nine days to four', 'blue', 'Check against > weekly figures & "port" data <b>now</b>');
    highlightQuote(db, rtlId, rtl.text, 'أربعة أيام', 'pink', 'ملاحظة بالعربية');
    highlightQuote(db, pastedId, pasted.text, 'weekly from April', 'purple');
    // A passage that is no longer in the text: the highlight is orphaned, never moved.
    restoreHighlight(db, {
      id: 900,
      articleId: portsId,
      quote: { type: 'TextQuoteSelector', exact: 'a sentence the site later removed', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 5, end: 38 },
      color: 'pink',
      note: 'Was in the first version.',
      credibility: null,
      marking: 'CLEAR',
      createdAt: NOW,
      updatedAt: NOW,
    });
    saveArticleNote(db, portsId, 'Reliable source; *figures* from the authority.', NOW);

    db.prepare("INSERT INTO tags (name) VALUES ('logistics'), ('follow-up')").run();
    db.prepare("INSERT INTO article_tags (article_id, tag_id) SELECT ?, id FROM tags WHERE name = 'logistics'").run(portsId);
    db.prepare("INSERT INTO highlight_tags (highlight_id, tag_id) SELECT ?, id FROM tags WHERE name = 'follow-up'").run(inspections);
    return { briefingId: briefing.id, articleIds: [portsId, rtlId, pastedId], imageSha };
  });
}

/** A new library in a temporary folder holding the annotated briefing (and nothing else). */
export function annotatedLibrary(dir = tempDir('library')): AnnotatedLibrary {
  const library = openLibrary(dir);
  return { library, ...fillAnnotatedBriefing(library) };
}
