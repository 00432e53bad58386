import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getArticle } from '../../../electron/library/articles.ts';
import { createBriefing, getBriefing } from '../../../electron/library/briefings.ts';
import { fixtureFile, bytesFile, importer, textContentOf, FIXTURES } from '../../helpers/importer.ts';
import { solidPng } from '../../helpers/png.ts';
import { startSite } from '../../helpers/site.ts';

const harbourHtml = fs.readFileSync(path.join(FIXTURES, 'pages/harbour-report.html'));
const quayPng = solidPng(80, 45, [40, 90, 140]);
const chartPng = solidPng(64, 32, [200, 120, 30]);

function harbourSite() {
  return startSite({
    '/news/harbour?utm_source=feed': { body: harbourHtml },
    '/news/harbour': { body: harbourHtml },
    '/images/quay.png': { type: 'image/png', body: quayPng },
    '/images/chart.png': { type: 'image/png', body: chartPng },
  });
}

describe('importing a web page by its address', () => {
  it('saves the story with its metadata and its images, cached for offline reading', async () => {
    const site = await harbourSite();
    const { import: save, library } = importer();
    const outcome = await save({ kind: 'url', url: site.url('/news/harbour?utm_source=feed') });
    expect(outcome).toMatchObject({
      status: 'saved',
      title: 'Harbour authority doubles night shifts as grain backlog grows',
      byline: 'Mira Castell',
      site: 'The Coastal Ledger',
      error: null,
    });
    const article = getArticle(library.db, outcome.id!);
    expect(article.publishedAt).toBe('2026-04-14T07:30:00.000Z');
    expect(article.lang).toBe('en');
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs.slice(0, 2)).toEqual([
      'Cranes over the eastern quay at dusk.',
      expect.stringMatching(/^The harbour authority of the fictional port of Vellmar/),
    ]);
    expect(article.text).not.toMatch(/^By Mira Castell/);
    expect(article.excerpt).toMatch(/^The harbour authority of the fictional port of Vellmar/);
    expect(paragraphs.at(-1)).toMatch(/until the backlog falls below twenty ships\.$/);
    expect(article.text).not.toMatch(/Most read|All rights reserved|Search|Ferry fares/);

    const images = [...article.html.matchAll(/<img [^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(images).toHaveLength(2);
    for (const src of images) expect(src).toMatch(/^\/library-assets\/[0-9a-f]{64}\.png$/);
    const cachedFiles = fs.readdirSync(library.files.assetsDir).sort();
    expect(cachedFiles).toHaveLength(2);
    const stored = cachedFiles.map((name) => fs.readFileSync(path.join(library.files.assetsDir, name)));
    expect(stored.some((bytes) => bytes.equals(quayPng))).toBe(true);
    expect(stored.some((bytes) => bytes.equals(chartPng))).toBe(true);
    expect(library.db.prepare('SELECT count(*) FROM article_assets WHERE article_id = ?').pluck().get(outcome.id)).toBe(2);
    expect(site.requests).not.toContain('/p.gif');
  });

  it('keeps nothing that could run, load or leave: scripts, styles, frames, forms, handlers, remote references', async () => {
    const site = await harbourSite();
    const { import: save, library } = importer();
    const { id } = await save({ kind: 'url', url: site.url('/news/harbour') });
    const { html } = getArticle(library.db, id!);
    expect(html).not.toMatch(/<(script|style|iframe|form|object|embed|input|button|link|meta)\b/i);
    expect(html).not.toMatch(/\bon[a-z]+=/i);
    expect(html).not.toMatch(/javascript:|tracker\.example|ads\.example|data:/i);
    expect(html).not.toMatch(/src="https?:/);
    for (const link of html.match(/<a [^>]*>/g) ?? []) expect(link).toContain('rel="noopener noreferrer"');
    expect(html).toContain(`href="${site.origin}/grain-terminal"`);
  });

  it('stores HTML whose text content is exactly the plain text that highlights anchor into', async () => {
    const site = await harbourSite();
    const { import: save, library } = importer();
    const { id } = await save({ kind: 'url', url: site.url('/news/harbour') });
    const article = getArticle(library.db, id!);
    expect(textContentOf(article.html)).toBe(article.text);
    expect(article.text).not.toMatch(/ {2}|\n{3}|^\s|\s$/);
  });

  it('reports the same page again as already saved, even with tracking parameters or a fragment', async () => {
    const site = await harbourSite();
    const { import: save, snapshot } = importer();
    const first = await save({ kind: 'url', url: site.url('/news/harbour') });
    const before = snapshot();
    const again = await save({ kind: 'url', url: site.url('/news/harbour?utm_source=feed#comments') });
    expect(again).toMatchObject({ status: 'duplicate', id: first.id, error: `Already saved as article ${first.id}.` });
    expect(snapshot()).toEqual(before);
  });

  it('adds a duplicate to the briefing it was imported into, without copying it', async () => {
    const site = await harbourSite();
    const { import: save, library } = importer();
    const first = await save({ kind: 'url', url: site.url('/news/harbour') });
    const briefing = createBriefing(library.db, 'Ports', '2026-01-01T00:00:00.000Z');
    await save({ kind: 'url', url: site.url('/news/harbour') }, briefing.id);
    expect(getBriefing(library.db, briefing.id).articles.map((a) => a.id)).toEqual([first.id]);
  });

  it('follows redirects, but not more than five', async () => {
    const redirect = (to: string) => ({ status: 302, headers: { location: to }, body: '' });
    const site = await startSite({
      '/a': redirect('/b'),
      '/b': redirect('/news/harbour'),
      '/news/harbour': { body: harbourHtml },
      '/loop1': redirect('/loop2'),
      '/loop2': redirect('/loop3'),
      '/loop3': redirect('/loop4'),
      '/loop4': redirect('/loop5'),
      '/loop5': redirect('/loop6'),
      '/loop6': redirect('/loop1'),
      '/to-file': redirect('file:///etc/passwd'),
    });
    const { import: save } = importer();
    expect(await save({ kind: 'url', url: site.url('/a') })).toMatchObject({ status: 'saved' });
    expect(await save({ kind: 'url', url: site.url('/loop1') })).toMatchObject({ status: 'error', error: 'The address redirected more than 5 times.' });
    expect(await save({ kind: 'url', url: site.url('/to-file') })).toMatchObject({ status: 'error', error: expect.stringMatching(/not file: addresses/) });
  });

  it('reads the character set from the HTTP header when the page does not say it', async () => {
    const turkish = fs.readFileSync(path.join(FIXTURES, 'pages/turkish-windows-1254.html')).toString('latin1').replace(/<meta charset="windows-1254">/, '');
    const site = await startSite({ '/haber': { type: 'text/html; charset=windows-1254', body: Buffer.from(turkish, 'latin1') } });
    const { import: save, library } = importer();
    const { id } = await save({ kind: 'url', url: site.url('/haber') });
    expect(getArticle(library.db, id!).text).toMatch(/Şükrü Işıkçı/);
  });
});

describe('importing files', () => {
  it('imports a saved page; its relative images cannot be fetched, so each is counted and leaves a placeholder', async () => {
    const { import: save, library } = importer();
    const outcome = await save(fixtureFile('pages/harbour-report.html'));
    expect(outcome).toMatchObject({ status: 'saved', input: 'harbour-report.html', byline: 'Mira Castell', imagesNotSaved: 2 });
    const article = getArticle(library.db, outcome.id!);
    expect(article.url).toBeNull();
    expect(article.html.match(/<img [^>]*>/g)).toEqual([
      expect.stringMatching(/^<img alt="Image not saved: Cranes over the eastern quay at dusk" title="[^"]+">$/),
      expect.stringMatching(/^<img alt="Image not saved: Ships waiting, January to April" title="[^"]+">$/),
    ]);
    expect(fs.readdirSync(library.files.assetsDir)).toEqual([]);
  });

  it.each([
    ['pages/turkish-windows-1254.html', 'windows-1254'],
    ['pages/turkish-iso-8859-9.html', 'iso-8859-9'],
  ])('reads a Turkish page in %s', async (file) => {
    const { import: save, library } = importer();
    const outcome = await save(fixtureFile(file));
    expect(outcome.title).toBe('Liman idaresi gece vardiyalarını artırıyor');
    const { text, lang } = getArticle(library.db, outcome.id!);
    expect(text).toMatch(/Kurgusal Değirmenköy limanının idaresi/);
    expect(text).toMatch(/Işıl Güneş/);
    expect(lang).toBe('tr');
  });

  it('reads a right-to-left page right to left', async () => {
    const { import: save, library } = importer();
    const outcome = await save(fixtureFile('pages/hebrew.html'));
    const article = getArticle(library.db, outcome.id!);
    expect(article).toMatchObject({ dir: 'rtl', lang: 'he' });
    expect(article.text).toMatch(/^המועצה האזורית של העיר הבדויה נווה ים/);
  });

  it('keeps an Arabic page’s byline line ("بقلم …") out of the story and the excerpt, as "By …" is', async () => {
    const { import: save, library } = importer();
    const story = [
      'أعادت بلدية ميناء الرمال صباح الأحد فتح سوق السمك القديم بعد أعمال ترميم استمرت عامين، وقالت إن السوق سيستقبل الصيادين يوميا من الفجر حتى الظهر.',
      'وقال مدير السوق فادي النجار إن الأكشاك الجديدة مبردة بالكامل، وإن الصيادين لن يضطروا بعد الآن إلى بيع صيدهم على الرصيف في حر الصيف.',
    ];
    const page = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="author" content="سلمى الحداد">
      <title>سوق السمك في ميناء الرمال يعود إلى العمل</title></head><body><article><h1>سوق السمك في ميناء الرمال يعود إلى العمل</h1>
      <p>\u200fبقلم سلمى الحداد</p>${story.map((paragraph) => `<p>${paragraph}</p>`).join('')}</article></body></html>`;
    const outcome = await save(bytesFile('souq.html', page));
    const article = getArticle(library.db, outcome.id!);
    expect(article).toMatchObject({ byline: 'سلمى الحداد', excerpt: story[0] });
    expect(article.text.split('\n\n')).toEqual(story);
  });

  it.each([
    ['By Ana Ruiz', 'en', 'ltr', 'Ana Ruiz', 'Throughput at the five main ports rose in the third quarter, according to figures released by the ports association on Monday.'],
    ['بقلم سلمى الحداد', 'ar', 'rtl', 'سلمى الحداد', 'ارتفعت صادرات الحبوب عبر موانئ البحر الأحمر للشهر الثالث على التوالي في أكتوبر، بعد أن عادت شركات التأمين إلى السوق.'],
    ['מאת דנה לוי', 'he', 'rtl', 'דנה לוי', 'המועצה האזורית החליטה ביום שני לפתוח מחדש את הנמל לאחר שבוע של סגירה בגלל הסערה, והספינות ייכנסו בימים הקרובים.'],
  ])('reads a saved page’s byline line "%s" as its byline when the markup names no author', async (bylineLine, lang, dir, byline, paragraph) => {
    const { import: save, library } = importer();
    const story = [paragraph, paragraph.replace(/\.$/u, ' 2.'), paragraph.replace(/\.$/u, ' 3.')];
    const page = `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>Port figures</title></head><body>
      <article><h1>Port figures</h1><p>${bylineLine}</p>${story.map((text) => `<p>${text}</p>`).join('')}</article></body></html>`;
    const article = getArticle(library.db, (await save(bytesFile('page.html', page))).id!);
    expect(article).toMatchObject({ byline, excerpt: story[0] });
    expect(article.text.split('\n\n')).toEqual(story);
  });

  it('keeps a first paragraph that only opens with "By" in the story', async () => {
    const { import: save, library } = importer();
    const story = [
      'By Monday the port had reopened, and the ships waiting at anchor began to come in one by one through the night.',
      'Port officials said the backlog would clear by the end of the week if the weather held and the pilots worked double shifts.',
    ];
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port reopens</title></head><body>
      <article><h1>Port reopens</h1>${story.map((text) => `<p>${text}</p>`).join('')}</article></body></html>`;
    const article = getArticle(library.db, (await save(bytesFile('page.html', page))).id!);
    expect(article.byline).toBeNull();
    expect(article.text.split('\n\n')).toEqual(story);
  });

  it.each([
    ['ar', 'rtl', 'الميناء يستأنف العمل بعد العاصفة - صحيفة الساحل', 'حركة الشحن تعود إلى ميناء الرمال بعد أسبوع من الإغلاق', 'قال مسؤولون في الميناء إن حركة الشحن عادت تدريجيا بعد أسبوع من الإغلاق بسبب العاصفة، وإن السفن المنتظرة في المرسى ستدخل خلال الأيام المقبلة.'],
    ['en', 'ltr', 'Port reopens after storm | Coast Daily', 'Shipping returns to Sand Harbour a week after the closure', 'Port officials said shipping had gradually resumed a week after the storm closed the harbour, and that ships at anchor would come in over the coming days.'],
  ])('names a saved %s page by the headline printed on it, not its window title, and prints that headline once', async (lang, dir, windowTitle, headline, paragraph) => {
    const { import: save, library } = importer();
    const story = [paragraph, paragraph.replace(/\.$/u, ' 2.'), paragraph.replace(/\.$/u, ' 3.')];
    const page = `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>${windowTitle}</title></head><body>
      <article><h1>${headline}</h1>${story.map((text) => `<p>${text}</p>`).join('')}</article></body></html>`;
    const article = getArticle(library.db, (await save(bytesFile('page.html', page))).id!);
    expect(article.title).toBe(headline);
    expect(article.text.split('\n\n')).toEqual(story);
  });

  it('names a saved page by its headline as printed when the window title words it after a kicker ("Analysis: the …")', async () => {
    const { import: save, library } = importer();
    const paragraph = 'Ships waiting at anchor fell from thirty to twelve over the week, the port authority said, as extra pilots and a second night shift cleared the berths.';
    const story = [paragraph, paragraph.replace(/\.$/u, ' 2.'), paragraph.replace(/\.$/u, ' 3.')];
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Analysis: the port’s winter backlog is easing</title></head><body>
      <article><h1>The Port’s Winter Backlog Is Easing</h1>${story.map((text) => `<p>${text}</p>`).join('')}</article></body></html>`;
    const article = getArticle(library.db, (await save(bytesFile('page.html', page))).id!);
    expect(article.title).toBe('The Port’s Winter Backlog Is Easing');
    expect(article.text.split('\n\n')).toEqual(story);
  });

  it('makes sense of malformed HTML', async () => {
    const { import: save, library } = importer();
    const outcome = await save(fixtureFile('pages/malformed.html'));
    expect(outcome.status).toBe('saved');
    const { text, html } = getArticle(library.db, outcome.id!);
    expect(text).toMatch(/agreed on Friday a shared winter timetable/);
    expect(text).toMatch(/first figures on passenger numbers are in\.$/);
    expect(textContentOf(html)).toBe(text);
  });

  it('imports Markdown with its front matter', async () => {
    const markdown = [
      '---',
      'title: Notes on the winter timetable',
      'author: Desk Analyst',
      'date: 2026-02-03',
      '---',
      '# Notes on the winter timetable',
      '',
      'The operators agreed a **shared** timetable; see [the council note](https://council.example/note).',
      '',
      '- one crossing a day',
      '- extra sailings on market days',
      '',
      '<script>alert(1)</script> Raw HTML stays text.',
    ].join('\n');
    const { import: save, library } = importer();
    const outcome = await save(bytesFile('timetable.md', markdown));
    expect(outcome).toMatchObject({ status: 'saved', title: 'Notes on the winter timetable', byline: 'Desk Analyst' });
    const article = getArticle(library.db, outcome.id!);
    expect(article.publishedAt).toBe('2026-02-03T00:00:00.000Z');
    expect(article.html).toContain('<strong>shared</strong>');
    expect(article.html).not.toContain('<script');
    expect(article.text.split('\n\n')).toEqual([
      'The operators agreed a shared timetable; see the council note.',
      'one crossing a day',
      'extra sailings on market days',
      '<script>alert(1)</script> Raw HTML stays text.',
    ]);
  });
});

describe('pasting a copy of a page by several authors', () => {
  /** An invented page copy: its headline, a byline naming the authors, a date line and the story. */
  function copyBy(headline: string, bylineLine: string, dateLine: string, story: readonly string[]): string {
    return [headline, bylineLine, dateLine, ...story].join('\n\n');
  }

  it.each([
    [
      'Arabic',
      copyBy('أسواق القمح تترقب موسم الحصاد في الشمال', 'بقلم سلمى الحداد ونادية فرح وكريم منصور', '12 مارس 2026', [
        'قالت وزارة الزراعة يوم الثلاثاء إن مخزون القمح في الموانئ الشمالية يكفي لثلاثة أشهر، وإن الحصاد المقبل سيبدأ في منتصف أيار إذا استمرت الأمطار على حالها.',
        'وأضاف المتحدث باسم الوزارة أن الأسعار في الأسواق المحلية استقرت بعد ارتفاع دام أسبوعين، وأن التجار يتوقعون انخفاضا طفيفا مع وصول الشحنات الجديدة من الخارج.',
        'ويرى محللون أن هذه الخطوات قد تخفف الضغط على الموانئ، لكنهم حذروا من أن موسم الأمطار قد يؤخر وصول الشاحنات إلى المستودعات في الأسابيع المقبلة.',
      ]),
      'سلمى الحداد ونادية فرح وكريم منصور',
    ],
    [
      'French',
      copyBy('Le port de Vellmar rouvre son marché aux poissons', 'Par Claire Dubois et Marc Lefèvre', '12 mars 2026', [
        "La mairie de Vellmar a rouvert dimanche matin le vieux marché aux poissons après deux ans de travaux, et les pêcheurs pourront y vendre chaque jour de l'aube jusqu'à midi.",
        "Selon le directeur du marché, les nouveaux étals sont entièrement réfrigérés, et les pêcheurs n'auront plus à vendre leur prise sur le quai pendant les chaleurs de l'été.",
        'Quelques habitants craignent le bruit et la circulation dans le quartier, mais la mairie promet que les travaux se feront de jour et en accord avec le comité local.',
      ]),
      'Claire Dubois et Marc Lefèvre',
    ],
    [
      'English',
      copyBy('Vellmar reopens its old fish market', 'By Clara Dawson and Mark Lever', 'March 12, 2026', [
        'The town of Vellmar reopened its old fish market on Sunday morning after two years of works, and fishers may sell there every day from dawn until noon.',
        'The market director said the new stalls are fully refrigerated, so fishers will no longer have to sell their catch on the quay in the summer heat.',
        'Some residents fear noise and traffic in the neighbourhood, but the town promises the works will happen by day and in agreement with the local committee.',
      ]),
      'Clara Dawson and Mark Lever',
    ],
  ])('names the co-authors of a copy in %s joined in that language', async (_language, text, byline) => {
    const { import: save, library } = importer();
    const outcome = await save({ kind: 'text', text });
    expect(outcome).toMatchObject({ status: 'saved', byline });
    expect(getArticle(library.db, outcome.id!).byline).toBe(byline);
  });
});

describe('bad input: a clear error, nothing stored', () => {
  const invalidUtf8 = Buffer.concat([Buffer.from('<html><body><p>Caf'), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from(' is here.</p></body></html>')]);
  const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256));

  it.each([
    ['an empty file', bytesFile('empty.html', ''), /empty\.html is empty/],
    ['a binary file named .html', bytesFile('photo.html', binary), /photo\.html is not text: it looks like a binary file/],
    ['invalid UTF-8', bytesFile('broken.html', invalidUtf8), /broken\.html is not valid UTF-8.*Save it again as UTF-8/],
    ['a page that is all navigation', fixtureFile('pages/navigation-only.html'), /No article was found in navigation-only\.html/],
    ['a PDF file', bytesFile('report.pdf', '%PDF-1.7'), /PDF import is not supported yet/],
    ['a Word file', bytesFile('memo.docx', 'PK'), /Files ending in \.docx cannot be imported/],
    ['empty pasted text', { kind: 'text' as const, text: '   \n  ' }, /The pasted text is empty/],
    ['a file: address', { kind: 'url' as const, url: 'file:///etc/passwd' }, /Only http and https addresses can be imported, not file: addresses/],
    ['a javascript: address', { kind: 'url' as const, url: 'javascript:alert(1)' }, /not javascript: addresses/],
    ['a data: address', { kind: 'url' as const, url: 'data:text/html,<p>hi</p>' }, /not data: addresses/],
    ['an ftp: address', { kind: 'url' as const, url: 'ftp://files.example/report.html' }, /not ftp: addresses/],
    ['text that is not an address', { kind: 'url' as const, url: 'harbour report' }, /is not a web address/],
  ])('%s', async (_label, item, message) => {
    const { import: save, snapshot } = importer();
    const before = snapshot();
    const outcome = await save(item);
    expect(outcome).toMatchObject({ status: 'error', id: null });
    expect(outcome.error).toMatch(message);
    expect(snapshot()).toEqual(before);
  });

  it.each([
    ['a missing page', { status: 404, body: 'gone' }, /The page was not found \(HTTP 404\)/],
    ['a server error', { status: 500, body: 'oops' }, /The site had an error \(HTTP 500\)\. Try again later\./],
    ['a PDF', { type: 'application/pdf', body: '%PDF-1.7' }, /PDF import is not supported yet/],
    ['an image', { type: 'image/png', body: quayPng }, /returned image\/png, not a web page/],
  ])('an address that returns %s', async (_label, route, message) => {
    const site = await startSite({ '/page': route });
    const { import: save, snapshot } = importer();
    const before = snapshot();
    expect((await save({ kind: 'url', url: site.url('/page') })).error).toMatch(message);
    expect(snapshot()).toEqual(before);
  });

  it('an unreachable host', async () => {
    const site = await startSite({});
    const closedPort = Number(new URL(site.origin).port);
    const { import: save } = importer();
    const outcome = await save({ kind: 'url', url: `http://127.0.0.1:${closedPort === 65535 ? 1 : closedPort + 1}/page` });
    expect(outcome.error).toMatch(/refused the connection|could not be reached/);
  });

  it('a page that never answers, stopped at the time limit', async () => {
    const site = await startSite({ '/slow': () => undefined });
    const { import: save, snapshot } = importer({ timeoutMs: 300 });
    const before = snapshot();
    expect((await save({ kind: 'url', url: site.url('/slow') })).error).toMatch(/did not answer within 0\.3 seconds/);
    expect(snapshot()).toEqual(before);
  });

  it('a page larger than 15 MB, stopped while it streams', async () => {
    const site = await startSite({
      '/huge': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        const block = Buffer.alloc(1024 * 1024, 'a');
        let sent = 0;
        const send = () => {
          while (sent < 20 && res.write(block)) sent++;
          if (sent < 20) res.once('drain', send);
          else res.end();
        };
        send();
      },
    });
    const { import: save } = importer();
    expect((await save({ kind: 'url', url: site.url('/huge') })).error).toBe('The page is larger than 15 MB.');
  });
});

describe('a batch', () => {
  it('goes on past a bad item, reports progress after each, and returns one outcome per input', async () => {
    const site = await harbourSite();
    const { runner } = importer();
    const progress: string[] = [];
    const outcomes = await runner.run(
      {
        batchId: 'batch-0001',
        items: [{ kind: 'url', url: 'ftp://x.example/a' }, { kind: 'url', url: site.url('/news/harbour') }, fixtureFile('pages/hebrew.html')],
      },
      (p) => progress.push(`${p.done}/${p.total} ${p.outcome.status}`),
    );
    expect(outcomes.map((o) => o.status)).toEqual(['error', 'saved', 'saved']);
    expect(progress).toEqual(['1/3 error', '2/3 saved', '3/3 saved']);
  });

  it('can be cancelled: the rest is left out and nothing half-made is stored', async () => {
    const site = await startSite({ '/slow': () => undefined });
    const { runner, snapshot } = importer({ timeoutMs: 5000 });
    const before = snapshot();
    const running = runner.run(
      { batchId: 'batch-0002', items: [{ kind: 'url', url: site.url('/slow') }, fixtureFile('pages/hebrew.html')] },
      () => undefined,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(runner.cancel('batch-0002')).toBe(true);
    expect((await running).map((o) => o.status)).toEqual(['cancelled', 'cancelled']);
    expect(snapshot()).toEqual(before);
    expect(runner.cancel('batch-0002')).toBe(false);
  });
});
