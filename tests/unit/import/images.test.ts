import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMAGE_NOT_SAVED, IMAGE_NOT_SAVED_REASON } from '../../../shared/assets.ts';
import { libraryAssetReader } from '../../../electron/export/asset-reader.ts';
import { loadBriefingDocument } from '../../../electron/export/briefing-document.ts';
import { briefingToHtml } from '../../../electron/export/html.ts';
import { briefingToMarkdown } from '../../../electron/export/markdown.ts';
import { getArticle } from '../../../electron/library/articles.ts';
import { addToBriefing, createBriefing } from '../../../electron/library/briefings.ts';
import { decodeDataImage } from '../../../electron/import/images.ts';
import { bytesFile, importer, textContentOf } from '../../helpers/importer.ts';
import { solidPng } from '../../helpers/png.ts';
import { startSite } from '../../helpers/site.ts';

const NOW = '2026-12-01T09:00:00.000Z';
const mapPng = solidPng(60, 40, [30, 110, 70]);
const dataUrl = (mime: string, bytes: Uint8Array) => `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`;

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the ferry operator's winter timetable notice: the northern crossing keeps two sailings a day while the breakwater is repaired, and the late boat waits for the mainland train.</p>`;

/** A page saved with its images inline (as "Save page as…, single file" does), some of which cannot be kept. */
function savedPage(images: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry timetable cut for the winter</title></head>
<body><article><h1>Ferry timetable cut for the winter</h1>${paragraph(1)}${images}${paragraph(2)}${paragraph(3)}</article></body></html>`;
}

const imgTags = (html: string) => html.match(/<img\b[^>]*>/g) ?? [];

describe('images a saved page carries inline (data: addresses)', () => {
  it('keeps a valid inline image as a cached asset, like a fetched one, and reads offline', async () => {
    const { import: save, library } = importer();
    const outcome = await save(bytesFile('ferry.html', savedPage(`<img src="${dataUrl('image/png', mapPng)}" alt="Map of the northern crossing">`)));
    expect(outcome).toMatchObject({ status: 'saved', imagesNotSaved: 0 });
    const article = getArticle(library.db, outcome.id!);
    expect(imgTags(article.html)).toEqual([expect.stringMatching(/^<img src="\/library-assets\/[0-9a-f]{64}\.png" alt="Map of the northern crossing">$/)]);
    expect(article.html).not.toMatch(/data:/);
    const [file] = fs.readdirSync(library.files.assetsDir);
    expect(fs.readFileSync(path.join(library.files.assetsDir, file!)).equals(mapPng)).toBe(true);
    expect(library.db.prepare('SELECT mime, bytes, source_url AS sourceUrl FROM article_assets WHERE article_id = ?').all(outcome.id)).toEqual([
      { mime: 'image/png', bytes: mapPng.byteLength, sourceUrl: null },
    ]);
  });

  it('counts every image it could not save and leaves a placeholder where each was, the text untouched', async () => {
    const { import: save, library } = importer();
    const page = savedPage(
      [
        `<img src="${dataUrl('image/png', mapPng)}" alt="Map of the northern crossing">`,
        `<img src="${dataUrl('image/png', Buffer.from('not a picture at all, just words'))}" alt="Timetable as a picture">`,
        `<img src="${dataUrl('image/svg+xml', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))}" alt="Company logo">`,
        '<img src="/images/breakwater.jpg" alt="">',
        `<img src="${dataUrl('image/png', solidPng(1, 1, [0, 0, 0]))}">`,
      ].join(''),
    );
    const outcome = await save(bytesFile('ferry.html', page));
    expect(outcome).toMatchObject({ status: 'saved', imagesNotSaved: 3 });
    const article = getArticle(library.db, outcome.id!);
    expect(imgTags(article.html)).toEqual([
      expect.stringMatching(/^<img src="\/library-assets\/[0-9a-f]{64}\.png"/),
      `<img alt="${IMAGE_NOT_SAVED}: Timetable as a picture" title="${IMAGE_NOT_SAVED_REASON}">`,
      `<img alt="${IMAGE_NOT_SAVED}: Company logo" title="${IMAGE_NOT_SAVED_REASON}">`,
      `<img alt="${IMAGE_NOT_SAVED}" title="${IMAGE_NOT_SAVED_REASON}">`,
    ]);
    expect(textContentOf(article.html)).toBe(article.text);
    expect(article.text).not.toMatch(/Image not saved/);
    expect(fs.readdirSync(library.files.assetsDir)).toHaveLength(1);

    // The exports keep the placeholders: the saved image inlined, the lost ones said.
    const briefing = library.transaction((db) => createBriefing(db, 'Ferries', NOW));
    library.transaction((db) => addToBriefing(db, briefing.id, outcome.id!, NOW));
    const document = library.transaction((db) => loadBriefingDocument(db, briefing.id, NOW));
    const markdown = briefingToMarkdown(document, { fullText: true });
    expect(markdown).toContain('*[Image: Map of the northern crossing]*');
    expect(markdown).toContain('*[Image not saved: Timetable as a picture]*');
    const html = briefingToHtml(document, { readAsset: libraryAssetReader(library.files.assetsDir) });
    expect(imgTags(html)).toEqual([
      expect.stringMatching(/^<img src="data:image\/png;base64,/),
      `<img alt="${IMAGE_NOT_SAVED}: Timetable as a picture" title="${IMAGE_NOT_SAVED_REASON}">`,
      `<img alt="${IMAGE_NOT_SAVED}: Company logo" title="${IMAGE_NOT_SAVED_REASON}">`,
      `<img alt="${IMAGE_NOT_SAVED}" title="${IMAGE_NOT_SAVED_REASON}">`,
    ]);
  });

  it('counts the images of a fetched page that could not be downloaded, but not its tracking pixels', async () => {
    const site = await startSite({
      '/ferry': {
        body: savedPage(
          '<img src="/img/map.png" alt="Map"><img src="/img/gone.png" alt="Pier at low tide"><img src="/img/pixel.png" width="1" height="1"><img src="/img/notice.png" alt="Notice">',
        ),
      },
      '/img/map.png': { type: 'image/png', body: mapPng },
      '/img/notice.png': { type: 'text/html', body: '<p>Not found</p>' },
    });
    const { import: save, library } = importer();
    const outcome = await save({ kind: 'url', url: site.url('/ferry') });
    expect(outcome).toMatchObject({ status: 'saved', imagesNotSaved: 2 });
    const alts = imgTags(getArticle(library.db, outcome.id!).html).map((img) => /alt="([^"]*)"/.exec(img)?.[1]);
    expect(alts).toEqual(['Map', `${IMAGE_NOT_SAVED}: Pier at low tide`, `${IMAGE_NOT_SAVED}: Notice`]);
  });
});

describe('decoding an inline image', () => {
  it.each([
    ['a PNG', dataUrl('image/png', mapPng), 'image/png'],
    ['a PNG with line breaks in its base64', `data:image/png;base64,${Buffer.from(mapPng).toString('base64').replace(/(.{20})/g, '$1\n')}`, 'image/png'],
    ['a JPEG start', dataUrl('image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16])), 'image/jpeg'],
  ])('keeps %s', (_label, url, mime) => {
    expect(decodeDataImage(url, 40 * 1024 * 1024)).toMatchObject({ mime });
  });

  it.each([
    ['bytes that are not the declared type', dataUrl('image/png', Buffer.from('GIF89a……'))],
    ['a type we do not keep', dataUrl('image/svg+xml', Buffer.from('<svg/>'))],
    ['percent-encoded (not base64) data', 'data:image/png,%89PNG'],
    ['an empty image', 'data:image/png;base64,'],
    ['an image larger than 5 MB', dataUrl('image/png', Buffer.concat([mapPng, Buffer.alloc(5 * 1024 * 1024)]))],
  ])('refuses %s', (_label, url) => {
    expect(decodeDataImage(url, 40 * 1024 * 1024)).toBeNull();
  });

  it('refuses an image larger than what is left of the article’s image budget', () => {
    expect(decodeDataImage(dataUrl('image/png', mapPng), mapPng.byteLength - 1)).toBeNull();
  });

  it('drops a pixel-sized image as a tracker rather than counting it lost', () => {
    expect(decodeDataImage(dataUrl('image/png', solidPng(1, 1, [0, 0, 0])), 1024)).toBe('tracker');
  });
});
