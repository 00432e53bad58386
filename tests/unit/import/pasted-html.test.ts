/**
 * Pastes that carry a browser's copy of a page. The fragments in
 * tests/fixtures/pasted-pages are what Chromium put on the clipboard after
 * select-all and copy on our own invented pages (the *.html beside them):
 * four site styles, four languages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../electron/import/document.ts';
import { importBatchSchema, MAX_IMPORT_BYTES } from '../../../shared/import.ts';
import { FIXTURES } from '../../helpers/importer.ts';

const PASTED = path.join(FIXTURES, 'pasted-pages');

function paste(name: string, withHtml = true) {
  const text = fs.readFileSync(path.join(PASTED, `${name}.clipboard.txt`), 'utf8');
  const html = fs.readFileSync(path.join(PASTED, `${name}.clipboard.html`), 'utf8');
  return extractDocument({ kind: 'text', source: text, baseUrl: null, label: 'pasted text', ...(withHtml ? { pastedHtml: html } : {}) });
}

interface Expected {
  name: string;
  title: string;
  byline: string;
  lang: string;
  /** The story's first and last paragraphs open with these. */
  story: string[];
  furniture: string[];
}

const PAGES: Expected[] = [
  {
    name: 'news-en',
    title: 'Port of Valdmar clears backlog as inland desk opens',
    byline: 'Mira Okafor',
    lang: 'en',
    story: ['The Port of Valdmar cleared a backlog', '“We stopped asking ships', 'The port authority will publish a full review'],
    furniture: ['Log in', 'Subscribe for', 'Home › Business', 'Share on', 'Rail freight volumes', 'Read more', 'Shipping Brief', 'Sign up', 'All rights reserved', 'Terms of use'],
  },
  {
    name: 'magazine-de',
    title: 'Die Fähre nach Nordholm fährt wieder',
    byline: 'Lena Brandt',
    lang: 'de',
    story: ['Nach fast zwei Jahren Pause', '„Für uns ist das wie ein zweiter Geburtstag', 'Kritik kommt von Umweltverbänden'],
    furniture: ['Anmelden ·', 'Startseite', 'Teilen', 'Lesen Sie auch', 'Unser Newsletter', 'Meistgelesen', 'Bahnstreik', 'Impressum'],
  },
  {
    name: 'blog-fr',
    title: 'Les vignerons de la vallée face au gel d’avril',
    byline: 'Claire Moreau',
    lang: 'fr',
    story: ['Dans la nuit du 18 au 19 avril', '« Nous perdons peut-être la moitié', 'Pour les plus jeunes exploitants'],
    furniture: ['Se connecter', 'À lire aussi', 'Partager', 'Abonnez-vous', 'Articles récents', 'Catégories', 'Propulsé par WordPress'],
  },
  {
    name: 'wire-es',
    title: 'El embalse de Sierra Alta recupera el nivel tras las lluvias de marzo',
    byline: 'Tomás Ibarra',
    lang: 'es',
    story: ['El embalse de Sierra Alta ha superado', 'Los regantes de la vega', 'Los meteorólogos esperan más lluvias'],
    furniture: ['Iniciar sesión', 'WhatsApp', 'Te puede interesar', 'Boletín diario', 'Aviso legal'],
  },
];

describe('a paste that carries a browser’s copy of the page', () => {
  it.each(PAGES)('$name: the headline, the author and the whole story, without the page around it', (page) => {
    const article = paste(page.name);
    expect(article.title).toBe(page.title);
    expect(article.byline).toBe(page.byline);
    expect(article.lang).toBe(page.lang);
    const paragraphs = article.text.split('\n').map((line) => line.trim());
    for (const opening of page.story) expect(paragraphs.some((line) => line.startsWith(opening))).toBe(true);
    for (const furniture of page.furniture) expect(article.text).not.toContain(furniture);
    // Read as a page: structure kept (paragraph elements), not rebuilt from lines.
    expect(article.html).toMatch(/^<(?:p|figure|div)/);
  });

  it('keeps a figure’s image and caption, with the absolute address the browser wrote', () => {
    const article = paste('news-en');
    expect(article.images).toEqual(['https://img.coastal-ledger.example/valdmar-quay.jpg']);
    expect(article.html).toContain('<figcaption>');
  });

  it('reads the same copy without its structure with the plain-text cleaner, as before', () => {
    const article = paste('news-en', false);
    expect(article.title).toBe('Port of Valdmar clears backlog as inland desk opens');
    expect(article.images).toEqual([]);
  });
});

const STORY = Array.from(
  { length: 6 },
  (_, i) => `Paragraph ${i + 1}: the harbour office said ships queued for fewer days after the inspection desk moved inland this spring.`,
);
const plainCopy = ['Harbour desk moves inland', '', ...STORY.flatMap((line) => [line, ''])].join('\n');

describe('structure that does not read as the story falls back to the plain-text cleaner', () => {
  const read = (pastedHtml: string) => extractDocument({ kind: 'text', source: plainCopy, baseUrl: null, label: 'pasted text', pastedHtml });
  const plain = extractDocument({ kind: 'text', source: plainCopy, baseUrl: null, label: 'pasted text' });

  it('a word processor’s copy: styled paragraphs, no heading', () => {
    const html = `<html><body>${['Harbour desk moves inland', ...STORY].map((line) => `<p class="MsoNormal"><span style="font-size:11pt">${line}</span></p>`).join('')}</body></html>`;
    expect(read(html)).toEqual(plain);
  });

  it('a copy whose HTML holds far more text than the person saw (a viewer that copies the whole document)', () => {
    const unseen = Array.from({ length: 30 }, (_, i) => `<p>Appendix ${i + 1}: tonnage tables for every berth, quay and crane, listed by month and by shipping line.</p>`);
    expect(read(`<h1>Harbour desk moves inland</h1>${STORY.map((line) => `<p>${line}</p>`).join('')}${unseen.join('')}`)).toEqual(plain);
  });

  it('HTML with no story in it at all', () => {
    expect(read('<ul><li><a href="https://a.example/">Home</a></li></ul>')).toEqual(plain);
  });
});

describe('the copied structure is untrusted', () => {
  it('goes through the sanitizer: no scripts, handlers or relative addresses survive', () => {
    const html = `<h1>Harbour desk moves inland</h1><script>window.stolen = 1</script>${STORY.map(
      (line, i) => `<p onclick="steal()">${line} <a href="/relative/${i}">more</a> <a href="javascript:steal()">x</a></p>`,
    ).join('')}<img src="/images/relative.png" onerror="steal()" width="300" height="200"><iframe src="https://evil.example/"></iframe>`;
    const article = extractDocument({ kind: 'text', source: plainCopy, baseUrl: null, label: 'pasted text', pastedHtml: html });
    expect(article.title).toBe('Harbour desk moves inland');
    expect(article.html).not.toMatch(/script|onclick|onerror|javascript:|iframe|relative/i);
    expect(article.images.every((image) => image === '')).toBe(true);
  });

  it('is refused by the contract over the import size limit, saying so', () => {
    const parsed = importBatchSchema.safeParse({
      batchId: 'paste-1234',
      items: [{ kind: 'text', text: plainCopy, html: 'x'.repeat(MAX_IMPORT_BYTES + 1) }],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/copied page structure .* longer than 15 MB/);
  });
});
