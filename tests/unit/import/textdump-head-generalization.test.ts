/**
 * Whether the cleaner's rules for the head of a copy (headline, deck, byline,
 * what sits above the story) hold on small invented copies in other languages
 * and site styles than the development copy each rule was written for: a rule
 * that only works on the copy it came from does not belong in the cleaner.
 */
import { describe, expect, it } from 'vitest';
import { parseByline } from '../../../shared/textdump/byline.ts';
import { cleanTextDump, type CleanedDump } from '../../../shared/textdump/clean.ts';
import { RULES_ONLY } from '../../../shared/textdump/learned.ts';
import { findDate } from '../../../shared/textdump/dates.ts';
import { readMetaLine } from '../../../shared/textdump/meta.ts';

/** Cleans with the learned weights, or with the hand-set rules alone when `rulesOnly`. */
function clean(lines: readonly string[], rulesOnly = false): CleanedDump {
  const result = cleanTextDump(lines.join('\n'), rulesOnly ? { model: RULES_ONLY } : {});
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

interface HeadCase {
  name: string;
  lines: string[];
  title: string;
  byline?: string | null;
  /** A line that must not stay in the story. */
  dropped?: string;
}

/** A headline, the longer deck right under it, the byline and date, then the story. */
const DECK_CASES: HeadCase[] = [
  {
    name: 'Spanish business daily, deck longer by words',
    lines: [
      'El Heraldo Económico',
      'Portada',
      'Empresas',
      'Energía',
      'Las eléctricas aceleran la instalación de baterías en Aragón',
      'Tres compañías presentan proyectos que suman 900 megavatios de almacenamiento junto a parques solares ya en marcha',
      'Marta Lozano',
      '3 de diciembre de 2026, 09:15',
      '',
      'Tres compañías eléctricas han presentado ante el Gobierno de Aragón proyectos de almacenamiento con baterías que suman 900 megavatios, según la documentación publicada este martes.',
      'Las baterías se instalarán junto a parques solares que ya están en marcha en las comarcas de Monegros y Cinca Medio, y permitirán vender la energía por la noche.',
      'La consejería de Industria prevé resolver los expedientes antes del verano, y las empresas calculan que las obras durarán unos dieciocho meses.',
    ],
    title: 'Las eléctricas aceleran la instalación de baterías en Aragón',
    byline: 'Marta Lozano',
  },
  {
    name: 'Turkish news site, deck with as many words but longer',
    lines: [
      'Liman Haber',
      'Gündem',
      'Ekonomi',
      'İzmir limanında konteyner trafiği rekor kırdı',
      'Kasım ayında elleçlenen konteyner sayısı geçen yılın aynı dönemine göre arttı',
      'Yazan: Elif Demirci',
      '4 Aralık 2026',
      '',
      'İzmir limanında kasım ayında elleçlenen konteyner sayısı geçen yılın aynı dönemine göre yüzde on dört artarak şirket tarihindeki en yüksek aylık düzeye ulaştı.',
      'Liman işletmesi, artışın büyük bölümünün Akdeniz hatlarında yeni başlayan seferlerden kaynaklandığını ve yoğunluğun ocak ayında da sürmesini beklediğini açıkladı.',
      'Sektör temsilcileri ise kara bağlantısındaki sıkışıklığın giderilmemesi halinde bu büyümenin kalıcı olamayacağı uyarısında bulundu.',
    ],
    title: 'İzmir limanında konteyner trafiği rekor kırdı',
    byline: 'Elif Demirci',
  },
  {
    name: 'a portal button above the headline is no headline, though the headline is longer',
    lines: [
      'Notícias Agregadas',
      'Início',
      'Economia',
      'Fonte: Jornal do Litoral',
      'Ver o artigo no site de origem',
      'Porto de Santos bate recorde de movimentação de grãos em novembro',
      'Por Ana Ribeiro',
      '2 de dezembro de 2026',
      '',
      'O porto de Santos movimentou em novembro o maior volume de grãos de sua história, puxado pelas exportações de soja e milho para a Ásia, informou a autoridade portuária.',
      'Os terminais de granéis operaram quase sem pausa durante o mês, e a fila de navios à espera de atracação chegou a trinta embarcações nos dias de maior movimento.',
      'A autoridade portuária prevê que o ritmo diminua em janeiro, quando termina a safra de milho e começam as obras de dragagem do canal.',
    ],
    title: 'Porto de Santos bate recorde de movimentação de grãos em novembro',
    byline: 'Ana Ribeiro',
  },
];

describe('the headline over its deck', () => {
  it.each(DECK_CASES)('$name', ({ lines, title, byline }) => {
    const article = clean(lines);
    expect(article.title).toBe(title);
    if (byline !== undefined) expect(article.byline).toBe(byline);
  });
});

/** A second title-and-name pair under the story's head: a reviewed book over its author, a speaker over the next speaker. */
const SECOND_HEAD_CASES: HeadCase[] = [
  {
    name: 'French book review: the book and its author under the review\'s headline and date',
    lines: [
      'La Revue des Livres',
      'Essais',
      'Romans',
      'Le sel, mémoire des côtes atlantiques',
      'Par Claire Morvan',
      '28 novembre 2026',
      'Partager',
      'Les routes du sel : marais, gabelle et marins de Guérande',
      'Par Yves Le Bihan',
      'Éditions du Ponant, 320 pages, 24 euros',
      '',
      'Il faut un certain courage pour consacrer trois cents pages au sel, et Yves Le Bihan en a davantage encore : il raconte comment une poignée de paludiers a fait vivre une région entière pendant des siècles.',
      'Le livre suit les cargaisons de Guérande jusqu\'aux ports de la Baltique, et montre comment l\'impôt sur le sel a pesé sur les familles bien plus que sur les marchands.',
      'On regrettera seulement que les cartes soient si petites, car le récit, lui, ne perd jamais le lecteur.',
    ],
    title: 'Le sel, mémoire des côtes atlantiques',
    byline: 'Claire Morvan',
  },
  {
    name: 'German event recap: a speaker line over the next speaker',
    lines: [
      'Institut für Küstenforschung',
      'Veranstaltungen',
      'Rückblick',
      'Wem gehört der Meeresboden? Seekabel und Pipelines in der Nordsee',
      'Dienstag, 24. November 2026',
      'Online und in Hamburg',
      'Podium',
      'Kapitän zur See a. D. Henrik Sander, früher Deutsche Marine',
      'Anna Vogt, Leiterin Netzsicherheit, Nordnetz',
      '',
      'Seit drei Jahren häufen sich in der Nordsee Schäden an Seekabeln und Pipelines, und die Frage, wer den Meeresboden schützt, ist längst keine technische mehr.',
      'Auf dem Podium waren sich die Gäste einig, dass Patrouillen allein nicht genügen, weil die Leitungen über Tausende Kilometer verlaufen und kein Staat sie lückenlos überwachen kann.',
      'Die Betreiber tragen bisher den größten Teil der Kosten, und sie fordern, dass Reparaturschiffe künftig gemeinsam vorgehalten werden.',
    ],
    title: 'Wem gehört der Meeresboden? Seekabel und Pipelines in der Nordsee',
  },
  {
    name: 'Italian blog post with a byline and no date: the line over the byline is the headline',
    lines: [
      'Il Taccuino del Porto',
      'Articoli',
      'Contatti',
      'Perché le gru di Voltri restano ferme di notte',
      'di Marco Ferretti',
      '',
      'Chi passa di notte davanti al terminal di Voltri vede le gru ferme, anche quando in rada aspettano tre o quattro navi portacontainer.',
      'Il motivo non è la mancanza di lavoro, ma un accordo sui turni firmato due anni fa, che limita il lavoro notturno alle sole emergenze.',
      'Il sindacato e l\'autorità portuale torneranno a discuterne a gennaio, quando scadrà l\'accordo.',
    ],
    title: 'Perché le gru di Voltri restano ferme di notte',
    byline: 'Marco Ferretti',
  },
];

/** A published-and-updated line over the headline is the date, not a headline over dated metadata. */
const RELATIVE_UPDATE_CASES: HeadCase[] = [
  {
    name: 'English regional daily: "Published … Updated about an hour ago" over the headline and a bare byline',
    lines: [
      'The Valley Courier',
      'News',
      'Sport',
      'Published March 3, 2026 Updated about an hour ago',
      'Ferry operator adds a second boat to the winter timetable',
      'Joan Pell',
      'Harwick',
      'Share',
      '12',
      'Comments',
      '4',
      '',
      'HARWICK: The island ferry will run a second boat through the winter for the first time, the operator said on Tuesday, after complaints about crowded morning crossings.',
      'The extra sailings start next month and will be reviewed in April, when passenger numbers usually rise again.',
      'Commuters said the single boat had left people behind on the quay on at least six mornings since October.',
    ],
    title: 'Ferry operator adds a second boat to the winter timetable',
  },
];

describe('a date line with a relative update time over the headline', () => {
  it.each(RELATIVE_UPDATE_CASES)('$name', ({ lines, title }) => {
    expect(clean(lines).title).toBe(title);
  });

  it.each(['Published 3 March 2026 Updated about 3 hours ago', 'Posted March 3, 2026 Updated around 20 minutes ago', 'Published March 3, 2026 Updated nearly a week ago'])(
    'reads "%s" as a metadata line',
    (text) => {
      expect(readMetaLine(text, (value) => value.toLowerCase(), { dayFirst: false })?.date?.iso).toBe('2026-03-03');
    },
  );
});

describe('the story\'s head over a second title-and-name pair', () => {
  it.each(SECOND_HEAD_CASES)('$name', ({ lines, title, byline }) => {
    const article = clean(lines);
    expect(article.title).toBe(title);
    if (byline !== undefined) expect(article.byline).toBe(byline);
  });
});

/** Mail archives: the subject over the sender (with an address) and a date as Unix tools print it. */
const MAIL_ARCHIVE_CASES: HeadCase[] = [
  {
    name: 'French list archive, sender with an address in brackets',
    lines: [
      '[Velo-Nantes] Compte rendu de la réunion sur les pistes du quai de la Fosse',
      'Jeanne Martin <jeanne.martin@velonantes.example.fr>',
      'Mon Nov 30 18:02:11 CET 2026',
      'Message précédent : [Velo-Nantes] Sortie du dimanche',
      'Message suivant : [Velo-Nantes] Re: Compte rendu de la réunion sur les pistes du quai de la Fosse',
      '',
      'Bonjour à tous,',
      '',
      'Voici le compte rendu de la réunion de jeudi avec les services de la métropole sur les pistes cyclables du quai de la Fosse.',
      'La métropole confirme que la piste bidirectionnelle sera prolongée jusqu\'à la gare maritime avant l\'été, et que les travaux se feront de nuit pour ne pas couper la circulation des tramways.',
      'Nous avons demandé un éclairage continu sur toute la longueur et des bordures plus hautes devant les terrasses ; la réponse est attendue pour la fin janvier.',
      '',
      'Jeanne',
    ],
    title: '[Velo-Nantes] Compte rendu de la réunion sur les pistes du quai de la Fosse',
    byline: 'Jeanne Martin',
  },
  {
    name: 'English list archive, address hidden as "at", date with a zone',
    lines: [
      '[Allotments] Water troughs on the east plots switched off for winter',
      'Peter Lowe peter.lowe at allotments.example.org',
      'Sat Nov 28 08:15:40 GMT 2026',
      'Previous message (by thread): [Allotments] Seed swap in March',
      'Next message (by thread): [Allotments] Re: Water troughs on the east plots switched off for winter',
      '',
      'The committee has switched off the water troughs on the east plots for the winter, a week earlier than usual because of the forecast frost.',
      'If you need water for anything urgent, the tap by the shed stays on until the first hard frost, and the key is with the site secretary as usual.',
      'The troughs will be turned back on in the first week of March, once the pipes have been checked for cracks.',
    ],
    title: '[Allotments] Water troughs on the east plots switched off for winter',
    byline: 'Peter Lowe',
  },
];

describe('a mail archive\'s head', () => {
  it.each(MAIL_ARCHIVE_CASES)('$name', ({ lines, title, byline }) => {
    const article = clean(lines);
    expect(article.title).toBe(title);
    expect(article.byline).toBe(byline);
  });

  it.each([
    ['Thu Dec 3 09:41:22 UTC 2026', '2026-12-03T09:41:22Z'],
    ['Mon Nov 30 18:02:11 CET 2026', '2026-11-30T18:02:11+01:00'],
    ['Date:   Tue Dec 1 10:00:00 2026 +0100', '2026-12-01T10:00:00+01:00'],
  ])('reads the date in "%s"', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it.each([
    ['Jeanne Martin <jeanne.martin@velonantes.example.fr>', 'Jeanne Martin'],
    ['Peter Lowe peter.lowe at allotments.example.org', 'Peter Lowe'],
    ['Anna Berg (anna [at] example.se)', 'Anna Berg'],
    ['佐藤美咲 記者 m.sato@kaiko.example.jp', '佐藤美咲'],
    ['김민지 기자 minji.kim@haean.example.kr', '김민지'],
  ])('reads the sender or reporter in "%s"', (text, name) => {
    expect(parseByline(text)?.names).toEqual([name]);
  });
});

/** A picture's caption under the byline and date, with its credit after a label in the page's language. */
const CAPTION_CREDIT_CASES: HeadCase[] = [
  {
    name: 'Czech regional daily, a visualisation credit',
    lines: [
      'Jihočeský deník',
      'Zprávy',
      'Kraj',
      'Nová lávka přes Vltavu v Českých Budějovicích. Město má povolení',
      'Petra Horáková',
      '04.12.2026 09:45',
      'Takto má vypadat nová lávka. Vizualizace: Magistrát města České Budějovice',
      '',
      'České Budějovice získaly stavební povolení pro lávku pro pěší a cyklisty, která má spojit sídliště Máj s levým břehem Vltavy.',
      'Lávka bude dlouhá zhruba 180 metrů a bude stát na dvou pilířích v řece. Stavba by měla začít na jaře a potrvá asi dva roky.',
      'Náklady se odhadují na 140 milionů korun a město počítá s dotací z evropských fondů, která by mohla pokrýt polovinu.',
    ],
    title: 'Nová lávka přes Vltavu v Českých Budějovicích. Město má povolení',
    byline: 'Petra Horáková',
    dropped: 'Takto má vypadat nová lávka. Vizualizace: Magistrát města České Budějovice',
  },
  {
    name: 'Spanish city paper, a rendering credit',
    lines: [
      'Diario de Zaragoza',
      'Ciudad',
      'El nuevo puente sobre el Ebro tendrá carril bici y mirador',
      'Luis Gracia',
      '4 de diciembre de 2026',
      'Así será el puente a su paso por el Actur. Visualización: Ayuntamiento de Zaragoza',
      '',
      'El Ayuntamiento de Zaragoza ha aprobado el proyecto del nuevo puente sobre el Ebro, que unirá el barrio del Actur con la ribera izquierda y tendrá un carril bici separado del tráfico.',
      'El puente medirá unos 240 metros y contará con un mirador en su punto central, desde el que se podrá ver la basílica del Pilar.',
      'Las obras comenzarán el próximo otoño y durarán unos dos años, según el calendario municipal.',
    ],
    title: 'El nuevo puente sobre el Ebro tendrá carril bici y mirador',
    byline: 'Luis Gracia',
    dropped: 'Así será el puente a su paso por el Actur. Visualización: Ayuntamiento de Zaragoza',
  },
];

describe('a caption with its credit under the byline', () => {
  it.each(CAPTION_CREDIT_CASES)('$name', ({ lines, title, byline, dropped }) => {
    const article = clean(lines);
    expect(article.title).toBe(title);
    expect(article.byline).toBe(byline);
    expect(article.paragraphs).not.toContain(dropped);
  });
});

describe('bylines in more forms', () => {
  it.each([
    ['Shared by Aoife Brennan', 'Aoife Brennan'],
    ['نویسنده: علی رضایی', 'علی رضایی'],
    ['خبرنگار: سارا کریمی', 'سارا کریمی'],
  ])('reads "%s"', (text, name) => {
    expect(parseByline(text)?.names).toEqual([name]);
  });

  it.each(['Author: Press Office', 'Autor: Pressestelle', 'Auteur : Service de presse', 'Autore: Ufficio stampa'])('reads no person in "%s"', (text) => {
    expect(parseByline(text)).toBeNull();
  });

  it.each([
    ['Reporter: Rahmat Hidayat | Editor: Dewi Kartika | Kameramen: Yoga Pratama', 'Rahmat Hidayat'],
    ['Texto: Lucía Gómez | Fotos: Diego Ruiz | Edición: Marta Pons', 'Lucía Gómez'],
    ['Penulis: Sari Wulandari · Editor: Budi Santoso · 4 Desember 2026', 'Sari Wulandari'],
  ])('reads the writer from a row of credits: "%s"', (text, name) => {
    expect(readMetaLine(text, (line) => line.toLowerCase(), { dayFirst: true })?.byline?.names).toEqual([name]);
  });

  it('keeps a credit row without a writer\'s label from being read as a byline', () => {
    expect(readMetaLine('Editor: Dewi Kartika | Kameramen: Yoga Pratama', (line) => line.toLowerCase(), { dayFirst: true })).toBeNull();
  });

  it('does not take a video button beside the date for the author', () => {
    const article = clean([
      'Kanal Berita Nusantara',
      'Berita',
      'Jembatan gantung baru di Kapuas Hulu mulai dibuka untuk warga',
      'Penulis: Sari Wulandari | Editor: Budi Santoso',
      'Jumat, 5 Desember 2026 | 10:20 WIB',
      'Putar Video',
      '',
      'Jembatan gantung sepanjang 120 meter yang menghubungkan dua desa di Kapuas Hulu mulai dibuka untuk warga pada Jumat pagi setelah dibangun selama delapan bulan.',
      'Sebelumnya warga harus menyeberang sungai dengan perahu kecil, yang berbahaya saat air sedang tinggi pada musim hujan.',
      'Pemerintah kabupaten berencana membangun dua jembatan serupa di kecamatan lain pada tahun depan.',
    ]);
    expect(article.byline).toBe('Sari Wulandari');
  });
});

describe('a blog title that names little of the post, over a longer entry-meta line', () => {
  it('keeps the title, not the meta line under it', () => {
    const article = clean([
      'Bohnen & Beete',
      'Ein kleiner Gartenblog vom Stadtrand',
      'Startseite',
      'Was mich der Schrebergarten über Geduld gelehrt hat',
      'Veröffentlicht am 2. Oktober 2026 von Hanna Berg 7 Kommentare',
      '',
      'Als ich vor drei Wintern die Parzelle 14 übernahm, bestand sie vor allem aus Quecke und einer rostigen Badewanne, die jemand dort vergessen hatte.',
      'Ich wollte alles auf einmal: Hochbeete, einen Obstkäfig und eine Laube mit einer kleinen Veranda, auf der ich abends Tee trinken könnte.',
      'Der Boden hatte andere Pläne, und es dauerte zwei Jahre Mulchen, bis der Spaten ohne Mühe hineinging.',
    ]);
    expect(article.title).toBe('Was mich der Schrebergarten über Geduld gelehrt hat');
  });
});

/** A press-release wire: the headline and its subtitle, then the issuing company's name over the date. */
const ISSUER_CASES: HeadCase[] = [
  {
    name: 'English wire, "Ltd." issuer over the date',
    lines: [
      'NewsWire Direct',
      'Business',
      'Technology',
      'Harbourline Logistics opens first hydrogen-powered cold store in the North Sea ports',
      'The store in Grimsby replaces a diesel-backed facility and is the first of four planned by 2028',
      'Harbourline Logistics Ltd.',
      '3 December 2026, 14:00',
      '',
      'Harbourline Logistics today opened its first cold store powered entirely by hydrogen fuel cells at the port of Grimsby, the first of four it plans across the North Sea ports.',
      'The store holds 12,000 pallets of frozen food and replaces a diesel-backed facility that used about 1.2 million litres of fuel a year.',
      'The company expects the remaining three stores to open by the end of 2028.',
    ],
    title: 'Harbourline Logistics opens first hydrogen-powered cold store in the North Sea ports',
  },
  {
    name: 'German wire, "GmbH" issuer over the date',
    lines: [
      'Presseportal Nord',
      'Wirtschaft',
      'Nordwerft liefert erstes Elektro-Fährschiff für die Elbe aus',
      'Zwei weitere Schiffe sollen im kommenden Jahr folgen',
      'Nordwerft Stade GmbH',
      '02.12.2026 – 10:30',
      '',
      'Die Nordwerft in Stade hat am Mittwoch das erste vollelektrische Fährschiff für den Linienverkehr auf der Elbe an die Reederei übergeben.',
      'Das Schiff bietet Platz für 250 Fahrgäste und 40 Fahrräder und wird an beiden Anlegern in weniger als einer halben Stunde geladen.',
      'Zwei weitere Schiffe desselben Typs sollen im kommenden Jahr folgen.',
    ],
    title: 'Nordwerft liefert erstes Elektro-Fährschiff für die Elbe aus',
  },
  {
    name: 'Chinese wire, "有限公司" issuer over the date',
    lines: [
      '企业新闻发布平台',
      '科技',
      '海湾科技发布新一代港口无人集卡调度系统',
      '明年将在另外五个港口推广',
      '海湾科技有限公司',
      '2026年12月3日 14:00',
      '',
      '海湾科技今天在青岛发布了新一代港口无人集卡调度系统，该系统可以同时调度三百辆无人驾驶集卡，比上一代系统的效率提高了约三成。',
      '公司表示，新系统已经在两个集装箱码头完成了为期半年的试运行，期间没有发生安全事故。',
      '公司计划明年在国内另外五个港口推广这一系统。',
    ],
    title: '海湾科技发布新一代港口无人集卡调度系统',
  },
];

describe('the headline over the issuing company\'s name', () => {
  it.each(ISSUER_CASES)('$name', ({ lines, title }) => {
    expect(clean(lines).title).toBe(title);
  });
});

/** A headline that opens with a short kicker and a colon, right over its date, below a strip of fields. */
const KICKER_CASES: HeadCase[] = [
  {
    name: 'German club page',
    lines: [
      'SV Elbufer 1911',
      'Nächstes Spiel: SV Elbufer gegen TuS Marschland · Sa 13.12. · 14:00 · Tickets kaufen',
      'Tabelle: Platz 4',
      'Verein',
      'Stellungnahme: Neubau der Nordtribüne beantragt',
      '5. Dezember 2026',
      '',
      'Der SV Elbufer hat bei der Stadt den Bauantrag für eine neue Nordtribüne eingereicht, die die alte Stehplatztribüne aus dem Jahr 1958 ersetzen soll.',
      'Die neue Tribüne soll 3.200 Plätze bieten, davon die Hälfte Sitzplätze, und einen barrierefreien Zugang für Rollstuhlfahrer erhalten.',
      'Der Vorstand rechnet mit einer Entscheidung im Frühjahr und hofft, nach dem Ende der Saison mit dem Bau beginnen zu können.',
    ],
    title: 'Stellungnahme: Neubau der Nordtribüne beantragt',
  },
  {
    name: 'Spanish club page',
    lines: [
      'Club Deportivo Ribera',
      'Próximo partido: CD Ribera - UD Vega · Dom 14 dic · 12:00 · Comprar entradas',
      'Club',
      'Comunicado oficial: nuevo estadio en la ribera',
      '5 de diciembre de 2026',
      '',
      'El Club Deportivo Ribera ha presentado al Ayuntamiento el proyecto de un nuevo estadio junto al río, con capacidad para cinco mil espectadores.',
      'El proyecto incluye una grada cubierta, un campo de césped natural y un aparcamiento para bicicletas, y se financiaría en parte con la venta del actual terreno.',
      'La directiva espera una respuesta del Ayuntamiento antes del verano.',
    ],
    title: 'Comunicado oficial: nuevo estadio en la ribera',
  },
];

describe('a headline with a kicker over its date', () => {
  it.each(KICKER_CASES)('$name', ({ lines, title }) => {
    expect(clean(lines).title).toBe(title);
  });

  it.each([
    ['a text-size control', 'Tamaño del texto: A A A'],
    ['the next video\'s title', 'Siguiente vídeo: Atascos en la A-6 por la nieve'],
  ])('does not take %s over the date for the headline', (_kind, control) => {
    const article = clean([
      'Telemadrid Noticias',
      'El Canal de Isabel II renovará 40 kilómetros de tuberías en el sur de Madrid',
      control,
      '4 de diciembre de 2026',
      '',
      'El Canal de Isabel II renovará el año que viene cuarenta kilómetros de tuberías en cinco municipios del sur de Madrid, donde las roturas se han duplicado desde 2020.',
      'Las obras se harán por tramos y de noche para no cortar el suministro durante el día, según la empresa pública.',
      'La inversión prevista es de 62 millones de euros.',
    ]);
    expect(article.title).toBe('El Canal de Isabel II renovará 40 kilómetros de tuberías en el sur de Madrid');
  });

  it('does not take a location field over the date for the headline', () => {
    const article = clean([
      'Stadtportal Lüneburg',
      'Neue Fahrradstraße am Lambertiplatz freigegeben',
      'Ort: Lüneburg, Lambertiplatz',
      '4. Dezember 2026',
      '',
      'Die Stadt Lüneburg hat am Donnerstag die neue Fahrradstraße am Lambertiplatz freigegeben, auf der Autos nur noch als Anlieger fahren dürfen.',
      'Die Straße ist Teil einer Verbindung vom Bahnhof in die Altstadt, die bis zum Sommer fertig werden soll.',
      'Die Verwaltung will nach einem Jahr prüfen, wie viele Radfahrer die neue Strecke nutzen.',
    ]);
    expect(article.title).toBe('Neue Fahrradstraße am Lambertiplatz freigegeben');
  });
});

/** A notice above the headline that reads like a first paragraph, and the headline over its date below it. */
const NOTICE_CASES: HeadCase[] = [
  {
    name: 'French consulate page',
    lines: [
      'Consulat général de Valdorie à Lyon',
      'Accueil',
      'Services consulaires',
      'Important : le service des visas sera fermé du 24 décembre au 2 janvier. En cas d\'urgence, appelez le numéro de permanence indiqué sur la page Contact.',
      'Accueil / Actualités',
      'Nouvel accord sur les permis vacances-travail entre la Valdorie et la France',
      'Lyon, le 2 décembre 2026',
      '',
      'Le Consulat général se félicite de la signature, ce mardi à Paris, d\'un accord qui permettra aux jeunes des deux pays de travailler et de voyager pendant un an.',
      'Jusqu\'à 400 visas par an seront ouverts aux candidats âgés de 18 à 30 ans, et les premières demandes seront acceptées au printemps 2027.',
      'Les conditions détaillées seront publiées sur ce site dès que les deux pays auront achevé leurs procédures internes.',
    ],
    title: 'Nouvel accord sur les permis vacances-travail entre la Valdorie et la France',
  },
  {
    name: 'German town hall page',
    lines: [
      'Stadt Uelzen',
      'Rathaus',
      'Bürgerservice',
      'Hinweis: Das Bürgerbüro bleibt am 24. und 31. Dezember geschlossen. Termine für dringende Ausweisangelegenheiten vergeben wir telefonisch.',
      'Startseite / Aktuelles',
      'Neue Buslinie verbindet Uelzen mit dem Gewerbegebiet Hansestraße',
      'Pressemitteilung vom 3. Dezember 2026',
      '',
      'Ab dem 4. Januar fährt eine neue Buslinie im Halbstundentakt vom Bahnhof Uelzen in das Gewerbegebiet Hansestraße, in dem inzwischen mehr als 2.000 Menschen arbeiten.',
      'Die Linie wird in den ersten zwei Jahren vom Landkreis gefördert und danach auf ihre Auslastung geprüft.',
      'Fahrpläne liegen ab Mitte Dezember im Bürgerbüro und in den Bussen aus.',
    ],
    title: 'Neue Buslinie verbindet Uelzen mit dem Gewerbegebiet Hansestraße',
  },
];

// The rules find these headlines; the learned headline model, trained before this rule, may still prefer the site's name in the header.
describe('the headline under a notice that reads like a paragraph, by the rules', () => {
  it.each(NOTICE_CASES)('$name', ({ lines, title }) => {
    expect(clean(lines, true).title).toBe(title);
  });
});

/** A video page: the headline over the player, the next video's title right over the date. */
const NEXT_VIDEO_CASES: HeadCase[] = [
  {
    name: 'Spanish regional TV',
    lines: [
      'Aragón TV Noticias',
      'Directo',
      'Noticias',
      'Zaragoza estrena el primer centro de reciclaje de neumáticos de la comunidad',
      'Vídeo',
      '00:00',
      '02:41',
      'Ver a pantalla completa',
      'Siguiente vídeo: Cortes de tráfico en la A-23 por la nieve en Monrepós',
      '4 de diciembre de 2026, 14:20',
      '',
      'Zaragoza ha estrenado el primer centro de reciclaje de neumáticos de la comunidad, que podrá tratar hasta veinte mil toneladas al año de neumáticos usados.',
      'El centro convertirá los neumáticos en granulado de caucho para pistas deportivas y en material para asfaltar carreteras.',
      'La planta dará empleo a cuarenta personas y empezará a recibir neumáticos de los talleres en enero.',
    ],
    title: 'Zaragoza estrena el primer centro de reciclaje de neumáticos de la comunidad',
  },
  {
    name: 'Polish regional TV',
    lines: [
      'TVP Kraków',
      'Na żywo',
      'Wiadomości',
      'W Krakowie otwarto pierwszy w regionie zakład recyklingu starych opon',
      'Wideo',
      '00:00',
      '02:36',
      'Następne wideo: Gołoledź na drodze z Krakowa do Zakopanego, są utrudnienia',
      '04.12.2026, 14:20',
      '',
      'W Krakowie otwarto pierwszy w regionie zakład recyklingu starych opon, który przerobi rocznie nawet dwadzieścia tysięcy ton zużytych opon.',
      'Zakład będzie produkował granulat gumowy na boiska oraz materiał do budowy dróg.',
      'Pracę znajdzie tam czterdzieści osób, a pierwsze opony z warsztatów trafią do zakładu w styczniu.',
    ],
    title: 'W Krakowie otwarto pierwszy w regionie zakład recyklingu starych opon',
  },
];

describe('the headline over a player, not the next video\'s title over the date', () => {
  // The rules overrule a line over the date only when it names nothing of the story; the Polish next video names the city.
  it.each(NEXT_VIDEO_CASES.slice(0, 1))('$name, by the rules', ({ lines, title }) => {
    expect(clean(lines, true).title).toBe(title);
  });

  it.each(NEXT_VIDEO_CASES)('$name, with the learned headline', ({ lines, title }) => {
    expect(clean(lines).title).toBe(title);
  });
});

/** A photo's caption, closed by its credit in brackets, between the head and the story: not the headline. */
const BRACKETED_CREDIT_CASES: HeadCase[] = [
  {
    name: 'Italian regional site, an archive photo',
    lines: [
      'Il Corriere del Porto',
      'Cronaca',
      'Genova, il porto chiude il varco di ponente per lavori fino a marzo',
      'Scritto da Chiara Ferrando il giovedì 4 dicembre 2026 alle 18:20 | Letto 1 204 volte',
      'Il varco di ponente del porto di Genova (Foto d\'archivio)',
      '',
      'Il varco di ponente del porto di Genova resterà chiuso ai mezzi pesanti fino a marzo per consentire il rifacimento della pavimentazione, ha comunicato l\'Autorità portuale.',
      'I camion diretti ai terminal container dovranno usare il varco di levante, dove saranno aggiunte due corsie nelle ore di punta.',
    ],
    title: 'Genova, il porto chiude il varco di ponente per lavori fino a marzo',
  },
  {
    name: 'Simplified Chinese daily, a reporter\'s photo credit',
    lines: [
      '海滨日报',
      '本地',
      '青岛港新建邮轮码头年底投入使用',
      '2026-12-04 10:20',
      '来源：海滨日报 作者：张伟',
      '字号',
      '分享',
      '新建的邮轮码头全景。（记者张伟摄）',
      '',
      '青岛港新建的邮轮码头将于今年年底投入使用，可同时停靠两艘大型邮轮，港口集团今天在新闻发布会上宣布了这一消息。',
      '码头配套的旅客中心面积约两万平方米，设有海关、边检和候船大厅，预计每年可接待旅客五十万人次。',
    ],
    title: '青岛港新建邮轮码头年底投入使用',
  },
  {
    name: 'a headline marking its video in brackets stays the headline',
    lines: [
      'Diario del Puerto',
      'Así fue la llegada del mayor portacontenedores a Valencia (vídeo)',
      'Por Lucía Ferrer',
      '4 de diciembre de 2026',
      '',
      'El mayor portacontenedores que ha atracado nunca en Valencia llegó este jueves al muelle de la terminal norte, con casi 24.000 contenedores de capacidad.',
      'La maniobra duró más de dos horas y contó con cuatro remolcadores, según la Autoridad Portuaria, que la retransmitió en directo.',
    ],
    title: 'Así fue la llegada del mayor portacontenedores a Valencia (vídeo)',
  },
];

describe('a caption closed by its bracketed credit above the story', () => {
  it.each(BRACKETED_CREDIT_CASES)('$name', ({ lines, title }) => {
    expect(clean(lines).title).toBe(title);
  });
});

/** A labelled byline running on into its date, a time and a counter on one line under the headline: metadata, not a standfirst. */
const BYLINE_DATE_RUN_CASES: HeadCase[] = [
  {
    name: 'German regional site, the weekday and a comment count',
    lines: [
      'Nordsee-Kurier',
      'Lokales',
      'Husum: Der Hafen bekommt eine neue Schleuse für Kutter',
      'Von Jana Roth am Freitag, 4. Dezember 2026, 19:42 Uhr | 3 Kommentare',
      '',
      'Der Hafen von Husum bekommt bis 2029 eine neue Schleuse, damit die Krabbenkutter auch bei niedrigem Wasserstand einlaufen können, teilte das Land am Freitag mit.',
      'Die alte Schleuse stammt aus den sechziger Jahren und muss nach Angaben des Landesbetriebs immer häufiger für Reparaturen gesperrt werden.',
    ],
    title: 'Husum: Der Hafen bekommt eine neue Schleuse für Kutter',
    dropped: 'Von Jana Roth am Freitag, 4. Dezember 2026, 19:42 Uhr | 3 Kommentare',
  },
  {
    name: 'Spanish portal, the weekday and a read count',
    lines: [
      'Noticias del Sur',
      'Sociedad',
      'Cádiz: los mariscadores denuncian retrasos en las ayudas por la marea roja',
      'Escrito por Manuel Ortega el viernes 4 de diciembre de 2026 a las 19:42 | Leído 1 250 veces',
      '',
      'Los mariscadores de la bahía de Cádiz denunciaron este jueves que todavía no han cobrado las ayudas prometidas por la Junta tras el cierre de los caladeros por la marea roja.',
      'Según la asociación del sector, más de trescientas familias llevan dos meses sin ingresos y algunas han tenido que pedir préstamos para pagar sus barcas.',
    ],
    title: 'Cádiz: los mariscadores denuncian retrasos en las ayudas por la marea roja',
    dropped: 'Escrito por Manuel Ortega el viernes 4 de diciembre de 2026 a las 19:42 | Leído 1 250 veces',
  },
];

describe('a labelled byline running on into its date under the headline', () => {
  it.each(BYLINE_DATE_RUN_CASES)('$name', ({ lines, title, dropped }) => {
    const article = clean(lines);
    expect(article.title).toBe(title);
    expect(article.paragraphs).not.toContain(dropped);
  });
});

/** The author and the outlet on one line closed by a separator, under the headline and its deck: a byline, not the headline. */
const NAME_OUTLET_CLOSED_CASES: HeadCase[] = [
  {
    name: 'Spanish public radio, a middle dot closing the line',
    lines: [
      'Radio Costa Noticias',
      'Radio Costa',
      'Andalucía',
      'Las cofradías de pescadores de Huelva piden adelantar la veda del pulpo',
      'Los pescadores aseguran que las capturas han caído a la mitad en dos años',
      'Laura Gil · Radio Costa ·',
      'Publicado: 04 dic 2026 09:30 CET',
      '',
      'Las cofradías de pescadores de Huelva han pedido a la Junta que adelante un mes la veda del pulpo, porque las capturas han caído a la mitad en los dos últimos años.',
      'Los biólogos de la Junta estudiarán la petición con los datos de la campaña, que se conocerán a finales de enero, antes de decidir las fechas de la veda.',
    ],
    title: 'Las cofradías de pescadores de Huelva piden adelantar la veda del pulpo',
    byline: 'Laura Gil',
  },
  {
    name: 'Indonesian portal, a bar closing the line',
    lines: [
      'Kabar Pesisir',
      'Daerah',
      'Nelayan Cilacap mulai memakai rumpon ramah lingkungan',
      'Budi Santoso | Kabar Pesisir |',
      'Diterbitkan: 4 Desember 2026 10:15 WIB',
      '',
      'Nelayan di Cilacap mulai memakai rumpon dari bahan alami yang lebih ramah lingkungan, setelah dinas perikanan membagikan dua ratus unit pada bulan lalu.',
      'Menurut para nelayan, hasil tangkapan di sekitar rumpon baru tidak kalah dengan rumpon lama yang terbuat dari plastik dan ban bekas.',
    ],
    title: 'Nelayan Cilacap mulai memakai rumpon ramah lingkungan',
    byline: 'Budi Santoso',
  },
];

describe('the author and the outlet on a line closed by a separator', () => {
  it.each(NAME_OUTLET_CLOSED_CASES)('$name', ({ lines, title, byline }) => {
    const article = clean(lines);
    expect(article.title).toBe(title);
    expect(article.byline).toBe(byline);
  });
});

/** A standfirst sentence right under the headline, over the byline and date lines: story, by the corpus's convention. */
const STANDFIRST_OVER_METADATA_CASES: Array<HeadCase & { standfirst: string }> = [
  {
    name: 'Dutch sports site, the standfirst over the author and two dates',
    lines: [
      'Sportkrant',
      'Schaatsen',
      'Nieuwe bondscoach voor de schaatsploeg gepresenteerd',
      'KNSB stelt Noorse Erik Lunde van Team Fjord Sport aan als bondscoach van Oranje tot Milaan 2030.',
      'Door: Sanne de Vries',
      '04-12-2026 14:37',
      'Bijgewerkt: 04-12-2026 15:02',
      'Delen op Facebook',
      'Delen op X',
      'Reageer (12)',
      '',
      'De schaatsbond heeft maandag de Noorse trainer Erik Lunde gepresenteerd als nieuwe bondscoach. Hij tekende een contract tot na de Olympische Spelen en begint in januari.',
      'Lunde werkte eerder met de Noorse langebaanploeg en was daarna twee seizoenen actief bij een commerciële ploeg in Nederland.',
      'De bond zegt dat de keuze viel op Lunde vanwege zijn ervaring met jonge rijders, die de komende jaren de kern van de ploeg moeten vormen.',
    ],
    title: 'Nieuwe bondscoach voor de schaatsploeg gepresenteerd',
    standfirst: 'KNSB stelt Noorse Erik Lunde van Team Fjord Sport aan als bondscoach van Oranje tot Milaan 2030.',
  },
  {
    name: 'Polish newsletter archive, a two-sentence standfirst over the date',
    lines: [
      'Tygodnik Miejski — archiwum',
      'Budżet miasta na 2027 rok: liczby się zgadzają',
      'Liczby w projekcie budżetu się zgadzają. Założenia pod nimi już nie.',
      '5 grudnia 2026',
      '',
      'Rada miasta dostała w tym tygodniu projekt budżetu na przyszły rok. Na pierwszy rzut oka wszystko się bilansuje: dochody rosną o sześć procent, a wydatki o pięć.',
      'Problem w tym, że wzrost dochodów zakłada sprzedaż działek przy porcie, której nie udało się przeprowadzić ani w tym roku, ani w poprzednim.',
      'Jeśli sprzedaż znów się nie uda, miasto będzie musiało wziąć kredyt albo ciąć inwestycje, a o tym projekt budżetu milczy.',
    ],
    title: 'Budżet miasta na 2027 rok: liczby się zgadzają',
    standfirst: 'Liczby w projekcie budżetu się zgadzają. Założenia pod nimi już nie.',
  },
];

describe('a standfirst sentence right under the headline, over the byline and date', () => {
  it.each(STANDFIRST_OVER_METADATA_CASES)('$name', ({ lines, title, standfirst }) => {
    const article = clean(lines);
    expect(article.title).toBe(title);
    expect(article.paragraphs[0]).toBe(standfirst);
  });
});

/** The site's name over its menu, the post's title under the menu: the title below the menu is the headline. */
const TITLE_BELOW_MENU_CASES: HeadCase[] = [
  {
    name: 'German conference site, its name and dates over the menu, the post under its date and category',
    lines: [
      'IKMS 2027',
      '15. Internationale Konferenz für Meeressensorik',
      'Lissabon, Portugal · 7. Juni 2027',
      'Die Einreichung von Abstracts endet in 12 Tagen – Abstract einreichen',
      'Home',
      'Call for Papers',
      'Programm',
      'Keynotes',
      'Anmeldung',
      'Sponsoren',
      'News',
      'Contact',
      'News',
      'Veröffentlicht am 2. Dezember 2026 vom Organisationskomitee',
      'Veröffentlicht in: Ankündigungen, Keynotes',
      'Drei Keynote-Sprecher bestätigt und neuer Hackathon für Meeresdaten angekündigt',
      'Das Organisationskomitee der 15. Internationalen Konferenz für Meeressensorik freut sich, die drei Keynote-Sprecher bekanntzugeben, die im Juni in Lissabon vortragen werden, und kündigt einen neuen Hackathon an.',
      'Professorin Mariana Costa von der Universität Lissabon eröffnet die Konferenz mit einem Vortrag über die Langzeitbeobachtung von Küstenströmungen mit preiswerten Sensoren.',
      'Zum ersten Mal findet vor dem Hauptprogramm ein zweitägiger Hackathon statt, bei dem Teams mit offenen Meeresdaten arbeiten und ihre Ergebnisse am ersten Konferenztag vorstellen.',
    ],
    title: 'Drei Keynote-Sprecher bestätigt und neuer Hackathon für Meeresdaten angekündigt',
  },
  {
    name: 'a headline over two menu lines and the story, with no title under the menu',
    lines: [
      'La Gazette du Port',
      'Le port de Brest accueille son premier navire à propulsion vélique',
      'Par Yann Le Goff',
      '4 décembre 2026',
      'Accueil',
      'Contact',
      '',
      'Le premier cargo à propulsion vélique a accosté jeudi au port de commerce de Brest, avec à son bord des fûts de vin et des balles de coton venus d\'Amérique du Sud.',
      'Le navire, long de 80 mètres, utilise des voiles rigides pour réduire de moitié sa consommation de carburant, selon son armateur.',
    ],
    title: 'Le port de Brest accueille son premier navire à propulsion vélique',
  },
];

describe('the title below the site\'s menu', () => {
  it.each(TITLE_BELOW_MENU_CASES)('$name', ({ lines, title }) => {
    expect(clean(lines).title).toBe(title);
  });
});

/** Under the headline, a sentence, a photo credit and a caption under it: the sentence is the standfirst, story by the corpus's convention. */
const STANDFIRST_OVER_CREDIT_CASES: Array<HeadCase & { standfirst: string; caption: string }> = [
  {
    name: 'Italian regional daily',
    lines: [
      'Il Levante',
      'Abbonati',
      'Pronto soccorso di Chiavari, attese oltre le dieci ore',
      'Quasi un paziente su due potrebbe essere curato dal medico di base, secondo l\'azienda sanitaria.',
      'Foto: Marco Rossi Il Levante',
      'La sala d\'attesa del pronto soccorso dell\'ospedale di Chiavari, martedì sera.',
      'Giulia Ferrari',
      'Corrispondente dal Tigullio',
      '5 dicembre 2026',
      '',
      'L\'attesa al pronto soccorso dell\'ospedale di Chiavari ha superato le dieci ore più volte nell\'ultima settimana, secondo i dati pubblicati dall\'azienda sanitaria locale.',
      'Quasi la metà dei pazienti arrivati con codice bianco avrebbe potuto essere visitata da un medico di famiglia, ma molti non ne hanno uno dopo i pensionamenti degli ultimi anni.',
      'L\'azienda sanitaria ha annunciato l\'apertura serale di due ambulatori a partire da gennaio, per alleggerire il carico sul pronto soccorso.',
    ],
    title: 'Pronto soccorso di Chiavari, attese oltre le dieci ore',
    standfirst: 'Quasi un paziente su due potrebbe essere curato dal medico di base, secondo l\'azienda sanitaria.',
    caption: 'La sala d\'attesa del pronto soccorso dell\'ospedale di Chiavari, martedì sera.',
  },
  {
    name: 'Portuguese regional daily',
    lines: [
      'Diário do Minho Litoral',
      'Assinar',
      'Urgências de Viana com esperas de doze horas',
      'Quase metade dos doentes poderia ser vista num centro de saúde, segundo a unidade local.',
      'Foto: Rui Sousa Diário do Minho Litoral',
      'A sala de espera das urgências do hospital de Viana do Castelo, na terça-feira à noite.',
      'Ana Lopes',
      'Correspondente no Alto Minho',
      '5 de dezembro de 2026',
      '',
      'A espera nas urgências do hospital de Viana do Castelo ultrapassou as doze horas várias vezes na última semana, segundo os dados publicados pela unidade local de saúde.',
      'Quase metade dos doentes com pulseira verde poderia ter sido vista num centro de saúde, mas muitos não têm médico de família desde as reformas dos últimos anos.',
      'A unidade local anunciou que dois centros de saúde vão abrir à noite a partir de janeiro para aliviar as urgências.',
    ],
    title: 'Urgências de Viana com esperas de doze horas',
    standfirst: 'Quase metade dos doentes poderia ser vista num centro de saúde, segundo a unidade local.',
    caption: 'A sala de espera das urgências do hospital de Viana do Castelo, na terça-feira à noite.',
  },
];

describe('a standfirst over a photo credit whose caption is under it', () => {
  it.each(STANDFIRST_OVER_CREDIT_CASES)('$name', ({ lines, title, standfirst, caption }) => {
    const article = clean(lines);
    expect(article.title).toBe(title);
    expect(article.paragraphs[0]).toBe(standfirst);
    expect(article.paragraphs).not.toContain(caption);
  });

  it('keeps the alternative text and caption out when both say the same', () => {
    const lines = STANDFIRST_OVER_CREDIT_CASES[0]!.lines.map((line, index) => (index === 3 ? STANDFIRST_OVER_CREDIT_CASES[0]!.caption : line));
    expect(clean(lines).paragraphs).not.toContain(STANDFIRST_OVER_CREDIT_CASES[0]!.caption);
  });
});

/** A one-sentence summary under its label between the head's fields and the story: the standfirst, story by the corpus's convention. */
const LABELLED_STANDFIRST_CASES: Array<HeadCase & { standfirst: string }> = [
  {
    name: 'German science news site, "Das Wichtigste in Kürze" over one sentence',
    lines: [
      'Wissenschaft aktuell',
      'Umwelt',
      'Seegraswiesen in der Kieler Bucht erholen sich nach Hitzewelle',
      'Datum:',
      '3. März 2026',
      'Quelle:',
      'Universität Nordholm',
      'Das Wichtigste in Kürze',
      'Seegras verlor bei einer marinen Hitzewelle fast alle Blätter, trieb aber innerhalb von zwei Sommern aus den Wurzeln wieder aus.',
      'Teilen:',
      '',
      'Die Seegraswiesen in der Kieler Bucht haben während der marinen Hitzewelle 2023 fast drei Viertel ihrer Blattmasse verloren, wie eine neue Studie der Universität Nordholm zeigt.',
      'Das Team kartierte die Wiesen jedes Frühjahr und jeden Herbst mit Drohnen und entnahm Bodenproben, um zu prüfen, ob die Wurzeln überlebt hatten.',
    ],
    title: 'Seegraswiesen in der Kieler Bucht erholen sich nach Hitzewelle',
    standfirst: 'Seegras verlor bei einer marinen Hitzewelle fast alle Blätter, trieb aber innerhalb von zwei Sommern aus den Wurzeln wieder aus.',
  },
  {
    name: 'Spanish science portal, "En resumen:" over one sentence',
    lines: [
      'Ciencia al Día',
      'Medio ambiente',
      'Las praderas de posidonia de Menorca se recuperan tras la ola de calor marina',
      'Fecha:',
      '3 de marzo de 2026',
      'Fuente:',
      'Universidad de las Islas',
      'En resumen:',
      'La posidonia perdió casi todas sus hojas durante una ola de calor marina, pero volvió a brotar de sus raíces en dos veranos.',
      'Compartir:',
      '',
      'Las praderas de posidonia del norte de Menorca perdieron casi tres cuartas partes de sus hojas durante la ola de calor marina de 2023, según un estudio de la Universidad de las Islas.',
      'El equipo cartografió las praderas con drones cada primavera y cada otoño y tomó muestras del fondo para comprobar si las raíces habían sobrevivido.',
    ],
    title: 'Las praderas de posidonia de Menorca se recuperan tras la ola de calor marina',
    standfirst: 'La posidonia perdió casi todas sus hojas durante una ola de calor marina, pero volvió a brotar de sus raíces en dos veranos.',
  },
];

describe('a one-sentence summary under its label in the head', () => {
  it.each(LABELLED_STANDFIRST_CASES)('$name', ({ lines, title, standfirst }) => {
    const article = clean(lines);
    expect(article.title).toBe(title);
    expect(article.paragraphs[0]).toBe(standfirst);
  });

  it('keeps a box of several key points out of the story', () => {
    const lines = [...LABELLED_STANDFIRST_CASES[0]!.lines];
    lines.splice(9, 0, 'Die Wurzeln überlebten im Sediment.', 'Größere Studien sollen folgen.');
    expect(clean(lines).paragraphs).not.toContain(LABELLED_STANDFIRST_CASES[0]!.standfirst);
  });
});

describe('a dotted date with a two-digit year alone on its line', () => {
  it.each([
    ['05.12.26', '2026-12-05'],
    ['05.12.26 16:45', '2026-12-05T16:45:00'],
  ])('reads "%s"', (text, iso) => {
    expect(findDate(text, { dayFirst: true })?.iso).toBe(iso);
  });

  it.each(['Version 10.11.12 released', 'v05.12.26', '1.2.26'])('reads no date in "%s"', (text) => {
    expect(findDate(text, { dayFirst: true })).toBeNull();
  });

  it('lets the name beside it stand as the byline', () => {
    const article = clean([
      'חדשות הנמל',
      'כלכלה',
      'נמל אשדוד יפתח רציף חדש לאוניות מכולות בשנה הבאה',
      'הרציף החדש יאפשר לנמל לקלוט את אוניות המכולות הגדולות ביותר שפוקדות את הים התיכון',
      'נועה ברק',
      '05.12.26',
      '',
      'נמל אשדוד יפתח בשנה הבאה רציף חדש באורך של כשמונה מאות מטרים, שיאפשר לו לקלוט את אוניות המכולות הגדולות ביותר, כך הודיעה הנהלת הנמל ביום חמישי.',
      'לדברי ההנהלה, העבודות על הרציף נמשכו ארבע שנים ועלו כמיליארד שקלים, והוא צפוי להגדיל את נפח המטען בנמל בכשליש.',
    ]);
    expect(article.byline).toBe('נועה ברק');
  });
});

describe('the headline over its byline, with a sticky header\'s menu under them', () => {
  it('keeps the headline, not a caption under the menu', () => {
    const article = clean([
      'The Harbour Ledger',
      'Brest welcomes its first wind-powered cargo ship',
      'By Yann Le Goff',
      '4 December 2026',
      'Menu',
      'Search',
      'The wind-powered cargo ship at the quay in Brest',
      '',
      'The first wind-powered cargo ship to call at Brest tied up at the commercial port on Thursday, carrying barrels of wine and bales of cotton from South America.',
      'The 80-metre ship uses rigid sails to halve its fuel use, according to its owner, which plans a regular service across the Atlantic from next year.',
    ]);
    expect(article.title).toBe('Brest welcomes its first wind-powered cargo ship');
  });
});

describe('the article\'s date under its headline, not the page\'s date in the masthead', () => {
  it.each([
    {
      name: 'Spanish regional daily: today\'s date over the menu, the story\'s under the headline',
      lines: [
        'Diario del Ebro',
        'Martes, 8 de diciembre de 2026',
        'Portada',
        'Aragón',
        'Economía',
        'La comarca estrena una red de calor con biomasa de sus montes',
        'Lucía Ferrer',
        'Fecha: 3 de diciembre de 2026',
        '',
        'La comarca del Bajo Ebro puso en marcha esta semana una red de calor que abastece a dos colegios, el centro de salud y 140 viviendas con astillas de sus propios montes.',
        'La instalación costó 2,1 millones de euros, financiados en parte con fondos europeos, y sustituye a calderas de gasóleo que tenían más de veinte años.',
        'Los técnicos calculan que el ahorro para los vecinos rondará el 30 por ciento de la factura de calefacción.',
      ],
      published: '2026-12-03',
    },
    {
      name: 'German city paper: the masthead date, then the article\'s',
      lines: [
        'Kieler Abendblatt',
        'Dienstag, 8. Dezember 2026',
        'Lokales',
        'Sport',
        'Stadt baut drei neue Radbrücken über den Kanal',
        'Von Jonas Petersen',
        'Datum: 04.12.2026',
        '',
        'Die Stadt will bis 2029 drei neue Brücken für Fuß- und Radverkehr über den Kanal bauen, hat der Bauausschuss am Donnerstag beschlossen.',
        'Die Kosten schätzt die Verwaltung auf rund 38 Millionen Euro, von denen das Land gut die Hälfte tragen soll.',
        'Die erste Brücke soll im Frühjahr 2027 begonnen werden, wenn die Planfeststellung abgeschlossen ist.',
      ],
      published: '2026-12-04',
    },
  ])('$name', ({ lines, published }) => {
    expect(clean(lines).publishedAt).toBe(published);
  });

  it('keeps the masthead\'s date when the head has no other', () => {
    const article = clean([
      'Kieler Abendblatt',
      'Dienstag, 8. Dezember 2026',
      'Lokales',
      'Stadt baut drei neue Radbrücken über den Kanal',
      'Von Jonas Petersen',
      '',
      'Die Stadt will bis 2029 drei neue Brücken für Fuß- und Radverkehr über den Kanal bauen, hat der Bauausschuss am Donnerstag beschlossen.',
      'Die Kosten schätzt die Verwaltung auf rund 38 Millionen Euro, von denen das Land gut die Hälfte tragen soll.',
    ]);
    expect(article.publishedAt).toBe('2026-12-08');
  });
});

/** A headline of two sentences ending in a short one, the shape of a box's text over its button, right over the byline or date. */
const TWO_SENTENCE_HEADLINE_CASES: HeadCase[] = [
  {
    name: 'Czech regional radio, a place kicker and a short second sentence',
    lines: [
      'Rádio Horácko',
      'Zprávy',
      'Kraj',
      'Jihlava: nový most přes Jihlavu otevřou v březnu. Stavbaři dokončují zábradlí',
      'Petra Dvořáková',
      '5. 12. 2026, 08:40',
      '',
      'Stavbaři v pátek dokončili poslední betonáž nového mostu přes řeku Jihlavu, který nahradí sto let starou konstrukci u městských lázní.',
      'Most bude mít dva jízdní pruhy a širokou lávku pro chodce a cyklisty. Stavba stála 180 milionů korun a z větší části ji zaplatil kraj.',
      'Podle radnice se řidiči na most dostanou v březnu, až projde zkouškami zatížení a úřad vydá kolaudační rozhodnutí.',
      'Podpořte nezávislou žurnalistiku. Staňte se členem',
    ],
    title: 'Jihlava: nový most přes Jihlavu otevřou v březnu. Stavbaři dokončují zábradlí',
    byline: 'Petra Dvořáková',
    dropped: 'Podpořte nezávislou žurnalistiku. Staňte se členem',
  },
  {
    name: 'Spanish local paper, the date over the byline',
    lines: [
      'Diario del Bierzo',
      'Portada',
      'Comarca',
      'Ponferrada abre el nuevo mercado de abastos. Sorteo en enero',
      '4 de diciembre de 2026',
      'Por Lucía Arias',
      '',
      'El Ayuntamiento de Ponferrada abrió este jueves el nuevo mercado de abastos, después de dos años de obras en el edificio de la plaza Lazúrtegui.',
      'El mercado tiene cuarenta puestos, un aparcamiento subterráneo y una zona de restauración que abrirá por las tardes, según explicó el concejal de Comercio.',
      'Los comerciantes que quieran instalarse podrán presentar su solicitud hasta el 20 de diciembre, y los puestos se adjudicarán por sorteo en enero.',
    ],
    title: 'Ponferrada abre el nuevo mercado de abastos. Sorteo en enero',
    byline: 'Lucía Arias',
  },
];

describe('a headline of two sentences over its byline or date', () => {
  it.each(TWO_SENTENCE_HEADLINE_CASES)('$name', ({ lines, title, byline, dropped }) => {
    for (const rulesOnly of [true, false]) {
      const article = clean(lines, rulesOnly);
      expect(article.title).toBe(title);
      expect(article.byline).toBe(byline);
      expect(article.paragraphs).not.toContain(title);
      if (dropped) expect(article.paragraphs).not.toContain(dropped);
    }
  });

  it('still drops a box over its button under the story, with no byline under it', () => {
    const article = clean([...TWO_SENTENCE_HEADLINE_CASES[0]!.lines, 'Dva tisíce čtenářů nás už podporuje. Přidejte se', '© 2026 Rádio Horácko']);
    expect(article.paragraphs).not.toContain('Dva tisíce čtenářů nás už podporuje. Přidejte se');
  });
});

describe('a dotted date with a space after each dot', () => {
  it.each([
    ['5. 12. 2026, 08:40', '2026-12-05T08:40:00'],
    ['Objavljeno: 14. 3. 2026.', '2026-03-14'],
    ['Aktualizováno 1. 7. 2026 10:05', '2026-07-01T10:05:00'],
  ])('reads "%s"', (text, iso) => {
    expect(findDate(text, { dayFirst: true })?.iso).toBe(iso);
  });

  it.each(['12. 13. 2026', 'Seite 3. 2026'])('reads no date in "%s"', (text) => {
    expect(findDate(text, { dayFirst: true })).toBeNull();
  });
});

/** A release's or feature's headline that names none of the story's words, right under the date line, over the plain deck. */
const HEADLINE_UNDER_DATE_OVER_DECK_CASES: HeadCase[] = [
  {
    name: 'English university news office, release number and date on one line',
    lines: [
      'Skip to content',
      'University of Lowmoor',
      'Study',
      'Research',
      'News',
      'Press releases',
      'Release 88/2026 | 2 December 2026',
      'They stay longer before the big flight',
      'Lowmoor ecologists tracked 240 swallows fitted with light loggers over four migrations',
      '',
      'Barn swallows from northern England now set off for Africa eleven days later in autumn than they did in the 1990s, a study by ecologists at the University of Lowmoor has found.',
      'The team fitted 240 birds with light loggers weighing less than a gram and recovered the devices when the swallows came back to the same farm buildings the next spring.',
      'The birds also returned six days earlier on average, which the researchers link to milder springs along the route through Spain and France.',
    ],
    title: 'They stay longer before the big flight',
  },
  {
    name: 'French museum press page, the date alone over the headline',
    lines: [
      'Musée des Confluences du Rhône',
      'Visiter',
      'Expositions',
      'Presse',
      '4 décembre 2026',
      'Ce que voient les oiseaux',
      'Le musée expose quatre-vingts photographies aériennes du fleuve prises entre 1920 et 2025',
      '',
      "Le musée des Confluences du Rhône présente à partir du 12 décembre une exposition de quatre-vingts photographies aériennes du fleuve, de sa source en Suisse jusqu'à son delta.",
      "Les images les plus anciennes ont été prises depuis des avions militaires dans les années 1920 ; les plus récentes par des drones, l'été dernier, aux mêmes endroits.",
      "L'exposition est ouverte tous les jours sauf le lundi jusqu'au 30 avril, et l'entrée est gratuite pour les moins de vingt-six ans.",
    ],
    title: 'Ce que voient les oiseaux',
  },
];

describe('a headline under the date line, over a deck that names the story', () => {
  it.each(HEADLINE_UNDER_DATE_OVER_DECK_CASES)('$name', ({ lines, title }) => {
    const article = clean(lines);
    expect(article.title).toBe(title);
    expect(article.paragraphs[0]).toBe(lines[lines.indexOf(title) + 1]);
  });

  it('takes the headline over its byline, not a button above it under the date', () => {
    const article = clean([
      'Agregador de Notícias',
      'Economia',
      '3 de dezembro de 2026',
      'Ler a notícia completa no site de origem',
      'Porto de Santos bate recorde de movimentação de grãos em novembro',
      'Por Ana Ribeiro',
      '',
      'O Porto de Santos movimentou em novembro o maior volume de grãos de sua história para o mês, puxado pelas exportações de milho e de farelo de soja.',
      'Segundo a autoridade portuária, os terminais de granéis funcionaram perto do limite durante todo o mês, com filas de navios ao largo da costa.',
      'A previsão é que o volume continue alto até fevereiro, quando começa a colheita da nova safra de soja no Centro-Oeste.',
    ]);
    expect(article.title).toBe('Porto de Santos bate recorde de movimentação de grãos em novembro');
  });
});

/** A newsletter's web view: the masthead's description over the issue's date, then the story's headline over its byline. */
const ISSUE_LINE_OVER_STORY_CASES: HeadCase[] = [
  {
    name: 'German energy newsletter, a greeting between the issue line and the headline',
    lines: [
      'Im Browser ansehen',
      'ENERGIEWENDE KOMPAKT',
      'Ihr Briefing am Dienstag zu Strom, Wärme und Netzen',
      'Ausgabe 57 | 8. Dezember 2026',
      'Guten Morgen. Heute geht es um Speicher im Norden, und der Strompreis ist wieder gefallen.',
      'Netzbetreiber bestellt drei Großbatterien für die Küste',
      'Von Jana Koch',
      '',
      'Der Netzbetreiber Nordstrom hat am Montag drei Batteriespeicher mit zusammen 600 Megawatt bestellt, die ab 2028 an den Umspannwerken in Husum, Heide und Brunsbüttel stehen sollen.',
      'Die Speicher sollen Windstrom aufnehmen, der heute bei Sturm abgeregelt wird, weil die Leitungen nach Süden voll sind.',
      'Nach Angaben des Unternehmens kosten die drei Anlagen zusammen rund 400 Millionen Euro.',
    ],
    title: 'Netzbetreiber bestellt drei Großbatterien für die Küste',
    byline: 'Jana Koch',
  },
  {
    name: 'Spanish farming newsletter, the issue number and date under the description',
    lines: [
      'Ver en el navegador',
      'El Surco Semanal',
      'Lo que pasa en el campo andaluz, cada viernes en tu correo',
      'Número 112 · 4 de diciembre de 2026',
      'Buenos días. Esta semana hablamos de aceite, de agua y de lo que viene en enero.',
      'Las cooperativas de aceite adelantan la campaña por la sequía',
      'Por Rocío Blanco',
      '',
      'Las principales cooperativas de aceite de Jaén han adelantado dos semanas la recogida de la aceituna, porque la sequía ha dejado el fruto más pequeño y con menos agua.',
      'Los técnicos calculan que la cosecha será un treinta por ciento menor que la del año pasado, aunque el aceite tendrá más calidad.',
      'Los precios en origen ya han subido un diez por ciento desde octubre, según la lonja de Jaén.',
    ],
    title: 'Las cooperativas de aceite adelantan la campaña por la sequía',
    byline: 'Rocío Blanco',
  },
];

describe('a newsletter\'s issue line over the story\'s headline and byline', () => {
  it.each(ISSUE_LINE_OVER_STORY_CASES)('$name', ({ lines, title, byline }) => {
    for (const rulesOnly of [true, false]) {
      const article = clean(lines, rulesOnly);
      expect(article.title).toBe(title);
      expect(article.byline).toBe(byline);
    }
  });
});

/** A reference page: its name in the header and as its title, infobox rows, then a lead that opens by restating the name. */
const RESTATED_NAME_CASES: HeadCase[] = [
  {
    name: 'German wiki article, the infobox rows between the title and the lead',
    lines: [
      'Zum Inhalt springen',
      'Hauptmenü',
      'Suche',
      'Sperrwerk am Norder Tief',
      'Artikel',
      'Diskussion',
      'Bearbeiten',
      'Aus Freiwiki, der freien Enzyklopädie',
      'Sperrwerk am Norder Tief',
      'Lage Ostfriesland, Niedersachsen, Deutschland',
      'Koordinaten 53°38′N 7°09′E',
      'Zustand In Betrieb',
      'Baubeginn 1979',
      'Betreiber Niedersächsischer Landesbetrieb für Küstenschutz',
      'Tore 5 Hubtore',
      '',
      'Das Sperrwerk am Norder Tief ist ein Bauwerk an der Mündung des Flusses in die Nordsee, das das Hinterland bei Sturmfluten vor Überschwemmungen schützt.',
      'Es wurde zwischen 1979 und 1983 gebaut, nachdem die Sturmflut von 1976 große Teile der Marsch unter Wasser gesetzt hatte.',
      'Das Bauwerk hat fünf Tore, die bei einem Wasserstand von mehr als einem Meter über dem mittleren Hochwasser geschlossen werden.',
    ],
    title: 'Sperrwerk am Norder Tief',
  },
  {
    name: 'Spanish wiki article with a hatnote and an article before the name in the lead',
    lines: [
      'Ir al contenido',
      'Menú principal',
      'Puente de los Alamillos',
      'Artículo',
      'Discusión',
      'De Libropedia, la enciclopedia libre',
      'Este artículo trata sobre el puente de Sevilla. Para el barrio, véase Los Alamillos.',
      'Puente de los Alamillos',
      'Ubicación Sevilla, Andalucía, España',
      'Coordenadas 37°24′N 5°59′O',
      'Estado En servicio',
      'Inauguración 1992',
      'Propietario Ayuntamiento de Sevilla',
      'Longitud total 250 m',
      '',
      'El puente de los Alamillos es un puente atirantado sobre el río Guadalquivir en Sevilla, construido para la Exposición Universal de 1992.',
      'Su pilono inclinado, de 140 metros de altura, sostiene el tablero sin necesidad de contrapeso en la orilla opuesta.',
      'Fue restaurado entre 2019 y 2021, cuando se sustituyeron los tirantes y se reforzó la cimentación.',
    ],
    title: 'Puente de los Alamillos',
  },
];

describe('a reference page\'s title that its lead restates', () => {
  it.each(RESTATED_NAME_CASES)('$name', ({ lines, title }) => {
    for (const rulesOnly of [true, false]) expect(clean(lines, rulesOnly).title).toBe(title);
  });

  it('keeps a release\'s headline over its date, though the company\'s name printed twice opens the lead', () => {
    const article = clean([
      'Kestrel Minerals',
      'Investors',
      'News',
      'Kestrel Minerals',
      'Kestrel Minerals starts drilling at its second copper licence',
      '4 December 2026',
      '',
      'Kestrel Minerals today announced that drilling has begun at its Harrowdale copper licence, eighteen months after the licence was granted.',
      'The first programme of twelve holes will test the northern extension of the deposit found at the company\'s first licence in 2024.',
      'Results are expected in the second quarter of next year, the company said.',
    ]);
    expect(article.title).toBe('Kestrel Minerals starts drilling at its second copper licence');
  });
});

/** A section label and the headline over the story, both printed again in the footer's tag and most-read lists. */
const HEADLINE_PRINTED_IN_FOOTER_CASES: HeadCase[] = [
  {
    name: 'Portuguese explainer, the headline again under "Mais lidas"',
    lines: [
      'Jornal do Planalto',
      'Assinar',
      'Política',
      'Economia',
      'Cidades',
      'Energia',
      'Perguntas e respostas: o que muda na conta de luz a partir de janeiro',
      'Por Beatriz Lemos',
      '3 de dezembro de 2026',
      '',
      'A agência reguladora aprovou nesta quarta-feira a nova tabela de bandeiras tarifárias, que passa a valer em janeiro e muda a forma como a conta de luz é calculada.',
      'A principal mudança é que a bandeira vermelha passará a ser acionada mais cedo, sempre que o nível dos reservatórios ficar abaixo de quarenta por cento.',
      'Segundo a agência, a conta média de uma família deve subir entre três e cinco por cento no primeiro trimestre.',
      'Tags',
      'Energia',
      'Tarifas',
      'Mais lidas',
      'Chuva forte deve atingir a capital no fim de semana',
      'Perguntas e respostas: o que muda na conta de luz a partir de janeiro',
      '© 2026 Jornal do Planalto',
    ],
    title: 'Perguntas e respostas: o que muda na conta de luz a partir de janeiro',
    byline: 'Beatriz Lemos',
  },
  {
    name: 'French explainer, the section label and headline in the footer\'s topic list',
    lines: [
      'La Gazette du Littoral',
      "S'abonner",
      'Politique',
      'Société',
      'Logement',
      'Ce qui change pour les locations saisonnières dans les communes du littoral',
      'Par Hélène Carré',
      'Publié le 2 décembre 2026',
      '',
      "Le décret qui encadre les locations saisonnières dans les communes du littoral entre en vigueur lundi, après deux ans de débats entre les maires et les propriétaires.",
      "Les logements loués plus de cent vingt jours par an devront désormais être déclarés en mairie, et les communes pourront fixer un quota par quartier.",
      "Les propriétaires qui ne se déclarent pas risquent une amende de 5 000 euros, portée à 10 000 euros en cas de récidive.",
      'Sujets',
      'Logement',
      'Tourisme',
      'Les plus lus',
      'Ce qui change pour les locations saisonnières dans les communes du littoral',
      'Tempête : les ferries pour les îles suspendus jeudi',
      '© 2026 La Gazette du Littoral',
    ],
    title: 'Ce qui change pour les locations saisonnières dans les communes du littoral',
    byline: 'Hélène Carré',
  },
];

describe('a headline and its section label printed again in the footer\'s lists', () => {
  it.each(HEADLINE_PRINTED_IN_FOOTER_CASES)('$name', ({ lines, title, byline }) => {
    for (const rulesOnly of [true, false]) {
      const article = clean(lines, rulesOnly);
      expect(article.title).toBe(title);
      expect(article.byline).toBe(byline);
    }
  });

  it('still drops a contents list whose entries head the story\'s sections', () => {
    const article = clean([
      'Jornal do Planalto',
      'Energia',
      'O que muda na conta de luz a partir de janeiro',
      'Por Beatriz Lemos',
      '3 de dezembro de 2026',
      '',
      'A agência reguladora aprovou nesta quarta-feira a nova tabela de bandeiras tarifárias, que passa a valer em janeiro e muda a forma como a conta de luz é calculada.',
      'Índice',
      'Quando a bandeira muda?',
      'Quanto a conta sobe?',
      'Quando a bandeira muda?',
      'A bandeira vermelha passará a ser acionada sempre que o nível dos reservatórios ficar abaixo de quarenta por cento, e não mais de trinta.',
      'Quanto a conta sobe?',
      'Segundo a agência, a conta média de uma família deve subir entre três e cinco por cento no primeiro trimestre do ano que vem.',
    ]);
    expect(article.paragraphs.filter((paragraph) => paragraph === 'Quando a bandeira muda?')).toHaveLength(1);
    expect(article.paragraphs).not.toContain('Índice');
  });
});

describe('an update line with its time before the date', () => {
  it.each([
    ['Aggiornato alle 11:48 del 4 dicembre 2026', '2026-12-04T11:48:00'],
    ['Atualizado às 11:48 de 4 de dezembro de 2026', '2026-12-04T11:48:00'],
    ['Aktualisiert um 11:48 am 4. Dezember 2026', '2026-12-04T11:48:00'],
    ['Actualizado: 4 dic 2026 - 11:48', '2026-12-04T11:48:00'],
    ['Mis à jour le 4 décembre 2026', '2026-12-04'],
  ])('reads "%s" as the time of an update', (text, iso) => {
    const meta = readMetaLine(text, (line) => line.toLowerCase(), { dayFirst: true });
    expect(meta?.date?.iso).toBe(iso);
    expect(meta?.dateKind).toBe('updated');
  });

  it('takes the published date under the update over the update', () => {
    const article = clean([
      'Il Corriere del Porto',
      'Cronaca',
      'Il porto di Savona riapre il terminal crociere dopo i lavori',
      'di Paolo Ferrando',
      'Aggiornato alle 11:48 del 4 dicembre 2026',
      'Pubblicato il 3 dicembre 2026',
      '',
      "Il terminal crociere del porto di Savona ha riaperto mercoledì dopo otto mesi di lavori, con due nuove passerelle e una sala d'attesa più grande per i passeggeri.",
      "L'autorità portuale ha speso 14 milioni di euro, in gran parte per rinforzare la banchina dove attraccano le navi più grandi.",
      'La prima nave è attesa sabato mattina, con circa quattromila passeggeri a bordo.',
    ]);
    expect(article.publishedAt).toBe('2026-12-03');
  });
});
