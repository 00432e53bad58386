/**
 * The body and tail rules on small invented page copies in site styles and
 * languages the development corpus does not hold: each rule written for a
 * development copy must do the right thing on other sites with the same
 * pattern, or it is not kept. Each case names the lines the story must keep
 * and the furniture that must go.
 */
import { describe, expect, it } from 'vitest';
import { cleanTextDump } from '../../../shared/textdump/clean.ts';

interface Case {
  /** The pattern and the site style. */
  name: string;
  /** The copy's lines ('' for a blank line). */
  lines: string[];
  /** Story paragraphs that must be kept, whole. */
  keep: string[];
  /** Lines that must not be in the story. */
  drop: string[];
}

function storyOf(lines: readonly string[]): string[] {
  const result = cleanTextDump(lines.join('\n'));
  if (!result.ok) throw new Error(result.reason);
  return result.article.paragraphs;
}

function expectStory(entry: Case): void {
  const paragraphs = storyOf(entry.lines);
  for (const line of entry.keep) expect(paragraphs, line).toContain(line);
  for (const line of entry.drop) expect(paragraphs.some((paragraph) => paragraph.includes(line)), line).toBe(false);
}

/** An advert slot inside the story (its label, then the advert's own line) parts the text once: a short closing sentence after it stays. */
const ADVERT_SLOTS: Case[] = [
  {
    name: 'a French regional site: "Publicité" and a fair\'s announcement before the closing sentence',
    lines: [
      'Le Courrier du Léman', 'Actualités', 'Économie', '',
      'La fromagerie de Vallorbe agrandit sa cave d\'affinage',
      'Par Claire Dufaux', '3 décembre 2026', '',
      'La fromagerie coopérative de Vallorbe a lancé lundi les travaux d\'agrandissement de sa cave d\'affinage, qui pourra accueillir quatre mille meules de plus dès l\'automne prochain.',
      'Le chantier coûtera environ deux millions de francs, dont un tiers sera pris en charge par le canton au titre du soutien à l\'économie alpestre.',
      'Selon le président de la coopérative, la demande des grossistes a doublé en cinq ans et les caves actuelles ne suffisent plus depuis longtemps.',
      'Publicité',
      'Salon de l\'habitat à Yverdon — 12 au 14 décembre, entrée libre',
      'Les producteurs livreront leur lait comme d\'habitude pendant les travaux.',
      'Partager',
      '© 2026 Le Courrier du Léman',
    ],
    keep: ['Les producteurs livreront leur lait comme d\'habitude pendant les travaux.'],
    drop: ['Salon de l\'habitat', 'Publicité'],
  },
  {
    name: 'a German trade portal: "Anzeige" and a webinar line before the last sentence',
    lines: [
      'Holzmarkt Aktuell', 'Nachrichten', 'Märkte', '',
      'Sägewerk in Oberfranken stellt auf Laubholz um',
      'Von Jonas Eder', '02.12.2026', '',
      'Das Sägewerk Hollfeld stellt seine Produktion bis zum Sommer fast vollständig auf Buche und Eiche um, weil die Fichte aus den Wäldern der Region knapp wird.',
      'Dafür investiert das Familienunternehmen rund acht Millionen Euro in eine neue Bandsägelinie und in zusätzliche Trockenkammern.',
      'Nach Angaben der Geschäftsführung bleiben alle 85 Arbeitsplätze erhalten, einige Mitarbeiter werden für die neue Linie geschult.',
      'Anzeige',
      'Webinar Holztrocknung am 9. Dezember – jetzt Platz sichern',
      'Die neue Linie soll im August den Betrieb aufnehmen.',
      'Schlagworte:',
      'Sägewerk',
    ],
    keep: ['Die neue Linie soll im August den Betrieb aufnehmen.'],
    drop: ['Webinar Holztrocknung'],
  },
];

/** Where blank lines space out only the page header, the line under an advert label inside the story is the story going on. */
const ADVERTS_IN_UNSPACED_STORIES: Case[] = [
  {
    name: 'a Spanish portal whose header alone has blank lines: the paragraph under "Publicidad"',
    lines: [
      'Diario del Altiplano', '', 'Portada', 'Regiones', '',
      'El tren de Uyuni volverá a circular en marzo',
      'Por Marcela Quispe',
      'La empresa ferroviaria anunció este martes que el servicio de pasajeros entre Oruro y Uyuni se reanudará en marzo, tras casi un año de obras en el tramo más dañado por las lluvias.',
      'Los trabajos incluyeron la sustitución de doce kilómetros de vía y el refuerzo de tres puentes sobre el río Márquez.',
      'Según la empresa, los billetes se podrán comprar en línea desde febrero y los precios no cambiarán respecto del año pasado.',
      'Publicidad',
      'Las autoridades regionales esperan que la reapertura atraiga a más turistas durante la temporada seca.',
      'Comentarios',
    ],
    keep: ['Las autoridades regionales esperan que la reapertura atraiga a más turistas durante la temporada seca.'],
    drop: ['Publicidad'],
  },
  {
    name: 'an English county paper with a spaced masthead: the last paragraph under "Advertisement"',
    lines: [
      'The Fenland Gazette', '', 'News', 'Sport', '',
      'Drainage board approves new pumping station at Welney',
      'By Harriet Cole',
      'The Middle Level drainage board has approved plans for a new pumping station at Welney, replacing a diesel plant that has run since the 1960s and failed twice during last winter\'s floods.',
      'The electric station will be able to move twice as much water and will be controlled remotely from the board\'s offices in March.',
      'Board members said the work would be paid for by a government grant and a small rise in the drainage rate over five years.',
      'Advertisement',
      'Construction is expected to start in the spring and take about eighteen months.',
      'Most read',
      'Ely bypass closed for resurfacing',
    ],
    keep: ['Construction is expected to start in the spring and take about eighteen months.'],
    drop: ['Ely bypass closed for resurfacing'],
  },
];

/** A legal notice under the story, opened by its label in the page's language, goes however long it runs. */
const LABELLED_DISCLAIMERS: Case[] = [
  {
    name: 'a Turkish finance site: "Yasal uyarı:" and a long notice',
    lines: [
      'Borsa Gündem', 'Piyasalar', 'Hisseler', '',
      'Çimento üreticileri ihracatta yeni pazarlara yöneliyor',
      'Ayşe Demirtaş', '4 Aralık 2026', '',
      'Türkiye\'nin çimento üreticileri, Avrupa\'daki talebin zayıflaması üzerine ihracatta Batı Afrika ve Latin Amerika pazarlarına yöneliyor.',
      'Sektör derneğinin verilerine göre ilk on ayda Batı Afrika\'ya yapılan satışlar geçen yılın aynı dönemine göre yüzde otuz arttı.',
      'Üreticiler, navlun fiyatlarının düşmesinin uzak pazarlara satışı yeniden kârlı hale getirdiğini belirtiyor.',
      'Yasal uyarı: Burada yer alan yatırım bilgi, yorum ve tavsiyeleri yatırım danışmanlığı kapsamında değildir. Yatırım danışmanlığı hizmeti, aracı kurumlar, portföy yönetim şirketleri, mevduat kabul etmeyen bankalar ile müşteri arasında imzalanacak yatırım danışmanlığı sözleşmesi çerçevesinde sunulmaktadır. Burada yer alan yorum ve tavsiyeler, yorum ve tavsiyede bulunanların kişisel görüşlerine dayanmaktadır ve bu görüşler mali durumunuz ile risk ve getiri tercihlerinize uygun olmayabilir. Bu nedenle, sadece burada yer alan bilgilere dayanılarak yatırım kararı verilmesi beklentilerinize uygun sonuçlar doğurmayabilir.',
      '© 2026 Borsa Gündem',
    ],
    keep: ['Üreticiler, navlun fiyatlarının düşmesinin uzak pazarlara satışı yeniden kârlı hale getirdiğini belirtiyor.'],
    drop: ['Yasal uyarı'],
  },
  {
    name: 'a Spanish crypto blog: "Descargo de responsabilidad:" in a long paragraph',
    lines: [
      'Cripto al Día', 'Noticias', 'Guías', '',
      'Un banco chileno probará pagos con moneda estable entre sucursales',
      'Por Tomás Herrera', '1 de diciembre de 2026', '',
      'Un banco mediano de Santiago probará durante seis meses el uso de una moneda estable para liquidar pagos entre sus sucursales del norte y del sur del país.',
      'La prueba se hará con montos pequeños y bajo la supervisión del regulador, que pidió informes mensuales sobre costos y tiempos de liquidación.',
      'Si los resultados son buenos, el banco podría ofrecer el servicio a clientes empresariales a fines del próximo año.',
      'Descargo de responsabilidad: la información de este artículo no constituye asesoramiento financiero ni una recomendación de compra o venta de ningún activo. Los mercados de criptomonedas son muy volátiles y usted podría perder la totalidad de su inversión. Antes de tomar cualquier decisión, consulte a un asesor independiente y lea con atención los términos de cada plataforma. Cripto al Día no se hace responsable de las pérdidas que puedan derivarse del uso de esta información, ni de los contenidos de sitios de terceros enlazados desde esta página.',
    ],
    keep: ['Si los resultados son buenos, el banco podría ofrecer el servicio a clientes empresariales a fines del próximo año.'],
    drop: ['Descargo de responsabilidad'],
  },
];

/** A copyright line that goes on to forbid copying is the footer, however long; a story's paragraph about copyright is not. */
const LONG_COPYRIGHT_NOTICES: Case[] = [
  {
    name: 'an Argentine daily: "© 2026 …. Todos los derechos reservados." and a long ban on copying',
    lines: [
      'El Litoral Hoy', 'Política', 'Sociedad', '',
      'La provincia licitará el dragado del puerto de Santa Fe',
      'Por Julieta Paz', '',
      'El gobierno provincial llamará en enero a licitación para dragar el canal de acceso al puerto de Santa Fe, que perdió casi un metro de profundidad durante la última bajante del Paraná.',
      'La obra costará unos cuarenta millones de dólares y se financiará con un préstamo de un banco de desarrollo regional.',
      'Las empresas exportadoras de granos reclamaban el dragado desde hace años para poder cargar buques completos.',
      '© 2026 El Litoral Hoy. Todos los derechos reservados. Queda prohibida la reproducción total o parcial de los contenidos de este sitio, por cualquier medio y en cualquier formato, sin la autorización previa y por escrito de la editorial, conforme a la ley de propiedad intelectual vigente en la República Argentina y a los tratados internacionales firmados por el país.',
    ],
    keep: ['Las empresas exportadoras de granos reclamaban el dragado desde hace años para poder cargar buques completos.'],
    drop: ['Queda prohibida la reproducción'],
  },
];

/** Three paragraphs that open a story, for the cases that only vary what follows them. */
const HARBOUR_OPENING = [
  'The port authority of Kessel approved on Monday a plan to deepen the northern channel, so that the container ships now diverted to other ports can call there again from 2028.',
  'The dredging will cost about 60 million euros and take two winters, with work stopped each summer while terns nest on the sandbanks.',
  'Shipping lines had warned that they would drop the port from their timetables if the channel was not deepened within five years.',
];

/** A subheading under a box that the furniture rules took out (a related link, share buttons, a promotion) heads the text below; a teaser held to its label does not. */
const SUBHEADINGS_PAST_BOXES: Array<Case & { heading: string | null }> = [
  {
    name: 'a German city paper: "Mehr zum Thema", a "Lesen Sie auch:" link, then the subheading',
    lines: [
      'Weserbote', 'Lokales', 'Politik', '',
      'Stadtrat beschließt neues Fernwärmenetz für die Altstadt',
      'Von Lena Brandt', '02.12.2026', '',
      'Der Stadtrat hat am Donnerstag mit großer Mehrheit beschlossen, die Altstadt bis 2032 an ein neues Fernwärmenetz anzuschließen, das mit Abwärme aus dem Klärwerk betrieben werden soll.',
      'Die Kosten von rund 45 Millionen Euro sollen die Stadtwerke tragen, die dafür einen Kredit der Landesbank aufnehmen.',
      'Für Hausbesitzer soll der Anschluss freiwillig bleiben, die Stadt rechnet aber mit einer Quote von mehr als sechzig Prozent.',
      'Mehr zum Thema',
      'Lesen Sie auch: Stadtwerke erhöhen die Preise für Fernwärme im Januar',
      'Kritik aus der Opposition',
      'Die Fraktion der Freien Wähler stimmte gegen den Plan, weil sie die Kosten für zu niedrig angesetzt hält und höhere Gebühren für alle Kunden fürchtet.',
      'Die ersten Straßen sollen im Herbst 2027 aufgegraben werden.',
      '© 2026 Weserbote',
    ],
    heading: 'Kritik aus der Opposition',
    keep: ['Kritik aus der Opposition'],
    drop: ['Mehr zum Thema', 'Stadtwerke erhöhen'],
  },
  {
    name: 'an Indonesian portal: "Artikel terkait", a "Baca juga:" link, then the subheading',
    lines: [
      'Kabar Pesisir', 'Berita', 'Ekonomi', '',
      'Pelabuhan Paotere akan diperluas mulai tahun depan',
      'Oleh Andi Rahman', '3 Desember 2026', '',
      'Pemerintah kota Makassar akan memperluas Pelabuhan Paotere mulai tahun depan agar kapal-kapal nelayan yang semakin banyak tidak lagi harus antre berjam-jam untuk bongkar muat.',
      'Perluasan itu mencakup dermaga baru sepanjang dua ratus meter dan tempat pelelangan ikan yang lebih besar dengan ruang pendingin.',
      'Menurut dinas perikanan, jumlah kapal yang bersandar di pelabuhan itu naik hampir dua kali lipat dalam lima tahun terakhir.',
      'Artikel terkait',
      'Baca juga: Harga ikan tongkol turun di pasar tradisional Makassar',
      'Nelayan menunggu kepastian',
      'Para nelayan menyambut rencana itu, tetapi mereka meminta agar pelabuhan tetap bisa dipakai selama pekerjaan berlangsung supaya mereka tidak kehilangan penghasilan.',
      'Pekerjaan dijadwalkan selesai pada akhir tahun 2028.',
    ],
    heading: 'Nelayan menunggu kepastian',
    keep: ['Nelayan menunggu kepastian'],
    drop: ['Artikel terkait'],
  },
  {
    name: 'an English port newsletter: a teaser held right under its "Read next" label is no subheading',
    lines: [
      'Kessel Port News', 'Home', 'Shipping', '',
      'Northern channel to be deepened for larger ships',
      'By Mara Ostend', '',
      ...HARBOUR_OPENING,
      'Read next',
      'Ferry fares to rise in spring after fuel costs climb',
      'The authority will hold a public meeting in January before the dredging contract is signed, and fishermen have asked for compensation while the channel is closed.',
      'The first ships are expected to use the deeper channel in spring 2028.',
      '© 2026 Kessel Port News',
    ],
    heading: null,
    keep: ['The first ships are expected to use the deeper channel in spring 2028.'],
    drop: ['Ferry fares to rise in spring', 'Read next'],
  },
];

/** A caption whose credit follows a spaced hyphen ("… - Photo: …", "… - Foto: …") is a caption, not a line of the story. */
const CAPTIONS_WITH_HYPHENED_CREDITS: Case[] = [
  {
    name: 'a Spanish regional site: "- Foto:" after the caption between two paragraphs',
    lines: [
      'Heraldo del Ebro', 'Noticias', '',
      'La depuradora de Tudela duplicará su capacidad',
      'Por Irene Lasa', '',
      'La depuradora de Tudela duplicará su capacidad antes de 2028 para dar servicio a los nuevos polígonos industriales de la ribera, según anunció el ayuntamiento.',
      'La obra costará unos doce millones de euros y la pagarán a partes iguales el Gobierno foral y la mancomunidad de aguas.',
      'Vista aérea de la depuradora actual - Foto: Mancomunidad de la Ribera',
      'Los vecinos del barrio de Lourdes piden que se instalen filtros para reducir los olores que llegan en verano.',
      'El proyecto saldrá a licitación en marzo.',
    ],
    keep: ['Los vecinos del barrio de Lourdes piden que se instalen filtros para reducir los olores que llegan en verano.'],
    drop: ['Vista aérea de la depuradora actual'],
  },
];

/**
 * A "see also" box inside the story with one headline: the line held under it is the story going on when running text follows
 * with no blank line, unless a topic label opens the box as a card (label, headline, teaser).
 */
const ONE_LINK_BOXES: Case[] = [
  {
    name: 'a Brazilian portal: "Leia também", one headline, then two paragraphs of the story',
    lines: [
      'Jornal do Vale', 'Notícias', 'Economia', '',
      'Cooperativa de café inaugura secador solar em Minas',
      'Por Ana Figueiredo', '',
      'Uma cooperativa de cafeicultores do sul de Minas Gerais inaugurou nesta semana um secador solar que deve reduzir pela metade o uso de lenha na secagem dos grãos.',
      'O equipamento custou cerca de dois milhões de reais e foi financiado em parte por um banco de fomento estadual.',
      'Leia também',
      'Preço do café arábica bate recorde na bolsa de Nova York',
      'Segundo a cooperativa, os associados menores serão os primeiros a usar o secador, porque não têm terreiros grandes nem dinheiro para comprar secadores a diesel. A fila já tem mais de oitenta produtores.',
      'A cooperativa pretende instalar um segundo secador em 2028 se a primeira safra der bons resultados.',
      '© 2026 Jornal do Vale',
    ],
    keep: [
      'Segundo a cooperativa, os associados menores serão os primeiros a usar o secador, porque não têm terreiros grandes nem dinheiro para comprar secadores a diesel. A fila já tem mais de oitenta produtores.',
      'A cooperativa pretende instalar um segundo secador em 2028 se a primeira safra der bons resultados.',
    ],
    drop: ['Leia também', 'Preço do café arábica'],
  },
  {
    name: 'an Italian daily: "Guarda anche", one headline, then the story\'s closing paragraphs',
    lines: [
      'Gazzetta del Lago', 'Cronaca', 'Economia', '',
      'Il battello elettrico entra in servizio sul lago d\'Iseo',
      'di Paolo Rinaldi', '',
      'Da lunedì il primo battello elettrico della flotta collega Sarnico e Lovere, con corse ogni due ore e una capienza di centoventi passeggeri.',
      'L\'imbarcazione è stata costruita in un cantiere di Bergamo e si ricarica in quaranta minuti durante la sosta a Lovere.',
      'Guarda anche',
      'Funivia di Montisola, lavori finiti entro l\'estate',
      'Secondo la società di navigazione, il battello consuma un quinto dell\'energia di quelli a gasolio e non fa rumore, un vantaggio per i paesi che si affacciano sul lago e per i pescatori.',
      'Altri due battelli dello stesso tipo arriveranno nel 2028.',
    ],
    keep: ['Altri due battelli dello stesso tipo arriveranno nel 2028.'],
    drop: ['Guarda anche', 'Funivia di Montisola'],
  },
  {
    name: 'an English trade site: a card with its topic label keeps its teaser out of the story',
    lines: [
      'Kessel Port News', 'Home', 'Shipping', '',
      'Northern channel to be deepened for larger ships',
      'By Mara Ostend', '',
      ...HARBOUR_OPENING,
      'Related',
      'Dredging',
      'Terminal operator orders two electric cranes',
      'The cranes will arrive next year and replace diesel units.',
      'The authority will hold a public meeting in January before the dredging contract is signed, and fishermen have asked for compensation while the channel is closed.',
      'The first ships are expected to use the deeper channel in spring 2028.',
      '© 2026 Kessel Port News',
    ],
    keep: ['The first ships are expected to use the deeper channel in spring 2028.'],
    drop: ['The cranes will arrive next year', 'Terminal operator orders'],
  },
];

/**
 * A box of headlines inside the story may end on the story's own next subheading, much shorter than the box's headline;
 * two headlines of a like length are both the box's.
 */
const BOXES_ENDING_ON_SUBHEADINGS: Array<Case & { heading: string | null }> = [
  {
    name: 'a Turkish portal: "Bunlar da ilginizi çekebilir", a headline, then the subheading',
    lines: [
      'Ege Postası', 'Gündem', 'Ekonomi', '',
      'İzmir limanına yeni vinçler geliyor',
      'Mehmet Arslan', '3 Aralık 2026', '',
      'İzmir limanına önümüzdeki yıl dört yeni konteyner vinci kurulacak ve liman işletmesinin açıklamasına göre limanın yıllık kapasitesinin bu sayede yüzde yirmi artması bekleniyor.',
      'Vinçlerin toplam maliyeti yaklaşık otuz milyon avro olacak ve yatırım liman işletmesinin kendi kaynaklarıyla yapılacak.',
      'Bunlar da ilginizi çekebilir',
      'Körfezde balıkçılar yeni av yasağına karşı eylem yaptı',
      'Kapasite sorunu',
      'Liman son iki yılda kapasitesinin sınırına ulaştı ve gemiler zaman zaman demir atmak için iki gün beklemek zorunda kaldı, bu da ihracatçılara ek maliyet getirdi.',
      'Yeni vinçlerin 2028 yazında çalışmaya başlaması planlanıyor.',
    ],
    heading: 'Kapasite sorunu',
    keep: ['Kapasite sorunu'],
    drop: ['Körfezde balıkçılar'],
  },
  {
    name: 'a Polish regional site: "Zobacz też", a headline, then the subheading',
    lines: [
      'Gazeta Nadodrzańska', 'Wiadomości', 'Gospodarka', '',
      'Port rzeczny w Opolu odzyska barki towarowe',
      'Autor: Katarzyna Nowak', '',
      'Port rzeczny w Opolu przejdzie w przyszłym roku modernizację, po której znów będą mogły do niego zawijać barki z kruszywem i węglem drzewnym.',
      'Prace obejmą pogłębienie basenu portowego i wymianę nabrzeża, które od kilku lat było zamknięte z powodu złego stanu technicznego.',
      'Zobacz też',
      'Nowy most na Odrze w Brzegu otwarty dla ruchu',
      'Kto za to zapłaci',
      'Większość kosztów pokryje samorząd województwa, a resztę fundusze unijne przeznaczone na rozwój żeglugi śródlądowej w regionie.',
      'Pierwsze barki mają przypłynąć do Opola wiosną 2028 roku.',
    ],
    heading: 'Kto za to zapłaci',
    keep: ['Kto za to zapłaci'],
    drop: ['Nowy most na Odrze'],
  },
  {
    name: 'a Turkish portal: headlines as short as the subheading, which the paragraph under it takes up',
    lines: [
      'Ege Haber',
      'Gündem',
      'Ekonomi',
      'Spor',
      'Yazarlar',
      '',
      'İzmir\'de metro hattı için ilk kazma vuruldu',
      'Ayşe Kaya',
      '03.12.2026 - 11:45',
      'Güncelleme: 03.12.2026 - 13:10',
      'İzmir\'de Buca ile Çiğli arasında yapılacak yeni metro hattının temeli bugün düzenlenen törenle atıldı.',
      'Hattın 2030 yılında hizmete girmesi ve günde 400 bin yolcu taşıması bekleniyor.',
      'Büyükşehir Belediye Başkanı törende yaptığı konuşmada, projenin kentin trafik sorununu büyük ölçüde çözeceğini söyledi.',
      'İlgili Haberler',
      'Buca\'da yeni otopark açıldı',
      'Çiğli\'de yol çalışması sürüyor',
      'Maliyet 1,2 milyar avro',
      'Projenin toplam maliyetinin 1,2 milyar avro olduğu ve finansmanın büyük bölümünün uluslararası kredilerle sağlanacağı belirtildi.',
      'Çalışmalar sırasında bazı caddelerde trafik düzenlemesi yapılacak.',
      'Kaynak: AA',
      'Bu haber 2.418 kez okundu.',
      'Yorumlar',
      'Yorum yapmak için giriş yapın',
    ],
    heading: 'Maliyet 1,2 milyar avro',
    keep: ['Maliyet 1,2 milyar avro', 'Çalışmalar sırasında bazı caddelerde trafik düzenlemesi yapılacak.'],
    drop: ['Buca\'da yeni otopark', 'Kaynak: AA'],
  },
  {
    name: 'a German port paper: a related headline on the same beat that shares two words with the closing paragraph stays in the box',
    lines: [
      'Kieler Hafenblatt', 'Hafen', 'Wirtschaft', '',
      'Hafen Kiel verdoppelt die Nachtschichten',
      'Von Jonas Eder', '',
      'Der Hafen Kiel verdoppelt von Januar an die Zahl der Nachtschichten am Containerterminal, weil die Reedereien mehr Schiffe in den späten Abendstunden abfertigen lassen wollen.',
      'Die Hafengesellschaft stellt dafür vierzig zusätzliche Beschäftigte ein und zahlt einen Zuschlag für Arbeit nach Mitternacht.',
      'Mehr zum Thema',
      'Getreidepreise steigen erneut',
      'Gewerkschaft stimmt über Überstunden ab',
      'Die Gewerkschaft stimmt am Freitag in einer Versammlung aller Mitglieder über den neuen Dienstplan ab.',
      '© 2026 Kieler Hafenblatt',
    ],
    heading: null,
    keep: ['Die Gewerkschaft stimmt am Freitag in einer Versammlung aller Mitglieder über den neuen Dienstplan ab.'],
    drop: ['Gewerkschaft stimmt über Überstunden ab'],
  },
  {
    name: 'an English county site: a box of two headlines of a like length right above the story goes whole',
    lines: [
      'Kessel Port News', 'Home', 'Shipping', '',
      'Northern channel to be deepened for larger ships',
      'By Mara Ostend', '',
      ...HARBOUR_OPENING,
      'Related stories',
      'Terminal operator orders two electric cranes',
      'Pilots warn of fog delays',
      'The authority will hold a public meeting in January before the dredging contract is signed, and fishermen have asked for compensation while the channel is closed.',
      'The first ships are expected to use the deeper channel in spring 2028.',
    ],
    heading: null,
    keep: ['The first ships are expected to use the deeper channel in spring 2028.'],
    drop: ['Pilots warn of fog delays', 'Terminal operator orders'],
  },
];

/** A suggested citation under the story, with or without its heading, and a "continue reading" fold inside it, in other languages. */
const CITATIONS_AND_FOLDS: Case[] = [
  {
    name: 'a German foundation\'s analysis: "Zitiervorschlag" and the reference under it',
    lines: [
      'Stiftung Küstenpolitik', 'Analysen', 'Über uns', '',
      'Wasserstoffhäfen an der Nordsee: Wer baut zuerst?',
      'Von Dr. Anna Petersen', '1. Dezember 2026', '',
      'Drei Nordseehäfen wollen bis 2030 Terminals für grünen Wasserstoff bauen, doch bisher hat keiner von ihnen einen festen Abnehmer für die geplanten Mengen gefunden.',
      'Die Analyse vergleicht die Pläne von Wilhelmshaven, Rotterdam und Esbjerg und zeigt, dass die Finanzierung vor allem an langfristigen Lieferverträgen hängt.',
      'Ohne staatliche Garantien für die ersten Jahre dürfte keiner der Häfen vor 2032 nennenswerte Mengen umschlagen.',
      'Zitiervorschlag',
      'Petersen A., „Wasserstoffhäfen an der Nordsee: Wer baut zuerst?“, Analyse Nr. 12, Stiftung Küstenpolitik, Dezember 2026.',
      'Newsletter abonnieren',
    ],
    keep: ['Ohne staatliche Garantien für die ersten Jahre dürfte keiner der Häfen vor 2032 nennenswerte Mengen umschlagen.'],
    drop: ['Zitiervorschlag', 'Petersen A.'],
  },
  {
    name: 'an English policy institute: "How to cite this report" and an APA reference',
    lines: [
      'Institute for Coastal Policy', 'Research', 'Events', '',
      'Who pays when the sea wall fails?',
      'By Owen Price', '',
      'Local authorities along the east coast face a growing bill for sea defences that were built for a climate that no longer exists, and the rules on who pays have not kept up.',
      'This report sets out how costs are shared today and proposes a national fund that would pay for repairs after storms above a set severity.',
      'The fund would be paid for by a small levy on coastal property insurance.',
      'How to cite this report',
      'Price, O. (2026). Who pays when the sea wall fails? Institute for Coastal Policy.',
    ],
    keep: ['The fund would be paid for by a small levy on coastal property insurance.'],
    drop: ['How to cite', 'Price, O.'],
  },
  {
    name: 'an Italian research centre: a reference line with no heading',
    lines: [
      'Centro Studi Adriatico', 'Pubblicazioni', '',
      'Le lagune del Delta del Po e la risalita del cuneo salino',
      'di Marco Rossi', '',
      'Negli ultimi cinque anni l\'acqua salata è risalita lungo i rami del Po per oltre trenta chilometri durante le estati più secche, con danni alle colture e agli acquedotti.',
      'Lo studio propone barriere mobili alle foci e un piano di rilascio dell\'acqua dai laghi alpini coordinato tra le regioni del bacino.',
      'Senza interventi, le perdite per l\'agricoltura del Delta potrebbero raddoppiare entro il 2035.',
      'Rossi M., « Le lagune del Delta del Po e la risalita del cuneo salino », Nota n. 7, Centro Studi Adriatico, dicembre 2026.',
    ],
    keep: ['Senza interventi, le perdite per l\'agricoltura del Delta potrebbero raddoppiare entro il 2035.'],
    drop: ['Rossi M.'],
  },
  {
    name: 'a Brazilian daily: "Continuar lendo" over the rest of the story is no subheading',
    lines: [
      'Folha do Litoral', 'Cidades', '',
      'Balsa entre Santos e Guarujá terá horário estendido no verão',
      'Por Lucas Moreira', '',
      'A travessia de balsas entre Santos e Guarujá funcionará durante toda a madrugada a partir de 15 de dezembro, para atender ao movimento de turistas na temporada de verão.',
      'O governo estadual vai colocar mais duas embarcações em operação nos fins de semana e nos feriados de fim de ano.',
      'Continuar lendo',
      'Segundo a secretaria de transportes, a espera nos horários de pico chegou a duas horas no último verão, com filas de carros por vários quarteirões.',
      'O horário estendido vale até o fim do carnaval.',
    ],
    keep: ['O horário estendido vale até o fim do carnaval.'],
    drop: ['Continuar lendo'],
  },
];

/** The author's card under the story (the byline's name again, a job, a line of bio) is not the story's last paragraph. */
const AUTHOR_CARDS: Case[] = [
  {
    name: 'a Spanish regional site: name, job, a first-name bio and a tip prompt, then the footer',
    lines: [
      'Diario de la Costa', 'Portada', 'Local', '',
      'El puerto de Motril ampliará su terminal de cruceros',
      'Lucía Ferrer', '3 de diciembre de 2026', '',
      'La Autoridad Portuaria de Motril aprobó este miércoles la ampliación de la terminal de cruceros, que podrá recibir barcos de hasta trescientos metros de eslora a partir de 2028.',
      'La obra costará unos nueve millones de euros y se financiará con fondos propios del puerto y una subvención de la Junta.',
      'Los comerciantes del centro esperan que la llegada de más cruceros compense la caída de visitantes en invierno.',
      'Lucía Ferrer',
      'Periodista',
      'Lucía cubre el puerto, el turismo y la economía de la costa. ¿Tienes una pista? Escríbenos.',
      'Compartir',
      'Más noticias de Local',
      'Cortes de agua en el barrio del Varadero',
      'Recibe nuestro boletín',
      '© 2026 Diario de la Costa',
    ],
    keep: ['Los comerciantes del centro esperan que la llegada de más cruceros compense la caída de visitantes en invierno.'],
    drop: ['Lucía cubre el puerto'],
  },
  {
    name: 'a German local paper: name, job and bio, then share buttons and a newsletter box',
    lines: [
      'Ostholsteiner Rundschau', 'Lokales', 'Sport', '',
      'Fehmarnbelt-Baustelle: Fähre fährt im Winter seltener',
      'Jana Roth', '02.12.2026', '',
      'Die Fähre zwischen Puttgarden und Rødby fährt von Januar an nur noch jede Stunde statt jede halbe Stunde, weil ein Schiff für Umbauarbeiten in die Werft muss.',
      'Die Reederei rechnet damit, dass die Wartezeiten vor allem an den Wochenenden länger werden, und empfiehlt, Plätze vorab zu buchen.',
      'Im März soll der gewohnte Fahrplan wieder gelten.',
      'Jana Roth',
      'Redakteurin',
      'Jana schreibt über Verkehr und die Inseln an der Ostsee.',
      'Teilen',
      'Facebook',
      'Newsletter',
      'Die wichtigsten Nachrichten aus Ostholstein jeden Morgen.',
      '© 2026 Ostholsteiner Rundschau',
    ],
    keep: ['Im März soll der gewohnte Fahrplan wieder gelten.'],
    drop: ['Jana schreibt über Verkehr'],
  },
];

/** A box under the story asking the reader for support, held above its button, goes; a closing line that speaks to the reader but asks for nothing stays. */
const SUPPORT_BOXES: Case[] = [
  {
    name: 'a Russian outlet: the story\'s last paragraph on signatures ("подписей") stays above the outlet\'s donation box',
    lines: [
      'Полярная газета', 'Новости', 'Регион', '',
      'В Кировске закроют единственный детский бассейн',
      'Анна Белова', '',
      'Городская администрация Кировска объявила, что детский бассейн закроется на реконструкцию с января и откроется не раньше чем через два года.',
      'Родители говорят, что ближайший бассейн находится в Апатитах, куда детей придется возить на автобусе.',
      'Родители собрали почти две тысячи подписей и передали их главе города.',
      'Мы работаем без рекламы и живем только на пожертвования читателей.',
      'Поддержать',
      'Ежемесячно',
    ],
    keep: ['Родители собрали почти две тысячи подписей и передали их главе города.'],
    drop: ['Мы работаем без рекламы'],
  },
  {
    name: 'a Portuguese site: the story\'s last paragraph on a signed contract ("assinou") stays above the app prompt',
    lines: [
      'Jornal do Vale', 'Últimas', 'Região', '',
      'Câmara de Viseu contrata novas carreiras de autocarro',
      'Por Inês Carvalho', '',
      'A Câmara Municipal de Viseu vai lançar quatro novas carreiras de autocarro a partir de fevereiro, que ligam as freguesias do norte do concelho ao centro da cidade.',
      'O serviço terá partidas de hora a hora nos dias úteis e custará o mesmo que as carreiras urbanas.',
      'A autarquia assinou o contrato com a operadora na segunda-feira, depois de um concurso público.',
      'Quer acompanhar as notícias da sua região? Descarregue a nossa aplicação.',
      'Descarregar',
      'Termos de utilização',
    ],
    keep: ['A autarquia assinou o contrato com a operadora na segunda-feira, depois de um concurso público.'],
    drop: ['Descarregue a nossa aplicação'],
  },
  {
    name: 'a Spanish NGO page: a donation line above "Dona ahora"',
    lines: [
      'Fundación Agua Viva', 'Quiénes somos', 'Noticias', '',
      'La sequía deja sin agua potable a doce comunidades del Chaco',
      'Por Equipo de Comunicación', '',
      'Doce comunidades indígenas del Chaco salteño llevan más de un mes sin agua potable, después de que se secaran los pozos que las abastecían desde hace veinte años.',
      'La fundación repartió tanques de agua y trabaja con el municipio para perforar dos pozos nuevos antes de fin de año.',
      'Las familias recorren hasta diez kilómetros a pie para conseguir agua de un arroyo que también usa el ganado.',
      'Tu donación puede llevar agua segura a una familia durante todo un mes.',
      'Haz un donativo',
      'Contacto de prensa: prensa@aguaviva.example',
    ],
    keep: ['Las familias recorren hasta diez kilómetros a pie para conseguir agua de un arroyo que también usa el ganado.'],
    drop: ['Tu donación puede llevar agua', 'Dona ahora'],
  },
  {
    name: 'a German blog platform: the support prompt under the post and once more inside it',
    lines: [
      'Blogwerk', 'Entdecken', 'Anmelden', '',
      'Ein Jahr mit dem Lastenrad durch Leipzig',
      'Paula Wendt', '2. Dezember 2026', '',
      'Vor einem Jahr habe ich mein Auto verkauft und mir ein Lastenrad gekauft, mit dem ich seitdem die Kinder zur Kita bringe und den Wocheneinkauf erledige.',
      'Im Winter war das anstrengender als gedacht, weil viele Radwege nicht geräumt werden und ich oft auf die Straße ausweichen musste.',
      'Wenn dir dieser Text gefällt, kannst du meine Arbeit hier unterstützen.',
      'Trotzdem würde ich mich wieder so entscheiden, denn ich spare jeden Monat fast zweihundert Euro und bin schneller in der Stadt als mit dem Auto.',
      'Nächstes Jahr will ich ausprobieren, wie weit ich mit dem Rad ins Umland komme.',
      'Wenn dir dieser Text gefällt, kannst du meine Arbeit hier unterstützen!',
      'Unterstützen',
      'Paula Wendt',
      'Kommentare',
    ],
    keep: ['Nächstes Jahr will ich ausprobieren, wie weit ich mit dem Rad ins Umland komme.'],
    drop: ['Wenn dir dieser Text gefällt'],
  },
  {
    name: 'a Portuguese regional TV site: a teaser box, then the site\'s prompt and its app button',
    lines: [
      'TV Serra Notícias', 'Ao vivo', 'Regiões', '',
      'Estrada da serra terá nova faixa para caminhões',
      'Por Rafael Teixeira', '',
      'A estrada que liga Petrópolis a Teresópolis vai ganhar uma terceira faixa para caminhões nos trechos de subida mais íngremes, anunciou nesta quarta-feira o governo estadual.',
      'As obras devem começar em março e durar cerca de dois anos, com interdições parciais apenas durante a madrugada.',
      'Veja também',
      'Chuva forte fecha trecho da serra por seis horas',
      'Os motoristas reclamam há anos das filas atrás dos caminhões carregados nas subidas.',
      'Quer receber as notícias da sua região?',
      'Baixe o nosso aplicativo e acompanhe tudo em tempo real.',
      'Baixar aplicativo',
      'Política de privacidade',
    ],
    keep: ['Os motoristas reclamam há anos das filas atrás dos caminhões carregados nas subidas.'],
    drop: ['Chuva forte fecha', 'Baixe o nosso aplicativo', 'Quer receber as notícias'],
  },
  {
    name: 'a Spanish personal blog: "invítame a un café" above its four-word button',
    lines: [
      'Cuaderno de Campo',
      'Inicio',
      'Sobre mí',
      'Contacto',
      '',
      'Cómo medimos la lluvia en un pueblo sin estación meteorológica',
      'Publicado el 2 de diciembre de 2026 por Julia Méndez',
      '',
      'Hace un año, varios vecinos de Alcolea decidimos instalar pluviómetros caseros en nuestros patios para saber cuánta agua caía de verdad en el pueblo, porque la estación oficial más cercana está a cuarenta kilómetros.',
      '',
      'Al principio cada uno medía a una hora distinta y los datos no se podían comparar. Ahora todos anotamos la lectura a las ocho de la mañana en una hoja compartida.',
      '',
      'Lo que aprendimos',
      'En los meses de tormenta, la lluvia cambia muchísimo de una calle a otra: un mismo día registramos desde cuatro hasta veintidós litros por metro cuadrado.',
      '',
      'El año que viene queremos sumar a la escuela para que los alumnos lleven su propio registro.',
      '',
      'Si te ha gustado este artículo, puedes invitarme a un café para que siga escribiendo.',
      'Invítame a un café',
      'Etiquetas: lluvia, ciencia ciudadana',
      'Deja un comentario',
    ],
    keep: ['El año que viene queremos sumar a la escuela para que los alumnos lleven su propio registro.'],
    drop: ['invitarme a un café', 'Invítame a un café'],
  },
  {
    name: 'a Polish association\'s news page: "Wesprzyj naszą pracę" above "Wpłać darowiznę"',
    lines: [
      'Stowarzyszenie Czyste Rzeki',
      'Aktualności',
      'Projekty',
      'Wesprzyj nas',
      '',
      'Ruszył monitoring jakości wody w dolinie Baryczy',
      '2 grudnia 2026',
      '',
      'W dolinie Baryczy ruszył całoroczny monitoring jakości wody. Wolontariusze stowarzyszenia będą co dwa tygodnie pobierać próbki w dwunastu punktach na rzece i jej dopływach.',
      '',
      'Wyniki badań będą publikowane na stronie stowarzyszenia i przekazywane gminom, które odpowiadają za oczyszczalnie ścieków w regionie.',
      '',
      'Projekt jest finansowany ze zbiórki publicznej i grantu fundacji lokalnej.',
      '',
      'Wesprzyj naszą pracę – każda wpłata pomaga chronić rzeki.',
      'Wpłać darowiznę',
      'Kontakt dla mediów: Anna Kowalska, tel. 600 100 200',
      '© 2026 Stowarzyszenie Czyste Rzeki',
    ],
    keep: ['Projekt jest finansowany ze zbiórki publicznej i grantu fundacji lokalnej.'],
    drop: ['Wesprzyj naszą pracę'],
  },
  {
    name: 'an English nonprofit newsroom: a long "Before you go" appeal above "Donate now"',
    lines: [
      'The Valley Independent',
      'News',
      'Opinion',
      'Donate',
      '',
      'County approves new bridge over the Mill River',
      'By Nora Finch',
      'December 2, 2026',
      '',
      'The county board approved on Tuesday a plan to replace the single-lane bridge over the Mill River, which has been closed to trucks since an inspection found cracked beams last spring.',
      'The new two-lane bridge will cost about $9 million, most of it from a state grant, and construction is expected to start in the summer.',
      'Farmers on the east side of the river have had to drive an extra twenty minutes to reach the grain elevator since the closure.',
      'Before you go: The Valley Independent is a nonprofit newsroom. We don\'t have a paywall because we believe everyone in the valley deserves reliable local news, but that only works if readers who can afford it chip in. Even $5 a month makes a difference.',
      'Donate now',
      'Republish this story',
      'Share',
    ],
    keep: ['Farmers on the east side of the river have had to drive an extra twenty minutes to reach the grain elevator since the closure.'],
    drop: ['Before you go'],
  },
  {
    name: 'a French independent outlet: a long reader-funding appeal above "Je fais un don"',
    lines: [
      'Le Journal des Vallées',
      'Actualité',
      'Soutenir',
      '',
      'Le train de nuit Paris–Briançon rétabli toute l\'année',
      'Par Claire Dufaux',
      '2 décembre 2026',
      '',
      'Le train de nuit entre Paris et Briançon circulera toute l\'année à partir de l\'été prochain, et non plus seulement pendant les vacances, a annoncé l\'opérateur ferroviaire.',
      'Les voitures-couchettes seront rénovées d\'ici là, avec des compartiments plus confortables et des prises électriques à chaque place.',
      'Les élus des Hautes-Alpes réclamaient ce rétablissement depuis des années.',
      'Vous avez aimé cet article ? Le Journal des Vallées est un média indépendant, sans publicité, financé par ses lecteurs. Pour continuer à enquêter sur nos montagnes, nous avons besoin de votre soutien, même modeste.',
      'Je fais un don',
      'Partager',
    ],
    keep: ['Les élus des Hautes-Alpes réclamaient ce rétablissement depuis des années.'],
    drop: ['Vous avez aimé cet article'],
  },
  {
    name: 'a German city paper: the story\'s last paragraph reporting "Wir unterstützen …" above the reporter\'s name stays',
    lines: [
      'Stadtanzeiger Nord', 'Lokales', '',
      'Stadt kauft das alte Hallenbad zurück',
      'Von Anna Roth', '',
      'Die Stadt kauft das seit sechs Jahren leerstehende Hallenbad am Ring für 1,4 Millionen Euro von einem Investor zurück, der dort Wohnungen bauen wollte.',
      'Der Stadtrat stimmte am Dienstag mit großer Mehrheit zu, nur zwei Abgeordnete votierten dagegen.',
      'Wir unterstützen jeden Plan, der das Bad wieder für die Schulen öffnet, sagte die Vorsitzende des Fördervereins nach der Sitzung.',
      'Anna Roth',
      'Mehr aus Lokales',
    ],
    keep: ['Wir unterstützen jeden Plan, der das Bad wieder für die Schulen öffnet, sagte die Vorsitzende des Fördervereins nach der Sitzung.'],
    drop: [],
  },
  {
    name: 'an English column: a closing question to the reader above a comments link stays',
    lines: [
      'The Valley Post', 'Opinion', '',
      'The clocks should stay on summer time all year',
      'By Nora Finch', '',
      'Every October the valley loses an hour of afternoon light, and every October the accident figures on the school roads climb for the weeks that follow.',
      'Keeping summer time all year would mean darker mornings in December, but most of us are already indoors at breakfast, and children walk home in daylight.',
      'What would you do with an extra hour of light after school?',
      'Comments',
    ],
    keep: ['What would you do with an extra hour of light after school?'],
    drop: [],
  },
];

/** A press release's lead-in naming who spoke, over a quotation set as a plain paragraph, stays with it. */
const PLAIN_QUOTATION_LEAD_INS: Case[] = [
  {
    name: 'a Spanish ministry release: "…, dijo:" over the minister\'s words',
    lines: [
      'Ministerio de Obras Públicas', 'Prensa', 'Comunicados', '',
      'El Gobierno destina 300 millones a puentes rurales',
      '2 de diciembre de 2026', '',
      'El Gobierno destinará 300 millones de euros en los próximos cuatro años a reparar puentes de carreteras comarcales, muchos de ellos construidos hace más de sesenta años.',
      'Las comunidades autónomas podrán pedir las ayudas a partir de marzo, y tendrán prioridad los puentes que dan acceso a pueblos sin otra carretera.',
      'El Ministro de Obras Públicas, Javier Ruiz Soto, dijo:',
      'Ningún pueblo debería quedarse aislado porque un puente viejo no aguanta el peso de una ambulancia o de un camión de bomberos, y con este plan vamos a evitarlo.',
      'La lista de puentes seleccionados se publicará en junio.',
    ],
    keep: ['El Ministro de Obras Públicas, Javier Ruiz Soto, dijo:'],
    drop: [],
  },
  {
    name: 'an English agency release: "… said:" over a plain paragraph',
    lines: [
      'Northern Waters Agency', 'News', '',
      'Reservoir levels recover after wet November',
      'Published 3 December 2026', '',
      'Reservoir levels across the northern region have risen to 84 per cent of capacity after the wettest November in a decade, up from 61 per cent at the start of autumn.',
      'The agency said the recovery meant the hosepipe ban introduced in August could be lifted from Monday across all districts.',
      'Head Of Water Resources Dr Priya Nandakumar Said:',
      'We are grateful to customers for saving water through a difficult summer, and we will keep investing in leak repairs so that the next dry spell hurts less.',
      'Levels will be reviewed again in March.',
    ],
    keep: ['Head Of Water Resources Dr Priya Nandakumar Said:'],
    drop: [],
  },
];

/** A box read as headline-and-teaser pairs ends at a line much shorter than its headline over running text: the story's subheading; a box of two full cards goes whole. */
const TEASER_BOXES_ENDING_ON_SUBHEADINGS: Array<Case & { heading: string | null }> = [
  {
    name: 'a Spanish trade daily: "Te puede interesar", a headline, a quoted paragraph, then the subheading',
    lines: [
      'Aceite y Mercados', 'Noticias', 'Exportación', '',
      'El aceite de oliva español gana cuota en Japón',
      'Por Carmen Ortega', '',
      'Las exportaciones de aceite de oliva a Japón crecieron un 18% entre enero y octubre, impulsadas por la demanda de los restaurantes y por una campaña de promoción en Tokio.',
      'Los envasadores andaluces concentran casi dos tercios de las ventas, sobre todo en formatos pequeños para tiendas de alimentación selecta.',
      'Te puede interesar',
      'La cosecha de aceituna en Jaén se retrasa por las lluvias de noviembre',
      '«El consumidor japonés ya distingue entre variedades y está dispuesto a pagar más por un aceite temprano», explica el director de una cooperativa de Baena.',
      'Precios estables',
      'El precio en origen se ha mantenido estable durante el otoño, aunque los costes de transporte marítimo han subido y reducen el margen de los exportadores más pequeños.',
      'La próxima feria del sector en Osaka se celebrará en abril.',
    ],
    heading: 'Precios estables',
    keep: ['Precios estables', '«El consumidor japonés ya distingue entre variedades y está dispuesto a pagar más por un aceite temprano», explica el director de una cooperativa de Baena.'],
    drop: ['La cosecha de aceituna en Jaén'],
  },
  {
    name: 'an English site: a box of two full cards right above the story goes whole',
    lines: [
      'Kessel Port News', 'Home', 'Shipping', '',
      'Northern channel to be deepened for larger ships',
      'By Mara Ostend', '',
      ...HARBOUR_OPENING,
      'Related stories',
      'Terminal operator orders two electric cranes for the container quay',
      'The cranes will arrive next year and replace two diesel units.',
      'Pilots warn of fog delays on the outer approaches this winter',
      'Thick fog closed the approaches for eleven days last January.',
      'The authority will hold a public meeting in January before the dredging contract is signed, and fishermen have asked for compensation while the channel is closed.',
      'The first ships are expected to use the deeper channel in spring 2028.',
    ],
    heading: null,
    keep: ['The first ships are expected to use the deeper channel in spring 2028.'],
    drop: ['Pilots warn of fog delays', 'Thick fog closed', 'The cranes will arrive'],
  },
];

/** A short question alone between paragraphs of a copy without blank lines heads its section; in an interview, the answer names its speaker and the question stays a paragraph. */
const QUESTION_LINES: Array<Case & { heading: string | null }> = [
  {
    name: 'a Spanish city-council notice: "¿Qué cambia para los vecinos?"',
    lines: [
      'Ayuntamiento de Villaverde', 'Actualidad', '',
      'La recogida de residuos cambia de horario en enero',
      'Publicado el 2 de diciembre de 2026', '',
      'A partir del 7 de enero, la recogida de basura en el casco antiguo se hará de madrugada y no por la tarde, para reducir el tráfico de camiones en las calles estrechas.',
      'El cambio forma parte del nuevo contrato de limpieza, que entra en vigor el mismo día e incluye doce camiones eléctricos.',
      '¿Qué cambia para los vecinos?',
      'Los contenedores deberán sacarse a partir de las diez de la noche y no antes, y los comercios tendrán un horario propio para el cartón que se anunciará en diciembre.',
      'El ayuntamiento enviará una carta a cada vivienda con los nuevos horarios.',
    ],
    heading: '¿Qué cambia para los vecinos?',
    keep: ['¿Qué cambia para los vecinos?'],
    drop: [],
  },
  {
    name: 'a German transit operator\'s notice: "Was ändert sich für die Fahrgäste?"',
    lines: [
      'Verkehrsbetriebe Nordstadt', 'Fahrplan', 'Aktuelles', '',
      'Straßenbahnlinie 4 fährt ab Januar im Zehn-Minuten-Takt',
      'Veröffentlicht am 02.12.2026', '',
      'Die Straßenbahnlinie 4 fährt vom 8. Januar an tagsüber alle zehn Minuten statt alle zwanzig, weil die Stadt zwei neue Fahrzeuge gekauft hat und die Haltestellen am Markt umgebaut sind.',
      'Die Verkehrsbetriebe rechnen damit, dass die Linie dadurch bis zu dreitausend Fahrgäste am Tag mehr gewinnt.',
      'Was ändert sich für die Fahrgäste?',
      'Die Abfahrtszeiten an allen Haltestellen ändern sich, und der letzte Zug fährt künftig eine halbe Stunde später vom Hauptbahnhof ab als bisher.',
      'Die neuen Fahrpläne hängen ab dem 20. Dezember an den Haltestellen aus.',
    ],
    heading: 'Was ändert sich für die Fahrgäste?',
    keep: ['Was ändert sich für die Fahrgäste?'],
    drop: [],
  },
  {
    name: 'an Italian weekly interview: the question over "Rossi: …" stays a paragraph',
    lines: [
      'Settimanale Nord', 'Società', '',
      '«I paesi di montagna non vogliono la pietà»',
      'Intervista di Luca Ferri', '',
      'Il geografo Paolo Rossi studia da vent\'anni lo spopolamento delle valli alpine. Una conversazione su lavoro, scuole e servizi che mancano nei piccoli comuni.',
      'Professor Rossi, perché alcune valli tornano a crescere?',
      'Rossi: Perché il lavoro da remoto ha cambiato le scelte di molte famiglie, ma soprattutto perché alcuni comuni hanno riaperto la scuola e l\'ambulatorio.',
      'Basta questo per fermare lo spopolamento?',
      'Rossi: No. Servono anche trasporti che funzionino d\'inverno, e su questo le regioni sono in ritardo.',
    ],
    heading: null,
    keep: ['Basta questo per fermare lo spopolamento?'],
    drop: [],
  },
];

/** A closing bio that names the author by the first name alone ("Claire couvre …") is the author's, not the story's. */
const FIRST_NAME_BIOS: Case[] = [
  {
    name: 'a Swiss French local site: "Claire couvre …" under the last paragraph',
    lines: [
      'Le Courrier du Chablais', 'Région', 'Sports', '',
      'Monthey rouvre sa piscine couverte après deux ans de travaux',
      'Par Claire Dufaux', '3 décembre 2026', '',
      'La piscine couverte de Monthey rouvrira le 15 janvier après deux ans de rénovation, avec un nouveau bassin pour les enfants et une toiture isolée qui doit réduire de moitié la facture de chauffage.',
      'Les travaux ont coûté 14 millions de francs, un million de plus que prévu en raison de la hausse des prix de l\'acier.',
      'Les abonnements de l\'ancienne piscine restent valables jusqu\'à la fin de l\'année.',
      'Claire couvre la politique communale et l\'économie du Chablais.',
      'Partager',
      '© 2026 Le Courrier du Chablais',
    ],
    keep: ['Les abonnements de l\'ancienne piscine restent valables jusqu\'à la fin de l\'année.'],
    drop: ['Claire couvre la politique'],
  },
  {
    name: 'an English farming weekly: "Sam writes about …" under the last paragraph',
    lines: [
      'Fenland Farmer', 'News', 'Markets', '',
      'Sugar beet growers win higher price for next season',
      'By Sam Whitlow', '1 December 2026', '',
      'Sugar beet growers will be paid about eight per cent more for next year\'s crop after the processor and the growers\' union agreed a new contract on Monday evening.',
      'The deal also shares the cost of moving beet to the factory when wet weather keeps lorries off the fields.',
      'Growers have until the end of January to sign up for the new contract.',
      'Sam writes about arable farming and the rural economy in the east of England.',
      'Share',
      '© 2026 Fenland Farmer',
    ],
    keep: ['Growers have until the end of January to sign up for the new contract.'],
    drop: ['Sam writes about arable farming'],
  },
];

/** An embedded post inside the story parts it once, not twice (the story goes on under it); the newsroom's labelled note under the story goes. */
const EMBEDS_AND_NOTES: Case[] = [
  {
    name: 'a wire story: an embedded post and its "— Name (@handle) date" line before the last paragraph',
    lines: [
      'World Wire',
      'Business',
      'Markets',
      'Sign in',
      '',
      'Baltic port strike ends after pay deal, cargo backlog to take weeks to clear',
      'By Anna Lind',
      'December 3, 2026 4:12 PM GMT+1',
      'Updated 2 hours ago',
      '',
      'STOCKHOLM, Dec 3 (World Wire) - Dock workers at four Baltic ports returned to work on Wednesday after their union accepted a pay offer that ends a nine-day strike, but shipping lines warned it would take weeks to clear the backlog of containers.',
      '',
      'The deal gives workers a 6.5% rise this year and 4% next year, the union said in a statement, below the 9% it had first demanded.',
      '',
      'Port operators said about 40 ships were waiting at anchor off the four ports on Wednesday morning.',
      '',
      '"We are pleased that work can resume, but the damage to supply chains is done," the chief executive of one operator said on social media.',
      '',
      'We are back at work from 6 am tomorrow. Thank you to every member who stood firm. pic.twitter.com/abc123',
      '— Baltic Dockers Union (@BalticDockers) December 3, 2026',
      '',
      'Freight rates on routes into the Baltic rose by about a fifth during the strike, according to a broker\'s index.',
      '',
      '(Reporting by Anna Lind in Stockholm; additional reporting by Jonas Berg in Gdansk; Editing by Mark Potter)',
      'Our Standards: The World Wire Trust Principles.',
      'Purchase Licensing Rights',
    ],
    keep: ['Freight rates on routes into the Baltic rose by about a fifth during the strike, according to a broker\'s index.'],
    drop: ['Baltic Dockers Union (@BalticDockers)'],
  },
  {
    name: 'a French magazine interview: "Cet entretien a été édité …" under the last answer',
    lines: [
      'Le Mag des Territoires',
      'Société',
      'Environnement',
      'Culture',
      '',
      '« Les haies reviennent parce que les agriculteurs y trouvent leur compte »',
      'Entretien avec l\'agronome Sophie Martin',
      'Propos recueillis par Hugo Lefèvre',
      'Publié le 2 décembre 2026',
      '',
      'Depuis trois ans, les plantations de haies augmentent dans l\'ouest de la France. L\'agronome Sophie Martin, qui suit ces programmes en Bretagne, explique pourquoi.',
      '',
      'Pourquoi les agriculteurs replantent-ils des haies ?',
      'Parce qu\'ils y voient un intérêt concret : les haies protègent les cultures du vent, abritent des insectes utiles et limitent l\'érosion des sols pendant les orages.',
      '',
      'Qui paie ces plantations ?',
      'Les régions et l\'État financent la plus grande partie, mais beaucoup d\'exploitants ajoutent leur propre argent, ce qui montre qu\'ils y croient.',
      '',
      '« Une haie bien entretenue rapporte plus qu\'elle ne coûte »',
      '',
      'Les haies ne risquent-elles pas d\'être arrachées à nouveau ?',
      'C\'est possible si les aides s\'arrêtent, mais les agriculteurs que je rencontre parlent de ces haies comme d\'un investissement pour leurs enfants.',
      '',
      'Cet entretien a été édité pour plus de clarté.',
      'Partager',
      'Newsletter',
      'Recevez chaque semaine nos articles',
    ],
    keep: ['C\'est possible si les aides s\'arrêtent, mais les agriculteurs que je rencontre parlent de ces haies comme d\'un investissement pour leurs enfants.'],
    drop: ['Cet entretien a été édité'],
  },
  {
    name: 'a Brazilian farm magazine: "Nota da redação:" under the story',
    lines: [
      'Revista Agro Sul',
      'Notícias',
      'Mercado',
      'Clima',
      '',
      'Colheita de soja no Paraná deve bater recorde, diz secretaria',
      'Por Beatriz Lima',
      '03/12/2026 - 10h45',
      'Atualizado há 1 hora',
      '',
      'A colheita de soja no Paraná deve chegar a 23 milhões de toneladas na safra 2026/27, um recorde, segundo a estimativa divulgada nesta quarta-feira pela secretaria estadual de agricultura.',
      '',
      'O aumento se deve principalmente às chuvas regulares da primavera, que favoreceram o desenvolvimento das lavouras no oeste e no norte do estado.',
      '',
      'PREÇOS EM QUEDA',
      '',
      'Com a oferta maior, os preços pagos ao produtor caíram cerca de 8% nas últimas quatro semanas, de acordo com cooperativas da região.',
      '',
      'Os produtores que venderam parte da safra antecipadamente estão em melhor situação, segundo analistas.',
      '',
      'LOGÍSTICA',
      '',
      'O porto de Paranaguá prevê filas de caminhões a partir de fevereiro e pede que os embarques sejam agendados com antecedência.',
      '',
      'Nota da redação: esta reportagem foi atualizada às 11h20 para corrigir o nome da cooperativa citada.',
      '',
      'Assine nossa newsletter',
      'Receba as principais notícias do agro no seu e-mail',
      'Cadastrar',
    ],
    keep: ['O porto de Paranaguá prevê filas de caminhões a partir de fevereiro e pede que os embarques sejam agendados com antecedência.'],
    drop: ['Nota da redação'],
  },
];

/** Lines of like length in Chinese, Japanese or Korean are not a hard-wrapped text: a subheading between paragraphs stays its own line, and short paragraphs of a language that fuses its function words still read as running text. */
const UNSPACED_SCRIPTS: Array<Case & { heading: string | null }> = [
  {
    name: 'a Japanese regional news site: a subheading between paragraphs of like length',
    lines: [
      '北陸みなと新聞', 'ニュース', '経済', '',
      '敦賀港の新しい岸壁、来年春に完成へ',
      '2026年12月3日',
      '敦賀港で建設が進む新しい岸壁について、県は来年春に完成する見通しだと発表しました。大型の貨物船が接岸できるようになります。',
      '総事業費はおよそ百二十億円で、国と県が半分ずつ負担します。工事は三年前に始まり、当初の計画より半年遅れています。',
      '物流への影響',
      '港湾関係者によりますと、新しい岸壁ができれば、これまで大阪や名古屋に向かっていた貨物の一部を敦賀で扱えるようになるということです。',
      '地元の運送会社は、トラック運転手の不足を補うため、鉄道との連携も検討しているとしています。県は来月、説明会を開く予定です。',
      '県は完成に合わせて、港の周辺に新しい倉庫を誘致したい考えです。',
    ],
    heading: '物流への影響',
    keep: ['物流への影響'],
    drop: [],
  },
  {
    name: 'a Korean daily: one-sentence paragraphs of like length are no hard-wrapped text, and the story goes on past a related box',
    lines: [
      '남해신문',
      '전체기사',
      '정치',
      '경제',
      '사회',
      '',
      '거제 조선소, 친환경 선박 수주 잇따라',
      '박지훈 기자',
      '입력 2026.12.03 10:20 수정 2026.12.03 11:05',
      '거제의 한 대형 조선소가 이달 들어 액화천연가스 추진 컨테이너선 네 척을 잇따라 수주했다고 3일 밝혔다.',
      '수주 금액은 모두 합쳐 약 1조 원 규모이며, 선박은 2029년까지 차례로 인도될 예정이다.',
      '회사 측은 유럽 선사들이 탄소 배출 규제에 대비해 친환경 선박 발주를 늘리고 있다고 설명했다.',
      '관련기사',
      '통영 굴 양식장, 고수온 피해 복구 지원',
      '인력 부족은 여전히 과제',
      '업계에서는 용접공과 도장공 등 숙련 인력이 부족해 건조 일정을 맞추기 어려울 수 있다는 우려가 나온다.',
      '조선소는 내년 상반기까지 외국인 근로자 300명을 추가로 채용할 계획이다.',
      '박지훈 기자 jihoon@namhae.example',
      '저작권자 © 남해신문 무단전재 및 재배포 금지',
      '이 기사를 공유합니다',
    ],
    heading: '인력 부족은 여전히 과제',
    keep: ['수주 금액은 모두 합쳐 약 1조 원 규모이며, 선박은 2029년까지 차례로 인도될 예정이다.', '조선소는 내년 상반기까지 외국인 근로자 300명을 추가로 채용할 계획이다.'],
    drop: ['통영 굴 양식장'],
  },
];

/** A paragraph of two sentences above a photo credit goes on with the story; a press release's "About <issuer>" section ends it, a feature's "Inside <company>" subheading does not. */
const CREDITS_AND_ISSUERS: Case[] = [
  {
    name: 'a Russian regional site: a two-sentence paragraph held above "Фото: …"',
    lines: [
      'Северный вестник',
      'Новости',
      'Экономика',
      'Общество',
      '',
      'В Архангельске откроют новую паромную переправу через Северную Двину',
      'Анна Смирнова',
      '3 декабря 2026, 12:40',
      '',
      'Новая паромная переправа между центром Архангельска и островом Кего начнёт работать летом следующего года, сообщили в мэрии.',
      'Паром сможет перевозить до 30 автомобилей и 200 пассажиров за рейс. Переправа будет работать с мая по октябрь.',
      'Фото: пресс-служба мэрии Архангельска',
      'Читайте также: В Северодвинске отремонтируют набережную',
      'Жители острова давно просили о регулярном сообщении с городом: сейчас туда можно добраться только на катере.',
      'Стоимость проезда пока не определена.',
      'Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать новости',
      'Теги: Архангельск, транспорт',
      'Нашли ошибку? Выделите текст и нажмите Ctrl+Enter',
    ],
    keep: ['Паром сможет перевозить до 30 автомобилей и 200 пассажиров за рейс. Переправа будет работать с мая по октябрь.', 'Стоимость проезда пока не определена.'],
    drop: ['Подписывайтесь на наш канал'],
  },
  {
    name: 'a German press wire: "Über die Nordwind Energie GmbH", named in the opening, and the contact block',
    lines: [
      'Presseportal Nord',
      'Pressemitteilungen',
      'Themen',
      '',
      'Windpark Ostsee-Kliff erhält Genehmigung für 40 Anlagen',
      'Kiel, 02.12.2026',
      '',
      'Die Nordwind Energie GmbH hat die Genehmigung für den Bau von 40 Windkraftanlagen vor der Küste von Fehmarn erhalten. Der Bau soll im Sommer 2027 beginnen, die ersten Anlagen sollen 2029 Strom liefern.',
      'Der Windpark wird nach Fertigstellung rund 400.000 Haushalte mit Strom versorgen können. Das Unternehmen investiert dafür rund 1,8 Milliarden Euro.',
      '„Mit der Genehmigung haben wir nach sechs Jahren Planung endlich Klarheit“, sagte Geschäftsführerin Maren Holst.',
      'Über die Nordwind Energie GmbH',
      'Die Nordwind Energie GmbH plant, baut und betreibt Windparks an Land und auf See. Das Unternehmen mit Sitz in Kiel beschäftigt rund 350 Mitarbeiterinnen und Mitarbeiter.',
      'Pressekontakt:',
      'Nordwind Energie GmbH',
      'Jan Petersen',
      'Telefon: +49 431 000000',
      'E-Mail: presse@nordwind.example',
      'Original-Content von: Nordwind Energie GmbH, übermittelt durch Presseportal Nord',
    ],
    keep: ['„Mit der Genehmigung haben wir nach sechs Jahren Planung endlich Klarheit“, sagte Geschäftsführerin Maren Holst.'],
    drop: ['Die Nordwind Energie GmbH plant', 'Pressekontakt'],
  },
  {
    name: 'an English business feature: "Inside Harbour Line Ferries" is a subheading, not the issuer\'s boilerplate',
    lines: [
      'Coastal Business Review', 'Companies', '',
      'The ferry firm that bet on batteries',
      'By Owen Price', '',
      'Harbour Line Ferries was the first operator on the coast to order battery ferries, and five years on its bet looks better than its rivals expected when the first boat was launched.',
      'The company now runs four electric ferries and says its fuel bill has fallen by two thirds since 2021.',
      'Inside Harbour Line Ferries',
      'The firm still has only sixty staff, and its chief engineer says most of them had never worked with high-voltage systems before the first boat arrived.',
      'It plans to order two more ferries next year.',
    ],
    keep: ['Inside Harbour Line Ferries', 'It plans to order two more ferries next year.'],
    drop: [],
  },
];

/**
 * A story of numbered sections under a summary box: the box ends above the first section's heading, which stays with its
 * siblings; a short closing section under its own subheading is the story's, not the footer's.
 */
const SECTIONED_STORIES: Array<Case & { headings: string[] }> = [
  {
    name: 'an English policy brief: "Key takeaways", numbered sections and "What happens next"',
    lines: [
      'Policy Brief Weekly',
      'Analysis',
      'Regions',
      'About',
      '',
      'Five things to know about the new fisheries agreement',
      'By Lena Varga',
      '4 December 2026',
      'Key takeaways',
      'The agreement sets catch limits for five years.',
      'Small boats get a fixed share of the quota.',
      '1. The quotas are lower',
      'The agreement cuts the total allowed catch of cod and haddock by about 12 per cent compared with the last deal, following scientific advice on stock levels.',
      '2. Small boats are protected',
      'Vessels under twelve metres will receive a fixed share of the quota that larger operators cannot buy, which negotiators say keeps harbours in smaller towns alive.',
      '3. Enforcement moves to cameras',
      'From 2028, all boats over fifteen metres must carry cameras that record catches, replacing most inspections at sea.',
      'What happens next',
      'Parliament is due to vote on the agreement in February.',
      'Lena Varga is a senior fellow in our ocean programme.',
      'Topics: Fisheries, Trade',
      'Download PDF',
    ],
    headings: ['1. The quotas are lower', '2. Small boats are protected', '3. Enforcement moves to cameras', 'What happens next'],
    keep: ['The agreement cuts the total allowed catch of cod and haddock by about 12 per cent compared with the last deal, following scientific advice on stock levels.', 'Parliament is due to vote on the agreement in February.'],
    drop: ['The agreement sets catch limits for five years.', 'Lena Varga is a senior fellow'],
  },
  {
    name: 'a Spanish explainer: subheadings, and a short closing section "Próximos pasos"',
    lines: [
      'Diario Técnico del Agua', 'Noticias', 'Análisis', '',
      'Qué cambia con la nueva ley de aguas de Aragón',
      'Por Irene Lasa', '',
      'Las Cortes de Aragón aprobaron el jueves la nueva ley de aguas, que reparte de otra forma los caudales entre el regadío, las ciudades y los ríos durante las sequías.',
      'El reparto en sequía',
      'Cuando los embalses bajen del treinta por ciento, las ciudades tendrán prioridad y el regadío recibirá como mínimo la mitad de su dotación habitual.',
      'Más control de los pozos',
      'Todos los pozos de más de diez metros tendrán que llevar un contador antes de 2029, y la confederación podrá cerrarlos si no lo instalan.',
      'Próximos pasos',
      'El Gobierno aprobará el reglamento de la ley antes del verano.',
      'Etiquetas: agua, Aragón',
      'Comparte este artículo',
    ],
    headings: ['El reparto en sequía', 'Más control de los pozos', 'Próximos pasos'],
    keep: ['El Gobierno aprobará el reglamento de la ley antes del verano.'],
    drop: ['Comparte este artículo'],
  },
];

/**
 * Notes under the story about the story itself: a funding note naming the page as the work ("Ce contenu est produit avec
 * le soutien de …"), a magazine's note on the issue it was printed in. A story's sentence about other work made with
 * someone's support stays.
 */
const NOTES_ABOUT_THE_PAGE: Case[] = [
  {
    name: 'a Spanish rural news site: "Este reportaje fue realizado con el apoyo de …" under the story, a project built with support in it',
    lines: [
      'El Eco de la Sierra', 'Portada', 'Comarca', '',
      'Tres pueblos de la sierra comparten un solo médico desde septiembre',
      'Por Inés Caballero', '4 de diciembre de 2026', '',
      'Los vecinos de Valdelagua, Robledillo y Peñas Altas comparten desde septiembre un único médico de familia, que pasa consulta en cada pueblo dos mañanas por semana.',
      'El consultorio nuevo de Robledillo se construyó con el apoyo de la Diputación y abrió sus puertas en primavera.',
      'La consejería asegura que la plaza vacante se cubrirá antes de verano, aunque ya ha quedado desierta en dos convocatorias.',
      'Mientras tanto, los mayores que no conducen dependen de un taxi que el ayuntamiento paga dos días al mes.',
      'Este reportaje fue realizado con el apoyo de la Fundación Periodismo Rural.',
      'Compartir',
      '© 2026 El Eco de la Sierra',
    ],
    keep: ['El consultorio nuevo de Robledillo se construyó con el apoyo de la Diputación y abrió sus puertas en primavera.', 'Mientras tanto, los mayores que no conducen dependen de un taxi que el ayuntamiento paga dos días al mes.'],
    drop: ['Este reportaje fue realizado'],
  },
  {
    name: 'a Russian regional site: "Материал подготовлен при поддержке …", a school built with support in the story',
    lines: [
      'Поморские новости', 'Главная', 'Общество', '',
      'В Онеге откроют новую школу искусств',
      'Ольга Белова', '2 декабря 2026', '',
      'Новая школа искусств в Онеге примет первых учеников в феврале: в ней будут учиться около трёхсот детей из города и окрестных сёл.',
      'Школа построена при поддержке областного бюджета, говорится в сообщении администрации района.',
      'Прежнее здание школы закрыли три года назад из-за аварийного состояния, и занятия всё это время шли в доме культуры.',
      'Набор в музыкальные классы начнётся в январе.',
      'Материал подготовлен при поддержке фонда «Открытый север».',
      'Теги: Онега, образование',
    ],
    keep: ['Школа построена при поддержке областного бюджета, говорится в сообщении администрации района.', 'Набор в музыкальные классы начнётся в январе.'],
    drop: ['Материал подготовлен'],
  },
  {
    name: 'a German monthly: a funding note and "Dieser Artikel erschien in der Ausgabe …" under the story',
    lines: [
      'Das Küstenmagazin', 'Abo', 'Archiv', '',
      'Die letzten Reetdachdecker der Halbinsel',
      'Von Hanna Brodersen', '01.12.2026', '',
      'Auf der Halbinsel Eiderstedt gibt es noch vier Betriebe, die Dächer mit Reet decken, und drei von ihnen suchen seit Jahren vergeblich nach Nachwuchs.',
      'Das Reet kommt längst nicht mehr aus der Region, sondern aus Polen und der Türkei, weil die heimischen Flächen kaum noch gemäht werden.',
      'Die Innung will im Frühjahr mit den Berufsschulen über eine gemeinsame Ausbildungsklasse sprechen.',
      'Diese Recherche wurde mit Unterstützung der Stiftung Lokaljournalismus Nord erstellt.',
      'Dieser Artikel erschien in der Ausgabe 12/2026 des Küstenmagazins.',
      'Erschienen in der Printausgabe 12/2026',
      'Teilen',
      'Impressum',
    ],
    keep: ['Die Innung will im Frühjahr mit den Berufsschulen über eine gemeinsame Ausbildungsklasse sprechen.'],
    drop: ['Diese Recherche wurde', 'Dieser Artikel erschien', 'Erschienen in der Printausgabe'],
  },
  {
    name: 'an English nonprofit newsroom: "Reporting for this story was supported by …" and "First published in the winter print edition", a study "published in the March issue" in the story',
    lines: [
      'The Estuary Report', 'Investigations', 'Donate', '',
      'Dredging spoil is being dumped closer to shore than permits allow',
      'By Nadia Osei', 'December 4, 2026', '',
      'Barges hired to deepen the shipping channel have been dumping dredged mud less than two miles offshore, well inside the zone their permits forbid, according to tracking data reviewed by The Estuary Report.',
      'Published in the March issue of Coastal Ecology, a study of the same waters found that fine sediment smothered shellfish beds within weeks.',
      'The contractor said its crews followed the routes the port authority approved.',
      'Reporting for this story was supported by the Coastal Journalism Fund.',
      'First published in the winter print edition',
      'Republish this story',
    ],
    keep: ['Published in the March issue of Coastal Ecology, a study of the same waters found that fine sediment smothered shellfish beds within weeks.', 'The contractor said its crews followed the routes the port authority approved.'],
    drop: ['Reporting for this story', 'First published in the winter'],
  },
];


/** A line that names its link's kind and the link ("См. также: …", "Zob. też: …"), or a sponsor and its pitch, inside the story, goes; the story around it stays. */
const SEE_ALSO_AND_SPONSOR_LINES: Case[] = [
  {
    name: 'a Polish think-tank note: "Zob. też: …" between two paragraphs',
    lines: [
      'Instytut Polityki Lokalnej', 'Analizy', 'Komentarze', '',
      'Gminy wydają coraz więcej na dowóz uczniów',
      'Marta Zielińska', '3 grudnia 2026', '',
      'Wydatki gmin wiejskich na dowóz uczniów do szkół wzrosły w ciągu pięciu lat o ponad połowę, wynika z naszej analizy sprawozdań budżetowych.',
      'Zob. też: Jak gminy finansują remonty szkół – przegląd programów rządowych',
      'Największy wzrost widać w gminach, które w ostatniej dekadzie zamknęły małe szkoły i skierowały uczniów do jednej placówki w centrum gminy.',
      'Rekomendujemy, aby dotacja oświatowa uwzględniała odległość, jaką pokonują uczniowie.',
      'Pobierz PDF',
    ],
    keep: ['Największy wzrost widać w gminach, które w ostatniej dekadzie zamknęły małe szkoły i skierowały uczniów do jednej placówki w centrum gminy.'],
    drop: ['Zob. też'],
  },
  {
    name: 'a German newsletter: "Präsentiert von … – …" over the letter, a council plan "presented by" its author in the story',
    lines: [
      'Der Morgenbrief', 'Archiv', 'Abonnieren', '',
      'Warum der Strompreis am Abend steigt',
      'Von Felix Hartmann', '5. Dezember 2026', '',
      'Präsentiert von Nordlicht Energie – der Ökostrom aus Ihrer Region, seit 2011 ohne Preiserhöhung. Jetzt wechseln →',
      'Guten Morgen, heute geht es um eine Zahl, die auf fast jeder Stromrechnung steckt und über die kaum jemand spricht: den Preis der Abendstunden.',
      'Wenn die Sonne untergeht, fällt der Solarstrom weg, und die Netzbetreiber müssen teurere Kraftwerke zuschalten, bis der Wind am Abend auffrischt.',
      'Presented by the council’s energy officer on Tuesday, the new tariff plan would move the cheapest hours into the afternoon.',
      'Bis nächsten Freitag!',
    ],
    keep: ['Wenn die Sonne untergeht, fällt der Solarstrom weg, und die Netzbetreiber müssen teurere Kraftwerke zuschalten, bis der Wind am Abend auffrischt.', 'Presented by the council’s energy officer on Tuesday, the new tariff plan would move the cheapest hours into the afternoon.'],
    drop: ['Präsentiert von'],
  },
  {
    name: 'an English and a French newsletter: "Today\'s issue is brought to you by …" and "Cette infolettre est présentée par …"',
    lines: [
      'The Harbour Letter', 'Archive', 'Subscribe', '',
      'Why ferry fares rise every January',
      'By Tom Reyes', 'Jan 4, 2027', '',
      'Today\'s issue is brought to you by Quayside Insurance, cover for small boats since 1998.',
      'Cette infolettre est présentée par la Caisse des Marins.',
      'Every January the ferry company raises its fares, and every January readers write in to ask why the rise is larger than inflation.',
      'The answer is mostly fuel contracts: the company buys a year of diesel in advance, and it sets fares to match the price it locked in.',
      'See you next week.',
    ],
    keep: ['The answer is mostly fuel contracts: the company buys a year of diesel in advance, and it sets fares to match the price it locked in.'],
    drop: ['Today\'s issue is brought to you', 'Cette infolettre est présentée'],
  },
];


/** A time line that names the day relatively ("Online seit heute, 9.12 Uhr", "Publié aujourd'hui à 9 h 12") is furniture, not a subheading. */
const RELATIVE_DAY_TIME_LINES: Array<Case & { headings: string[] }> = [
  {
    name: 'a French broadcaster: "Publié aujourd\'hui à 9 h 12" under the deck',
    lines: [
      'Radio Jura Info', 'Infos', 'Sport', 'Météo', '',
      'Le lac des Brenets gèle plus tard chaque hiver',
      'Les patineurs devront encore attendre cette année. La glace du lac n’a tenu que onze jours l’an dernier, et les relevés de la commune montrent un recul régulier depuis vingt ans.',
      'Publié aujourd\'hui à 9 h 12',
      'Partager',
      'Le lac des Brenets, qui gelait autrefois plusieurs semaines chaque hiver, n’a été praticable que onze jours l’hiver dernier, selon les relevés de la commune.',
      'Les autorités ouvrent la glace au public seulement quand elle atteint douze centimètres d’épaisseur sur tout le bassin.',
      'Une saison plus courte',
      'Les loueurs de patins disent avoir perdu la moitié de leur chiffre d’affaires en trois ans, et deux d’entre eux ont déjà fermé leur stand au bord du lac.',
      'La commune étudie une patinoire artificielle au bord du lac.',
      'Impressum',
    ],
    keep: ['Les autorités ouvrent la glace au public seulement quand elle atteint douze centimètres d’épaisseur sur tout le bassin.'],
    drop: ['Publié aujourd\'hui'],
    headings: ['Une saison plus courte'],
  },
  {
    name: 'a Dutch regional site: "Vandaag, 14:05" between the headline and the story',
    lines: [
      'Omroep Waterland', 'Nieuws', 'Sport', '',
      'Pont over het Noordzeekanaal vaart weer na storing',
      'Twee dagen lag de pont stil door een kapotte klep. Scholieren en forenzen moesten in die tijd een flinke omweg maken via de tunnel onder het kanaal.',
      'Vandaag, 14:05',
      'De pont tussen Velsen-Zuid en Velsen-Noord vaart sinds vanmiddag weer volgens de dienstregeling, nadat een storing aan de klep hem twee dagen stil had gelegd.',
      'Fietsers en voetgangers moesten in die tijd omrijden via de tunnel, wat voor veel scholieren een half uur extra kostte.',
      'Reserveonderdelen',
      'De veerdienst wil voortaan belangrijke onderdelen op voorraad houden, zodat een reparatie niet meer op levering uit Duitsland hoeft te wachten.',
      'Het kanaal blijft open voor de scheepvaart.',
      'Meer nieuws',
    ],
    keep: ['Het kanaal blijft open voor de scheepvaart.'],
    drop: ['Vandaag, 14:05'],
    headings: ['Reserveonderdelen'],
  },
];

/** A caption ending in a photographer and agency in brackets goes, in either order; a poll's sentence ending in its pollsters stays. */
const BRACKETED_CREDITS: Case[] = [
  {
    name: 'a Portuguese city site: "(Rui Matos/Jornal do Douro)" after the caption, a poll sentence with "(Ipsos/Reuters)" in the story',
    lines: [
      'Jornal do Douro', 'Início', 'Cidade', '',
      'Metro do Porto vai abrir linha até Gondomar em 2028',
      'Por Ana Lobo', '5 de dezembro de 2026', '',
      'Passageiros esperam o metro na estação da Trindade ao fim da tarde. (Rui Matos/Jornal do Douro)',
      'A nova linha do metro entre o centro do Porto e Gondomar vai abrir em 2028, um ano mais tarde do que o previsto, anunciou a empresa esta sexta-feira.',
      'O atraso deve-se a problemas nas escavações junto ao rio, onde os engenheiros encontraram mais água do que o esperado.',
      'O apoio à obra caiu para 58 por cento em novembro, a terceira sondagem seguida a mostrar uma descida. (Ipsos/Reuters)',
      'A empresa garante que o custo total não vai ultrapassar os 400 milhões de euros.',
      '© 2026 Jornal do Douro',
    ],
    keep: ['O apoio à obra caiu para 58 por cento em novembro, a terceira sondagem seguida a mostrar uma descida. (Ipsos/Reuters)', 'A empresa garante que o custo total não vai ultrapassar os 400 milhões de euros.'],
    drop: ['Passageiros esperam o metro'],
  },
  {
    name: 'a US wire-fed site: "(AP Photo/Carla Mendes)" after the caption',
    lines: [
      'Valley Tribune', 'News', 'Weather', '',
      'Snow closes mountain pass for second day',
      'By The Associated Press', 'Dec 5, 2026', '',
      'A plow clears snow from the highway near the summit on Friday. (AP Photo/Carla Mendes)',
      'State crews kept the mountain pass closed for a second day on Saturday as heavy snow and high winds made the road too dangerous for trucks and cars.',
      'Transportation officials said they hoped to reopen at least one lane in each direction by Sunday afternoon.',
      'Drivers were told to use the southern route, which adds about two hours to the trip.',
      'Copyright 2026 The Associated Press. All rights reserved.',
    ],
    keep: ['Drivers were told to use the southern route, which adds about two hours to the trip.'],
    drop: ['A plow clears snow'],
  },
];

/**
 * The authors' cards under the story: each name alone on its line, then a short bio of the same person naming a job,
 * whether or not the byline names them; a closing note about the author (a book to come) when the story never names
 * the author. A profile's closing section headed by its subject's name, and a closing line about someone in the story, stay.
 */
const CARDS_AND_AUTHOR_NOTES: Case[] = [
  {
    name: 'a French policy institute: two cards under the views disclaimer, the second author not in the byline',
    lines: [
      'Institut des Mers et des Côtes', 'Publications', 'Événements', '',
      'Analyse',
      'Les ports de pêche face à la hausse du gazole',
      'Claire Morel', 'Directrice de recherche', '3 décembre 2026', '',
      'Le prix du gazole pêche a augmenté de près de moitié en trois ans, et les armements artisanaux de la façade atlantique ont réduit leurs sorties en mer de quinze pour cent en moyenne.',
      'Les aides d’urgence versées en 2024 ont permis de passer l’hiver, mais elles n’ont rien changé aux coûts de fond des navires les plus anciens.',
      'La modernisation des moteurs reste la seule réponse durable, à condition que l’État en partage le coût avec les régions.',
      'Les opinions exprimées dans cette analyse n’engagent que leurs auteurs.',
      'Claire Morel',
      'Claire Morel est directrice de recherche au programme Mers et littoraux de l’Institut.',
      'Paul Girard',
      'Paul Girard est chercheur associé à l’Institut et ancien directeur d’une criée bretonne.',
      'Thèmes',
      'Pêche',
      '© 2026 Institut des Mers et des Côtes',
    ],
    keep: ['La modernisation des moteurs reste la seule réponse durable, à condition que l’État en partage le coût avec les régions.'],
    drop: ['Paul Girard est chercheur associé', 'Claire Morel est directrice'],
  },
  {
    name: 'an English city magazine: a profile whose last section is headed by its subject\'s name stays whole',
    lines: [
      'Northgate Monthly', 'Features', 'Food', '',
      'Three bakers who start before dawn',
      'By Helen Marsh', 'December 2026', '',
      'Before the first trams run, three bakeries in the old town are already on their second batch, and their owners say the early hours are the only way to keep prices down.',
      'Each of them took over a shop that had closed during the pandemic, and each has kept the old ovens.',
      'Tomás Vidal',
      'Tomás Vidal is a baker in the market quarter who starts at four and sells out of rye by nine most mornings.',
    ],
    keep: ['Tomás Vidal is a baker in the market quarter who starts at four and sells out of rye by nine most mornings.'],
    drop: [],
  },
  {
    name: 'a French literary review: the author\'s coming novel under the essay, a closing line about the essay\'s subject before it',
    lines: [
      'La Revue des Deux Rives', 'Essais', 'Fictions', '',
      'Ce que les marées laissent',
      'Par Lucie Garnier', '',
      'Chaque hiver, mon grand-père ramassait sur la grève ce que la mer avait rendu : des cordages, des bouées, une fois une porte entière, qu’il a gardée contre le mur du hangar pendant trente ans.',
      'Il disait que la mer ne prend rien, qu’elle prête seulement, et il tenait un carnet de tout ce qu’elle rapportait.',
      'Le carnet de Marcel Garnier est aujourd’hui au musée du port.',
      'Le premier roman de Lucie Garnier, La Marée basse, paraîtra au printemps.',
      'Partager',
      '© 2026 La Revue des Deux Rives',
    ],
    keep: ['Le carnet de Marcel Garnier est aujourd’hui au musée du port.'],
    drop: ['Le premier roman de Lucie Garnier'],
  },
];

/**
 * A subheading right under a short opening paragraph heads the story's first section when the story heads sections
 * further down and the line names a term of the paragraph it heads; a button there names none and goes. A gallery's
 * button with its count ("Galería de fotos (8)") above a subheading goes, and the subheading stays.
 */
const FIRST_SECTIONS_AND_COUNTED_BUTTONS: Array<Case & { headings: string[] }> = [
  {
    name: 'a German ministry\'s press briefing: the first topic\'s heading under the one-sentence opening',
    lines: [
      'Bundesministerium für Landwirtschaft', 'Presse', 'Reden', '',
      'Regierungspressekonferenz: Dürrehilfen, Tierseuchen und Waldzustand',
      '05.12.2026', '',
      'Die Sprecherin des Ministeriums eröffnete die Pressekonferenz mit einem Überblick über die Dürrehilfen.',
      'Dürrehilfen für Betriebe im Süden',
      'Bislang haben rund 2.400 landwirtschaftliche Betriebe in Bayern und Baden-Württemberg Dürrehilfen beantragt, teilte die Sprecherin mit. Die ersten Zahlungen sollen noch vor Weihnachten fließen.',
      'Die Anträge werden von den Ländern geprüft, der Bund übernimmt die Hälfte der Kosten.',
      'Lage bei den Tierseuchen',
      'Zur Lage bei der Blauzungenkrankheit sagte die Sprecherin, die Zahl der Neuinfektionen sei seit Oktober deutlich gesunken, die Impfkampagne werde dennoch fortgesetzt.',
      'Der Waldzustandsbericht erscheint im Februar.',
      'Teilen',
      'Drucken',
    ],
    keep: ['Die Sprecherin des Ministeriums eröffnete die Pressekonferenz mit einem Überblick über die Dürrehilfen.', 'Der Waldzustandsbericht erscheint im Februar.'],
    drop: [],
    headings: ['Dürrehilfen für Betriebe im Süden', 'Lage bei den Tierseuchen'],
  },
  {
    name: 'an Italian weekly: "Leggi dopo" between the deck and the story goes, though the story has subheadings',
    lines: [
      'Il Quindicinale', 'Politica', 'Economia', '',
      'Le funivie che nessuno usa più',
      'In Valle d’Aosta tre impianti su dieci restano fermi metà dell’anno, ma la regione continua a pagarne la manutenzione.',
      'Leggi dopo',
      'Nella valle laterale di Rhêmes la funivia costruita negli anni Ottanta ha trasportato l’inverno scorso meno di duemila passeggeri, un decimo di quelli previsti dal progetto originale.',
      'I costi di manutenzione, però, sono rimasti gli stessi, e li paga la regione con i fondi per la montagna.',
      'Un modello da ripensare',
      'Gli esperti propongono di trasformare gli impianti meno usati in collegamenti per escursionisti e ciclisti nei mesi estivi.',
      'La regione deciderà entro la primavera.',
      'Condividi',
    ],
    keep: ['In Valle d’Aosta tre impianti su dieci restano fermi metà dell’anno, ma la regione continua a pagarne la manutenzione.', 'La regione deciderà entro la primavera.'],
    drop: ['Leggi dopo'],
    headings: ['Un modello da ripensare'],
  },
  {
    name: 'a Spanish regional government release: "Galería de fotos (8)" above the last section\'s subheading',
    lines: [
      'Gobierno de Aragón', 'Noticias', 'Agenda', '',
      'Comienzan las obras del nuevo centro de salud de Alcañiz',
      '04/12/2026', '',
      'Las obras del nuevo centro de salud de Alcañiz han comenzado este jueves con un presupuesto de 9,4 millones de euros y un plazo de ejecución de veinte meses.',
      'El edificio tendrá dos plantas y atenderá a unos veinticinco mil vecinos de la ciudad y de los pueblos de su comarca.',
      'Más espacio para urgencias',
      'La nueva sede duplicará la superficie del servicio de urgencias, que hoy comparte espacio con las consultas de atención primaria en un edificio de los años setenta.',
      'El consejero de Sanidad ha destacado que el proyecto responde a una demanda histórica de los profesionales.',
      'Galería de fotos (8)',
      'Próximos pasos',
      'Cuando terminen las obras, el antiguo centro se reformará para acoger un centro de día para mayores, según ha avanzado el ayuntamiento.',
      'Compartir',
    ],
    keep: ['Cuando terminen las obras, el antiguo centro se reformará para acoger un centro de día para mayores, según ha avanzado el ayuntamiento.'],
    drop: ['Galería de fotos'],
    headings: ['Más espacio para urgencias', 'Próximos pasos'],
  },
];

/**
 * A box set apart from the story, its label and headline held to the paragraph under them: the paragraph is the box's
 * teaser when it retells the headline, and the story going on (the box lost its blank line) when it names none of its terms.
 */
const CARDS_HELD_TO_PARAGRAPHS: Case[] = [
  {
    name: 'an English county paper: the story\'s paragraph held under a box headline it shares no term with stays',
    lines: [
      'Eastshore Herald', '', 'News', 'Sport', '',
      'Old fish market to become marine school',
      '', 'The county will turn the disused fish market at Stone Steps harbour into a marine education centre, officials announced on Friday.',
      '', 'Harbour catches have fallen for a decade, and the market building has stood mostly empty since the auction moved inland.',
      '', 'The centre will have a diving pool, a reef exhibit and a classroom for eighty pupils.',
      '', 'Elsewhere in the region',
      'Whale-watching season ends with record crowds',
      'The county said the work would be paid mostly from a central grant, with the rest from its own budget.',
      '', 'Environmental groups asked for care during building work because corals grow close to the harbour wall.',
      '', '© 2026 Eastshore Herald',
    ],
    keep: ['The county said the work would be paid mostly from a central grant, with the rest from its own budget.'],
    drop: ['Whale-watching season ends'],
  },
  {
    name: 'the same box whose teaser retells its headline goes whole',
    lines: [
      'Eastshore Herald', '', 'News', 'Sport', '',
      'Old fish market to become marine school',
      '', 'The county will turn the disused fish market at Stone Steps harbour into a marine education centre, officials announced on Friday.',
      '', 'Harbour catches have fallen for a decade, and the market building has stood mostly empty since the auction moved inland.',
      '', 'The centre will have a diving pool, a reef exhibit and a classroom for eighty pupils.',
      '', 'Elsewhere in the region',
      'Whale-watching season ends with record crowds',
      'A record 80,000 visitors joined whale-watching trips this season, operators said.',
      '', 'Environmental groups asked for care during building work because corals grow close to the harbour wall.',
      '', '© 2026 Eastshore Herald',
    ],
    keep: ['Environmental groups asked for care during building work because corals grow close to the harbour wall.'],
    drop: ['Whale-watching season ends', 'A record 80,000 visitors'],
  },
  {
    name: 'a Chinese city daily: the story\'s paragraph held under a box headline stays',
    lines: [
      '东海日报', '', '要闻', '本地', '',
      '老码头仓库将改建为城市图书馆',
      '', '市政府今天宣布，将把南湾老码头的三座旧仓库改建为城市图书馆，预计2028年开放。',
      '', '这些仓库建于上世纪五十年代，近十年来一直闲置，部分屋顶已经坍塌。',
      '', '图书馆将设有儿童阅览区、港口历史展厅和可容纳两百人的报告厅。',
      '', '编辑推荐',
      '春节假期铁路客流创新高',
      '市文旅局表示，改建资金主要来自省级文化专项资金，其余由市财政承担。',
      '', '附近居民希望施工期间减少夜间作业，以免影响休息。',
      '', '东海日报版权所有',
    ],
    keep: ['市文旅局表示，改建资金主要来自省级文化专项资金，其余由市财政承担。'],
    drop: ['春节假期铁路客流创新高'],
  },
];

/**
 * A post's closing furniture written by its poster or platform: thanks for reading to the end, a note added after
 * posting ("Nachtrag:", "Editado:"), a share button naming the site above the next subheading. Story lines that open
 * with the same words in another sense stay.
 */
const POSTERS_NOTES_AND_SITE_SHARE_BUTTONS: Array<Case & { headings: string[] }> = [
  {
    name: 'a German blog: "Danke fürs Lesen!" and a "Nachtrag:" under the post, "Edited transcripts …" in it',
    lines: [
      'Stadtrand-Notizen', 'Blog', 'Über mich', '',
      'Warum unsere Straßenbahn jetzt nachts fährt',
      'Lena Vogt', '4. Dezember 2026', '',
      'Seit Montag fährt die Linie 4 auch in den Nächten von Freitag auf Samstag, und ich habe mir angeschaut, wie es dazu kam.',
      'Die Verkehrsbetriebe hatten die Nachtfahrten lange abgelehnt, weil das Personal fehlte, bis der Stadtrat im Sommer zusätzliches Geld bewilligte.',
      'Edited transcripts of the council hearing were posted online by the city on Monday.',
      'Ob die Bahn auch unter der Woche nachts fährt, soll im Frühjahr entschieden werden.',
      'Danke fürs Lesen!',
      'Nachtrag: Die Abfahrtszeiten stehen inzwischen auch in der App.',
      'Teilen',
      'Kommentare (4)',
    ],
    keep: ['Edited transcripts of the council hearing were posted online by the city on Monday.', 'Ob die Bahn auch unter der Woche nachts fährt, soll im Frühjahr entschieden werden.'],
    drop: ['Danke fürs Lesen', 'Nachtrag:'],
    headings: [],
  },
  {
    name: 'a Spanish forum post: "Editado:" and "Gracias por leer." under the post, a quoted thanks in it',
    lines: [
      'ForoCiudad', 'Inicio', 'Temas', '',
      'Mi barrio consiguió un carril bici nuevo y esto es lo que cambió',
      'publicado por marta_bici', 'hace 5 h', '',
      'Llevo dos años yendo a las reuniones de la junta de distrito, así que os cuento cómo acabó la historia del carril bici de la avenida del Puerto.',
      'La junta aprobó el proyecto por siete votos a dos, y las obras empezaron en octubre con un presupuesto de 1,2 millones de euros.',
      '«Gracias por leer las cartas de los vecinos», dijo la concejala al cerrar la sesión.',
      'Ahora el carril llega hasta el colegio y cada mañana lo usan unos trescientos niños.',
      'Gracias por leer.',
      'Editado: corregido el número de votos, eran siete y no seis.',
      'Responder',
      'Compartir',
    ],
    keep: ['«Gracias por leer las cartas de los vecinos», dijo la concejala al cerrar la sesión.', 'Ahora el carril llega hasta el colegio y cada mañana lo usan unos trescientos niños.'],
    drop: ['Gracias por leer.', 'Editado:'],
    headings: [],
  },
  {
    name: 'a French newsletter: "Partager Le Courrier Vert" above a subheading, "Share prices …" in the letter',
    lines: [
      'Le Courrier Vert', 'Archives', 'S’abonner', '',
      'Pourquoi le prix du bois de chauffage a doublé',
      'Par Julien Marchand', '4 déc. 2026', '',
      'Bonjour à toutes et à tous, cette semaine je reviens sur une question que vous êtes nombreux à m’avoir posée depuis la rentrée.',
      'Le prix du stère de bois de chauffage a presque doublé en trois ans dans l’est de la France, selon les chiffres des interprofessions régionales.',
      'Share prices of the two largest pellet makers fell sharply when the winter forecasts came out.',
      'Partager Le Courrier Vert',
      'Ce que paient les ménages',
      'Un ménage qui se chauffe au bois dépense aujourd’hui en moyenne 1 300 euros par hiver, contre 700 euros il y a trois ans.',
      'À la semaine prochaine !',
    ],
    keep: ['Share prices of the two largest pellet makers fell sharply when the winter forecasts came out.'],
    drop: ['Partager Le Courrier Vert'],
    headings: ['Ce que paient les ménages'],
  },
];

/** A standfirst of short sentences set between the headline and the byline is story; a button there is not. */
const STANDFIRSTS_OVER_BYLINES: Case[] = [
  {
    name: 'a Spanish newsletter platform: two short sentences under the headline, then the author and date',
    lines: [
      'La Carta del Puerto', 'Suscribirse', 'Iniciar sesión', '',
      'Tres cosas que esconde el presupuesto de Vigo',
      'Los números cuadran. Las hipótesis que los sostienen, no.',
      'Marta López',
      '2 mar 2026',
      'Compartir',
      'El ayuntamiento publicó su proyecto de presupuesto el viernes por la tarde, que es cuando los ayuntamientos publican las cosas que prefieren que nadie lea con calma.',
      'Pero un presupuesto es una lista de apuestas, y tres de las de este año merecen más atención de la que van a recibir en el pleno.',
      'Hasta la semana que viene.',
    ],
    keep: ['Los números cuadran. Las hipótesis que los sostienen, no.'],
    drop: ['Compartir'],
  },
  {
    name: 'a German opinion page: a standfirst of two sentences over the byline',
    lines: [
      'Rheinische Stimme', 'Meinung', 'Politik', '',
      'Der Stadtrat spart an der falschen Stelle',
      'Die Bäder schließen, die Parkhäuser bleiben. Das wird teuer.',
      'Von Jan Berger',
      '05.12.2026',
      'Der Stadtrat hat am Donnerstag beschlossen, zwei der vier Hallenbäder im nächsten Jahr zu schließen, um knapp drei Millionen Euro im Haushalt einzusparen.',
      'Gleichzeitig sollen die städtischen Parkhäuser für elf Millionen Euro saniert werden, obwohl sie seit Jahren Verluste schreiben.',
      'Das ist eine Entscheidung, die man erklären muss.',
    ],
    keep: ['Die Bäder schließen, die Parkhäuser bleiben. Das wird teuer.'],
    drop: [],
  },
  {
    name: 'a Portuguese sports site: a standfirst full of club names over the author and date',
    lines: [
      'Desporto Hoje', 'Futebol', 'Modalidades', '',
      'Clubes e federação chegam a acordo sobre calendário',
      'Federação Portuguesa de Futebol, Sport Lisboa e Benfica, Futebol Clube do Porto e Sporting Clube assinaram acordo.',
      'Por Rui Tavares',
      '05.12.2026 18:40',
      'Partilhar',
      'A Federação Portuguesa de Futebol e os clubes da primeira liga chegaram a acordo sobre o calendário da próxima época, que terá uma pausa de três semanas em janeiro.',
      'O acordo prevê ainda que os jogos das competições europeias não coincidam com as jornadas do campeonato marcadas para sexta-feira.',
      'A liga vai apresentar o calendário completo em março.',
    ],
    keep: ['Federação Portuguesa de Futebol, Sport Lisboa e Benfica, Futebol Clube do Porto e Sporting Clube assinaram acordo.'],
    drop: ['Partilhar'],
  },
  {
    name: 'a German opinion page: "Jetzt anhören" between the headline and the byline goes',
    lines: [
      'Rheinische Stimme', 'Meinung', 'Politik', '',
      'Der Stadtrat spart an der falschen Stelle',
      'Jetzt anhören',
      'Von Jan Berger',
      '05.12.2026',
      'Der Stadtrat hat am Donnerstag beschlossen, zwei der vier Hallenbäder im nächsten Jahr zu schließen, um knapp drei Millionen Euro im Haushalt einzusparen.',
      'Gleichzeitig sollen die städtischen Parkhäuser für elf Millionen Euro saniert werden, obwohl sie seit Jahren Verluste schreiben.',
      'Das ist eine Entscheidung, die man erklären muss.',
    ],
    keep: ['Das ist eine Entscheidung, die man erklären muss.'],
    drop: ['Jetzt anhören'],
  },
];

/** A credit has one caption: with its caption under it, the standfirst above it stays; a caption above a credit with a paragraph under it goes. */
const CREDITS_BETWEEN_STANDFIRST_AND_CAPTION: Case[] = [
  {
    name: 'a Swiss German daily: standfirst, "Foto: …", the caption, then the author',
    lines: [
      'Berner Tagblatt', 'Abo', 'Region', '',
      'Spital Thun schliesst die Geburtenabteilung',
      'Ab Sommer müssen werdende Mütter aus dem Oberland nach Bern oder Interlaken fahren, wie das Spital mitteilt.',
      'Foto: Urs Gerber / Berner Tagblatt',
      'Der Eingang der Geburtenabteilung in Thun am Dienstagabend.',
      'Sandra Frey',
      '5. Dezember 2026',
      'Das Spital Thun schliesst seine Geburtenabteilung Ende Juni, weil es nicht genug Hebammen und Fachärztinnen findet, um den Betrieb rund um die Uhr zu sichern.',
      'Im vergangenen Jahr kamen in Thun rund 900 Kinder zur Welt, etwa ein Drittel weniger als noch vor zehn Jahren.',
      'Die Gemeinden des Oberlands wollen mit dem Kanton über einen Rettungsdienst für Geburten verhandeln.',
      '© Berner Tagblatt',
    ],
    keep: ['Ab Sommer müssen werdende Mütter aus dem Oberland nach Bern oder Interlaken fahren, wie das Spital mitteilt.'],
    drop: ['Der Eingang der Geburtenabteilung'],
  },
  {
    name: 'an English regional site: a caption over its credit, then a long paragraph, goes',
    lines: [
      'Dales Courier', 'News', 'Sport', '',
      'Reservoir levels fall to lowest December mark in 30 years',
      'By Ruth Pike', '5 December 2026', '',
      'The exposed bed of Thornsett reservoir on Tuesday.',
      'Photo: Alan Gray / Dales Courier',
      'Reservoirs across the Dales have fallen to their lowest December level in thirty years after the driest autumn on record, the water company said on Friday, and a hosepipe ban may stay in place until spring.',
      'Engineers are moving water between reservoirs through the winter to keep supplies steady in the towns.',
      'The company will decide on the ban in February.',
    ],
    keep: ['The company will decide on the ban in February.'],
    drop: ['The exposed bed of Thornsett reservoir'],
  },
];

/** Under a summary label before the story, one paragraph of running text is the standfirst and stays; a box of points goes. */
const SUMMARY_LABELS_OVER_ONE_PARAGRAPH: Case[] = [
  {
    name: 'a French science portal: "En bref :" over one paragraph, then the story',
    lines: [
      'Sciences du Littoral', 'Actualités', 'Dossiers', '',
      'Les herbiers de posidonie repoussent plus vite que prévu',
      'Date : 3 mars 2026',
      'En bref :',
      'Les herbiers d’une baie corse, presque détruits par la canicule marine, ont repoussé en deux étés.',
      'Partager :',
      'Les herbiers de posidonie de la baie de Calvi avaient perdu près des trois quarts de leur couverture pendant la canicule marine de 2024, selon une équipe de l’université de Corte.',
      'Deux étés plus tard, la plupart des parcelles suivies avaient retrouvé leur densité, parce que les racines enfouies dans le sable avaient survécu à la chaleur.',
      'Les chercheurs craignent toutefois que des canicules répétées ne laissent pas le temps aux racines de se reconstituer.',
      '© 2026 Sciences du Littoral',
    ],
    keep: ['Les herbiers d’une baie corse, presque détruits par la canicule marine, ont repoussé en deux étés.'],
    drop: ['Partager'],
  },
  {
    name: 'a German news site: "Das Wichtigste in Kürze" over three points goes',
    lines: [
      'Nordkurier Online', 'Politik', 'Wirtschaft', '',
      'Landtag beschließt kostenloses Schulessen',
      'Von Mia Krüger', '05.12.2026', '',
      'Das Wichtigste in Kürze',
      'Ab August zahlen Eltern nichts mehr für das Mittagessen.',
      'Das Land übernimmt rund 90 Millionen Euro im Jahr.',
      'Die Opposition kritisiert die Finanzierung.',
      '',
      'Der Landtag hat am Donnerstag beschlossen, dass Schülerinnen und Schüler an allen Grundschulen des Landes vom kommenden Schuljahr an kostenlos zu Mittag essen können.',
      'Die Kosten von rund 90 Millionen Euro im Jahr trägt das Land, die Kommunen sollen die Küchen stellen.',
      'Die Opposition hält die Finanzierung für unsicher und verlangt einen Nachtragshaushalt.',
    ],
    keep: ['Die Opposition hält die Finanzierung für unsicher und verlangt einen Nachtragshaushalt.'],
    drop: ['Ab August zahlen Eltern nichts mehr', 'Die Opposition kritisiert die Finanzierung.'],
  },
];

describe('the body and tail rules carry over to other sites', () => {
  it.each(ADVERT_SLOTS.map((entry) => [entry.name, entry] as const))('an advert slot inside the story: %s', (_name, entry) => expectStory(entry));
  it.each(ADVERTS_IN_UNSPACED_STORIES.map((entry) => [entry.name, entry] as const))('an advert label in a story without blank lines: %s', (_name, entry) => expectStory(entry));
  it.each(LABELLED_DISCLAIMERS.map((entry) => [entry.name, entry] as const))('a labelled disclaimer: %s', (_name, entry) => expectStory(entry));
  it.each(LONG_COPYRIGHT_NOTICES.map((entry) => [entry.name, entry] as const))('a long copyright notice: %s', (_name, entry) => expectStory(entry));

  it.each(CAPTIONS_WITH_HYPHENED_CREDITS.map((entry) => [entry.name, entry] as const))('a caption with its credit after a hyphen: %s', (_name, entry) => expectStory(entry));

  it.each([...SUBHEADINGS_PAST_BOXES, ...BOXES_ENDING_ON_SUBHEADINGS, ...TEASER_BOXES_ENDING_ON_SUBHEADINGS, ...QUESTION_LINES, ...UNSPACED_SCRIPTS].map((entry) => [entry.name, entry] as const))('a short line between paragraphs: %s', (_name, entry) => {
    expectStory(entry);
    const result = cleanTextDump(entry.lines.join('\n'));
    const headings = result.ok ? result.article.blocks.filter((block) => block.kind !== 'paragraph').map((block) => block.text) : [];
    expect(headings).toEqual(entry.heading === null ? [] : [entry.heading]);
  });

  it.each(ONE_LINK_BOXES.map((entry) => [entry.name, entry] as const))('a box with one link inside the story: %s', (_name, entry) => expectStory(entry));

  it.each(CITATIONS_AND_FOLDS.map((entry) => [entry.name, entry] as const))('a citation or a fold: %s', (_name, entry) => expectStory(entry));

  it.each(AUTHOR_CARDS.map((entry) => [entry.name, entry] as const))("the author's card under the story: %s", (_name, entry) => expectStory(entry));

  it.each(SUPPORT_BOXES.map((entry) => [entry.name, entry] as const))('an appeal for support under the story: %s', (_name, entry) => expectStory(entry));

  it.each(PLAIN_QUOTATION_LEAD_INS.map((entry) => [entry.name, entry] as const))('a lead-in over a plain quotation: %s', (_name, entry) => expectStory(entry));

  it('keeps a section its contents list names, even notes to editors, as a subheading of the story', () => {
    const result = cleanTextDump(
      [
        'Ministry of Coastal Affairs', 'News', '',
        'Ferry subsidy extended to winter crossings',
        'Published 1 December 2026', '',
        'Contents', 'Background', 'Notes to editors', '',
        'The ministry will extend the ferry subsidy to winter crossings from January, so that island residents pay the same fare all year round.',
        'The change will cost about four million crowns a year and will be paid from the regional transport budget.',
        'Background',
        'Winter fares were raised in 2024 when the previous subsidy scheme ended, and island councils have asked for its return ever since.',
        'Notes to editors',
        'The subsidy applies to residents registered on the islands for at least six months.',
        'Share this page',
        '© Ministry of Coastal Affairs',
      ].join('\n'),
    );
    const blocks = result.ok ? result.article.blocks : [];
    expect(blocks.filter((block) => block.kind !== 'paragraph').map((block) => block.text)).toEqual(['Background', 'Notes to editors']);
    expect(blocks.map((block) => block.text)).toContain('The subsidy applies to residents registered on the islands for at least six months.');
  });

  it.each(FIRST_NAME_BIOS.map((entry) => [entry.name, entry] as const))('a closing bio by first name: %s', (_name, entry) => {
    expectStory(entry);
    const result = cleanTextDump(entry.lines.join('\n'));
    expect(result.ok && result.article.bylineBio).toContain(entry.drop[0]!);
  });

  it.each(EMBEDS_AND_NOTES.map((entry) => [entry.name, entry] as const))('an embed or a note: %s', (_name, entry) => expectStory(entry));

  it.each(CREDITS_AND_ISSUERS.map((entry) => [entry.name, entry] as const))('a credit or an issuer\'s section: %s', (_name, entry) => expectStory(entry));

  it.each(SECTIONED_STORIES.map((entry) => [entry.name, entry] as const))('a story in sections: %s', (_name, entry) => {
    expectStory(entry);
    const result = cleanTextDump(entry.lines.join('\n'));
    const headings = result.ok ? result.article.blocks.filter((block) => block.kind !== 'paragraph').map((block) => block.text) : [];
    expect(headings).toEqual(entry.headings);
  });

  it.each(NOTES_ABOUT_THE_PAGE.map((entry) => [entry.name, entry] as const))('a note about the page itself under the story: %s', (_name, entry) => expectStory(entry));

  it.each(SEE_ALSO_AND_SPONSOR_LINES.map((entry) => [entry.name, entry] as const))('a see-also or sponsor line: %s', (_name, entry) => expectStory(entry));

  it.each([...RELATIVE_DAY_TIME_LINES, ...FIRST_SECTIONS_AND_COUNTED_BUTTONS, ...POSTERS_NOTES_AND_SITE_SHARE_BUTTONS].map((entry) => [entry.name, entry] as const))('a time line, a first section\'s heading, a counted button, a poster\'s note or a site\'s share button: %s', (_name, entry) => {
    expectStory(entry);
    const result = cleanTextDump(entry.lines.join('\n'));
    const headings = result.ok ? result.article.blocks.filter((block) => block.kind !== 'paragraph').map((block) => block.text) : [];
    expect(headings).toEqual(entry.headings);
  });

  it.each(BRACKETED_CREDITS.map((entry) => [entry.name, entry] as const))('a caption with its credit in brackets: %s', (_name, entry) => expectStory(entry));

  it.each(CARDS_AND_AUTHOR_NOTES.map((entry) => [entry.name, entry] as const))("the authors' cards or a note about the author under the story: %s", (_name, entry) => expectStory(entry));

  it.each(CARDS_HELD_TO_PARAGRAPHS.map((entry) => [entry.name, entry] as const))('a box held to the paragraph under it: %s', (_name, entry) => expectStory(entry));

  it.each(STANDFIRSTS_OVER_BYLINES.map((entry) => [entry.name, entry] as const))('a line between the headline and the byline: %s', (_name, entry) => expectStory(entry));

  it.each(CREDITS_BETWEEN_STANDFIRST_AND_CAPTION.map((entry) => [entry.name, entry] as const))('a credit with a line above and under it: %s', (_name, entry) => expectStory(entry));

  it.each(SUMMARY_LABELS_OVER_ONE_PARAGRAPH.map((entry) => [entry.name, entry] as const))('a summary label before the story: %s', (_name, entry) => expectStory(entry));

  it('keeps a story paragraph that opens with the word copyright', () => {
    const paragraph = 'Copyright holders in the region have until March to register their claims, the office said, after which unclaimed royalties will go to a cultural fund.';
    const story = storyOf([
      'The Valley Post', 'News', '',
      'Royalty office sets deadline for unclaimed payments',
      'By Nora Finch', '',
      'The regional royalty office has set a deadline for musicians and writers to claim payments that have piled up since the collecting society was wound up last year.',
      paragraph,
      'About 3,000 people are thought to be owed money, most of them small amounts from radio plays.',
      '© 2026 The Valley Post',
    ]);
    expect(story).toContain(paragraph);
  });
});

/** A caption whose credit closes it in brackets, as Korean, Chinese and Japanese pages print it, is no subheading of the story. */
const CJK_BRACKETED_CREDITS: Case[] = [
  {
    name: 'a Korean city newsroom: "(사진=…)" after the caption between paragraphs',
    lines: [
      '해안시청 뉴스룸', '보도자료', '',
      '해안시, 항만 배후단지에 수소 충전소 두 곳 연다',
      '2026-12-03', '',
      '해안시는 내년 상반기까지 항만 배후단지에 화물차용 수소 충전소 두 곳을 새로 연다고 3일 밝혔다. 사업비는 모두 96억 원으로 국비와 시비가 절반씩 들어간다.',
      '',
      '항만 배후단지 부지에서 충전소 설계를 검토하는 시 관계자들. (사진=해안시)',
      '',
      '시는 충전소가 완공되면 하루 최대 120대의 수소 화물차가 충전할 수 있을 것으로 내다봤다. 시 관계자는 항만 물류 업체들의 전환을 앞당기는 계기가 될 것이라고 말했다.',
    ],
    keep: ['시는 충전소가 완공되면 하루 최대 120대의 수소 화물차가 충전할 수 있을 것으로 내다봤다. 시 관계자는 항만 물류 업체들의 전환을 앞당기는 계기가 될 것이라고 말했다.'],
    drop: ['(사진=해안시)'],
  },
  {
    name: 'a Chinese county portal: "（…供图）" after the caption',
    lines: [
      '青河县人民政府', '首页', '政务动态', '',
      '青河县新建三座乡村污水处理站投入运行',
      '发布时间：2026-12-04', '',
      '记者从县住建局获悉，青河县新建的三座乡村污水处理站日前全部投入运行，每天可处理生活污水约一千二百吨，覆盖沿河十一个村庄。',
      '图为工作人员在处理站检查设备运行情况（县住建局供图）',
      '据介绍，三座处理站总投资约四千六百万元，其中省级补助资金占六成。县住建局表示，明年将在山区乡镇再建两座处理站。',
    ],
    keep: ['据介绍，三座处理站总投资约四千六百万元，其中省级补助资金占六成。县住建局表示，明年将在山区乡镇再建两座处理站。'],
    drop: ['县住建局供图'],
  },
  {
    name: 'a Japanese prefecture page: "（写真：…）" after the caption',
    lines: [
      '北浜県ニュース', 'トップ', '県政', '',
      '北浜県、港湾の防潮堤かさ上げ工事を来月着工',
      '2026年12月4日', '',
      '北浜県は4日、県内三つの港で防潮堤をかさ上げする工事を来月着工すると発表した。総事業費は約48億円で、2029年度の完成を目指す。',
      '工事が予定される北浜港の防潮堤（写真：北浜県提供）',
      '県によると、かさ上げは最大で1.2メートル。県は工事中も漁港の利用を続けられるよう、区間を分けて進めるとしている。',
    ],
    keep: ['県によると、かさ上げは最大で1.2メートル。県は工事中も漁港の利用を続けられるよう、区間を分けて進めるとしている。'],
    drop: ['北浜県提供'],
  },
  {
    name: 'a Chinese story line with brackets that are no credit stays',
    lines: [
      '青河日报', '首页', '',
      '青河县召开冬季防火工作会议',
      '2026-12-04', '',
      '青河县四日召开冬季防火工作会议，部署林区和村庄的防火检查。',
      '县应急管理局局长（左三）在会上通报了今年以来的火情，并要求各乡镇在春节前完成隐患排查。',
      '会议要求，各林区检查站要落实二十四小时值守制度。',
    ],
    keep: ['县应急管理局局长（左三）在会上通报了今年以来的火情，并要求各乡镇在春节前完成隐患排查。'],
    drop: [],
  },
];

/** A correction note whose label carries its date is the newsroom's note, not the story's last line. */
const DATED_CORRECTIONS: Case[] = [
  {
    name: 'a Spanish city paper: "Fe de errores (4 de diciembre):" after the story',
    lines: [
      'La Voz del Puerto', 'Portada', 'Ciudad', '',
      'El puerto amplía el horario del muelle de pasajeros en invierno',
      'Por Irene Soler', '4 de diciembre de 2026', '',
      'La autoridad portuaria ampliará desde enero el horario del muelle de pasajeros hasta las diez de la noche durante los meses de invierno.',
      'La medida responde a las quejas de las navieras, que habían pedido más margen para los barcos que llegan con retraso por el temporal.',
      'El coste del personal adicional rondará los 180.000 euros al año, según la autoridad portuaria.',
      'Fe de errores (4 de diciembre): una versión anterior de esta noticia situaba el cierre del muelle a las nueve.',
      '© 2026 La Voz del Puerto',
    ],
    keep: ['El coste del personal adicional rondará los 180.000 euros al año, según la autoridad portuaria.'],
    drop: ['Fe de errores (4 de diciembre)'],
  },
  {
    name: 'an English county paper: "Correction, Nov. 30:" after the story; a story sentence about correction officers stays',
    lines: [
      'The Marsh County Record', 'News', 'Opinion', '',
      'County jail staff vote to accept new contract',
      'By Dana Whitfield', 'December 1, 2026', '',
      'Staff at the Marsh County jail voted on Monday to accept a three-year contract that raises pay by 11% and adds a second shift supervisor.',
      'Correction officers said on Nov. 28: the vote would decide whether they went on strike before the holidays.',
      'The county board is expected to approve the contract at its meeting next week.',
      'Correction, Nov. 30: An earlier version of this story gave the wrong length for the contract.',
    ],
    keep: ['Correction officers said on Nov. 28: the vote would decide whether they went on strike before the holidays.', 'The county board is expected to approve the contract at its meeting next week.'],
    drop: ['Correction, Nov. 30'],
  },
];

describe('captions closed by a bracketed credit in Korean, Chinese and Japanese, and dated correction notes', () => {
  it.each([...CJK_BRACKETED_CREDITS, ...DATED_CORRECTIONS].map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => expectStory(entry));
});

/** A story's closing paragraph past a link or an advert inside the story, right above the credit of the page's photo, ends the story: it is no caption. */
const CLOSING_PARAGRAPHS_OVER_CREDITS: Case[] = [
  {
    name: 'a German town hall page: "Lesen Sie auch:" then two closing sentences over "Foto: Pressestelle"',
    lines: [
      'Stadt Kellbach', 'Rathaus', 'Aktuelles', '',
      'Stadtrat beschließt neue Buslinie ins Gewerbegebiet',
      '03.12.2026', '',
      'Der Stadtrat von Kellbach hat am Mittwoch mit großer Mehrheit eine neue Buslinie beschlossen, die ab März das Gewerbegebiet Nord mit dem Bahnhof verbindet.',
      'Die Busse sollen werktags alle zwanzig Minuten fahren und auf die Schichtzeiten der großen Betriebe abgestimmt werden, sagte Oberbürgermeisterin Petra Lenz.',
      'Lesen Sie auch: Haushalt 2027 in erster Lesung beraten',
      'Die Stadt rechnet mit Kosten von rund 600.000 Euro im Jahr. Die Betriebe beteiligen sich mit einem Drittel.',
      'Foto: Pressestelle der Stadt Kellbach',
      'Teilen:',
      '© Stadt Kellbach 2026',
    ],
    keep: ['Die Stadt rechnet mit Kosten von rund 600.000 Euro im Jahr. Die Betriebe beteiligen sich mit einem Drittel.'],
    drop: ['Lesen Sie auch', 'Foto: Pressestelle'],
  },
  {
    name: 'a Spanish provincial paper: an advert label, then two closing sentences over "Foto: Diputación"',
    lines: [
      'Diario del Alto Tajo', 'Portada', 'Provincia', '',
      'La Diputación reparará once puentes rurales antes del verano',
      'Por Lucía Herranz', '2 de diciembre de 2026', '',
      'La Diputación del Alto Tajo destinará el próximo año cuatro millones de euros a reparar once puentes de carreteras rurales dañados por las riadas de octubre.',
      'Los trabajos empezarán en febrero por los puentes de Valdemoro y Peralejo, que llevan cerrados al tráfico pesado desde hace dos meses, según el diputado de Vías.',
      'Publicidad',
      'Los alcaldes de la comarca piden que las obras se hagan sin cortar las carreteras. La Diputación estudiará pasos provisionales.',
      'Foto: Diputación del Alto Tajo',
      'Compartir',
    ],
    keep: ['Los alcaldes de la comarca piden que las obras se hagan sin cortar las carreteras. La Diputación estudiará pasos provisionales.'],
    drop: ['Publicidad', 'Foto: Diputación'],
  },
  {
    name: 'an English council page: a short caption past a link, over its credit, with the story going on under it, still goes',
    lines: [
      'Marlow Vale Council', 'News', '',
      'New cycle bridge opens over the Teal',
      '3 December 2026', '',
      'The new cycle and footbridge over the River Teal opened to the public on Wednesday, linking the Eastfield estate with the town centre for the first time.',
      'Read more: Winter gritting routes for 2026',
      'The bridge at its opening on Wednesday',
      'Photo: Marlow Vale Council',
      'The council says about 1,200 people a day are expected to use the bridge once the new school term begins in January, most of them pupils.',
      'Share this page',
    ],
    keep: ['The council says about 1,200 people a day are expected to use the bridge once the new school term begins in January, most of them pupils.'],
    drop: ['The bridge at its opening on Wednesday', 'Read more'],
  },
];

describe('the body and tail: closing paragraphs over credits', () => {
  it.each(CLOSING_PARAGRAPHS_OVER_CREDITS.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => expectStory(entry));
});

/** A box of facts inside the story: a short label between paragraphs, three to five lines much shorter than the story's, then the story goes on. */
const FACT_BOXES: Case[] = [
  {
    name: 'a German science site: "Auf einen Blick" with three short sentences between paragraphs',
    lines: [
      'Forschung Nord', 'Nachrichten', 'Umwelt', '',
      'Seegraswiesen in der Förde wachsen wieder',
      'Von Maren Thießen', '02.12.2026', '',
      'Die Seegraswiesen in der Flensburger Förde haben sich nach Messungen des Instituts für Küstenökologie in den vergangenen fünf Jahren um fast ein Drittel ausgedehnt.',
      'Die Forschenden führen das vor allem auf klareres Wasser zurück, seit die Kläranlagen an der Förde im Jahr 2020 eine weitere Reinigungsstufe bekommen haben.',
      'Auch das Verbot von Schleppnetzen in den flachen Buchten habe geholfen, sagte die Leiterin der Untersuchung, Dr. Anke Jessen, bei der Vorstellung der Ergebnisse.',
      'Auf einen Blick',
      'Die Wiesen bedecken heute 410 Hektar.',
      'Seegras bindet viel Kohlenstoff im Boden.',
      'Die Messungen laufen seit 2009.',
      'Ob sich die Wiesen weiter ausbreiten, hängt nach Ansicht der Forschenden auch davon ab, wie warm die Sommer in den nächsten Jahren werden.',
      'Teilen',
      '© 2026 Forschung Nord',
    ],
    keep: ['Ob sich die Wiesen weiter ausbreiten, hängt nach Ansicht der Forschenden auch davon ab, wie warm die Sommer in den nächsten Jahren werden.'],
    drop: ['Auf einen Blick', 'Die Wiesen bedecken heute 410 Hektar.', 'Seegras bindet viel Kohlenstoff im Boden.', 'Die Messungen laufen seit 2009.'],
  },
  {
    name: 'a Spanish company newsroom: "Datos clave" over three figures with no stop',
    lines: [
      'Grupo Alcaraván', 'Sala de prensa', '',
      'Alcaraván abre en Zaragoza su mayor centro logístico',
      'Zaragoza, 3 de diciembre de 2026', '',
      'Alcaraván ha inaugurado este miércoles en la Plataforma Logística de Zaragoza un almacén automatizado que dará servicio a sus tiendas del norte y el este de la península.',
      'El centro, que ha supuesto una inversión de 48 millones de euros, funcionará las veinticuatro horas y recibirá mercancía por carretera y por ferrocarril.',
      'Datos clave',
      '62.000 metros cuadrados de superficie',
      '180 empleos directos',
      '300 camiones diarios',
      'La compañía prevé que el almacén esté a pleno rendimiento a mediados de 2027, cuando se complete la segunda fase de la automatización de sus líneas de preparación de pedidos.',
      'Contacto de prensa: prensa@alcaravan.example',
    ],
    keep: ['La compañía prevé que el almacén esté a pleno rendimiento a mediados de 2027, cuando se complete la segunda fase de la automatización de sus líneas de preparación de pedidos.'],
    drop: ['Datos clave', '62.000 metros cuadrados', '180 empleos directos', '300 camiones diarios'],
  },
  {
    name: "an English mining company's release: a highlights list right under its opening paragraph is its text",
    lines: [
      'Farrow Hill Minerals', 'Investors', 'Announcements', '',
      'Third quarter production report',
      '4 December 2026', '',
      'Farrow Hill Minerals, the zinc producer with two mines in the west of the country, reports its production for the three months to 30 September 2026.',
      'Highlights',
      'Zinc output of 21,400 tonnes, up 8 per cent.',
      'Unit costs down 5 per cent on the quarter.',
      'No lost-time injuries for a second quarter.',
      'Output rose as the new ventilation shaft at the Carrick mine allowed crews to work the deeper levels for full shifts from the middle of July onwards.',
      'The company keeps its guidance for the year unchanged and will report full-year results in February.',
    ],
    keep: ['Highlights', 'Zinc output of 21,400 tonnes, up 8 per cent.', 'Unit costs down 5 per cent on the quarter.', 'No lost-time injuries for a second quarter.'],
    drop: [],
  },
  {
    name: 'an English local paper of short paragraphs: a subheading over three short sentences of the story stays',
    lines: [
      'The Dunmore Bugle', 'News', '',
      'Chip shop owner foils till thief with a fish slice',
      'By Gary Pilling', '5 December 2026', '',
      'A chip shop owner chased a thief out of his shop with a fish slice on Friday night.',
      'Mo Rahman, 54, was serving the queue when the man grabbed cash from the till.',
      'He vaulted the counter and gave chase down the high street, still in his apron and holding the slice.',
      'The chase',
      'The thief dropped the notes outside the bakery.',
      'Mo picked them up and walked back.',
      'Customers gave him a round of applause.',
      'Police said they were looking for a man in his twenties wearing a grey hooded top.',
    ],
    keep: ['The chase', 'The thief dropped the notes outside the bakery.', 'Mo picked them up and walked back.', 'Customers gave him a round of applause.'],
    drop: [],
  },
  {
    name: 'an Italian city site: a lead-in with a colon over three short lines of the new timetable stays',
    lines: [
      'Comune di Valbrenta', 'Notizie', '',
      'Nuovi orari per la biblioteca civica dal primo gennaio',
      '4 dicembre 2026', '',
      'Dal primo gennaio la biblioteca civica di Valbrenta cambia orario per venire incontro agli studenti, che da tempo chiedevano aperture serali durante la sessione d\'esami.',
      'La decisione è stata presa dalla giunta dopo un questionario a cui hanno risposto oltre seicento utenti della biblioteca nel corso dell\'autunno.',
      'I nuovi orari:',
      'Il lunedì e il mercoledì apre dalle 9 alle 22.',
      'Il martedì e il giovedì apre dalle 14 alle 19.',
      'Il venerdì e il sabato apre dalle 9 alle 13.',
      'L\'assessora alla cultura ha spiegato che le aperture serali saranno garantite dai volontari del servizio civile insieme al personale della biblioteca.',
    ],
    keep: ['Il lunedì e il mercoledì apre dalle 9 alle 22.', 'Il martedì e il giovedì apre dalle 14 alle 19.', 'Il venerdì e il sabato apre dalle 9 alle 13.'],
    drop: [],
  },
];

describe('the body and tail: boxes of facts inside the story', () => {
  it.each(FACT_BOXES.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => expectStory(entry));
});

/** A note about the outlet closing the story: its subject is a name the page prints for itself outside the story, and the story never names it. */
const OUTLET_NOTES: Case[] = [
  {
    name: 'a Brazilian regional site: "O Jornal do Planalto integra …" under the story, the masthead above it',
    lines: [
      'Jornal do Planalto', 'Início', 'Cidades', 'Política', '',
      'Câmara aprova reforma do mercado municipal de Sobradinho',
      'Por Camila Ribeiro', '4 de dezembro de 2026', '',
      'A Câmara Municipal de Sobradinho aprovou nesta quarta-feira o projeto que reforma o mercado municipal, fechado desde março por problemas na rede elétrica e no telhado.',
      'A obra deve custar cerca de 3,2 milhões de reais e será paga com recursos do estado e da prefeitura, segundo o secretário de Obras, Valdir Antunes.',
      'Os feirantes, que trabalham desde então em barracas na praça ao lado, pedem que a reforma termine antes do Carnaval.',
      'O Jornal do Planalto integra a rede de veículos locais apoiada pelo Instituto Cidades e não recebe verba de governos.',
      'Compartilhe',
      '© 2026 Jornal do Planalto',
    ],
    keep: ['Os feirantes, que trabalham desde então em barracas na praça ao lado, pedem que a reforma termine antes do Carnaval.'],
    drop: ['O Jornal do Planalto integra'],
  },
  {
    name: "a German local network: the reporter's programme under the byline, its initials as the closing note's subject",
    lines: [
      'Lahntal Kurier', 'Lokales', 'Region', '',
      'Kreis schließt zwei Wertstoffhöfe im Winter',
      'Von Ben Achterberg', 'Netzwerk Lokaler Recherche', '03.12.2026', '',
      'Der Landkreis schließt die Wertstoffhöfe in Biebertal und Lohra von Januar bis März, weil dort im Winter kaum Grünschnitt und Bauschutt abgegeben werden.',
      'Die Mitarbeiter sollen in dieser Zeit an den größeren Höfen in Gießen und Marburg aushelfen, teilte die Kreisverwaltung am Mittwoch mit.',
      'Mehrere Ortsbeiräte kritisierten die Entscheidung, weil ältere Menschen ohne Auto nun weite Wege hätten.',
      'NLR ist ein Projekt freier Lokaljournalisten, gefördert von der Landesmedienanstalt.',
      'Artikel teilen',
    ],
    keep: ['Mehrere Ortsbeiräte kritisierten die Entscheidung, weil ältere Menschen ohne Auto nun weite Wege hätten.'],
    drop: ['NLR ist ein Projekt'],
  },
  {
    name: "an English public broadcaster: the copyright holder as the closing note's subject",
    lines: [
      'Tidewater Public Radio', 'Listen live', 'News', '',
      'Ferry fares to Hatch Island will stay frozen through 2027',
      'By Owen Strickland', 'December 2, 2026', '',
      'Fares on the state-run ferry to Hatch Island will not rise next year, the transportation board decided on Tuesday after islanders packed a hearing in Beaufort.',
      'Board members had proposed a 12 percent increase to cover rising fuel costs, but dropped it after the governor promised money from a reserve fund.',
      'Islanders said the ferry is the only way to reach the mainland for work, school and hospital appointments.',
      'Tidewater Public Media is supported by listeners and by a grant from the state arts council.',
      'Share',
      '© 2026 Tidewater Public Media',
    ],
    keep: ['Islanders said the ferry is the only way to reach the mainland for work, school and hospital appointments.'],
    drop: ['Tidewater Public Media is supported'],
  },
  {
    name: "a company's release: its closing sentence on the company that the header and the story name stays",
    lines: [
      'Nordwind Energie', 'Presse', 'Karriere', '',
      'Nordwind Energie nimmt Windpark Hohe Geest in Betrieb',
      'Husum, 2. Dezember 2026', '',
      'Die Nordwind Energie hat am Dienstag ihren bisher größten Windpark an Land in Betrieb genommen: Die 14 Anlagen bei Hohe Geest liefern Strom für rund 60.000 Haushalte.',
      'Der Bau hatte im Frühjahr 2025 begonnen und wurde trotz langer Lieferzeiten für die Rotorblätter zwei Monate früher fertig als geplant.',
      'Die Gemeinden im Umkreis erhalten eine jährliche Abgabe je erzeugter Kilowattstunde.',
      'Nordwind Energie will bis 2030 weitere vier Windparks in Schleswig-Holstein bauen.',
      'Pressekontakt: presse@nordwind.example',
    ],
    keep: ['Nordwind Energie will bis 2030 weitere vier Windparks in Schleswig-Holstein bauen.'],
    drop: [],
  },
  {
    name: "a county site: a closing sentence opening on a menu's words written otherwise stays",
    lines: [
      'Carver County', 'Public Health', 'Parks', 'Roads', '',
      'Flu clinics added at three rural schools',
      'December 3, 2026', '',
      'Carver County will run extra flu vaccination clinics at three rural schools next week after demand at the main clinic in Chaska outstripped the supply of appointments.',
      'The clinics are free for children and adults without insurance, and no appointment is needed, a county spokesperson said on Wednesday.',
      'Last winter about one in three county residents got a flu shot, below the state average.',
      'Public health nurses will visit the schools again in January for a second round.',
      'Share this page',
    ],
    keep: ['Public health nurses will visit the schools again in January for a second round.'],
    drop: [],
  },
  {
    name: "a city's page: a closing sentence opening on the city's full name, whose place the story names, stays",
    lines: [
      'City of Marlow Vale', 'Services', 'News', '',
      'Winter fuel grants open for older residents',
      '2 December 2026', '',
      'Residents aged 70 and over can now apply for a one-off grant of £150 towards their heating bills this winter, the council announced on Tuesday.',
      'The scheme is paid for from a government hardship fund, and about 4,000 households in Marlow are expected to qualify.',
      'Applications close on 31 January, and payments will be made within three weeks of approval.',
      'City of Marlow Vale residents can apply online or at the library.',
      'Share this page',
    ],
    keep: ['City of Marlow Vale residents can apply online or at the library.'],
    drop: [],
  },
];

describe('the body and tail: notes about the outlet under the story', () => {
  it.each(OUTLET_NOTES.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => expectStory(entry));
});

/** "About" and an organisation's one-word name over its boilerplate near the page's end: the story has ended. */
const ONE_WORD_OWNER_BOILERPLATES: Case[] = [
  {
    name: 'an English company newsroom: "About Kestrel" over the boilerplate',
    lines: [
      'Kestrel', 'Products', 'Newsroom', '',
      'Kestrel opens its first repair hub for e-bikes in Leeds',
      'Leeds, 3 December 2026', '',
      'Kestrel, the maker of folding electric bikes, has opened its first repair hub in Leeds, where owners can have batteries and motors serviced within a day.',
      'The hub employs twelve mechanics and will also train staff from independent bike shops across the north of England, the company said.',
      'A second hub is planned for Glasgow next spring if demand in Leeds matches the company\'s forecasts.',
      'About Kestrel',
      'Founded in 2014, Kestrel designs and sells folding electric bikes in eleven countries and employs 340 people.',
      'Media contact: press@kestrel.example',
    ],
    keep: ['A second hub is planned for Glasgow next spring if demand in Leeds matches the company\'s forecasts.'],
    drop: ['About Kestrel', 'Founded in 2014, Kestrel designs'],
  },
  {
    name: 'an Italian press office: "Informazioni su Ventora" over the boilerplate',
    lines: [
      'Ventora', 'Chi siamo', 'Comunicati stampa', '',
      'Ventora apre a Bari un centro di ricerca sulle batterie',
      'Bari, 2 dicembre 2026', '',
      'Ventora ha inaugurato a Bari un centro di ricerca dedicato alle batterie per l\'accumulo domestico, dove lavoreranno a regime sessanta tra ingegneri e tecnici.',
      'Il centro collaborerà con il Politecnico per sviluppare celle senza cobalto e per provare nuovi sistemi di riciclo dei materiali.',
      'Informazioni su Ventora',
      'Ventora progetta e produce sistemi di accumulo per le case e le piccole imprese dal 2011 e ha sede a Torino.',
      'Contatti stampa: ufficio.stampa@ventora.example',
    ],
    keep: ['Il centro collaborerà con il Politecnico per sviluppare celle senza cobalto e per provare nuovi sistemi di riciclo dei materiali.'],
    drop: ['Informazioni su Ventora', 'Ventora progetta e produce'],
  },
  {
    name: 'a Dutch company site: "Over Brinkhof" over the boilerplate',
    lines: [
      'Brinkhof', 'Producten', 'Nieuws', '',
      'Brinkhof bouwt nieuwe fabriek voor houtvezelisolatie in Zwolle',
      'Zwolle, 2 december 2026', '',
      'Brinkhof begint volgend jaar in Zwolle met de bouw van een fabriek waar isolatieplaten van houtvezel worden gemaakt, als alternatief voor isolatie uit aardolie.',
      'De fabriek moet in 2028 klaar zijn en biedt dan werk aan ongeveer negentig mensen, meldt het bedrijf.',
      'Over Brinkhof',
      'Brinkhof is sinds 1952 een familiebedrijf in bouwmaterialen en heeft vestigingen in Nederland en België.',
      'Persvragen: pers@brinkhof.example',
    ],
    keep: ['De fabriek moet in 2028 klaar zijn en biedt dan werk aan ongeveer negentig mensen, meldt het bedrijf.'],
    drop: ['Over Brinkhof', 'Brinkhof is sinds 1952'],
  },
  {
    name: 'a Spanish travel magazine: "Sobre Tarifa" heading a section with the story going on under it stays',
    lines: [
      'Viajar Despacio', 'Destinos', '',
      'Tres días en Tarifa fuera de temporada',
      'Por Elena Marín', '1 de diciembre de 2026', '',
      'En noviembre Tarifa recupera su ritmo de pueblo: los surfistas se van, las terrazas se vacían y el viento de levante se queda solo con los pescadores del puerto.',
      'Llegamos un jueves por la tarde, con la idea de caminar por la costa y comer en las ventas del interior.',
      'Sobre Tarifa',
      'Tarifa es el punto más al sur de la península, y desde el castillo se ve la costa de África en los días claros de invierno.',
      'El casco antiguo se recorre en una mañana, y conviene subir a la muralla antes de que cierre, a las seis de la tarde.',
      'Por la tarde, la playa de Valdevaqueros es casi nuestra: apenas un par de caminantes con perros y una cometa perdida en el cielo.',
      'El último día comimos atún de almadraba en una venta de la carretera de Facinas y volvimos despacio, sin ganas de llegar.',
    ],
    keep: ['Sobre Tarifa', 'Tarifa es el punto más al sur de la península, y desde el castillo se ve la costa de África en los días claros de invierno.', 'El último día comimos atún de almadraba en una venta de la carretera de Facinas y volvimos despacio, sin ganas de llegar.'],
    drop: [],
  },
];

describe('the body and tail: the boilerplate of an organisation with a one-word name', () => {
  it.each(ONE_WORD_OWNER_BOILERPLATES.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => expectStory(entry));
});

/** An appeal for support set inside the story or above it: a short line asking the reader, over a button that asks too. */
const APPEALS_IN_TEXT: Case[] = [
  {
    name: 'a Spanish animal charity: "Tu donativo …" and "Haz un donativo" between paragraphs',
    lines: [
      'Refugio Sierra Verde', 'Adopta', 'Noticias', '',
      'Rescatamos a once galgos abandonados en una finca de Ciudad Real',
      'Por Nuria Campos', '2 de diciembre de 2026', '',
      'Los voluntarios del refugio rescataron el pasado fin de semana a once galgos que llevaban días sin comida en una finca abandonada cerca de Almodóvar del Campo.',
      'Tu donativo nos ayuda a pagar el veterinario y la comida de cada perro rescatado.',
      'Haz un donativo',
      'Los perros están ahora en observación, y la veterinaria del refugio calcula que la mayoría podrá ser adoptada antes de la primavera si se recupera bien.',
      'La Guardia Civil ha abierto una investigación para localizar al propietario de la finca.',
      'Compartir',
    ],
    keep: ['La Guardia Civil ha abierto una investigación para localizar al propietario de la finca.'],
    drop: ['Tu donativo nos ayuda', 'Haz un donativo'],
  },
  {
    name: 'a German conservation group: "Unterstützen Sie …" and "Jetzt spenden" under the byline',
    lines: [
      'Naturschutzbund Oberland', 'Projekte', 'Aktuelles', '',
      'Erstmals seit zwanzig Jahren brüten wieder Uferschwalben am Lech',
      'Von Lisa Hörmann', '01.12.2026', '',
      'An einer frisch abgegrabenen Steilwand bei Schongau haben in diesem Sommer 48 Paare Uferschwalben gebrütet, so viele wie seit zwanzig Jahren nicht mehr.',
      'Unterstützen Sie unsere Arbeit für den Lech mit einer Spende.',
      'Jetzt spenden',
      'Die Steilwand war im Winter mit Freiwilligen und einem Bagger neu angelegt worden, weil die alten Brutwände zugewachsen waren und die Vögel dort keine Röhren mehr graben konnten.',
      'Im nächsten Winter soll eine zweite Wand flussabwärts folgen.',
    ],
    keep: ['Im nächsten Winter soll eine zweite Wand flussabwärts folgen.'],
    drop: ['Unterstützen Sie unsere Arbeit', 'Jetzt spenden'],
  },
  {
    name: 'an English news site: a question of the story over a subheading on subscriptions stays',
    lines: [
      'The Valley Ledger', 'News', '',
      'Streaming prices push valley households back to broadcast TV',
      'By Ian Forde', '4 December 2026', '',
      'More households in the valley are cancelling streaming services and putting up roof aerials again, according to a survey by the county consumer office published on Thursday.',
      'Can the valley still afford four services at once?',
      'Subscription costs',
      'The survey found the average household paid for three services last year, and that the combined monthly bill had risen by a third since 2024.',
      'Aerial installers in the valley say they have more work than at any time in the last decade.',
    ],
    keep: ['Can the valley still afford four services at once?', 'Subscription costs'],
    drop: [],
  },
];

describe('the body and tail: appeals for support inside the story', () => {
  it.each(APPEALS_IN_TEXT.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => expectStory(entry));
});

/** An invitation to the site's channel on a platform between paragraphs, shaped like a subheading: no paragraph of the story names the platform. */
const CHANNEL_INVITES: Case[] = [
  {
    name: 'a German regional paper: "👉 Der Lahnbote jetzt auch bei Telegram" between paragraphs',
    lines: [
      'Lahnbote Online', 'Region', 'Sport', '',
      'Hochwasser: Lahn tritt bei Runkel über die Ufer',
      'Von Tobias Reitz', '05.12.2026', '',
      'Nach tagelangem Regen ist die Lahn am Freitagabend bei Runkel über die Ufer getreten und hat die Uferstraße sowie mehrere Gärten überflutet.',
      'Die Feuerwehr sperrte die Brücke in der Altstadt vorsorglich für den Verkehr und legte Sandsäcke vor den tiefer gelegenen Häusern aus.',
      '👉 Der Lahnbote jetzt auch bei Telegram',
      'Nach Angaben des Hochwassermeldedienstes soll der Pegel im Laufe des Samstags wieder sinken, wenn der Regen wie vorhergesagt nachlässt.',
      'Anwohner sollen Keller und Tiefgaragen bis dahin meiden.',
    ],
    keep: ['Anwohner sollen Keller und Tiefgaragen bis dahin meiden.'],
    drop: ['Der Lahnbote jetzt auch bei Telegram'],
  },
  {
    name: 'a Turkish news site: "📢 Ege Haber WhatsApp kanalında" between paragraphs, a share button naming WhatsApp above the story',
    lines: [
      'Ege Haber Gazetesi', 'Gündem', 'Ekonomi', '',
      'İzmir\'de fırtına nedeniyle vapur seferleri iptal edildi',
      'Selin Aydın', '05.12.2026', 'WhatsApp ile paylaş', '',
      'İzmir Körfezi\'nde etkili olan fırtına nedeniyle cuma sabahından itibaren tüm vapur seferleri iptal edildi, yolcular otobüs ve metroya yönlendirildi.',
      'Meteoroloji, rüzgarın akşam saatlerinde saatte 70 kilometreye ulaşabileceğini açıkladı ve sürücüleri sahil yollarında dikkatli olmaya çağırdı.',
      '📢 Ege Haber WhatsApp kanalında',
      'Belediye, seferlerin rüzgarın hızı düştüğünde cumartesi sabahı yeniden başlamasının planlandığını bildirdi.',
      'Karşıyaka iskelesinde bekleyen yolcular otobüs duraklarına yönlendirildi.',
    ],
    keep: ['Karşıyaka iskelesinde bekleyen yolcular otobüs duraklarına yönlendirildi.'],
    drop: ['Ege Haber WhatsApp kanalında'],
  },
  {
    name: 'a story about the platform: a subheading naming Telegram, which the paragraphs name too, stays',
    lines: [
      'Netzpolitik Nord', 'Artikel', '',
      'Behörden sollen auf Telegram schneller warnen dürfen',
      'Von Jana Kröger', '04.12.2026', '',
      'Das Innenministerium will Katastrophenwarnungen künftig auch über Messenger verschicken lassen und legt dafür einen Gesetzentwurf vor.',
      'Bisher dürfen die Behörden Warnungen nur über Sirenen, Radio und die eigene Warn-App verbreiten.',
      'Telegram und die Behörden',
      'Besonders umstritten ist Telegram, weil der Dienst in der Vergangenheit kaum auf Anfragen deutscher Behörden reagiert hat.',
      'Der Entwurf soll im Frühjahr im Landtag beraten werden.',
    ],
    keep: ['Telegram und die Behörden'],
    drop: [],
  },
];

describe('the body and tail: invitations to a channel between paragraphs', () => {
  it.each(CHANNEL_INVITES.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => expectStory(entry));
});

/** A newsletter's greeting and sign-off at the story's edges: speaking to the reader, set apart by dropped lines, naming none of the story's terms. */
const READER_ASIDES: Case[] = [
  {
    name: 'a French morning newsletter: "Bonjour …" over the item\'s headline and byline, "C\'est tout pour aujourd\'hui …" under a box of links',
    lines: [
      'Voir dans le navigateur',
      'LE FIL AGRICOLE',
      'Votre lettre du jeudi sur les marchés agricoles',
      'Numéro 88 | 3 décembre 2026',
      'Bonjour à toutes et à tous. Il fait froid, et vous êtes nombreux à nous lire ce matin.',
      'Le prix du blé tendre recule à Rouen',
      'Par Hélène Garnier',
      'Le blé tendre rendu Rouen a perdu onze euros la tonne en une semaine, tiré vers le bas par l\'arrivée de cargaisons russes moins chères sur les marchés d\'Afrique du Nord.',
      'Les exportateurs français espèrent encore des achats algériens avant la fin de l\'année, mais les volumes annoncés restent faibles selon les courtiers du port.',
      'Les stocks dans les silos normands sont pourtant élevés, après une récolte meilleure que prévu dans l\'ouest du pays.',
      'À lire ailleurs',
      'Le colza porté par la demande en biocarburants',
      'Les éleveurs laitiers face à la baisse du prix du lait',
      'C\'est tout pour aujourd\'hui. Répondez à ce courriel pour nous dire ce que vous voulez lire.',
      'Se désabonner',
    ],
    keep: ['Les stocks dans les silos normands sont pourtant élevés, après une récolte meilleure que prévu dans l\'ouest du pays.'],
    drop: ['Bonjour à toutes et à tous', 'C\'est tout pour aujourd\'hui'],
  },
  {
    name: 'a German evening newsletter: a sign-off under a box of links',
    lines: [
      'Im Browser ansehen',
      'DER ABENDBRIEF',
      'Bahnstreik: Pendler im Südwesten müssen umplanen',
      'Von Felix Brandl',
      'Die Lokführergewerkschaft hat für Montag einen ganztägigen Streik im Regionalverkehr angekündigt, betroffen sind vor allem die Strecken rund um Stuttgart und Karlsruhe.',
      'Die Bahn will einen Notfahrplan anbieten, warnt aber vor vollen Zügen und langen Wartezeiten an den Knotenbahnhöfen.',
      'Pendler sollen nach Möglichkeit von zu Hause arbeiten oder Fahrgemeinschaften bilden, rät der Verkehrsverbund.',
      'Mehr zum Thema',
      'Was Fahrgäste bei Ausfällen erstattet bekommen',
      'Die Tarifrunde im Überblick',
      'Das war es für heute. Schreiben Sie uns, was Sie morgen lesen möchten.',
      'Abmelden',
    ],
    keep: ['Pendler sollen nach Möglichkeit von zu Hause arbeiten oder Fahrgemeinschaften bilden, rät der Verkehrsverbund.'],
    drop: ['Das war es für heute'],
  },
  {
    name: "an English column: its closing line to the reader, right under the last paragraph, stays",
    lines: [
      'The Upland Gazette', 'Opinion', '',
      'The bypass will not fix the high street',
      'By Alan Pryce', '2 December 2026', '',
      'The county has spent eleven years and forty million pounds promising that a bypass would bring shoppers back to the high street, and the road finally opens next month.',
      'But the shops that closed did not close because of lorries. They closed because rents doubled while footfall fell, and no road changes either of those numbers.',
      'The council should spend the next year on rents and parking instead of ribbon-cutting.',
      'Ask yourself when you last bought anything there.',
      'Share this article',
    ],
    keep: ['Ask yourself when you last bought anything there.'],
    drop: [],
  },
  {
    name: 'an English wildlife page: a closing line to the reader past a related box, naming the story\'s bird, stays',
    lines: [
      'Lakeland Loon Watch', 'News', '',
      'Loon chicks hatch on Birch Lake for the first time since 2019',
      'By Sara Lind', '1 December 2026', '',
      'Two loon chicks hatched on Birch Lake this summer, the first on the lake since a pair abandoned their nest there seven years ago after a summer of heavy boat traffic.',
      'Volunteers put up floating signs around the nesting island in May and asked boaters to keep their distance during June and July.',
      'The chicks were last seen in late August, diving for minnows near the north shore.',
      'Related',
      'Lead tackle ban heard in committee',
      'Record count of nesting ospreys',
      'If you see a loon tangled in fishing line, call our volunteers on the hotline.',
      'Share',
    ],
    keep: ['If you see a loon tangled in fishing line, call our volunteers on the hotline.'],
    drop: [],
  },
];

describe('the body and tail: a newsletter\'s greeting and sign-off', () => {
  it.each(READER_ASIDES.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => expectStory(entry));
});

/** A forum topic: the opening post is the story; from the first reply repeating the title under a reply's label, the rest are replies. */
const FORUM_REPLIES: Case[] = [
  {
    name: 'a German board: "Beitrag von … »" headers and an "AW:" reply',
    lines: [
      'Aquaristik-Treff', 'Foren-Übersicht', 'Registrieren', 'Anmelden', '',
      'Trübes Wasser nach dem Filterwechsel – was tun?',
      'Beitrag von fischfreund_84 » Fr 4. Dez 2026, 19:22',
      'Seit ich vor einer Woche den Außenfilter gegen ein größeres Modell getauscht habe, ist das Wasser in meinem 240-Liter-Becken milchig trüb geworden.',
      'Die Werte sind eigentlich in Ordnung, Nitrit ist nicht nachweisbar, und die Fische fressen normal. Ich habe das alte Filtermaterial allerdings komplett entsorgt.',
      'Soll ich einfach abwarten oder lieber einen Teilwasserwechsel machen?',
      'AW: Trübes Wasser nach dem Filterwechsel – was tun?',
      'Beitrag von korallenmaus » Fr 4. Dez 2026, 21:05',
      'Das ist eine Bakterienblüte, weil die alten Filterbakterien fehlen. Abwarten, nicht zu viel füttern.',
      'Beitrag von pleco_paul » Sa 5. Dez 2026, 08:14',
      'Geht bei mir meist nach zehn Tagen von allein weg.',
      'Nach oben',
    ],
    keep: ['Soll ich einfach abwarten oder lieber einen Teilwasserwechsel machen?'],
    drop: ['AW: Trübes Wasser', 'Beitrag von fischfreund_84', 'Beitrag von korallenmaus', 'Das ist eine Bakterienblüte', 'Geht bei mir meist'],
  },
  {
    name: 'a Polish board: "Autor: … »" headers and an "Odp:" reply',
    lines: [
      'Forum Działkowca', 'Strona główna', 'Szukaj', '',
      'Czym zabezpieczyć figowca na zimę?',
      'Autor: ogrodnik_z_lodzi » 3 gru 2026, 18:40',
      'Dwa lata temu posadziłem figowca przy południowej ścianie domu i w tym roku pierwszy raz dał owoce, więc bardzo chciałbym, żeby przetrwał zimę.',
      'W zeszłym roku owinąłem go tylko agrowłókniną i przemarzły mu wszystkie końcówki pędów. Czy słoma i jutowy worek wystarczą przy mrozach do minus piętnastu?',
      'Odp: Czym zabezpieczyć figowca na zimę?',
      'Autor: basia_warzywniak » 3 gru 2026, 20:02',
      'Słoma plus worek wystarczą, ale osłoń też ziemię wokół pnia grubą warstwą liści.',
      'Powrót do góry',
    ],
    keep: ['W zeszłym roku owinąłem go tylko agrowłókniną i przemarzły mu wszystkie końcówki pędów. Czy słoma i jutowy worek wystarczą przy mrozach do minus piętnastu?'],
    drop: ['Odp: Czym zabezpieczyć', 'Autor: ogrodnik_z_lodzi', 'Słoma plus worek wystarczą'],
  },
  {
    name: 'an English board: "Post by … »" headers, the first one read as the byline, and a "Re:" reply',
    lines: [
      'Canal Boat Owners Forum', 'Board index', 'Register', 'Login', '',
      'Stern gland dripping after winter – repack or replace?',
      'Post by narrowboat_nell » Thu Dec 03, 2026 7:48 pm',
      'Since we came out of winter mooring the stern gland drips about once a second while the engine runs, and a little even when it is stopped.',
      'The packing was last done three years ago by the previous owner. Is it worth repacking it myself on the bank, or should the boat come out of the water?',
      'Re: Stern gland dripping after winter – repack or replace?',
      'Post by lockkeeper_len » Thu Dec 03, 2026 9:15 pm',
      'Repack it in the water, it only takes an afternoon. Use graphite packing.',
      'Top',
    ],
    keep: ['The packing was last done three years ago by the previous owner. Is it worth repacking it myself on the bank, or should the boat come out of the water?'],
    drop: ['Re: Stern gland', 'Post by lockkeeper_len', 'Repack it in the water'],
  },
  {
    name: 'a news story: a video line repeating the headline, with the story going on under it, stays',
    lines: [
      'Radio Lahntal', 'Nachrichten', '',
      'Lahn tritt bei Runkel über die Ufer',
      'Von Tobias Reitz', '05.12.2026', '',
      'Nach tagelangem Regen ist die Lahn am Freitagabend bei Runkel über die Ufer getreten und hat die Uferstraße sowie mehrere Gärten überflutet.',
      'Die Feuerwehr sperrte die Brücke in der Altstadt vorsorglich für den Verkehr und legte Sandsäcke vor den tiefer gelegenen Häusern aus.',
      'Video: Lahn tritt bei Runkel über die Ufer',
      'Nach Angaben des Hochwassermeldedienstes soll der Pegel im Laufe des Samstags wieder sinken, wenn der Regen wie vorhergesagt nachlässt.',
      'Anwohner sollen Keller und Tiefgaragen bis dahin meiden, sagte ein Sprecher der Stadt am Freitagabend.',
    ],
    keep: ['Nach Angaben des Hochwassermeldedienstes soll der Pegel im Laufe des Samstags wieder sinken, wenn der Regen wie vorhergesagt nachlässt.', 'Anwohner sollen Keller und Tiefgaragen bis dahin meiden, sagte ein Sprecher der Stadt am Freitagabend.'],
    drop: [],
  },
];

describe("the body and tail: a forum topic's replies", () => {
  it.each(FORUM_REPLIES.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => expectStory(entry));
});

/** A caption closing on the name of the photographer the page credits elsewhere with a label, with no label of its own. */
const CAPTIONS_CLOSED_BY_PHOTOGRAPHER: Case[] = [
  {
    name: 'a German travel magazine: "Fotos: Lena Brandt" under the byline, a caption closing "Lena Brandt für Küste" between paragraphs',
    lines: [
      'Küste', 'Reisen', 'Natur', '',
      'Ein Winter auf der Hallig',
      'Text: Jonas Petersen', 'Fotos: Lena Brandt', '02.12.2026', '',
      'Im Winter leben auf Hallig Gröde elf Menschen, und wenn die Sturmflut kommt, ragen nur noch die Warften mit ihren Häusern aus dem Wasser.',
      'Der Leuchtturm von Hallig Gröde bei Ebbe, im Hintergrund das Festland. Lena Brandt für Küste',
      'Die Fähre fährt dann tagelang nicht, und die Bewohner haben gelernt, Vorräte für mehrere Wochen im Haus zu haben.',
      '"Man wird ruhiger hier", sagt Hanne Carstensen, die seit dreißig Jahren auf der Hallig lebt und die kleine Schule leitet.',
    ],
    keep: ['Die Fähre fährt dann tagelang nicht, und die Bewohner haben gelernt, Vorräte für mehrere Wochen im Haus zu haben.'],
    drop: ['Der Leuchtturm von Hallig Gröde bei Ebbe'],
  },
  {
    name: 'a Spanish weekly: "Fotografías de Marta Iglesias" above the story, a caption closing "Marta Iglesias para Ocho Días" between paragraphs',
    lines: [
      'Ocho Días', 'Reportajes', '',
      'Los últimos pastores trashumantes de la Cañada Real',
      'Por Diego Lozano', 'Fotografías de Marta Iglesias', '1 de diciembre de 2026', '',
      'Cada otoño, unas mil ovejas bajan a pie desde las montañas de León hasta las dehesas de Extremadura por la Cañada Real Leonesa, un viaje de casi un mes.',
      'Un rebaño de merinas cruza la carretera de Ávila al amanecer, guiado por dos perros. Marta Iglesias para Ocho Días',
      'Los pastores duermen en naves prestadas por los ayuntamientos del camino y avisan a la Guardia Civil antes de cruzar las carreteras más transitadas.',
      'Cada año son menos: la mayoría de los ganaderos ya mueve sus rebaños en camión.',
    ],
    keep: ['Cada año son menos: la mayoría de los ganaderos ya mueve sus rebaños en camión.'],
    drop: ['Un rebaño de merinas cruza la carretera'],
  },
  {
    name: 'a story naming its photographer in a sentence of its own stays',
    lines: [
      'Küste', 'Reisen', '',
      'Ein Winter auf der Hallig',
      'Text: Jonas Petersen', 'Fotos: Lena Brandt', '02.12.2026', '',
      'Im Winter leben auf Hallig Gröde elf Menschen, und wenn die Sturmflut kommt, ragen nur noch die Warften mit ihren Häusern aus dem Wasser.',
      'Wir waren zu zweit dort, im Januar. Lena Brandt fotografierte jeden Morgen den Leuchtturm, bei jedem Wetter.',
      'Die Fähre fährt dann tagelang nicht, und die Bewohner haben gelernt, Vorräte für mehrere Wochen im Haus zu haben.',
    ],
    keep: ['Wir waren zu zweit dort, im Januar. Lena Brandt fotografierte jeden Morgen den Leuchtturm, bei jedem Wetter.'],
    drop: [],
  },
];

describe('the body and tail: captions closed by the photographer\'s name', () => {
  it.each(CAPTIONS_CLOSED_BY_PHOTOGRAPHER.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => expectStory(entry));
});
