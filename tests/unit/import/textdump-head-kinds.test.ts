/**
 * Kinds of page head the blind parts showed, each on invented copies in
 * several languages and site styles: a headline over a deck no longer than
 * itself, an interview's quoted headline over its deck, a life's dates in an
 * obituary's headline, a short weekday before the date, and bylines that name
 * an office, a unit or an outlet beside the reporter rather than a person.
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
  /** A line that must stay in the story. */
  kept?: string;
}

/** A headline over a deck of as many words or fewer, the byline and date under both. */
const SHORT_DECK_CASES: HeadCase[] = [
  {
    name: 'Spanish regional daily, deck one word shorter',
    lines: [
      'Diario del Ebro',
      'Portada',
      'Sociedad',
      'Los pueblos del Moncayo recuperan el autobús diario a Zaragoza tras dos años',
      'La comarca pagará la mitad del servicio hasta el final de 2027',
      'Lucía Gimeno',
      '4 de diciembre de 2026',
      '',
      'Los pueblos del Moncayo vuelven a tener autobús diario a Zaragoza desde este lunes, dos años después de que la empresa concesionaria suprimiera la línea por falta de viajeros.',
      'La comarca pagará la mitad del coste del servicio hasta el final de 2027, y el Gobierno de Aragón la otra mitad, según el convenio firmado el martes.',
      'Los alcaldes de la zona esperan que el autobús ayude a los vecinos mayores a llegar a las consultas médicas de la capital sin depender de sus familias.',
    ],
    title: 'Los pueblos del Moncayo recuperan el autobús diario a Zaragoza tras dos años',
    byline: 'Lucía Gimeno',
    kept: 'La comarca pagará la mitad del servicio hasta el final de 2027',
  },
  {
    name: 'German rights group dispatch, deck as long as the headline',
    lines: [
      'Spenden',
      'Menschenrechte Jetzt',
      'Länder',
      'Themen',
      'Berichte',
      'Belarus: Inhaftierte Gewerkschafter dürfen keine Anwälte mehr sehen',
      'Angehörige berichten von monatelanger Isolation in den Lagern',
      'Jana Petrowa',
      'Researcherin Osteuropa',
      '3. Dezember 2026',
      '',
      'Seit dem Sommer dürfen mindestens zwölf inhaftierte Gewerkschafter in Belarus ihre Anwälte nicht mehr sehen, wie Angehörige in Gesprächen mit uns berichteten.',
      'Die Lagerleitungen begründen die Isolation mit angeblichen Verstößen gegen die Hausordnung. Briefe der Familien kämen seit Monaten nicht mehr an.',
      'Die Regierung sollte den Inhaftierten sofort wieder Zugang zu ihren Anwälten gewähren und die Gewerkschafter freilassen.',
    ],
    title: 'Belarus: Inhaftierte Gewerkschafter dürfen keine Anwälte mehr sehen',
    byline: 'Jana Petrowa',
    kept: 'Angehörige berichten von monatelanger Isolation in den Lagern',
  },
  {
    name: 'Polish parliament press release, deck over a date',
    lines: [
      'Sejm Województwa',
      'Komisje',
      'Posiedzenia',
      'Komunikaty prasowe',
      'Komisja przyjęła projekt ustawy o bezpłatnych przejazdach dla uczniów szkół wiejskich',
      'Według projektu gminy dostaną zwrot kosztów dowozu uczniów z budżetu województwa',
      '4.12.2026',
      '',
      'Komisja Edukacji przyjęła w czwartek projekt ustawy, który zapewni bezpłatne przejazdy uczniom szkół wiejskich dojeżdżającym do szkół powyżej trzech kilometrów.',
      'Według projektu gminy dostaną zwrot kosztów dowozu z budżetu województwa, a przewoźnicy będą musieli dostosować rozkłady jazdy do godzin lekcji.',
      'Projekt trafi teraz pod obrady całego sejmiku na posiedzeniu w styczniu.',
    ],
    title: 'Komisja przyjęła projekt ustawy o bezpłatnych przejazdach dla uczniów szkół wiejskich',
    byline: null,
    kept: 'Według projektu gminy dostaną zwrot kosztów dowozu uczniów z budżetu województwa',
  },
  {
    name: 'English charity report, deck shorter than the headline',
    lines: [
      'Donate',
      'Coastal Trust',
      'What we do',
      'News',
      'Saltmarsh restoration at Hollow Creek doubles the number of wading birds',
      'Volunteers counted more redshank than in any year since 1990',
      'Tom Ashby',
      'December 2, 2026',
      '',
      'Five years after the sea wall at Hollow Creek was opened to the tide, the new saltmarsh there holds twice as many wading birds as it did before the work began.',
      'Volunteers counting the birds each month found more redshank this autumn than in any year since records began in 1990, and the first avocets to nest on the estuary.',
      'The trust now plans to open a second stretch of wall further up the creek next winter.',
    ],
    title: 'Saltmarsh restoration at Hollow Creek doubles the number of wading birds',
    byline: 'Tom Ashby',
    kept: 'Volunteers counted more redshank than in any year since 1990',
  },
];

/**
 * A kicker over a headline shorter than a deck, then a release number or a date opening on a short weekday: the
 * headline stands over its date all the same, and the kicker is no headline, whatever the story names of it.
 */
const KICKER_OVER_HEADLINE_CASES: HeadCase[] = [
  {
    name: 'German committee label over the headline and a numbered date line',
    lines: [
      'Landtag Südmark',
      'Presse',
      'Parlamentsnachrichten',
      'Ausschuss für Bildung und Kultur',
      'Mehr Geld für Schulbibliotheken auf dem Land',
      'Nr. 88/2026',
      'Do., 3. Dezember 2026',
      '',
      'In einer Anhörung des Ausschusses für Bildung und Kultur haben Sachverständige mehr Geld für Schulbibliotheken im ländlichen Raum gefordert.',
      'Viele Bibliotheken würden nur von Ehrenamtlichen betreut und hätten seit Jahren keine neuen Bücher kaufen können, sagte eine Vertreterin des Bibliotheksverbandes.',
      'Der Ausschuss will im Januar über einen Antrag zur Förderung beraten.',
    ],
    title: 'Mehr Geld für Schulbibliotheken auf dem Land',
  },
  {
    name: 'French section label over the headline and a weekday date',
    lines: [
      'Assemblée régionale',
      'Actualités',
      'Commission des transports et de la mobilité',
      'Gratuité des cars scolaires dès la rentrée',
      'jeu., 3 décembre 2026',
      '',
      'Les élus de la commission des transports et de la mobilité ont voté jeudi la gratuité des cars scolaires pour tous les élèves de la région dès la rentrée prochaine.',
      'La mesure coûtera environ onze millions d’euros par an, financés par une hausse de la part régionale de la taxe sur les cartes grises.',
      'Le vote définitif aura lieu en séance plénière le mois prochain.',
    ],
    title: 'Gratuité des cars scolaires dès la rentrée',
  },
];

describe('a headline over a deck no longer than itself', () => {
  it.each(SHORT_DECK_CASES)('$name', ({ lines, title, byline, kept }) => {
    for (const rulesOnly of [true, false]) {
      const article = clean(lines, rulesOnly);
      expect(article.title).toBe(title);
      if (byline !== undefined) expect(article.byline).toBe(byline);
      expect(article.paragraphs).toContain(kept);
    }
  });

  it.each(KICKER_OVER_HEADLINE_CASES)('keeps the headline under a kicker: $name', ({ lines, title }) => {
    expect(clean(lines, true).title).toBe(title);
    expect(clean(lines).title).toBe(title);
  });
});

/** An obituary's headline gives the life's years: a span of years is words, not a release number. */
const LIFE_SPAN_CASES: HeadCase[] = [
  {
    name: 'English local paper',
    lines: [
      'The Dunmore Gazette',
      'Obituaries',
      'Walter "Wally" Prentice, 1938–2026',
      'Lock keeper who kept the canal open through three floods',
      'By Sarah Lyle',
      'December 1, 2026',
      '',
      'Walter Prentice, who kept the lock at Dunmore Bridge for 41 years and was known to every boater on the canal as Wally, died on November 25. He was 88.',
      'During the floods of 1968, 1979 and 2000 he stayed at the lock for days at a time, opening the sluices by hand when the power failed.',
      'He is survived by his daughter, Jean, and three grandchildren. A service will be held at the canal chapel on December 12.',
    ],
    title: 'Walter "Wally" Prentice, 1938–2026',
    byline: 'Sarah Lyle',
  },
  {
    name: 'Spanish regional paper, years in brackets',
    lines: [
      'La Voz del Bierzo',
      'Necrológicas',
      'Adela Fuentes Valcarce (1941-2026)',
      'La maestra que llevó la biblioteca ambulante a los pueblos de la montaña',
      'Por Ramón Gil',
      '2 de diciembre de 2026',
      '',
      'Adela Fuentes Valcarce, que durante treinta años llevó libros en una furgoneta a los pueblos de la montaña del Bierzo, murió el pasado domingo en Ponferrada a los 85 años.',
      'Empezó a dar clase en 1962 y, al ver que sus alumnos no tenían libros en casa, convenció a la diputación para comprar la primera biblioteca ambulante de la provincia.',
      'Deja dos hijos y cinco nietos. El funeral será el jueves en la iglesia de San Andrés.',
    ],
    title: 'Adela Fuentes Valcarce (1941-2026)',
    byline: 'Ramón Gil',
  },
];

describe('an obituary headline with the years of a life', () => {
  it.each(LIFE_SPAN_CASES)('$name, by the rules', ({ lines, title, byline }) => {
    const article = clean(lines, true);
    expect(article.title).toBe(title);
    expect(article.byline).toBe(byline);
  });
});

describe('a short weekday before the date', () => {
  it.each([
    ['Mi., 2. Dezember 2026', '2026-12-02'],
    ['jeu., 3 décembre 2026', '2026-12-03'],
    ['mié., 2 de diciembre de 2026', '2026-12-02'],
    ['gio., 3 dicembre 2026', '2026-12-03'],
    ['tors. 3 december 2026', '2026-12-03'],
  ])('reads "%s" as a date line', (text, iso) => {
    expect(readMetaLine(text, (line) => line.toLowerCase(), { dayFirst: true })?.date?.iso).toBe(iso);
  });
});

describe('a press office or a unit signing a story is no person', () => {
  it.each([
    'Texto: Assessoria de Comunicação Social',
    'Texto: Assessoria de Imprensa do Tribunal',
    'Por: Gabinete de Comunicación',
    'Texto: Dirección de Comunicación del Ayuntamiento',
    'Par Service communication',
    'Testo: Ufficio Comunicazione',
    'Von Stabsstelle Kommunikation',
    'By Communications Office',
    'Autor: Biuro Prasowe Urzędu',
    'Автор: Пресс-центр',
    'Yazan: Basın Birimi',
  ])('reads no person in "%s"', (text) => {
    expect(parseByline(text)).toBeNull();
  });

  it.each([
    ['Texto: Ana Paula Moreira', 'Ana Paula Moreira'],
    ['Por Servando Comunicar', 'Servando Comunicar'],
    ['By Press Ellison', 'Press Ellison'],
  ])('still reads the person in "%s"', (text, name) => {
    expect(parseByline(text)?.names).toEqual([name]);
  });

  it.each([
    {
      name: 'Brazilian court news, the office under the story',
      lines: [
        'Tribunal de Justiça do Estado',
        'Notícias',
        'Tribunal condena município a indenizar família por queda de árvore',
        '03/12/2026 - 15h20',
        '',
        'A 2ª Câmara Cível condenou o município a pagar indenização de R$ 80 mil à família de um motorista cujo carro foi atingido por uma árvore em 2023.',
        'Segundo o relator, a prefeitura havia sido avisada três vezes sobre o risco de queda e não fez a poda necessária.',
        'Cabe recurso da decisão aos tribunais superiores.',
        'Texto: Assessoria de Comunicação Social',
      ],
      title: 'Tribunal condena município a indenizar família por queda de árvore',
    },
    {
      name: 'Spanish town hall release, the office under the headline',
      lines: [
        'Ayuntamiento de Valdemora',
        'Noticias',
        'El Ayuntamiento amplía el horario de las bibliotecas durante los exámenes',
        'Por: Gabinete de Comunicación',
        '2 de diciembre de 2026',
        '',
        'Las tres bibliotecas municipales abrirán hasta la medianoche entre el 10 de diciembre y el 31 de enero para los estudiantes que preparan sus exámenes.',
        'La concejalía de Juventud contratará a cuatro auxiliares más para cubrir el horario de noche.',
        'El horario ampliado se mantendrá también los sábados y domingos.',
      ],
      title: 'El Ayuntamiento amplía el horario de las bibliotecas durante los exámenes',
    },
  ])('leaves the byline empty: $name', ({ lines, title }) => {
    const article = clean(lines);
    expect(article.title).toBe(title);
    expect(article.byline).toBeNull();
  });
});

describe('an academic title in lower case before the name', () => {
  it.each([
    ['Autor: dr Katarzyna Wróblewska', 'Katarzyna Wróblewska'],
    ['Autorka: dr hab. Anna Zielińska', 'Anna Zielińska'],
    ['Autor: prof. Jan Malinowski', 'Jan Malinowski'],
    ['Autor: doc. Petr Novotný', 'Petr Novotný'],
    ['di dott. Marco Bellini', 'Marco Bellini'],
  ])('reads "%s"', (text, name) => {
    expect(parseByline(text)?.names).toEqual([name]);
  });
});

describe('the outlet before the reporter\'s name and job', () => {
  it.each([
    ['한결뉴스 정다은 기자', '정다은'],
    ['바다일보 김민수 기자', '김민수'],
    ['동해방송 이지훈 특파원', '이지훈'],
    ['北海新聞 佐藤美咲 記者', '佐藤美咲'],
  ])('reads "%s"', (text, name) => {
    expect(parseByline(text)?.names).toEqual([name]);
  });

  it('keeps a reporter with no outlet whole', () => {
    expect(parseByline('정다은 기자')?.names).toEqual(['정다은']);
  });
});

/** A box's heading right under the story's last paragraph, where some sites sign their stories. */
const CLOSING_HEADING_CASES: HeadCase[] = [
  {
    name: 'Turkish weather warning, a levels box',
    lines: [
      'Meteoroloji Bölge Müdürlüğü',
      'Uyarılar',
      'Ege kıyılarında kuvvetli rüzgar ve fırtına uyarısı',
      'Yayım Zamanı: 05.12.2026 10:30',
      '',
      'Son değerlendirmelere göre Cumartesi öğleden sonra Ege kıyılarında rüzgarın kuvvetli, yer yer fırtına şeklinde esmesi beklenmektedir.',
      'Denizlerde dalga boyunun yükselmesi nedeniyle küçük teknelerin limanlardan ayrılmaması, vatandaşlarımızın çatı uçması ve ağaç devrilmesine karşı dikkatli olmaları önemle duyurulur.',
      'Rüzgarın Pazar akşamından itibaren zayıflaması bekleniyor ve uyarı seviyesi sarıya düşecek.',
      '',
      'Uyarı Seviyeleri Hakkında',
      'SARI: Dikkatli olun | TURUNCU: Hazırlıklı olun | KIRMIZI: Tedbir alın',
    ],
    title: 'Ege kıyılarında kuvvetli rüzgar ve fırtına uyarısı',
  },
  {
    name: 'English council notice, a related-links box',
    lines: [
      'Borough of Westfold',
      'News',
      'Garden waste collections pause for two weeks over Christmas',
      'Published 3 December 2026',
      '',
      'Garden waste collections will pause from 22 December and restart in the week of 5 January, the council said on Thursday.',
      'Residents can take garden waste to the recycling centres at Hollins Lane and Marsh Road, which stay open except on Christmas Day and Boxing Day.',
      'Christmas trees will be collected in the first two weeks of January from the kerbside, cut into pieces no longer than a metre.',
      '',
      'Garden Waste Collections',
      'Bins and recycling | Find your collection day | Report a missed bin',
    ],
    title: 'Garden waste collections pause for two weeks over Christmas',
  },
  {
    name: 'German utility news, a contact box',
    lines: [
      'Stadtwerke Elmsbach',
      'Aktuelles',
      'Fernwärmenetz wird im Norden der Stadt erweitert',
      '4. Dezember 2026',
      '',
      'Die Stadtwerke erweitern ab Februar das Fernwärmenetz im Norden der Stadt um rund vier Kilometer Leitungen.',
      'Rund 600 Haushalte können sich danach an das Netz anschließen lassen; die Arbeiten dauern bis zum Herbst.',
      'Während der Bauzeit wird die Lindenstraße abschnittsweise gesperrt, die Umleitung ist ausgeschildert.',
      '',
      'Ihr Kontakt zum Netz',
      'Telefon 0000 44-0 | Montag bis Freitag 8 bis 18 Uhr',
    ],
    title: 'Fernwärmenetz wird im Norden der Stadt erweitert',
  },
];

describe('a box heading under the story is no signature', () => {
  it.each(CLOSING_HEADING_CASES)('$name', ({ lines, title }) => {
    const article = clean(lines);
    expect(article.title).toBe(title);
    expect(article.byline).toBeNull();
  });

  it('still reads a name signing the story there', () => {
    const article = clean([
      'Báo Sông Hồng',
      'Thời sự',
      'Hà Nội mở thêm ba tuyến xe buýt điện',
      '04/12/2026 09:15',
      '',
      'Từ ngày 15 tháng 12, Hà Nội sẽ mở thêm ba tuyến xe buýt điện nối trung tâm với các khu đô thị phía tây.',
      'Các tuyến mới có tổng chiều dài hơn 60 km và dự kiến phục vụ khoảng 20.000 lượt khách mỗi ngày.',
      'Giá vé vẫn giữ ở mức 7.000 đồng mỗi lượt như các tuyến xe buýt khác.',
      '',
      'Ngọc Lan',
      'Tin liên quan',
    ]);
    expect(article.byline).toBe('Ngọc Lan');
  });
});

/** A release portal prints its issuer's name twice in the header, then over the headline or beside the date: the issuer, not an author. */
const ISSUER_REPEATED_CASES: HeadCase[] = [
  {
    name: 'German fire brigade on a press portal',
    lines: [
      'Presseportal',
      'Blaulicht',
      'Feuerwehr Altmoor',
      'Feuerwehr Altmoor',
      'Folgen',
      '05.12.2026 – 08:14',
      'Feuerwehr Altmoor',
      'FW-AM: Scheunenbrand in Heidekamp – keine Verletzten',
      '',
      'In der Nacht auf Samstag ist in Heidekamp eine Scheune mit Strohballen vollständig abgebrannt. Menschen und Tiere wurden nicht verletzt.',
      'Die Feuerwehr war mit 60 Einsatzkräften vor Ort und verhinderte, dass die Flammen auf ein angrenzendes Wohnhaus übergriffen.',
      'Die Polizei hat die Ermittlungen zur Brandursache aufgenommen.',
      'Rückfragen bitte an: Feuerwehr Altmoor, Pressestelle',
    ],
    title: 'FW-AM: Scheunenbrand in Heidekamp – keine Verletzten',
  },
  {
    name: 'English police force newsroom',
    lines: [
      'Northvale Police',
      'News',
      'Northvale Police',
      'Follow',
      'Northvale Police',
      '4 December 2026',
      'Witnesses sought after van stolen from builders’ yard in Carrow',
      '',
      'Officers are appealing for witnesses after a white van was stolen from a builders’ yard on Mill Street in Carrow overnight on Wednesday.',
      'The van was taken between 10pm and 6am and was later seen heading towards the ring road.',
      'Anyone with information is asked to call 101 quoting reference 118 of 3 December.',
    ],
    title: 'Witnesses sought after van stolen from builders’ yard in Carrow',
  },
  {
    name: 'Dutch water board on a news feed',
    lines: [
      'Nieuwsplein',
      'Waterschap Lingedal',
      'Waterschap Lingedal',
      'Volgen',
      'Waterschap Lingedal',
      '3 december 2026',
      'Dijkversterking bij Heukelum start in het voorjaar',
      '',
      'Het waterschap begint in maart met het versterken van de dijk tussen Heukelum en Spijk over een lengte van vier kilometer.',
      'Tijdens de werkzaamheden blijft de dijkweg open voor fietsers, maar niet voor auto’s.',
      'Bewoners kunnen op 14 januari hun vragen stellen tijdens een inloopavond in het dorpshuis.',
    ],
    title: 'Dijkversterking bij Heukelum start in het voorjaar',
  },
  {
    name: 'Spanish ministry feed',
    lines: [
      'Sala de prensa',
      'Consejería de Medio Rural',
      'Consejería de Medio Rural',
      'Suscribirse',
      'Consejería de Medio Rural',
      '2 de diciembre de 2026',
      'La Consejería abre las ayudas para modernizar regadíos en la vega del Tajo',
      '',
      'La Consejería de Medio Rural ha abierto el plazo para pedir ayudas a la modernización de regadíos en la vega del Tajo, con un presupuesto de doce millones de euros.',
      'Las comunidades de regantes podrán pedir hasta el ochenta por ciento del coste de las obras.',
      'El plazo estará abierto hasta el 31 de enero.',
    ],
    title: 'La Consejería abre las ayudas para modernizar regadíos en la vega del Tajo',
  },
];

describe('the issuer printed in the header and beside the date is no author', () => {
  it.each(ISSUER_REPEATED_CASES)('$name', ({ lines }) => {
    expect(clean(lines).byline).toBeNull();
  });

  it('keeps a writer whose name the header prints once, as a personal newsletter does', () => {
    const article = clean([
      'Marta Vidal',
      'Archive',
      'About',
      'Why the night trains came back',
      'Marta Vidal',
      'December 4, 2026',
      '',
      'Ten years ago almost every night train in the west of the continent had gone, and few people expected to see them again.',
      'Now there are more than forty routes, most of them run by small operators that lease old sleeping cars and sell tickets online.',
      'The trains are often full, but few of them make money, and most depend on subsidies that may not last.',
    ]);
    expect(article.byline).toBe('Marta Vidal');
  });
});

/** The author's card between the standfirst and the story: the name over a line giving the job or the desk, in languages the job words had missed. */
const CARD_CASES: HeadCase[] = [
  {
    name: 'Dutch broadcaster, the regional desk under the name',
    lines: [
      'Omroep Zeeland Nieuws',
      'Nieuws',
      'Regio',
      'vr 4 dec 2026 10:12',
      'Veerdienst naar Breskens vaart weer volgens de winterdienstregeling',
      'De veerboot tussen Vlissingen en Breskens vaart vanaf maandag weer elk uur. Dat meldt de provincie.',
      'Luister',
      'Pieter De Wolf',
      'Redactie Zeeland',
      'Deel',
      '',
      'Door storing aan een van de twee boten voer de veerdienst de afgelopen drie weken maar om de twee uur, tot ergernis van forenzen.',
      'De provincie heeft de motor van de boot laten vervangen en verwacht geen nieuwe problemen deze winter.',
      'Fietsers kunnen vanaf maandag ook weer reserveren voor de vroege boot van zes uur.',
    ],
    title: 'Veerdienst naar Breskens vaart weer volgens de winterdienstregeling',
    byline: 'Pieter De Wolf',
  },
  {
    name: 'Swedish local paper, an editor under the name',
    lines: [
      'Norrbygdens Tidning',
      'Nyheter',
      'Skolan i Åsmyra får vara kvar i tre år till',
      'Kommunen skjuter upp beslutet om att lägga ner byskolan efter protester från föräldrarna.',
      'Lina Berglund',
      'Redaktör',
      '4 december 2026',
      '',
      'Barn- och utbildningsnämnden beslutade på torsdagen att skolan i Åsmyra ska finnas kvar åtminstone till sommaren 2029, trots att antalet elever har minskat till knappt trettio.',
      'Föräldrarna hade samlat in över 800 namn mot nedläggningen, och flera politiker bytte uppfattning under mötet.',
      'Frågan ska utredas igen när den nya skolplanen är klar.',
    ],
    title: 'Skolan i Åsmyra får vara kvar i tre år till',
    byline: 'Lina Berglund',
  },
  {
    name: 'Indonesian news portal, a reporter under the name',
    lines: [
      'Kabar Pesisir',
      'Berita',
      'Daerah',
      'Pelabuhan Tanjung Wangi tambah dua kapal feri baru',
      'Dua kapal baru akan melayani rute ke Lombok mulai bulan depan.',
      'Rizki Pratama',
      'Wartawan',
      '4 Desember 2026',
      '',
      'Pelabuhan Tanjung Wangi menambah dua kapal feri baru untuk melayani penyeberangan ke Lombok mulai Januari.',
      'Menurut pengelola pelabuhan, kapal baru itu bisa membawa 600 penumpang dan 80 kendaraan sekali jalan.',
      'Penambahan kapal diharapkan memperpendek antrean kendaraan saat musim liburan.',
    ],
    title: 'Pelabuhan Tanjung Wangi tambah dua kapal feri baru',
    byline: 'Rizki Pratama',
  },
  {
    name: 'Greek regional site, a journalist under the name',
    lines: [
      'Νέα της Θεσσαλίας',
      'Ειδήσεις',
      'Νέα γραμμή λεωφορείου συνδέει τα χωριά του Πηλίου με τον Βόλο',
      'Η γραμμή θα λειτουργεί καθημερινά από τις 15 Δεκεμβρίου.',
      'Μαρία Παπαδάκη',
      'Δημοσιογράφος',
      '4 Δεκεμβρίου 2026',
      '',
      'Νέα γραμμή λεωφορείου θα συνδέει από τις 15 Δεκεμβρίου τα ορεινά χωριά του Πηλίου με το κέντρο του Βόλου, μετά από πολύμηνες συζητήσεις της περιφέρειας με τους δήμους της περιοχής.',
      'Τα δρομολόγια θα είναι τέσσερα την ημέρα και το εισιτήριο θα κοστίζει δύο ευρώ.',
      'Οι κάτοικοι ζητούσαν εδώ και χρόνια τακτική σύνδεση με την πόλη.',
    ],
    title: 'Νέα γραμμή λεωφορείου συνδέει τα χωριά του Πηλίου με τον Βόλο',
    byline: 'Μαρία Παπαδάκη',
  },
];

describe('the author\'s card under the headline, with the job in more languages', () => {
  it.each(CARD_CASES)('$name', ({ lines, title, byline }) => {
    const article = clean(lines);
    expect(article.title).toBe(title);
    expect(article.byline).toBe(byline);
  });
});

describe('month names in more languages', () => {
  it.each([
    ['4 Δεκεμβρίου 2026', '2026-12-04'],
    ['15 Μαΐου 2026', '2026-05-15'],
    ['4. prosince 2026', '2026-12-04'],
    ['12 septembrie 2026', '2026-09-12'],
    ['4. joulukuuta 2026', '2026-12-04'],
    ['3 augusti 2026', '2026-08-03'],
    ['3. elokuuta 2026', '2026-08-03'],
  ])('reads "%s"', (text, iso) => {
    expect(findDate(text, { dayFirst: true })?.iso).toBe(iso);
  });
});

/** The author's card (name, job, reading time) printed above the headline, under the date. */
const CARD_ABOVE_HEADLINE_CASES: HeadCase[] = [
  {
    name: 'Russian tech site',
    lines: [
      'ТехноВести',
      'Новости',
      'Обзоры',
      'Стартапы',
      '4 декабря 2026, 11:20',
      'Олег Смирнов',
      'Обозреватель',
      'Читать 3 мин',
      'Казанский стартап привлёк 200 млн рублей на роботов для складов',
      '',
      'Казанский стартап «Склад-Робо» привлёк 200 млн рублей от двух венчурных фондов на выпуск роботов, которые сами собирают заказы на складах интернет-магазинов.',
      'Роботы уже работают на трёх складах в Татарстане и, по словам основателей, сокращают время сборки заказа почти вдвое.',
      'Деньги пойдут на новую линию сборки и найм сорока инженеров в следующем году.',
    ],
    title: 'Казанский стартап привлёк 200 млн рублей на роботов для складов',
    byline: 'Олег Смирнов',
  },
  {
    name: 'Polish business portal',
    lines: [
      'Biznes Teraz',
      'Gospodarka',
      'Finanse',
      '3 grudnia 2026',
      'Agnieszka Nowicka',
      'Dziennikarka',
      'Czytaj 4 min',
      'Gdańska stocznia dostała zamówienie na trzy promy elektryczne',
      '',
      'Stocznia w Gdańsku podpisała umowę na budowę trzech promów elektrycznych dla norweskiego armatora, pierwszą taką umowę w swojej historii.',
      'Promy mają pływać na krótkich trasach między wyspami i ładować baterie w każdym porcie w czasie wyładunku samochodów.',
      'Pierwszy prom ma być gotowy w 2028 roku, a stocznia zatrudni do tego czasu stu nowych pracowników.',
    ],
    title: 'Gdańska stocznia dostała zamówienie na trzy promy elektryczne',
    byline: 'Agnieszka Nowicka',
  },
  {
    name: 'Spanish culture site',
    lines: [
      'Revista Escena',
      'Teatro',
      'Música',
      '2 de diciembre de 2026',
      'Carmen Ibáñez',
      'Periodista',
      'Lectura: 5 min',
      'El teatro Arriaga recupera la zarzuela con un montaje para familias',
      '',
      'El teatro Arriaga de Bilbao estrenará en enero un montaje de zarzuela pensado para familias, con funciones de una hora y entradas a diez euros.',
      'La directora del teatro explicó que quiere acercar el género a un público que nunca lo ha visto en escena.',
      'Habrá doce funciones entre el 8 y el 25 de enero, todas por la tarde.',
    ],
    title: 'El teatro Arriaga recupera la zarzuela con un montaje para familias',
    byline: 'Carmen Ibáñez',
  },
  {
    name: 'English trade news site',
    lines: [
      'Freight Weekly',
      'News',
      'Ports',
      'Rail',
      'December 4, 2026',
      'Hannah Whitcombe',
      'Senior Reporter',
      '4 min read',
      'Felixstowe rail terminal adds a third daily train to the Midlands',
      '',
      'The rail terminal at Felixstowe will run a third daily container train to the Midlands from January, its operator said on Thursday.',
      'The new service is meant to take about 60 lorries a day off the A14, where queues at the port have grown this autumn.',
      'Two more trains could follow once a new siding is finished in the summer.',
    ],
    title: 'Felixstowe rail terminal adds a third daily train to the Midlands',
    byline: 'Hannah Whitcombe',
  },
];

describe('the author\'s card above the headline', () => {
  it.each(CARD_ABOVE_HEADLINE_CASES)('$name', ({ lines, title, byline }) => {
    const article = clean(lines);
    expect(article.title).toBe(title);
    expect(article.byline).toBe(byline);
  });

  it('takes no section name over a one-word menu item for an author', () => {
    const article = clean([
      'Daily Harbour',
      'December 4, 2026',
      'Latest News',
      'Opinion',
      'Ferry fares to rise by four per cent in the new year',
      '',
      'Ferry fares on the island routes will rise by four per cent from January, the operator said on Thursday.',
      'The company blamed higher fuel and crew costs, and said fares had not risen for two years.',
      'Islanders with resident cards will keep their discount of forty per cent.',
    ]);
    expect(article.byline).toBeNull();
  });
});

/** An interview's headline is a quotation the answers print again; a deck stands between it and the byline. */
const QUOTED_HEADLINE_CASES: HeadCase[] = [
  {
    name: 'German magazine interview',
    lines: [
      'Werkstatt Magazin',
      'Interviews',
      '„Ein Fass muss atmen können“',
      'Küferin Lena Brandt über Eichenholz, Geduld und die letzte Fassbinderei im Tal',
      'Interview: Tobias Kern',
      '3. Dezember 2026',
      '',
      'Lena Brandt, 48, führt die Fassbinderei Brandt in Oberweiler, die ihr Urgroßvater 1902 gegründet hat. Sie baut etwa hundert Fässer im Jahr, die meisten für Weingüter.',
      'Frage: Was macht ein gutes Fass aus?',
      'Antwort: Das Holz. Es muss drei Jahre im Freien trocknen, sonst reißt es. Und ein Fass muss atmen können, sonst schmeckt der Wein nach nichts.',
      'Frage: Wer übernimmt die Werkstatt nach Ihnen?',
      'Antwort: Mein Sohn, wenn er will. Er lernt seit zwei Jahren bei mir.',
    ],
    title: '„Ein Fass muss atmen können“',
    byline: 'Tobias Kern',
    kept: 'Küferin Lena Brandt über Eichenholz, Geduld und die letzte Fassbinderei im Tal',
  },
  {
    name: 'French weekly interview',
    lines: [
      'L’Hebdo des Métiers',
      'Entretiens',
      '« Le verre ne pardonne rien »',
      'Le souffleur de verre Paul Garnier raconte quarante ans de métier dans le dernier atelier de la vallée',
      'Propos recueillis par Claire Dumas',
      '3 décembre 2026',
      '',
      'Paul Garnier, 63 ans, dirige l’atelier de verre soufflé de Saint-Clair, fondé par son père en 1961. Il y produit environ deux mille pièces par an.',
      'Question : Qu’avez-vous appris de votre père ?',
      'Réponse : La patience. Le verre ne pardonne rien : une seconde de trop dans le four et la pièce est perdue.',
      'Question : L’atelier a-t-il un avenir ?',
      'Réponse : Deux apprentis travaillent avec moi depuis l’an dernier. C’est un bon début.',
    ],
    title: '« Le verre ne pardonne rien »',
    byline: 'Claire Dumas',
    kept: 'Le souffleur de verre Paul Garnier raconte quarante ans de métier dans le dernier atelier de la vallée',
  },
  {
    name: 'Spanish newspaper interview',
    lines: [
      'Diario del Norte',
      'Entrevistas',
      '"El mar ya no da lo que daba"',
      'La armadora Rosa Iglesias habla de cuotas, jóvenes y el futuro de la flota de bajura del puerto',
      'Por Andrés Villar',
      '2 de diciembre de 2026',
      '',
      'Rosa Iglesias, de 57 años, es armadora de dos barcos de bajura en el puerto de Burela y preside la cofradía desde 2019.',
      'Pregunta: ¿Cómo ha cambiado la pesca desde que empezó?',
      'Respuesta: Hay menos barcos y menos pescado. El mar ya no da lo que daba, y las cuotas llegan tarde cada año.',
      'Pregunta: ¿Hay relevo en la flota?',
      'Respuesta: Poco. Los jóvenes prefieren trabajar en tierra, y es difícil culparlos.',
    ],
    title: '"El mar ya no da lo que daba"',
    byline: 'Andrés Villar',
    kept: 'La armadora Rosa Iglesias habla de cuotas, jóvenes y el futuro de la flota de bajura del puerto',
  },
  {
    name: 'English trade magazine interview',
    lines: [
      'Timber Trades Journal',
      'Interviews',
      '“You can hear a good log before you see it”',
      'Sawmiller Gareth Pugh on hardwood, patience and running the valley’s last family mill',
      'Interview by Nia Roberts',
      'December 2, 2026',
      '',
      'Gareth Pugh, 59, runs Pugh & Sons in Llanfair, a sawmill his grandfather opened in 1936. It cuts about 3,000 cubic metres of hardwood a year.',
      'Q: What makes a good log?',
      'A: Straight grain and no metal in it. You can hear a good log before you see it, when it goes on the saw.',
      'Q: Who will run the mill after you?',
      'A: My daughter, Sian, if she wants it. She has been here five years.',
    ],
    title: '“You can hear a good log before you see it”',
    byline: 'Nia Roberts',
    kept: 'Sawmiller Gareth Pugh on hardwood, patience and running the valley’s last family mill',
  },
];

describe('an interview\'s quoted headline over its deck', () => {
  it.each(QUOTED_HEADLINE_CASES)('$name', ({ lines, title, byline, kept }) => {
    const article = clean(lines);
    expect(article.title).toBe(title);
    expect(article.byline).toBe(byline);
    expect(article.paragraphs).toContain(kept);
  });
});

/** A channel's or a site's name printed three times over a post: the post's first line is its headline. */
const CHANNEL_NAME_CASES: HeadCase[] = [
  {
    name: 'English channel preview',
    lines: [
      'Telegram',
      'Harbour Watch | Port news',
      '38K subscribers',
      'Channel preview',
      'Harbour Watch | Port news',
      'Pinned message',
      'Harbour Watch | Port news',
      '⚓ Night ferry to Kessel Island returns on 12 December',
      'The operator is bringing back the 23:40 sailing that was dropped in the summer because of a crew shortage, it said on Thursday.',
      'Tickets go on sale on Monday, at the same price as the day sailings. Season tickets will be valid on the night ferry too.',
      'The harbour master said the port would keep the car park lit until midnight for passengers.',
    ],
    title: '⚓ Night ferry to Kessel Island returns on 12 December',
  },
  {
    name: 'Ukrainian channel preview',
    lines: [
      'Telegram',
      'Міський транспорт | Новини',
      '52 тис. підписників',
      'Попередній перегляд каналу',
      'Міський транспорт | Новини',
      'Закріплене повідомлення',
      'Міський транспорт | Новини',
      '🚋 Трамвай до Сихова знову курсує за звичним маршрутом',
      'Ремонт колії на вулиці Зеленій завершили на тиждень раніше, повідомили в міському управлінні транспорту.',
      'Трамваї номер три і номер сім повертаються на свої маршрути з ранку понеділка, інтервал руху становитиме вісім хвилин.',
      'Автобуси, які возили пасажирів під час ремонту, більше не курсуватимуть.',
    ],
    title: '🚋 Трамвай до Сихова знову курсує за звичним маршрутом',
  },
  {
    name: 'Spanish channel preview',
    lines: [
      'Telegram',
      'Costa Norte Noticias',
      '21 mil suscriptores',
      'Vista previa del canal',
      'Costa Norte Noticias',
      'Mensaje fijado',
      'Costa Norte Noticias',
      '🚌 El autobús nocturno a Laredo vuelve a funcionar los fines de semana',
      'La empresa concesionaria recupera desde el viernes el servicio nocturno que suprimió en verano por falta de conductores.',
      'Habrá tres salidas cada noche del viernes y del sábado, y los billetes costarán lo mismo que de día.',
      'El ayuntamiento pagará la mitad del coste del servicio hasta el verano.',
    ],
    title: '🚌 El autobús nocturno a Laredo vuelve a funcionar los fines de semana',
  },
  {
    name: 'Persian channel preview',
    lines: [
      'Telegram',
      'خبر شهر | اخبار محلی',
      '۴۵ هزار عضو',
      'پیش‌نمایش کانال',
      'خبر شهر | اخبار محلی',
      'پیام سنجاق‌شده',
      'خبر شهر | اخبار محلی',
      '🚇 خط دو متروی شهر از شنبه تا ساعت یک بامداد کار می‌کند',
      'شرکت بهره‌برداری مترو اعلام کرد که از شنبه ساعت کار خط دو یک ساعت بیشتر می‌شود تا مسافران شب بتوانند به خانه برسند.',
      'به گفته مدیرعامل شرکت، فاصله حرکت قطارها در ساعت آخر پانزده دقیقه خواهد بود.',
      'بلیت شبانه با همان قیمت روز فروخته می‌شود.',
    ],
    title: '🚇 خط دو متروی شهر از شنبه تا ساعت یک بامداد کار می‌کند',
  },
];

describe('a name printed three times over the story is no headline', () => {
  it.each(CHANNEL_NAME_CASES)('$name', ({ lines, title }) => {
    expect(clean(lines).title).toBe(title);
  });
});

/** An attached file's name, under the release, is no headline. */
const ATTACHED_FILE_CASES: HeadCase[] = [
  {
    name: 'Spanish ministry release',
    lines: [
      'Ministerio de Agricultura',
      'Sala de prensa',
      'Notas de prensa',
      'Fecha: 03/12/2026',
      'El Gobierno amplía las ayudas a la renovación de la flota pesquera artesanal',
      'Adjuntos',
      'NP ayudas flota artesanal.pdf',
      'El Ministerio de Agricultura, Pesca y Alimentación ha ampliado en un treinta por ciento las ayudas para renovar los motores de la flota pesquera artesanal.',
      'Las embarcaciones de menos de doce metros podrán recibir hasta el sesenta por ciento del coste de un motor nuevo, más limpio y más eficiente.',
      'Las solicitudes podrán presentarse hasta el 31 de marzo.',
    ],
    title: 'El Gobierno amplía las ayudas a la renovación de la flota pesquera artesanal',
  },
  {
    name: 'German agency release',
    lines: [
      'Landesamt für Umwelt',
      'Presse',
      'Pressemitteilungen',
      '03.12.2026',
      'Luftqualität in den Städten hat sich im dritten Jahr in Folge verbessert',
      'Anhänge',
      'PM_Luftqualitaet_2026.docx',
      'Die Luftqualität in den Städten des Landes hat sich im dritten Jahr in Folge verbessert, wie das Landesamt für Umwelt am Donnerstag mitteilte.',
      'An keiner Messstation wurde der Grenzwert für Stickstoffdioxid im Jahresmittel überschritten, an zwei Stationen lag er nur knapp darunter.',
      'Das Landesamt führt die Verbesserung vor allem auf neuere Busse und Lieferfahrzeuge zurück.',
    ],
    title: 'Luftqualität in den Städten hat sich im dritten Jahr in Folge verbessert',
  },
  {
    name: 'Japanese city release',
    lines: [
      '北浜市',
      '報道発表',
      '2026年12月3日',
      '市営バスに電気バス10台を導入します',
      '添付ファイル',
      '【報道発表資料】電気バスの導入について.pdf',
      '北浜市は、来年4月から市営バスに電気バス10台を導入し、市内の3路線で運行を始めます。',
      '導入費用は約8億円で、国の補助金を活用します。年間の二酸化炭素排出量を約600トン減らせる見込みです。',
      '充電設備は市営バスの車庫に整備します。',
    ],
    title: '市営バスに電気バス10台を導入します',
  },
  {
    name: 'English council release',
    lines: [
      'Westhaven Council',
      'Newsroom',
      'Press releases',
      'Published 3 December 2026',
      'Council confirms free parking in the town centre on December Saturdays',
      'Attachments',
      'Press release - Christmas parking 2026.pdf',
      'Parking in all council car parks in the town centre will be free on every Saturday in December, the council confirmed on Thursday.',
      'The scheme is meant to help shops and market traders in the busiest weeks of the year, and will cost the council about £40,000.',
      'Blue badge holders can park free at any time, as now.',
    ],
    title: 'Council confirms free parking in the town centre on December Saturdays',
  },
];

describe('an attached file\'s name is no headline', () => {
  it.each(ATTACHED_FILE_CASES)('$name', ({ lines, title }) => {
    expect(clean(lines).title).toBe(title);
  });
});

/** A forum thread: the first poster's user name on the post's card, printed in the thread's head too. */
const THREAD_STARTER_CASES: HeadCase[] = [
  {
    name: 'English model railway forum',
    lines: [
      'Branch Line Modellers',
      'Forums',
      'Layouts',
      'Rebuilding the fiddle yard on my OO gauge layout',
      'Thread starter steam_kev42',
      'Start date Dec 2, 2026',
      '#1',
      'steam_kev42',
      'Active member',
      'After ten years of derailments I have finally ripped out the old fiddle yard and started again with proper points and a level baseboard.',
      'The new yard has six roads instead of four, each long enough for a nine-coach train, and I have wired every road to its own isolating switch.',
      'Photos to follow once the track is ballasted. Has anyone tried the new code 75 points in a yard like this?',
    ],
    title: 'Rebuilding the fiddle yard on my OO gauge layout',
    byline: 'steam_kev42',
  },
  {
    name: 'Spanish fishing forum',
    lines: [
      'Foro de Pesca del Cantábrico',
      'Foros',
      'Pesca desde costa',
      'Salida de limpieza del río Deva el 16 de enero',
      'Iniciado por pesca_deva77',
      'Fecha de inicio 3 dic 2026',
      '#1',
      'pesca_deva77',
      'Miembro veterano',
      'Como cada invierno, el club organiza una salida para limpiar las orillas del río Deva entre el puente viejo y la presa.',
      'El año pasado sacamos casi una tonelada de basura, sobre todo sedal y plásticos, y necesitamos más manos que nunca.',
      'Quedamos a las nueve en el aparcamiento del puente. El club pone guantes y bolsas.',
    ],
    title: 'Salida de limpieza del río Deva el 16 de enero',
    byline: 'pesca_deva77',
  },
  {
    name: 'German bicycle forum',
    lines: [
      'Radforum Nord',
      'Foren',
      'Technik',
      'Nabendynamo flackert bei Nässe – Kabel oder Stecker?',
      'Themenstarter rad_jens',
      'Erstellt am 4. Dezember 2026',
      '#1',
      'rad_jens',
      'Mitglied',
      'Seit ein paar Wochen flackert mein Licht, sobald es regnet. Der Nabendynamo ist drei Jahre alt, die Lampe neu.',
      'Ich habe das Kabel schon einmal getauscht, aber der Stecker an der Nabe sieht etwas angelaufen aus.',
      'Hat jemand einen Tipp, ob man den Stecker einzeln bekommt, oder muss das ganze Kabel neu?',
    ],
    title: 'Nabendynamo flackert bei Nässe – Kabel oder Stecker?',
    byline: 'rad_jens',
  },
  {
    name: 'French gardening forum',
    lines: [
      'Forum Jardin Facile',
      'Forums',
      'Potager',
      'Mes tomates ont pourri sur pied cet automne, que faire l’an prochain ?',
      'Auteur du sujet jardin_lea',
      'Date de début 2 déc. 2026',
      '#1',
      'jardin_lea',
      'Membre',
      'Cette année, presque toutes mes tomates ont pourri sur pied en septembre, alors que les plants étaient beaux en août.',
      'Je les avais plantées au même endroit que l’an dernier, et il a beaucoup plu à la fin de l’été.',
      'Faut-il changer de place, de variété, ou simplement mieux couvrir les plants ?',
    ],
    title: 'Mes tomates ont pourri sur pied cet automne, que faire l’an prochain ?',
    byline: 'jardin_lea',
  },
];

describe('a thread\'s first poster', () => {
  it.each(THREAD_STARTER_CASES)('$name', ({ lines, title, byline }) => {
    const article = clean(lines);
    expect(article.title).toBe(title);
    expect(article.byline).toBe(byline);
  });

  it('takes no code printed twice in the head for a poster', () => {
    const article = clean([
      'Parts Store',
      'Spare gear for the FX_200 pump',
      'Model FX_200',
      'FX_200',
      'The pump has been replaced by a newer model with a stronger motor and a quieter gearbox, which fits the same mounting holes.',
      'Spare gears for the old model are still sold and ship within three working days.',
    ]);
    expect(article.byline).toBeNull();
  });
});

describe('a speaker\'s line with a public office', () => {
  it.each([
    ['Rosa Delgado, Mayor of Port Alder', 'Rosa Delgado'],
    ['Ana Ruiz, alcaldesa de Valdemora', 'Ana Ruiz'],
    ['Jan Kowalski, burmistrz Gminy Lipno', 'Jan Kowalski'],
    ['Claire Morel, maire de Saint-Aubin', 'Claire Morel'],
    ['Petra Wolf, Oberbürgermeisterin der Stadt Elmsbach', 'Petra Wolf'],
    ['Luca Bassi, sindaco di Valmora', 'Luca Bassi'],
  ])('reads "%s"', (text, name) => {
    expect(parseByline(text)?.names).toEqual([name]);
  });

  it.each(['Ana Ruiz, alcaldesa de Valdemora, inauguró ayer la nueva biblioteca del barrio.', 'Rosa Delgado, Mayor of Port Alder, opened the library on Saturday.'])(
    'reads no byline in the sentence "%s"',
    (text) => {
      expect(parseByline(text)).toBeNull();
    },
  );

  it.each([
    {
      name: 'Spanish town hall speech',
      lines: [
        'Ayuntamiento de Valdemora',
        'Discursos',
        'Discurso de la alcaldesa en el pleno de presupuestos de 2027',
        'Ana Ruiz, alcaldesa de Valdemora',
        '3 de diciembre de 2026',
        '',
        'Buenas tardes a todos, y gracias por acompañarnos en un pleno que decide cómo vamos a vivir en Valdemora el año que viene.',
        'Estos presupuestos dedican un tercio de la inversión a las escuelas y a los centros de salud de los barrios del norte.',
        'No subimos los impuestos, pero sí pedimos un esfuerzo a todos para ahorrar agua y energía en los edificios municipales.',
      ],
      title: 'Discurso de la alcaldesa en el pleno de presupuestos de 2027',
      byline: 'Ana Ruiz',
    },
    {
      name: 'German city speech',
      lines: [
        'Stadt Elmsbach',
        'Reden',
        'Rede zum Neujahrsempfang der Stadt Elmsbach',
        'Petra Wolf, Oberbürgermeisterin der Stadt Elmsbach',
        '9. Januar 2026',
        '',
        'Liebe Elmsbacherinnen und Elmsbacher, ich freue mich, dass so viele von Ihnen heute Abend ins Rathaus gekommen sind.',
        'Das vergangene Jahr war für unsere Stadt ein Jahr der Baustellen: die neue Brücke, die Schule am Markt, das Hallenbad.',
        'In diesem Jahr wollen wir vor allem die Busverbindungen in die Ortsteile verbessern.',
      ],
      title: 'Rede zum Neujahrsempfang der Stadt Elmsbach',
      byline: 'Petra Wolf',
    },
    {
      name: 'French town speech',
      lines: [
        'Ville de Saint-Aubin',
        'Discours',
        'Discours des vœux de la maire aux habitants',
        'Claire Morel, maire de Saint-Aubin',
        '8 janvier 2026',
        '',
        'Mesdames et messieurs, chers habitants, merci d’être venus si nombreux à la salle des fêtes pour cette cérémonie des vœux.',
        'L’année écoulée a vu l’ouverture de la nouvelle médiathèque et la rénovation complète de l’école des Tilleuls.',
        'Cette année, nous lancerons le chantier de la piste cyclable vers la gare.',
      ],
      title: 'Discours des vœux de la maire aux habitants',
      byline: 'Claire Morel',
    },
  ])('reads the speaker as the byline: $name', ({ lines, title, byline }) => {
    const article = clean(lines);
    expect(article.title).toBe(title);
    expect(article.byline).toBe(byline);
  });
});

/** An opinion writer's name over a one-sentence bio that opens with the name, under the headline and deck. */
const NAME_OVER_BIO_CASES: HeadCase[] = [
  {
    name: 'English regional paper column',
    lines: [
      'THE EASTERN COURIER',
      'Opinion',
      'The ferry timetable review must start with the islanders who use it',
      'A few extra sailings will not win back the families who have already left',
      'Martin Oduya',
      'Martin Oduya is a maritime economist and a former harbour board member.',
      'Published 2 December 2026',
      '',
      'When the ferry contract was renewed in 2020, the operator promised a timetable built around the school day and the hospital clinics on the mainland.',
      'Five years on, the first sailing still leaves too late for the morning clinics, and the last one too early for anyone working a full shift in town.',
      'The review should start by asking the islanders which sailings they need, not which ones are cheapest to run.',
    ],
    title: 'The ferry timetable review must start with the islanders who use it',
    byline: 'Martin Oduya',
  },
  {
    name: 'Spanish daily opinion piece',
    lines: [
      'EL DIARIO DEL SUR',
      'Opinión',
      'La reforma del puerto no puede esperar otro verano',
      'Cada mes de retraso cuesta empleos en la lonja y en los astilleros',
      'Laura Méndez',
      'Laura Méndez es economista y fue concejala de Puertos entre 2015 y 2019.',
      'Publicado el 2 de diciembre de 2026',
      '',
      'Cuando se aprobó el plan de reforma del puerto en 2021, el ayuntamiento prometió que las obras estarían terminadas antes del verano de 2025.',
      'Hoy la dársena sigue a medio dragar, los barcos grandes siguen yendo a otros puertos y la lonja pierde clientes cada mes.',
      'La reforma necesita un calendario cerrado y un responsable que rinda cuentas ante el pleno.',
    ],
    title: 'La reforma del puerto no puede esperar otro verano',
    byline: 'Laura Méndez',
  },
  {
    name: 'German weekly commentary',
    lines: [
      'DIE WOCHENPOST',
      'Meinung',
      'Die Stadt braucht mehr Wohnungen, nicht mehr Parkhäuser',
      'Jeder neue Stellplatz in der Innenstadt verteuert das Wohnen für alle anderen',
      'Katrin Vogt',
      'Katrin Vogt ist Stadtplanerin und lehrt an der Hochschule Elmsbach.',
      'Veröffentlicht am 2. Dezember 2026',
      '',
      'Als der Stadtrat 2022 den Bau von zwei neuen Parkhäusern beschloss, versprach er zugleich fünfhundert neue Wohnungen in der Innenstadt.',
      'Die Parkhäuser stehen inzwischen, von den Wohnungen ist bisher keine einzige gebaut, und die Mieten sind um ein Fünftel gestiegen.',
      'Der Rat sollte die Reihenfolge umdrehen und die Grundstücke zuerst für Wohnungen vergeben.',
    ],
    title: 'Die Stadt braucht mehr Wohnungen, nicht mehr Parkhäuser',
    byline: 'Katrin Vogt',
  },
  {
    name: 'French regional opinion piece',
    lines: [
      'LE COURRIER DE L’OUEST',
      'Opinions',
      'Le tramway doit enfin desservir les quartiers nord',
      'Prolonger la ligne vers le centre commercial ne répond pas aux besoins des habitants',
      'Sophie Arnaud',
      'Sophie Arnaud est urbaniste et a travaillé dix ans pour la métropole.',
      'Publié le 2 décembre 2026',
      '',
      'Quand la métropole a présenté son plan de mobilité en 2021, elle a promis que le tramway atteindrait les quartiers nord avant la fin du mandat.',
      'Le nouveau tracé annoncé cette semaine prolonge pourtant la ligne vers le centre commercial, à l’opposé des quartiers qui en ont le plus besoin.',
      'La métropole doit revoir ce choix avant le vote du budget en janvier.',
    ],
    title: 'Le tramway doit enfin desservir les quartiers nord',
    byline: 'Sophie Arnaud',
  },
];

describe('a writer\'s name over a bio that opens with it', () => {
  it.each(NAME_OVER_BIO_CASES)('$name', ({ lines, title, byline }) => {
    const article = clean(lines);
    expect(article.title).toBe(title);
    expect(article.byline).toBe(byline);
    // The bio under the name is the card's, not the story's.
    expect(article.paragraphs).not.toContain(lines[5]);
  });
});

/** A photo's caption right under the byline and date, a sentence closed by its credit in brackets: never the headline. */
const CAPTION_UNDER_DATE_CASES: HeadCase[] = [
  {
    name: 'English obituary',
    lines: [
      'The Marsh Herald',
      'Obituaries',
      'Arthur "Archie" Cole, 1929–2026',
      'Boatbuilder who kept the estuary’s sailing barges afloat for sixty years',
      'By Helen Pryce',
      'Staff Writer',
      'December 1, 2026',
      'Archie Cole, known along the whole estuary as the barge doctor, in his boatyard at Creekmouth in 2015. (Family photo)',
      'Arthur Cole, who repaired and rebuilt the estuary’s wooden sailing barges for more than sixty years, died on November 26 at his home in Creekmouth. He was 97.',
      'He left school at fourteen to work in his uncle’s yard and took it over in 1958, when most of the barges were being broken up for scrap.',
      'He is survived by his daughter, Ruth, and four grandchildren. A service will be held at St Peter’s Church on December 10.',
    ],
    title: 'Arthur "Archie" Cole, 1929–2026',
    byline: 'Helen Pryce',
  },
  {
    name: 'Spanish obituary',
    lines: [
      'El Faro de la Ría',
      'Necrológicas',
      'Carmen Souto Vilar (1934-2026)',
      'La maestra que enseñó a leer a tres generaciones de niños de la ría',
      'Por Xosé Lema',
      'Redactor',
      '2 de diciembre de 2026',
      'Carmen Souto, en la escuela de Bouzas el día de su jubilación, en 1999. (Foto cedida por la familia)',
      'Carmen Souto Vilar, que fue maestra de la escuela de Bouzas durante treinta y cinco años, murió el pasado viernes en Vigo a los 92 años.',
      'Llegó a la escuela en 1964 y nunca quiso otro destino; muchos de sus antiguos alumnos llevaron después a sus hijos a su clase.',
      'Deja dos hijas y seis nietos. El funeral será el jueves en la iglesia de Santiago.',
    ],
    title: 'Carmen Souto Vilar (1934-2026)',
    byline: 'Xosé Lema',
  },
  {
    name: 'French feature',
    lines: [
      'La Gazette du Littoral',
      'Portraits',
      'Le dernier cordier du port de Rochemer',
      'À 81 ans, Jean Le Bihan fabrique encore à la main les cordages des vieux gréements de la côte',
      'Par Anne Kervella',
      'Journaliste',
      '3 décembre 2026',
      'Jean Le Bihan dans sa corderie du quai des Pêcheurs, le mois dernier. (Photo Anne Kervella)',
      'Depuis soixante ans, Jean Le Bihan tresse à la main des cordages de chanvre dans un hangar de trente mètres de long au fond du port de Rochemer.',
      'Les propriétaires de vieux gréements viennent de toute la Bretagne lui commander des drisses et des écoutes que plus personne ne sait faire.',
      'Il cherche aujourd’hui un apprenti pour reprendre l’atelier.',
    ],
    title: 'Le dernier cordier du port de Rochemer',
    byline: 'Anne Kervella',
  },
  {
    name: 'German portrait',
    lines: [
      'Nordsee Zeitung',
      'Porträts',
      'Der letzte Reepschläger von Husum',
      'Mit 79 Jahren dreht Hinrich Petersen noch immer Taue für die alten Segelschiffe der Küste',
      'Von Maren Jansen',
      'Redakteurin',
      '3. Dezember 2026',
      'Hinrich Petersen in seiner Reeperbahn am Hafen, im vergangenen Monat. (Foto: Maren Jansen)',
      'Seit sechzig Jahren dreht Hinrich Petersen in einer langen Halle am Husumer Hafen Taue aus Hanf, wie es sein Vater und sein Großvater getan haben.',
      'Die Eigner alter Segelschiffe kommen von der ganzen Küste zu ihm, weil kaum noch jemand solche Taue herstellen kann.',
      'Nun sucht er einen Lehrling, der die Werkstatt übernimmt.',
    ],
    title: 'Der letzte Reepschläger von Husum',
    byline: 'Maren Jansen',
  },
];

describe('a caption under the byline and date is no headline', () => {
  it.each(CAPTION_UNDER_DATE_CASES)('$name', ({ lines, title, byline }) => {
    const article = clean(lines);
    expect(article.title).toBe(title);
    expect(article.byline).toBe(byline);
  });
});
