/**
 * Notes about the page at the story's edges, on small invented page copies in languages and site styles the
 * development corpus does not hold: a line that speaks of the text itself (this update, the full text, the next
 * episode), addresses the reader (click, visit, recommend us, contact the office) or speaks of publication, views,
 * funding or availability goes when it sits at an edge of the story and does not carry the story's own terms. The
 * story's sentences about a publication, a fund or a report as the event, and quoted speech, stay.
 */
import { describe, expect, it } from 'vitest';
import { cleanTextDump } from '../../../shared/textdump/clean.ts';

interface Case {
  /** The pattern, the language and the site style. */
  name: string;
  /** The site's header lines, the headline, the byline and date lines. */
  head: string[];
  /** The story's lines, notes included, in page order. */
  story: string[];
  /** The site's footer lines. */
  foot: string[];
  /** Story lines that must be kept, whole. */
  keep: string[];
  /** Lines that must not be in the story. */
  drop: string[];
}

function expectStory(entry: Case): void {
  const result = cleanTextDump([...entry.head, '', ...entry.story, '', ...entry.foot].join('\n'));
  if (!result.ok) throw new Error(result.reason);
  const { paragraphs } = result.article;
  for (const line of entry.keep) expect(paragraphs, line).toContain(line);
  for (const line of entry.drop) expect(paragraphs.some((paragraph) => paragraph.includes(line)), line).toBe(false);
}

/** The text speaking of itself: its full version, its next issue, whose views it holds, the period it covers. */
const NOTES_ON_THE_TEXT: Case[] = [
  {
    name: 'a Spanish court: the full text of the ruling is on the court\'s site',
    head: ['Tribunal Superior de Justicia de Aragón', 'Inicio', 'Sala de prensa', 'Noticias', '', 'El TSJ anula la licencia de una granja porcina en Borja', '03/12/2026'],
    story: [
      'La Sala de lo Contencioso del Tribunal Superior de Justicia de Aragón ha anulado la licencia ambiental que el Ayuntamiento de Borja concedió en 2024 a una granja de cerdos con capacidad para siete mil animales.',
      'Los magistrados consideran que el estudio de impacto no valoró el riesgo para el acuífero del que beben cuatro municipios de la comarca, como alegaban los vecinos que recurrieron la licencia.',
      'La empresa promotora deberá paralizar las obras, que estaban a medio terminar, hasta que presente un nuevo estudio y el ayuntamiento vuelva a tramitar el permiso.',
      'La sentencia no es firme y puede recurrirse en casación ante el Tribunal Supremo en el plazo de treinta días.',
      'El texto íntegro de la resolución está disponible en la web del Poder Judicial.',
    ],
    foot: ['Compartir', 'Aviso legal', 'Accesibilidad'],
    keep: ['La sentencia no es firme y puede recurrirse en casación ante el Tribunal Supremo en el plazo de treinta días.'],
    drop: ['El texto íntegro de la resolución'],
  },
  {
    name: 'a French agency bulletin: the next update is announced under the last paragraph',
    head: ['Préfecture du Haut-Rhin', 'Accueil', 'Actualités', 'Sécurité civile', '', 'Crue de l\'Ill : la décrue se confirme à Colmar', 'Point de situation n° 6', '5 décembre 2026'],
    story: [
      'Le niveau de l\'Ill a baissé de quarante centimètres depuis jeudi soir à la station de Colmar, où la rivière reste toutefois au-dessus de son lit habituel sur plusieurs kilomètres.',
      'Les routes départementales 4 et 13 ont rouvert vendredi matin ; la route entre Horbourg et Andolsheim reste fermée tant que la chaussée n\'a pas été inspectée par les services du département.',
      'Trois cents foyers privés d\'électricité mercredi ont retrouvé le courant ; une soixantaine de maisons de Sainte-Croix-en-Plaine attendent encore le passage des techniciens.',
      'Le prochain point de situation sera publié lundi 8 décembre à 11 heures.',
    ],
    foot: ['Partager', 'Mentions légales', '© Préfecture du Haut-Rhin'],
    keep: ['Trois cents foyers privés d\'électricité mercredi ont retrouvé le courant ; une soixantaine de maisons de Sainte-Croix-en-Plaine attendent encore le passage des techniciens.'],
    drop: ['Le prochain point de situation sera publié'],
  },
  {
    name: 'a Turkish column: the views are the writer\'s own',
    head: ['Ege Postası', 'Gündem', 'Yazarlar', 'Ekonomi', '', 'Zeytin üreticisi neden kazanamıyor?', 'Selin Aydoğan', '4 Aralık 2026'],
    story: [
      'Bu yıl Ege\'de zeytin rekoltesi geçen yılın neredeyse iki katına çıktı, ama köylerde konuştuğum üreticilerin çoğu hâlâ zarar ettiğini söylüyor.',
      'Sorunun bir kısmı fiyatta: tüccarlar hasat başladığında kilo fiyatını yüzde otuz düşürdü ve küçük üreticinin ürününü bekletecek deposu yok.',
      'Kooperatiflerin ortak depo kurması ve hasadı birlikte satması, en azından pazarlık gücünü artırırdı; Ayvalık\'ta bunu deneyen köylerin sonuçları umut verici.',
      'Bu yazıda yer alan görüşler yazarın kendisine aittir.',
    ],
    foot: ['Yorumlar (12)', 'Künye', '© 2026 Ege Postası'],
    keep: ['Kooperatiflerin ortak depo kurması ve hasadı birlikte satması, en azından pazarlık gücünü artırırdı; Ayvalık\'ta bunu deneyen köylerin sonuçları umut verici.'],
    drop: ['Bu yazıda yer alan görüşler'],
  },
  {
    name: 'a Dutch water board report: the period the overview covers opens the text',
    head: ['Waterschap Rivierenland', 'Nieuws', 'Projecten', 'Contact', '', 'Weekoverzicht dijkversterking Tiel–Waardenburg', '5 december 2026'],
    story: [
      'Dit overzicht beslaat de periode van 28 november tot en met 4 december.',
      'Bij Haaften is de aannemer begonnen met het aanbrengen van een damwand over een lengte van zeshonderd meter, waardoor de Waalbandijk tot half januari maar in één richting te berijden is.',
      'Het fietspad langs de uiterwaarden bij Ophemert is weer open nu het grondwerk klaar is; bewoners van de Molenstraat krijgen volgende week een brief over het trillingsonderzoek.',
      'In Waardenburg zijn de proefboringen voor de nieuwe kwelsloot afgerond, zodat het werk daar na de jaarwisseling kan beginnen.',
    ],
    foot: ['Deel dit bericht', 'Privacyverklaring', '© Waterschap Rivierenland'],
    keep: ['In Waardenburg zijn de proefboringen voor de nieuwe kwelsloot afgerond, zodat het werk daar na de jaarwisseling kan beginnen.'],
    drop: ['Dit overzicht beslaat de periode'],
  },
  {
    name: 'an Italian municipality: the full text of the ordinance is published on the council\'s site',
    head: ['Comune di Treviglio', 'Home', 'Notizie', 'Servizi', '', 'Divieto di abbruciamento fino al 31 gennaio', '4 dicembre 2026'],
    story: [
      'Il sindaco ha firmato un\'ordinanza che vieta di bruciare sfalci, potature e residui vegetali all\'aperto in tutto il territorio comunale fino al 31 gennaio.',
      'Il provvedimento segue i dati delle centraline della qualità dell\'aria, che nelle ultime due settimane hanno superato per undici giorni il limite delle polveri sottili.',
      'Chi non rispetta il divieto rischia una sanzione da cento a cinquecento euro; i controlli saranno affidati alla polizia locale e alle guardie ecologiche.',
      'Il testo completo dell\'ordinanza è pubblicato sull\'albo pretorio del Comune.',
    ],
    foot: ['Condividi', 'Privacy', '© Comune di Treviglio'],
    keep: ['Chi non rispetta il divieto rischia una sanzione da cento a cinquecento euro; i controlli saranno affidati alla polizia locale e alle guardie ecologiche.'],
    drop: ['Il testo completo dell\'ordinanza'],
  },
  {
    name: 'a German guest column: the piece gives the author\'s opinion, not the paper\'s',
    head: ['Weser-Anzeiger', 'Politik', 'Meinung', 'Wirtschaft', '', 'Die Werften brauchen mehr als Subventionen', 'Ein Gastbeitrag von Maren Oltmanns', '04.12.2026'],
    story: [
      'Seit dem Frühjahr fließen wieder Millionen an Fördergeldern in die Werften an der Unterweser, doch die Auftragsbücher füllen sich kaum schneller als vor der Krise.',
      'Das Problem liegt weniger beim Geld als bei den Fachkräften: Wer heute einen Schweißer oder eine Schiffbauingenieurin sucht, wartet oft ein halbes Jahr.',
      'Land und Bund sollten deshalb die Ausbildung in den Betrieben fördern, statt jeden neuen Auftrag einzeln zu bezuschussen.',
      'Der Gastbeitrag gibt die Meinung der Autorin wieder, nicht die der Redaktion.',
    ],
    foot: ['Kommentare (4)', 'Impressum', '© 2026 Weser-Anzeiger'],
    keep: ['Land und Bund sollten deshalb die Ausbildung in den Betrieben fördern, statt jeden neuen Auftrag einzeln zu bezuschussen.'],
    drop: ['Der Gastbeitrag gibt die Meinung der Autorin wieder'],
  },
  {
    name: 'a Hebrew municipality: the full wording of the decision is on the city\'s site',
    head: ['עיריית נהריה', 'ראשי', 'חדשות העירייה', '', 'מועצת העיר אישרה הרחבה של חוף הרחצה הצפוני', '3 בדצמבר 2026'],
    story: [
      'מועצת עיריית נהריה אישרה ביום שלישי תוכנית להרחבת חוף הרחצה הצפוני בכשלושים מטרים ולהוספת שתי סוכות מציל חדשות.',
      'העבודות יחלו בחודש פברואר ויסתיימו לפני פתיחת עונת הרחצה, כך שהחוף יישאר סגור לציבור בחודשי החורף.',
      'לפי התוכנית, בחוף יוקמו גם מקלחות נגישות ושביל עץ שיאפשר לכיסאות גלגלים להגיע עד קו המים.',
      'הנוסח המלא של ההחלטה זמין באתר העירייה.',
    ],
    foot: ['שתפו', '© עיריית נהריה'],
    keep: ['לפי התוכנית, בחוף יוקמו גם מקלחות נגישות ושביל עץ שיאפשר לכיסאות גלגלים להגיע עד קו המים.'],
    drop: ['הנוסח המלא של ההחלטה'],
  },
  {
    name: 'a Spanish regional daily: the article is also available in Catalan',
    head: ['Diari de Lleida', 'Actualidad', 'Comarcas', '', 'Balaguer estrena un carril bici junto al Segre', 'Por Núria Prat', '3 de diciembre de 2026'],
    story: [
      'Balaguer abrió el martes un carril bici de cuatro kilómetros que une el casco antiguo con el polígono industrial siguiendo la orilla del Segre.',
      'El trazado aprovecha el antiguo camino de sirga y ha costado algo más de un millón de euros, la mitad aportada por la Diputación.',
      'El ayuntamiento calcula que unas trescientas personas que hoy van en coche al polígono podrían pasarse a la bicicleta en los próximos dos años.',
      'Este artículo también está disponible en catalán.',
    ],
    foot: ['Compartir', '© 2026 Diari de Lleida'],
    keep: ['El ayuntamiento calcula que unas trescientas personas que hoy van en coche al polígono podrían pasarse a la bicicleta en los próximos dos años.'],
    drop: ['Este artículo también está disponible'],
  },
  {
    name: 'an Italian radio page: the next instalment goes on air on Friday',
    head: ['Radio Appennino', 'Programmi', 'Podcast', '', 'Mestieri di montagna: il casaro di Fanano', '4 dicembre 2026'],
    story: [
      'In questa puntata saliamo a Fanano, dove Giorgio Biagi produce ancora il formaggio nel caseificio che fu di suo nonno, con il latte di dodici stalle della valle.',
      'Biagi racconta come cambia il lavoro d\'inverno, quando le vacche restano in stalla e il latte cala, e perché non ha mai voluto vendere ai grandi stagionatori.',
      'Nella seconda parte ascoltiamo i ragazzi dell\'istituto agrario di Pavullo, che ogni primavera passano due settimane in caseificio.',
      'La prossima puntata andrà in onda venerdì 11 dicembre alle 18.',
    ],
    foot: ['Condividi', '© Radio Appennino'],
    keep: ['Nella seconda parte ascoltiamo i ragazzi dell\'istituto agrario di Pavullo, che ogni primavera passano due settimane in caseificio.'],
    drop: ['La prossima puntata andrà in onda'],
  },
  {
    name: 'a French weekly column: when the column appears, above the columnist\'s closing lines',
    head: ['L\'Hebdo du Val', 'Actualité', 'Chroniques', '', 'Les jardins ouvriers ne sont pas un luxe', 'Par Hélène Roux', '5 décembre 2026'],
    story: [
      'À Vénissieux, la liste d\'attente pour une parcelle de jardin ouvrier compte désormais plus de trois cents noms, soit six ans d\'attente pour les derniers inscrits.',
      'La mairie promet de nouvelles parcelles sur l\'ancien terrain de la gare de triage, mais le terrain attend toujours sa dépollution, repoussée d\'année en année.',
      'Pendant ce temps, les familles qui cultivaient de quoi tenir l\'été achètent leurs légumes au prix fort, et les jardins existants sont découpés en parcelles toujours plus petites.',
      'Cette chronique paraît chaque samedi dans l\'édition papier.',
      'Hélène Roux est jardinière et ancienne institutrice à Vénissieux.',
    ],
    foot: ['Partager', '© 2026 L\'Hebdo du Val'],
    keep: ['Pendant ce temps, les familles qui cultivaient de quoi tenir l\'été achètent leurs légumes au prix fort, et les jardins existants sont découpés en parcelles toujours plus petites.'],
    drop: ['Cette chronique paraît chaque samedi'],
  },
  {
    name: 'a Swedish county page: more information by phone from the county office',
    head: ['Länsstyrelsen Gotland', 'Nyheter', 'Miljö', '', 'Nytt naturreservat vid Hoburgen', '3 december 2026'],
    story: [
      'Länsstyrelsen har beslutat att bilda ett naturreservat på drygt 240 hektar kring Hoburgen på södra Gotland för att skydda kalkhällmarker och fågellivet på klipporna.',
      'I reservatet blir det förbjudet att köra motorfordon utanför befintliga vägar, och betet med får ska fortsätta för att hålla markerna öppna.',
      'Markägarna har fått ersättning för de inskränkningar som beslutet innebär, och en ny parkering med informationstavlor byggs under våren.',
      'Mer information lämnas av länsstyrelsens naturvårdsenhet på telefon 010-000 00 00.',
    ],
    foot: ['Dela', '© Länsstyrelsen Gotland'],
    keep: ['Markägarna har fått ersättning för de inskränkningar som beslutet innebär, och en ny parkering med informationstavlor byggs under våren.'],
    drop: ['Mer information lämnas'],
  },
  {
    name: 'an Indonesian news site: this article is also available in English',
    head: ['Kabar Pesisir', 'Berita', 'Daerah', '', 'Nelayan Bengkalis mulai gunakan perahu listrik', '3 Desember 2026'],
    story: [
      'Sebanyak dua puluh nelayan di Kabupaten Bengkalis mulai menggunakan perahu bermesin listrik yang diisi dayanya dari panel surya di dermaga desa.',
      'Menurut kelompok nelayan setempat, biaya melaut turun hampir separuh karena mereka tidak lagi membeli solar untuk perjalanan harian.',
      'Pemerintah kabupaten berencana menambah tiga puluh perahu listrik tahun depan jika uji coba ini berjalan lancar.',
      'Artikel ini juga tersedia dalam bahasa Inggris.',
    ],
    foot: ['Bagikan', '© 2026 Kabar Pesisir'],
    keep: ['Pemerintah kabupaten berencana menambah tiga puluh perahu listrik tahun depan jika uji coba ini berjalan lancar.'],
    drop: ['Artikel ini juga tersedia'],
  },
  {
    name: 'a Spanish digital outlet: the opinions are the author\'s alone',
    head: ['El Faro Sur', 'Opinión', 'Tribunas', '', 'Cádiz necesita más tranvía y menos aparcamientos', 'Marta Vidal', '4 de diciembre de 2026'],
    story: [
      'Desde que el tranvía llegó a San Fernando, más de cuatro mil personas lo usan cada día para entrar en Cádiz, y aun así el ayuntamiento sigue construyendo aparcamientos en el centro.',
      'Cada plaza de aparcamiento nueva atrae un coche más a una ciudad que no tiene por dónde sacarlo, y los atascos del puente lo demuestran cada mañana.',
      'La prolongación del tranvía hasta la Avenida, aprobada hace tres años, sigue sin fecha mientras se licitan dos aparcamientos subterráneos más.',
      'Las opiniones son responsabilidad exclusiva de la autora.',
    ],
    foot: ['Comentarios (8)', '© 2026 El Faro Sur'],
    keep: ['La prolongación del tranvía hasta la Avenida, aprobada hace tres años, sigue sin fecha mientras se licitan dos aparcamientos subterráneos más.'],
    drop: ['Las opiniones son responsabilidad exclusiva'],
  },
  {
    name: 'a Dutch regional site: the author\'s view need not be the editors\'',
    head: ['Omroep Zeeland Nieuws', 'Nieuws', 'Opinie', '', 'Laat de Westerschelde niet dichtslibben', 'Door Pieter de Vos', '3 december 2026'],
    story: [
      'De vaargeul naar Antwerpen wordt elk jaar dieper gebaggerd, maar over wat dat doet met de zandplaten in de Westerschelde wordt nauwelijks gesproken.',
      'Vissers uit Breskens zien de platen waar zeehonden liggen al jaren kleiner worden, en onderzoekers waarschuwen dat het getij steeds verder het land in dringt.',
      'Een onafhankelijke studie naar de gevolgen van het baggeren zou de provincie weinig kosten en veel duidelijkheid geven.',
      'De mening van de auteur komt niet noodzakelijk overeen met die van de redactie.',
    ],
    foot: ['Delen', '© 2026 Omroep Zeeland Nieuws'],
    keep: ['Een onafhankelijke studie naar de gevolgen van het baggeren zou de provincie weinig kosten en veel duidelijkheid geven.'],
    drop: ['De mening van de auteur'],
  },
];

/** The reader addressed: told to click or hover on the page, to recommend the episode, to visit a page or call an office. */
const NOTES_TO_THE_READER: Case[] = [
  {
    name: 'a Russian news site: found a typo, select it and press Ctrl+Enter',
    head: ['Вести Прикамья', 'Новости', 'Экономика', 'Общество', '', 'В Кунгуре открыли новый мост через Сылву', '4 декабря 2026, 12:10'],
    story: [
      'В Кунгуре после двух лет строительства открыли движение по новому мосту через реку Сылву, который заменил переправу, закрытую в 2023 году из-за износа опор.',
      'Длина моста составляет 240 метров, по нему проходят две полосы движения и тротуар; строительство обошлось краевому бюджету в 1,3 миллиарда рублей.',
      'Старый мост разберут весной, когда сойдёт лёд, а на его месте оборудуют набережную с прогулочной зоной.',
      'Нашли опечатку? Выделите текст и нажмите Ctrl+Enter.',
    ],
    foot: ['Теги: Кунгур, мосты', '© 2026 Вести Прикамья'],
    keep: ['Старый мост разберут весной, когда сойдёт лёд, а на его месте оборудуют набережную с прогулочной зоной.'],
    drop: ['Нашли опечатку'],
  },
  {
    name: 'a German data story: click a district to see its values, between the chart\'s labels',
    head: ['Mittelhessen Daten', 'Startseite', 'Daten', 'Politik', '', 'Wo die Mieten am stärksten steigen', 'Von Lea Brandt', '03.12.2026'],
    story: [
      'Die Angebotsmieten in Mittelhessen sind in diesem Jahr um durchschnittlich 6,4 Prozent gestiegen, in den kleineren Städten des Vogelsbergkreises sogar um mehr als neun Prozent.',
      'Karte: Mietanstieg nach Landkreis, 2025 bis 2026',
      'Klicken Sie auf einen Landkreis, um die Werte zu sehen.',
      'Quelle: eigene Auswertung von Inseratsdaten',
      'In Gießen und Marburg, wo die Mieten ohnehin hoch sind, fiel der Anstieg dagegen mit drei bis vier Prozent vergleichsweise moderat aus.',
      'Fachleute erklären den Unterschied mit Pendlern, die wegen der hohen Preise in den Universitätsstädten aufs Land ziehen und dort die Nachfrage erhöhen.',
    ],
    foot: ['Teilen', 'Impressum', '© 2026 Mittelhessen Daten'],
    keep: ['Fachleute erklären den Unterschied mit Pendlern, die wegen der hohen Preise in den Universitätsstädten aufs Land ziehen und dort die Nachfrage erhöhen.'],
    drop: ['Klicken Sie auf einen Landkreis'],
  },
  {
    name: 'a Portuguese podcast page: if you liked the episode, recommend the show',
    head: ['Rádio Travessa', 'Episódios', 'Sobre', 'Apoiar', '', 'Episódio 58: os moinhos de maré do Seixal', '2 de dezembro de 2026'],
    story: [
      'Neste episódio visitamos o moinho de maré de Corroios, um dos poucos que ainda funcionam no estuário do Tejo, e conversamos com o moleiro que o pôs de novo a trabalhar.',
      'O moinho aproveita a diferença entre a maré cheia e a vazante para mover as mós, e chegou a moer farinha para metade das padarias de Lisboa no século dezoito.',
      'Na segunda parte, a historiadora Inês Valadares conta como a chegada das fábricas de moagem a vapor acabou com quase todos os moinhos da margem sul.',
      'Se gostou deste episódio, recomende o podcast aos seus amigos.',
    ],
    foot: ['Apoiar a Rádio Travessa', '© 2026 Rádio Travessa'],
    keep: ['Na segunda parte, a historiadora Inês Valadares conta como a chegada das fábricas de moagem a vapor acabou com quase todos os moinhos da margem sul.'],
    drop: ['Se gostou deste episódio'],
  },
  {
    name: 'a Polish animal shelter: to support the shelter, visit the help page',
    head: ['Gazeta Podhalańska', 'Wiadomości', 'Region', 'Kultura', '', 'Schronisko w Nowym Targu ma nowy wybieg dla psów', 'Anna Kowalczyk', '4 grudnia 2026'],
    story: [
      'Schronisko dla zwierząt w Nowym Targu otworzyło w tym tygodniu ogrodzony wybieg, na którym psy mogą biegać bez smyczy pod okiem wolontariuszy.',
      'Wybieg powstał na dawnej łące za budynkiem schroniska, a ogrodzenie i oświetlenie sfinansowała zbiórka mieszkańców, która w trzy miesiące zebrała ponad czterdzieści tysięcy złotych.',
      'Pracownicy schroniska mówią, że psy, które codziennie mogą się wybiegać, są spokojniejsze i szybciej znajdują nowe domy.',
      'Aby wesprzeć schronisko, odwiedź stronę Pomóż zwierzakom.',
    ],
    foot: ['Udostępnij', '© 2026 Gazeta Podhalańska'],
    keep: ['Pracownicy schroniska mówią, że psy, które codziennie mogą się wybiegać, są spokojniejsze i szybciej znajdują nowe domy.'],
    drop: ['Aby wesprzeć schronisko'],
  },
  {
    name: 'a Japanese city office: enquiries about this release to the press section, by phone',
    head: ['北浜市', 'ホーム', '報道発表', '市政情報', '', '北浜市、公共施設に雪冷房を導入', '2026年12月3日'],
    story: [
      '北浜市は、冬に集めた雪を断熱倉庫に保存し、夏に市民体育館の冷房に使う設備を来年度から導入すると発表した。',
      '市によると、電気式の冷房と比べて消費電力を約6割減らせる見込みで、整備費は約2億円を見込んでいる。',
      '市は除雪で出る雪を資源として活用できるとして、今後は図書館や公民館への導入も検討する。',
      'この発表に関するお問い合わせは、環境政策課（電話 0123-45-6789）までご連絡ください。',
    ],
    foot: ['このページの先頭へ', '© 北浜市'],
    keep: ['市は除雪で出る雪を資源として活用できるとして、今後は図書館や公民館への導入も検討する。'],
    drop: ['この発表に関するお問い合わせ'],
  },
  {
    name: 'a Chinese city bureau: for details, contact the bureau by phone',
    head: ['杭湾市生态环境局', '首页', '新闻动态', '政务公开', '', '杭湾市启动河道垃圾清理专项行动', '2026年12月3日'],
    story: [
      '杭湾市生态环境局于12月2日启动为期三个月的河道垃圾清理专项行动，重点清理城区十二条河道沿岸的塑料垃圾和废弃渔具。',
      '据介绍，此次行动将组织环卫工人和志愿者分段清理，并在主要河道入口处设置拦截网，防止垃圾进入近海。',
      '生态环境局表示，行动结束后将对各河道的水质进行检测，并根据结果调整明年的治理计划。',
      '如需了解详情，请联系市生态环境局宣传科（电话：0571-0000000）。',
    ],
    foot: ['打印本页', '关闭窗口', '© 杭湾市生态环境局'],
    keep: ['生态环境局表示，行动结束后将对各河道的水质进行检测，并根据结果调整明年的治理计划。'],
    drop: ['如需了解详情'],
  },
  {
    name: 'a Chinese podcast page: if you liked this episode, pass it on to your friends',
    head: ['江南声音', '节目', '关于我们', '', '第三十六期：运河边的老茶馆', '2026年12月2日'],
    story: [
      '这一期我们来到运河边一家开了七十多年的老茶馆，听老板讲茶馆从评弹书场变成社区客厅的故事。',
      '茶馆每天清晨五点开门，来喝早茶的大多是附近的退休老人，一壶茶可以坐上整个上午。',
      '节目后半段，我们和研究城市生活史的学者聊了聊，为什么这样的茶馆在城市更新中越来越少。',
      '如果您喜欢本期节目，欢迎转发给您的朋友。',
    ],
    foot: ['上一期', '下一期', '© 江南声音'],
    keep: ['节目后半段，我们和研究城市生活史的学者聊了聊，为什么这样的茶馆在城市更新中越来越少。'],
    drop: ['如果您喜欢本期节目'],
  },
  {
    name: 'a German utility\'s release: more information from the press office, by phone',
    head: ['Stadtwerke Riesa', 'Presse', 'Unternehmen', '', 'Fernwärmenetz in Gröba wird erweitert', '02.12.2026'],
    story: [
      'Die Stadtwerke Riesa schließen im kommenden Jahr weitere 180 Wohnungen im Stadtteil Gröba an das Fernwärmenetz an.',
      'Dafür werden zwischen März und Oktober rund 1,4 Kilometer neue Leitungen verlegt, vor allem unter Gehwegen, sodass die Straßen weitgehend befahrbar bleiben.',
      'Die Wärme stammt zu gut einem Drittel aus der Abwärme eines benachbarten Stahlwerks, deren Anteil bis 2030 auf die Hälfte steigen soll.',
      'Weitere Informationen erhalten Sie bei der Pressestelle unter Telefon 03525 000000.',
    ],
    foot: ['Drucken', 'Impressum', '© Stadtwerke Riesa'],
    keep: ['Die Wärme stammt zu gut einem Drittel aus der Abwärme eines benachbarten Stahlwerks, deren Anteil bis 2030 auf die Hälfte steigen soll.'],
    drop: ['Weitere Informationen erhalten Sie'],
  },
  {
    name: 'a Ukrainian city council: details by phone from the department',
    head: ['Житомирська міська рада', 'Новини', 'Документи', '', 'У Житомирі відкрили ще один пункт незламності', '3 грудня 2026'],
    story: [
      'У приміщенні школи № 12 на Крошні запрацював новий пункт незламності, де мешканці можуть зігрітися, зарядити телефони та отримати гарячий чай.',
      'Пункт обладнано генератором і запасом пального на п\'ять діб, а також окремою кімнатою для матерів з дітьми.',
      'Загалом у місті діє вже сорок два такі пункти, адреси яких позначені на мапі на офіційному сайті міської ради.',
      'Детальніше можна дізнатися в управлінні з питань надзвичайних ситуацій за телефоном (0412) 00-00-00.',
    ],
    foot: ['Поділитися', '© Житомирська міська рада'],
    keep: ['Пункт обладнано генератором і запасом пального на п\'ять діб, а також окремою кімнатою для матерів з дітьми.'],
    drop: ['Детальніше можна дізнатися'],
  },
];

/** A pointer to the next instalment closing the text: the table, the rest of the story, in the next post or episode. */
const NEXT_INSTALMENTS: Case[] = [
  {
    name: 'a German blog: the next post will bring the table',
    head: ['Elbtal Energie', 'Blog', 'Über mich', '', 'Wie viel Strom die Balkonkraftwerke in Pirna liefern', '4. Dezember 2026'],
    story: [
      'Seit dem Frühjahr sammle ich die Zählerstände von zwölf Balkonkraftwerken in Pirna, deren Besitzer mir jeden Monat ein Foto ihres Zählers schicken.',
      'Im Schnitt haben die Anlagen bis Ende November gut 520 Kilowattstunden erzeugt, die beste auf einem Südbalkon in Copitz fast 700.',
      'Am wenigsten lieferten zwei Anlagen an Nordwestfassaden, die im Sommer erst am späten Nachmittag Sonne bekommen.',
      'Die Werte aller zwölf Anlagen Monat für Monat gibt es im nächsten Beitrag.',
    ],
    foot: ['Kommentare (3)', '© 2026 Elbtal Energie'],
    keep: ['Am wenigsten lieferten zwei Anlagen an Nordwestfassaden, die im Sommer erst am späten Nachmittag Sonne bekommen.'],
    drop: ['im nächsten Beitrag'],
  },
  {
    name: 'a Turkish podcast page: the rest in the next episode',
    head: ['Kıyı Sesleri', 'Bölümler', 'Hakkımızda', '', 'Bölüm 31: Ayvalık\'ın son sabun ustası', '3 Aralık 2026'],
    story: [
      'Bu bölümde Ayvalık\'ta zeytinyağından sabun yapan son ustalardan Hüseyin Erdem\'in atölyesine konuk olduk ve sabunun kazanda nasıl kaynatıldığını dinledik.',
      'Erdem, atölyeyi babasından devraldığında ilçede yedi sabunhane olduğunu, bugün yalnızca ikisinin çalıştığını anlatıyor.',
      'Sabunların kuruması kırk gün sürüyor; usta, aceleyle kurutulan sabunun çabuk eridiğini ve müşterinin bunu hemen fark ettiğini söylüyor.',
      'Ustanın çırak yetiştirme hikâyesini bir sonraki bölümde dinleyeceksiniz.',
    ],
    foot: ['Paylaş', '© 2026 Kıyı Sesleri'],
    keep: ['Erdem, atölyeyi babasından devraldığında ilçede yedi sabunhane olduğunu, bugün yalnızca ikisinin çalıştığını anlatıyor.'],
    drop: ['bir sonraki bölümde'],
  },
];

/** The service or desk the page comes from, speaking of its funding at the story's edge, in a sentence with none of the story's terms. */
const FUNDING_NOTES: Case[] = [
  {
    name: 'an English regional paper: the reporting service\'s funding above the story',
    head: ['The Kirkby Gazette', 'News', 'Council', 'Sport', '', 'Ferry fares to rise by ten per cent in April', 'By Owen Pryce, Regional Democracy Reporter', '3 December 2026'],
    story: [
      'The Regional Democracy Reporting Service is funded by a grant from a media trust and its stories are shared with partner titles.',
      'Passengers on the Kirkby to Holm ferry will pay ten per cent more from April after the county cabinet approved a new fare table on Tuesday.',
      'A single adult ticket will rise from £4.20 to £4.60, while the islanders\' season ticket will go up by a smaller amount, from £310 to £330 a year.',
      'Cabinet member Rhian Hale said the increase would cover higher fuel and crew costs and keep the ferry running every hour through the winter.',
    ],
    foot: ['Share', '© 2026 The Kirkby Gazette'],
    keep: ['Passengers on the Kirkby to Holm ferry will pay ten per cent more from April after the county cabinet approved a new fare table on Tuesday.'],
    drop: ['The Regional Democracy Reporting Service is funded'],
  },
];

/** Story sentences that speak of a publication, a report, funding or a website as the event, or quote someone: they stay. */
const STORY_LINES_THAT_STAY: Case[] = [
  {
    name: 'an English story: the ministry publishes a report, as the event, in its last line',
    head: ['The Harbour Courier', 'News', 'Business', '', 'Port emissions fell by a fifth last year, ministry says', 'By Dana Kell', '2 December 2026'],
    story: [
      'Emissions from ships berthed at the port of Vellmar fell by a fifth last year after most ferries switched to shore power, according to figures from the transport ministry.',
      'The ministry said shore power now supplies nine of the port\'s twelve ferry berths, and that the remaining three will be connected by the end of 2027.',
      'Harbour residents had complained for years about diesel fumes from ferries running their engines at the quay overnight.',
      'The ministry will publish its full report on port emissions on its website in March.',
    ],
    foot: ['© 2026 The Harbour Courier'],
    keep: ['The ministry will publish its full report on port emissions on its website in March.'],
    drop: [],
  },
  {
    name: 'a French story: a foundation funds the dam\'s repair, as the event, in its last line',
    head: ['La Gazette du Limousin', 'Actualités', 'Région', '', 'Le barrage de Vassivière sera rénové dès 2027', 'Par Marc Delpech', '4 décembre 2026'],
    story: [
      'Les travaux de rénovation du barrage de Vassivière commenceront au printemps 2027 et dureront deux ans, a annoncé jeudi le syndicat mixte qui gère le lac.',
      'Le chantier prévoit le remplacement des vannes de fond et le renforcement du parement, fissuré par endroits depuis les sécheresses des années 2020.',
      'Le lac restera ouvert à la baignade pendant les travaux, mais son niveau sera abaissé de deux mètres durant l\'hiver 2027.',
      'La fondation régionale pour l\'eau financera un tiers de la rénovation du barrage.',
    ],
    foot: ['© 2026 La Gazette du Limousin'],
    keep: ['La fondation régionale pour l\'eau financera un tiers de la rénovation du barrage.'],
    drop: [],
  },
  {
    name: 'a German story: a quoted call to visit the site closes the story',
    head: ['Rheinpfalz Kurier', 'Lokales', 'Kultur', '', 'Stadtarchiv stellt alte Fotos online', 'Von Jana Roth', '03.12.2026'],
    story: [
      'Das Stadtarchiv Speyer hat mehr als zwölftausend historische Fotografien digitalisiert und in einer frei zugänglichen Datenbank veröffentlicht.',
      'Die ältesten Aufnahmen zeigen den Dom und die Altstadt um 1870, die jüngsten das Hochwasser von 1988; viele stammen aus Nachlässen von Speyerer Familien.',
      'Archivleiterin Petra Lenz hofft, dass Bürgerinnen und Bürger Personen und Orte auf den Bildern erkennen und dem Archiv melden.',
      '„Besuchen Sie die Datenbank und schauen Sie, ob Sie Ihre Großeltern finden“, sagte Lenz.',
    ],
    foot: ['© 2026 Rheinpfalz Kurier'],
    keep: ['„Besuchen Sie die Datenbank und schauen Sie, ob Sie Ihre Großeltern finden“, sagte Lenz.'],
    drop: [],
  },
  {
    name: 'a Spanish op-ed: the last line speaks to the reader about the story\'s own subject',
    head: ['Diario del Cantábrico', 'Opinión', 'Tribunas', '', 'El tren de cercanías merece otra oportunidad', 'Lucía Andrade', '2 de diciembre de 2026'],
    story: [
      'Desde que se redujeron las frecuencias del tren de cercanías entre Santander y Torrelavega, miles de trabajadores han vuelto a usar el coche cada mañana.',
      'La consejería promete recuperar los horarios cuando lleguen los nuevos trenes, pero los retrasos en la entrega de los trenes se acumulan desde hace tres años.',
      'Mientras tanto, la autovía está saturada a las ocho de la mañana y el aparcamiento de la estación de Torrelavega está medio vacío.',
      'La próxima vez que espere en el andén de Torrelavega, pregunte por qué su tren de cercanías sigue sin llegar.',
    ],
    foot: ['© 2026 Diario del Cantábrico'],
    keep: ['La próxima vez que espere en el andén de Torrelavega, pregunte por qué su tren de cercanías sigue sin llegar.'],
    drop: [],
  },
  {
    name: 'an Arabic story: a ministry publishes a report on the period, as the event, in its first line',
    head: ['صحيفة الساحل', 'الرئيسية', 'اقتصاد', '', 'ارتفاع صادرات التمور بنسبة 12 في المئة', '3 كانون الأول/ديسمبر 2026'],
    story: [
      'نشرت وزارة الزراعة تقريرها عن صادرات التمور خلال الفترة من كانون الثاني/يناير إلى تشرين الأول/أكتوبر، وأظهر ارتفاع الصادرات بنسبة 12 في المئة.',
      'وقالت الوزارة إن صادرات التمور إلى الأسواق الآسيوية تضاعفت تقريباً بعد افتتاح خط شحن مبرد جديد من ميناء الدمام.',
      'ويتوقع المزارعون أن تستمر زيادة الصادرات في الموسم المقبل إذا بقيت أسعار الشحن عند مستواها الحالي.',
    ],
    foot: ['© 2026 صحيفة الساحل'],
    keep: ['نشرت وزارة الزراعة تقريرها عن صادرات التمور خلال الفترة من كانون الثاني/يناير إلى تشرين الأول/أكتوبر، وأظهر ارتفاع الصادرات بنسبة 12 في المئة.'],
    drop: [],
  },
  {
    name: 'a Dutch municipal notice: whom to call about the works is the notice\'s own content',
    head: ['Gemeente Zeewolde', 'Nieuws', 'Wegwerkzaamheden', '', 'Horsterweg afgesloten van 12 tot en met 23 januari', '2 december 2026'],
    story: [
      'Van maandag 12 tot en met vrijdag 23 januari is de Horsterweg tussen de rotonde bij de Gooiseweg en de Spiekweg afgesloten voor al het verkeer.',
      'De aannemer vervangt in die periode het asfalt en legt een nieuw fietspad aan langs de noordkant van de weg.',
      'Het verkeer wordt omgeleid via de Gooiseweg en de Vogelweg; bussen van lijn 151 rijden een aangepaste route.',
      'Heeft u vragen over de werkzaamheden? Bel dan de aannemer op werkdagen tussen 8.00 en 17.00 uur.',
    ],
    foot: ['Deel dit bericht', '© Gemeente Zeewolde'],
    keep: ['Heeft u vragen over de werkzaamheden? Bel dan de aannemer op werkdagen tussen 8.00 en 17.00 uur.'],
    drop: [],
  },
  {
    name: 'an Italian university release: the project\'s funding is the release\'s last fact',
    head: ['Università di Ferrara', 'Ateneo', 'Notizie', 'Ricerca', '', 'Un sensore a basso costo per misurare il sale nelle falde', '3 dicembre 2026'],
    story: [
      'Un gruppo di ricercatori del Dipartimento di Fisica ha sviluppato un sensore economico che misura in continuo la salinità dell\'acqua nei pozzi del delta del Po.',
      'Il dispositivo, grande come una bottiglia, costa meno di cento euro e trasmette i dati via radio a una centrale che li pubblica su una mappa aggiornata ogni ora.',
      'I primi venti sensori sono stati installati in aziende agricole tra Goro e Mesola, dove l\'acqua salata risale ormai per oltre venti chilometri.',
      'Il progetto è stato finanziato dalla Regione Emilia-Romagna con quattrocentomila euro.',
    ],
    foot: ['Condividi', '© Università di Ferrara'],
    keep: ['Il progetto è stato finanziato dalla Regione Emilia-Romagna con quattrocentomila euro.'],
    drop: [],
  },
  {
    name: 'an English story: the hostages were released, as the event, in its last line',
    head: ['The Harbour Courier', 'World', '', 'Three sailors freed after two months held off the Gulf coast', 'By Dana Kell', '4 December 2026'],
    story: [
      'Three crew members of the cargo ship Vellmar Star who had been held by an armed group since early October are free and on their way home, their employer said.',
      'The sailors, two engineers and a cook, were taken from the ship while it lay at anchor waiting for a berth, and had been held in a village inland.',
      'Their families had appealed for help at a press conference in November, saying they had heard nothing from the men for six weeks.',
      'The three were released on Friday after talks led by the ship\'s owners.',
    ],
    foot: ['© 2026 The Harbour Courier'],
    keep: ['The three were released on Friday after talks led by the ship\'s owners.'],
    drop: [],
  },
  {
    name: 'an English council story: residents may call the helpline, as the story\'s advice',
    head: ['The Harbour Courier', 'News', 'Council', '', 'Bin collections move to Tuesdays across the east of the borough', 'By Dana Kell', '3 December 2026'],
    story: [
      'Household bins in the eastern wards of Vellmar will be collected on Tuesdays instead of Fridays from January, the borough council said.',
      'The change follows the closure of the Marsh Lane depot, which means the eastern rounds will now be run from the main depot on the other side of the river.',
      'Garden waste collections will move in the same way, and the council will deliver new calendars to every affected household before Christmas.',
      'Residents with questions can call the council\'s waste helpline on weekdays.',
    ],
    foot: ['© 2026 The Harbour Courier'],
    keep: ['Residents with questions can call the council\'s waste helpline on weekdays.'],
    drop: [],
  },
  {
    name: 'a Spanish how-to: the last step asks for a tap, as every step does',
    head: ['Tecnología Fácil', 'Guías', 'Móviles', '', 'Cómo activar la verificación en dos pasos en tu móvil', 'Por Irene Solís', '2 de diciembre de 2026'],
    story: [
      'La verificación en dos pasos añade un código a la contraseña, de modo que nadie pueda entrar en tu cuenta aunque haya averiguado la clave.',
      'Abre la aplicación de Ajustes y baja hasta el apartado de Seguridad, que en algunos modelos aparece como Privacidad y seguridad.',
      'Pulsa en Verificación en dos pasos e introduce tu contraseña actual cuando el móvil te la pida.',
      'Elige si quieres recibir el código por SMS o en una aplicación de autenticación, y apunta los códigos de recuperación en un lugar seguro.',
      'Por último, pulsa en Activar y comprueba que el móvil te pide el código la próxima vez que entres en tu cuenta.',
    ],
    foot: ['© 2026 Tecnología Fácil'],
    keep: ['Por último, pulsa en Activar y comprueba que el móvil te pide el código la próxima vez que entres en tu cuenta.'],
    drop: [],
  },
  {
    name: 'an Arabic story: a lede that names the period it reports on, under a byline with a desk',
    head: ['صحيفة الخليج الاقتصادية', 'الرئيسية', 'اقتصاد', '', 'تراجع البطالة في الربع الثالث', 'كتبت: سلمى العبدالله، محررة الشؤون الاقتصادية', '3 كانون الأول/ديسمبر 2026'],
    story: [
      'تراجعت البطالة إلى 6 في المئة خلال الفترة من تموز إلى أيلول، بحسب هيئة الإحصاء.',
      'وعزت الهيئة هذا الانخفاض إلى زيادة التوظيف في قطاعي البناء والسياحة، اللذين أضافا معاً أكثر من عشرين ألف وظيفة منذ مطلع الصيف.',
      'وسجلت النساء أكبر تحسن، إذ انخفض معدل البطالة بينهن بنحو نقطتين مئويتين مقارنة بالربع السابق.',
      'ويتوقع خبراء أن يستمر التحسن حتى نهاية العام مع انطلاق مشاريع البنية التحتية الجديدة في المناطق الشمالية.',
    ],
    foot: ['© 2026 صحيفة الخليج الاقتصادية'],
    keep: ['تراجعت البطالة إلى 6 في المئة خلال الفترة من تموز إلى أيلول، بحسب هيئة الإحصاء.'],
    drop: [],
  },
  {
    name: 'an English book review: the author\'s views as the subject of the review',
    head: ['The Harbour Courier', 'Books', '', 'A shipwright\'s memoir that sails close to the wind', 'By Dana Kell', '5 December 2026'],
    story: [
      'Tom Arkwright spent forty years building wooden boats in a shed at the mouth of the Vell, and his memoir reads like one of his hulls: sturdy, plain and watertight.',
      'The best chapters describe the yard in the 1980s, when orders dried up and he kept his apprentices on by repairing fishing boats for half the usual rate.',
      'Later chapters wander into politics, and the memoir is weaker for it.',
      'The author\'s views on fishing quotas are strongly held and rarely argued.',
    ],
    foot: ['© 2026 The Harbour Courier'],
    keep: ['The author\'s views on fishing quotas are strongly held and rarely argued.'],
    drop: [],
  },
  {
    name: 'a Russian ministry story: the results will be published on the ministry\'s site, as the event',
    head: ['Вести Поморья', 'Новости', 'Экономика', '', 'В Поморье проверят качество воды в сорока сёлах', '3 декабря 2026'],
    story: [
      'Министерство природных ресурсов Архангельской области до конца года проверит качество питьевой воды в сорока сёлах, где нет централизованного водопровода.',
      'Пробы возьмут из колодцев и скважин, которыми пользуются жители; особое внимание уделят содержанию железа и марганца.',
      'В прошлом году такая проверка выявила превышение норм в каждом третьем колодце, после чего в семи сёлах установили станции очистки воды.',
      'Результаты проверки министерство опубликует на своём сайте в феврале.',
    ],
    foot: ['© 2026 Вести Поморья'],
    keep: ['Результаты проверки министерство опубликует на своём сайте в феврале.'],
    drop: [],
  },
];

describe('notes about the page at the story\'s edges go, in any language', () => {
  it.each(NOTES_ON_THE_TEXT.map((entry) => [entry.name, entry] as const))('the text speaking of itself: %s', (_name, entry) => expectStory(entry));
  it.each(NOTES_TO_THE_READER.map((entry) => [entry.name, entry] as const))('the reader addressed: %s', (_name, entry) => expectStory(entry));
  it.each(NEXT_INSTALMENTS.map((entry) => [entry.name, entry] as const))('a pointer to the next instalment: %s', (_name, entry) => expectStory(entry));
  it.each(FUNDING_NOTES.map((entry) => [entry.name, entry] as const))('the service\'s funding: %s', (_name, entry) => expectStory(entry));
  it.each(STORY_LINES_THAT_STAY.map((entry) => [entry.name, entry] as const))('a story line that looks like one stays: %s', (_name, entry) => expectStory(entry));
});
