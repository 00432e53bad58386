/**
 * A catalogue of page furniture, written from how sites of many kinds are
 * built rather than from the development corpus: each kind, in two or more
 * languages, around or inside a short invented story. The cleaner must drop
 * the furniture and keep every story paragraph, including story lines that
 * look like the furniture (the negative cases).
 */
import { describe, expect, it } from 'vitest';
import { cleanTextDump } from '../../../shared/textdump/clean.ts';

/** A short invented story in one language, as its page prints it. */
interface Story {
  header: string[];
  title: string;
  byline: string;
  date: string;
  paragraphs: [string, string, string, string];
  footer: string[];
}

const STORIES: Readonly<Record<string, Story>> = {
  en: {
    header: ['The Harbour Courier', 'News', 'Business'],
    title: 'Ferry operator adds a night crossing to Kellsey Island',
    byline: 'By Martin Oakes',
    date: '4 December 2026',
    paragraphs: [
      'The ferry operator Kellsey Lines will run a night crossing to the island from January, after two winters in which stranded workers slept in the terminal.',
      'The new sailing leaves the mainland at half past eleven and returns before dawn, using the smaller of the company’s two vessels.',
      'Island councillors had asked for the service for years, arguing that shift workers at the fish plant had no way home after late shifts.',
      'The company said the crossing would be reviewed after six months, once it knew how many passengers used it.',
    ],
    footer: ['© 2026 The Harbour Courier'],
  },
  fr: {
    header: ['Le Journal du Val', 'Actualités', 'Région'],
    title: 'La médiathèque de Saint-Aubin ouvrira le dimanche',
    byline: 'Par Hélène Marchal',
    date: '4 décembre 2026',
    paragraphs: [
      'La médiathèque de Saint-Aubin ouvrira ses portes le dimanche après-midi à partir du mois de février, a annoncé mardi la mairie.',
      'Cette ouverture supplémentaire sera assurée par deux agents recrutés à temps partiel et par des bénévoles de l’association des lecteurs.',
      'Selon la municipalité, près d’un habitant sur trois fréquente déjà l’établissement, surtout le mercredi et le samedi.',
      'Un premier bilan de l’expérience sera présenté au conseil municipal à la fin du printemps.',
    ],
    footer: ['© 2026 Le Journal du Val'],
  },
  de: {
    header: ['Kreisbote Online', 'Nachrichten', 'Region'],
    title: 'Stadtwerke Lindenau bauen Wärmenetz im Nordviertel aus',
    byline: 'Von Katrin Vogt',
    date: '04.12.2026',
    paragraphs: [
      'Die Stadtwerke Lindenau wollen bis 2029 rund 600 weitere Haushalte im Nordviertel an ihr Wärmenetz anschließen, wie sie am Mittwoch mitteilten.',
      'Die Wärme soll aus einer neuen Großwärmepumpe am Klärwerk kommen, die im kommenden Herbst in Betrieb gehen wird.',
      'Für die Leitungen müssen mehrere Straßen aufgegraben werden; die Arbeiten beginnen im März in der Ahornstraße.',
      'Eigentümer können sich ab Januar in einer Sprechstunde im Rathaus über die Anschlusskosten beraten lassen.',
    ],
    footer: ['© 2026 Kreisbote Online'],
  },
  es: {
    header: ['Diario de la Vega', 'Noticias', 'Provincia'],
    title: 'El ayuntamiento de Valdeolmos amplía el horario del centro de salud',
    byline: 'Por Lucía Serrano',
    date: '4 de diciembre de 2026',
    paragraphs: [
      'El centro de salud de Valdeolmos abrirá también por las tardes a partir de enero, según anunció el martes el ayuntamiento.',
      'La ampliación permitirá atender a unas doscientas personas más cada semana, sobre todo en las consultas de enfermería.',
      'Los vecinos llevaban dos años reclamando el cambio, ya que muchos trabajan fuera del municipio durante la mañana.',
      'La consejería revisará el servicio en verano para decidir si se mantiene el horario ampliado.',
    ],
    footer: ['© 2026 Diario de la Vega'],
  },
  it: {
    header: ['La Gazzetta del Lago', 'Cronaca', 'Provincia'],
    title: 'Il comune di Varenna rinnova il pontile dei battelli',
    byline: 'Di Marco Bellini',
    date: '4 dicembre 2026',
    paragraphs: [
      'Il comune di Varenna rifarà il pontile dei battelli entro l’estate, con una spesa di circa un milione di euro finanziata in parte dalla regione.',
      'Durante i lavori i battelli attraccheranno a un pontile provvisorio a nord del paese, raggiungibile a piedi in cinque minuti.',
      'Il sindaco ha spiegato che la struttura attuale, costruita negli anni Sessanta, non regge più il peso dei nuovi battelli.',
      'Il cantiere dovrebbe aprire a febbraio, prima dell’arrivo dei primi turisti.',
    ],
    footer: ['© 2026 La Gazzetta del Lago'],
  },
  nl: {
    header: ['Dagblad van de Kust', 'Nieuws', 'Regio'],
    title: 'Gemeente Zeewolde opent nieuwe fietsbrug over het kanaal',
    byline: 'Door Pieter de Vries',
    date: '4 december 2026',
    paragraphs: [
      'De nieuwe fietsbrug over het kanaal bij Zeewolde is woensdag geopend, na ruim een jaar bouwen en twee maanden vertraging.',
      'De brug verkort de route tussen de nieuwe woonwijk en de middelbare school met bijna drie kilometer.',
      'Volgens de gemeente fietsen er dagelijks zo’n vijftienhonderd scholieren over de route, vooral in de ochtend.',
      'In het voorjaar worden langs de aanloop naar de brug nog bomen geplant.',
    ],
    footer: ['© 2026 Dagblad van de Kust'],
  },
  pt: {
    header: ['Jornal do Vale', 'Notícias', 'Região'],
    title: 'Câmara de Vila Serrana reabre o mercado municipal',
    byline: 'Por Ana Ribeiro',
    date: '4 de dezembro de 2026',
    paragraphs: [
      'O mercado municipal de Vila Serrana reabriu na quarta-feira, depois de dezoito meses de obras de recuperação do telhado e das bancas.',
      'Vinte e dois vendedores voltaram a ocupar os seus lugares, e a câmara espera atribuir as restantes bancas até março.',
      'A obra custou cerca de dois milhões de euros, pagos em grande parte com fundos europeus.',
      'Aos sábados o mercado passará a abrir até às quinze horas, mais duas horas do que antes.',
    ],
    footer: ['© 2026 Jornal do Vale'],
  },
  pl: {
    header: ['Gazeta Pomorska Online', 'Wiadomości', 'Region'],
    title: 'Gmina Rybnica wyremontuje przystań dla kajaków',
    byline: 'Autor: Tomasz Nowak',
    date: '4 grudnia 2026',
    paragraphs: [
      'Gmina Rybnica wyremontuje do wakacji przystań dla kajaków nad rzeką, z której co roku korzysta kilka tysięcy turystów.',
      'Na remont pomostu i budowę nowej wiaty gmina przeznaczy około czterystu tysięcy złotych, w większości z pieniędzy unijnych.',
      'Wójt gminy powiedział, że obecny pomost jest w tak złym stanie, że latem trzeba było go częściowo zamknąć.',
      'Prace mają się rozpocząć w marcu, gdy opadnie poziom wody w rzece.',
    ],
    footer: ['© 2026 Gazeta Pomorska Online'],
  },
  sv: {
    header: ['Kustbladet', 'Nyheter', 'Lokalt'],
    title: 'Kommunen bygger ny förskola i Norrvik',
    byline: 'Av Karin Lindqvist',
    date: '4 december 2026',
    paragraphs: [
      'Kommunen ska bygga en ny förskola med sex avdelningar i Norrvik, där köerna till barnomsorgen har vuxit de senaste åren.',
      'Bygget beräknas kosta omkring fyrtio miljoner kronor och förskolan ska stå klar till hösten 2028.',
      'Enligt kommunen står i dag över hundra barn i kö till en plats i området, och många familjer får pendla till grannorten.',
      'Detaljplanen för tomten ska ställas ut för granskning i början av nästa år.',
    ],
    footer: ['© 2026 Kustbladet'],
  },
  tr: {
    header: ['Ege Postası', 'Gündem', 'Yerel'],
    title: 'Belediye sahil yoluna yeni bisiklet yolu yapacak',
    byline: 'Muhabir: Elif Yıldız',
    date: '4 Aralık 2026',
    paragraphs: [
      'Belediye, sahil yolu boyunca dört kilometrelik yeni bir bisiklet yolu yapacağını salı günü açıkladı ve çalışmaların ilkbaharda başlayacağını bildirdi.',
      'Proje kapsamında yol kenarındaki eski kaldırımlar yenilenecek, yaya geçitleri de daha güvenli hale getirilecek.',
      'Belediye başkanı, yaz aylarında sahilde bisiklet kullananların sayısının son üç yılda ikiye katlandığını söyledi.',
      'Yolun gelecek yaz sezonundan önce tamamlanması planlanıyor.',
    ],
    footer: ['© 2026 Ege Postası'],
  },
  ru: {
    header: ['Северная газета', 'Новости', 'Город'],
    title: 'В Заречье откроют новую детскую библиотеку',
    byline: 'Автор: Ольга Смирнова',
    date: '4 декабря 2026',
    paragraphs: [
      'В микрорайоне Заречье к весне откроется новая детская библиотека, сообщили во вторник в городской администрации.',
      'Под библиотеку отдали первый этаж бывшего общежития, где сейчас заканчивают ремонт и меняют окна.',
      'По словам директора централизованной библиотечной системы, в фонде новой библиотеки будет около двенадцати тысяч книг.',
      'Записаться в библиотеку можно будет уже в день открытия.',
    ],
    footer: ['© 2026 Северная газета'],
  },
  ar: {
    header: ['صحيفة الساحل', 'أخبار', 'محليات'],
    title: 'البلدية تفتتح حديقة عامة جديدة في حي النخيل',
    byline: 'بقلم سارة الخطيب',
    date: '4 ديسمبر 2026',
    paragraphs: [
      'افتتحت البلدية صباح الثلاثاء حديقة عامة جديدة في حي النخيل، بعد أعمال استمرت أكثر من عام على أرض كانت مهملة.',
      'وتضم الحديقة ممرات للمشي وملعبا صغيرا للأطفال ومساحات مظللة للجلوس، إضافة إلى نحو مئتي شجرة جديدة.',
      'وقال رئيس البلدية إن سكان الحي طالبوا بالحديقة منذ سنوات، لأن أقرب مساحة خضراء تبعد عنهم أكثر من ثلاثة كيلومترات.',
      'وستفتح الحديقة أبوابها يوميا من السادسة صباحا حتى العاشرة مساء.',
    ],
    footer: ['© 2026 صحيفة الساحل'],
  },
  ja: {
    header: ['みなと新聞', 'ニュース', '地域'],
    title: '北浜町に新しい図書館分室が開館へ',
    byline: '山田 花子',
    date: '2026年12月4日',
    paragraphs: [
      '北浜町は来年四月、旧公民館の建物を改修して図書館の分室を開くと発表した。',
      '分室には児童書を中心に約八千冊をそろえ、学習スペースや小さな読み聞かせ室も設ける予定だ。',
      '町によると、これまで北部の住民は本を借りるためにバスで三十分以上かけて中央図書館に通う必要があった。',
      '開館に合わせて、移動図書館の運行日も見直すという。',
    ],
    footer: ['© 2026 みなと新聞'],
  },
};

interface Case {
  /** The kind of furniture and the kind of site. */
  kind: string;
  lang: keyof typeof STORIES;
  /** Furniture between the date and the story, after the second paragraph, and after the story. */
  before?: string[];
  inside?: string[];
  after?: string[];
  /** Story lines that look like the furniture and must stay: added after the story's last paragraph. */
  keepToo?: string[];
}

/** How a copy sets out its blocks: held together line under line, or parted by blank lines (each furniture group held together, as a box is). */
type Layout = 'packed' | 'spaced';
const LAYOUTS: readonly Layout[] = ['packed', 'spaced'];

function pageOf(entry: Case, layout: Layout): { lines: string[]; story: string[]; furniture: string[] } {
  const story = STORIES[entry.lang]!;
  const [first, second, third, fourth] = story.paragraphs;
  const groups = (...blocks: string[][]) => blocks.filter((block) => block.length > 0).flatMap((block) => (layout === 'spaced' ? ['', ...block] : block));
  const keepToo = entry.keepToo ?? [];
  const body = groups(entry.before ?? [], [first], [second], entry.inside ?? [], [third], [fourth], ...keepToo.map((line) => [line]), entry.after ?? []);
  const lines = [...story.header, '', story.title, story.byline, story.date, '', ...body, '', ...story.footer];
  const furniture = [...(entry.before ?? []), ...(entry.inside ?? []), ...(entry.after ?? [])];
  return { lines, story: [...story.paragraphs, ...keepToo], furniture };
}

/** Lines this short may stand inside a story's words ("Ja" in "Januar"). */
const SHORT_LINE_CHARS = 12;

/** What the cleaner got wrong on a case: furniture kept, story lost. */
function faultsOf(entry: Case, layout: Layout): string[] {
  const { lines, story, furniture } = pageOf(entry, layout);
  const result = cleanTextDump(lines.join('\n'));
  if (!result.ok) return [result.reason];
  const paragraphs = result.article.paragraphs;
  // A short line ("Ja") is furniture kept only as a paragraph of its own; a longer one also inside a paragraph.
  const kept = furniture.filter((line) => paragraphs.some((paragraph) => paragraph === line || (line.length > SHORT_LINE_CHARS && paragraph.includes(line))));
  const lost = story.filter((line) => !paragraphs.includes(line));
  return [...kept.map((line) => `kept: ${line}`), ...lost.map((line) => `lost: ${line}`)];
}

const CATALOGUE: Case[] = [
  // Press offices, agencies, NGOs, companies: who to call, in a labelled block after the text.
  { kind: 'media-contact block (company press room)', lang: 'en', after: ['Media contact', 'Jane Whitfield', 'Head of Communications', '+44 20 7946 0321', 'press@kellseylines.example'],
    keepToo: ['Passengers can contact the ticket office on the quay for timetables.'] },
  { kind: 'media-contact block (ministry)', lang: 'fr', after: ['Contact presse', 'Service de presse de la mairie', 'Tél. : 01 23 45 67 89', 'presse@saint-aubin.example'] },
  { kind: 'media-contact block (utility)', lang: 'de', after: ['Pressekontakt:', 'Stadtwerke Lindenau GmbH', 'Unternehmenskommunikation', 'Telefon: 03456 789-120', 'presse@stadtwerke-lindenau.example'] },
  { kind: 'media-contact block (NGO)', lang: 'es', after: ['Contacto de prensa:', 'Gabinete de comunicación', 'Tel.: +34 912 345 678', 'prensa@valdeolmos.example'] },
  { kind: 'police press office (questions to)', lang: 'de', after: ['Rückfragen bitte an:', 'Polizeipräsidium Lindenau', 'Pressestelle', 'Telefon: 03456 700-1010'] },
  // Wires and releases close with a marker.
  { kind: 'end marker (release)', lang: 'en', after: ['###'] },
  { kind: 'end marker (wire, German)', lang: 'de', after: ['(Ende)'] },
  { kind: 'end marker (French)', lang: 'fr', after: ['- FIN -'] },
  { kind: 'end marker (Spanish)', lang: 'es', after: ['— FIN —'] },
  { kind: 'end marker (Italian)', lang: 'it', after: ['(FINE)'] },
  // The organisation's standing paragraph under a release.
  { kind: 'about-us boilerplate (company)', lang: 'en', after: ['About Kellsey Lines', 'Kellsey Lines operates ferry services between the mainland and four islands and employs 340 people. Founded in 1972, it carries more than a million passengers a year.'] },
  { kind: 'about-us boilerplate (utility)', lang: 'de', after: ['Über die Stadtwerke Lindenau', 'Die Stadtwerke Lindenau versorgen rund 80.000 Menschen mit Strom, Wärme und Wasser. Das Unternehmen beschäftigt 420 Mitarbeiterinnen und Mitarbeiter.'] },
  { kind: 'about-us boilerplate (association)', lang: 'fr', after: ['À propos de l’association des lecteurs', 'Fondée en 1988, l’association des lecteurs de Saint-Aubin compte 300 adhérents et organise chaque année un salon du livre jeunesse.'] },
  { kind: 'about-us boilerplate (Spanish)', lang: 'es', after: ['Sobre el Ayuntamiento de Valdeolmos', 'El Ayuntamiento de Valdeolmos presta servicio a más de 12.000 vecinos y gestiona tres centros culturales y dos polideportivos.'] },
  // Attachments and downloads: ministries, courts, think tanks, investor pages.
  { kind: 'downloads (ministry)', lang: 'en', after: ['Downloads', 'Timetable consultation response (PDF, 1.2 MB)', 'Night crossing route map (PDF, 480 KB)'] },
  { kind: 'downloads (German agency)', lang: 'de', after: ['Downloads', 'Pressemitteilung als PDF (245 KB)', 'Lageplan Wärmenetz Nordviertel (PDF, 2,1 MB)'] },
  { kind: 'attachments (French)', lang: 'fr', after: ['Documents à télécharger', 'Règlement intérieur de la médiathèque (PDF - 350 Ko)'] },
  { kind: 'attachments (Italian)', lang: 'it', after: ['Allegati', 'Delibera di giunta n. 142 (PDF, 820 KB)'] },
  // Corrections and update notes.
  { kind: 'correction note', lang: 'en', after: ['Correction: An earlier version of this article gave the wrong departure time for the night crossing.'] },
  { kind: 'update stamp (German)', lang: 'de', before: ['Aktualisiert am 04.12.2026, 15:42 Uhr'] },
  { kind: 'update note (French)', lang: 'fr', after: ['Mise à jour le 4 décembre 2026 à 15h42'] },
  { kind: 'correction note (French)', lang: 'fr', after: ['Rectificatif : une précédente version de cet article indiquait une mauvaise date d’ouverture.'] },
  { kind: 'correction note, unlabelled (Italian)', lang: 'it', after: ['Una versione precedente di questo articolo indicava una cifra errata per il costo dei lavori.'] },
  { kind: 'correction note (German)', lang: 'de', after: ['Korrektur: In einer früheren Version hieß es, die Arbeiten begännen im Februar.'] },
  { kind: 'correction note (Spanish)', lang: 'es', after: ['Fe de errores: una versión anterior de esta noticia indicaba un horario equivocado.'] },
  // Accessibility tools and language switchers, mostly at the top.
  { kind: 'skip link and language switcher', lang: 'en', before: ['Skip to main content', 'English | Cymraeg'] },
  { kind: 'skip link and easy-language links (German authority)', lang: 'de', before: ['Zum Inhalt springen', 'Leichte Sprache', 'Gebärdensprache'] },
  { kind: 'skip link and language switcher (French)', lang: 'fr', before: ['Aller au contenu principal', 'FR | EN | DE'] },
  { kind: 'text size tools', lang: 'en', before: ['Text size: A A A'] },
  { kind: 'text size tools (Spanish)', lang: 'es', before: ['Tamaño de letra: A- A A+'] },
  // Feedback polls on government and help pages.
  { kind: 'page-feedback poll', lang: 'en', after: ['Was this page helpful?', 'Yes', 'No'] },
  { kind: 'page-feedback poll (German)', lang: 'de', after: ['War diese Seite hilfreich?', 'Ja', 'Nein'] },
  { kind: 'page-feedback poll (Dutch)', lang: 'nl', after: ['Was deze informatie nuttig?', 'Ja', 'Nee'] },
  { kind: 'page-feedback poll (Italian)', lang: 'it', after: ['Questa pagina ti è stata utile?', 'Sì', 'No'] },
  { kind: 'page-feedback poll (Portuguese)', lang: 'pt', after: ['Esta informação foi útil?', 'Sim', 'Não'] },
  { kind: 'rating stars (French)', lang: 'fr', after: ['Notez cet article', '★★★★★'] },
  // Reading time, print and share tools.
  { kind: 'reading time', lang: 'en', before: ['4 min read'] },
  { kind: 'reading time (German)', lang: 'de', before: ['Lesezeit: 3 Min.'] },
  { kind: 'reading time (French)', lang: 'fr', before: ['Temps de lecture : 4 min'] },
  { kind: 'reading time (Portuguese)', lang: 'pt', before: ['Tempo de leitura: 3 min'] },
  { kind: 'print and share tools (Italian)', lang: 'it', before: ['Stampa', 'Condividi', 'Ascolta'] },
  { kind: 'print and share tools (Dutch)', lang: 'nl', before: ['Delen', 'Printen', 'Mailen'] },
  // Tags and categories.
  { kind: 'tag list (English)', lang: 'en', after: ['Tags: ferries, Kellsey Island, transport'] },
  { kind: 'tag list (German)', lang: 'de', after: ['Schlagwörter: Wärmenetz, Stadtwerke, Energie'] },
  { kind: 'tag list (Spanish)', lang: 'es', after: ['Etiquetas: sanidad, Valdeolmos'] },
  { kind: 'tag list (French)', lang: 'fr', after: ['Mots-clés : médiathèque, culture, Saint-Aubin'] },
  // Legal lines in the footer.
  { kind: 'legal lines (German)', lang: 'de', after: ['Impressum', 'Datenschutz', 'Cookie-Einstellungen', 'Alle Rechte vorbehalten.'] },
  { kind: 'legal lines (French)', lang: 'fr', after: ['Mentions légales', 'Politique de confidentialité', 'Tous droits réservés.'] },
  { kind: 'legal lines (Spanish)', lang: 'es', after: ['Aviso legal', 'Política de privacidad', 'Todos los derechos reservados.'] },
  // App prompts.
  { kind: 'app prompt', lang: 'en', inside: ['Download our app for breaking news alerts'] },
  { kind: 'app prompt (German)', lang: 'de', inside: ['Laden Sie jetzt unsere App herunter und verpassen Sie keine Nachricht.'] },
  { kind: 'app prompt (Spanish)', lang: 'es', inside: ['Descarga nuestra app y recibe las noticias al momento'] },
  { kind: 'app prompt (French)', lang: 'fr', inside: ['Téléchargez notre application pour recevoir nos alertes'] },
  { kind: 'app prompt (Italian)', lang: 'it', inside: ['Scarica la nostra app per ricevere le notizie in tempo reale'] },
  // Broadcasters: players and their controls.
  { kind: 'audio player (listen to this article)', lang: 'en', before: ['Listen to this article', '00:00 / 03:12'] },
  { kind: 'audio player (German)', lang: 'de', before: ['Artikel anhören', '00:00 / 02:45'] },
  { kind: 'audio player (French)', lang: 'fr', before: ['Écouter cet article', '00:00 / 03:05'] },
  // Newsletters and their web views.
  { kind: 'newsletter web view', lang: 'en', before: ['View this email in your browser'], after: ['You are receiving this email because you signed up for the Harbour Courier morning briefing.', 'Unsubscribe', 'Update your preferences'] },
  { kind: 'newsletter web view (German)', lang: 'de', before: ['Diese E-Mail im Browser anzeigen'], after: ['Sie erhalten diese E-Mail, weil Sie sich für unseren Newsletter angemeldet haben.', 'Abmelden'] },
  { kind: 'newsletter web view (French)', lang: 'fr', before: ['Voir la version en ligne'], after: ['Se désinscrire'] },
  // Forums and Q&A.
  { kind: 'forum post tools', lang: 'en', after: ['Reply', 'Quote', 'Report'] },
  { kind: 'forum post tools (German)', lang: 'de', after: ['Antworten', 'Zitieren', 'Melden'] },
  // Press releases: notes to editors, forward-looking statements.
  { kind: 'notes to editors', lang: 'en', after: ['Notes to editors', 'Kellsey Lines is owned by the Kellsey Island Trust.'] },
  { kind: 'note to newsrooms (French)', lang: 'fr', after: ['Note aux rédactions', 'Des photos de la médiathèque sont disponibles sur demande.'] },
  { kind: 'note to newsrooms (German)', lang: 'de', after: ['Hinweis an die Redaktionen:', 'Fotos der Großwärmepumpe stellen wir Ihnen gern zur Verfügung.'] },
  // Courts and parliaments: file references.
  { kind: 'court file number (German)', lang: 'de', after: ['Aktenzeichen: 4 K 1234/25'] },
  { kind: 'parliamentary paper reference', lang: 'en', after: ['Reference: HC Paper 412, session 2026-27'] },
  { kind: 'court file number (Spanish)', lang: 'es', after: ['Número de expediente: 123/2026'] },
  // Universities: further information and original publication.
  { kind: 'further information (German university)', lang: 'de', after: ['Weitere Informationen:', 'www.stadtwerke-lindenau.example/waerme'] },
  { kind: 'original publication (English)', lang: 'en', after: ['Original publication:', 'Oakes M. et al. Night ferries and shift work. Journal of Island Transport 12, 44–58 (2026).'] },
  // Event pages.
  { kind: 'event details and calendar button', lang: 'en', after: ['Add to calendar', 'Venue: Kellsey Island Community Hall', 'Admission: free'] },
  { kind: 'event details (German)', lang: 'de', after: ['Zum Kalender hinzufügen', 'Ort: Rathaus Lindenau, Saal 2', 'Eintritt frei'] },
  { kind: 'event details (French)', lang: 'fr', after: ['Ajouter à mon agenda', 'Lieu : médiathèque de Saint-Aubin', 'Entrée libre'] },
  // Breadcrumbs.
  { kind: 'breadcrumb (English)', lang: 'en', before: ['Home > News > Transport'] },
  { kind: 'breadcrumb (German)', lang: 'de', before: ['Startseite › Aktuelles › Pressemitteilungen'] },
  { kind: 'breadcrumb (Spanish)', lang: 'es', before: ['Inicio / Actualidad / Sanidad'] },
  // Page review stamps on government sites.
  { kind: 'page review stamp', lang: 'en', after: ['Page last reviewed: 3 December 2026'] },
  { kind: 'page status stamp (German)', lang: 'de', after: ['Stand: 04.12.2026'] },
  { kind: 'last modified stamp (Dutch)', lang: 'nl', after: ['Laatst gewijzigd: 4 december 2026'] },
  // Back links.
  { kind: 'back to overview (German)', lang: 'de', after: ['Zurück zur Übersicht'] },
  { kind: 'back to list (French)', lang: 'fr', after: ['Retour à la liste des actualités'] },
  { kind: 'back to news (English)', lang: 'en', after: ['Back to news'] },
  // Podcast pages.
  { kind: 'podcast listen-on links', lang: 'en', before: ['Listen on Apple Podcasts | Spotify | YouTube Music'] },
  { kind: 'podcast episode label (German)', lang: 'de', before: ['Folge 42', 'Dauer: 34:12'] },
  // Donation asks on charity pages.
  { kind: 'donation button', lang: 'en', after: ['Donate now'] },
  { kind: 'donation button (German)', lang: 'de', after: ['Jetzt spenden'] },
  { kind: 'donation button (Spanish)', lang: 'es', after: ['Dona ahora'] },
  // International organisations: "also available in".
  { kind: 'also available in', lang: 'en', before: ['This page is also available in: Français | Español'] },
  { kind: 'also available in (French)', lang: 'fr', before: ['Cette page est aussi disponible en : English | Deutsch'] },
  // Comments counters.
  { kind: 'comments counter', lang: 'en', after: ['Comments (12)'] },
  { kind: 'comments counter (Italian)', lang: 'it', after: ['Commenti (4)'] },
  // Key facts box inside the story.
  { kind: 'key facts box', lang: 'en', inside: ['Key facts', 'Departure: 23:30', 'Crossing time: 50 minutes', 'Fare: £6.40'] },
  { kind: 'key facts box (German)', lang: 'de', inside: ['Das Wichtigste in Kürze', 'Anschlüsse: 600 Haushalte', 'Baubeginn: März 2027'] },
  { kind: 'key facts box (French)', lang: 'fr', inside: ['L’essentiel', 'Ouverture : le dimanche de 14 h à 18 h', 'Personnel : deux agents et des bénévoles'] },
  // Investor pages.
  { kind: 'share price ticker', lang: 'en', before: ['Share price: 12.34 GBP +0.52%'] },
  { kind: 'share price ticker (German)', lang: 'de', before: ['Aktienkurs: 23,45 EUR -0,8 %'] },
  // Second wave: furniture inside the story, and the kinds of sites the first wave left out.
  { kind: 'inline newsletter sign-up box', lang: 'en', inside: ['Sign up for our morning briefing', 'Email address', 'Sign up'] },
  { kind: 'inline newsletter sign-up box (German)', lang: 'de', inside: ['Newsletter abonnieren', 'E-Mail-Adresse', 'Anmelden'] },
  { kind: 'inline newsletter sign-up box (Swedish)', lang: 'sv', inside: ['Prenumerera på vårt nyhetsbrev', 'E-postadress', 'Prenumerera'] },
  { kind: 'series note above the story', lang: 'en', before: ['This article is part of our series on island transport.'] },
  { kind: 'series note above the story (French)', lang: 'fr', before: ['Cet article fait partie de notre série sur les services publics en milieu rural.'] },
  { kind: 'AI summary label', lang: 'en', before: ['Summary generated by AI, reviewed by our editors'] },
  { kind: 'AI voice label (German)', lang: 'de', before: ['Dieser Artikel wurde mit künstlicher Intelligenz vertont.'] },
  { kind: 'trending bar above the story', lang: 'en', before: ['Trending: Budget 2027 | Flood warnings | Council elections'] },
  { kind: 'trending bar (Polish)', lang: 'pl', before: ['Na czasie: Budżet 2027 | Ostrzeżenia powodziowe | Wybory'] },
  { kind: 'weather widget', lang: 'en', before: ['Kellsey 7°C Cloudy'] },
  { kind: 'weather widget (Swedish)', lang: 'sv', before: ['Norrvik 2°C Mulet'] },
  { kind: 'government page metadata (from, part of)', lang: 'en', before: ['From: Department for Island Transport', 'Part of: Ferries, Islands'] },
  { kind: 'government page metadata (German)', lang: 'de', before: ['Herausgeber: Stadt Lindenau', 'Themen: Energie, Bauen'] },
  { kind: 'court identifier line', lang: 'de', after: ['ECLI:DE:VGLIND:2026:1204.4K1234.25.00'] },
  { kind: 'document symbol (international organisation)', lang: 'en', before: ['Document symbol: A/HRC/61/12'] },
  { kind: 'think-tank full report link', lang: 'en', after: ['Download the full report (PDF, 2.4 MB)'] },
  { kind: 'think-tank full report link (Spanish)', lang: 'es', after: ['Descargar el informe completo (PDF)'] },
  { kind: 'forum post toolbar', lang: 'en', after: ['Permalink | Embed | Save | Report | Reply'] },
  { kind: 'Q&A toolbar', lang: 'en', after: ['Share Improve this question Follow'] },
  { kind: 'forum votes and points', lang: 'en', before: ['Posted by u/islandcommuter', '42 points'] },
  { kind: 'podcast show notes and chapters', lang: 'en', after: ['Chapters', '00:00 Introduction', '03:12 The night crossing', '11:40 What islanders say'] },
  { kind: 'podcast chapters (German)', lang: 'de', after: ['Kapitel', '00:00 Einleitung', '04:10 Die Wärmepumpe', '12:30 Was Eigentümer wissen müssen'] },
  { kind: 'event registration (Turkish)', lang: 'tr', after: ['Etkinlik Bilgileri', 'Tarih: 12 Mart 2027', 'Yer: Kültür Merkezi', 'Kayıt ol'] },
  { kind: 'gift and save tools', lang: 'en', before: ['Gift this article', 'Save'] },
  { kind: 'follow topic button (French)', lang: 'fr', before: ['Suivre ce sujet'] },
  { kind: 'reproduction notice', lang: 'it', after: ['Riproduzione riservata'] },
  { kind: 'reproduction notice (Spanish)', lang: 'es', after: ['Queda prohibida la reproducción total o parcial de este contenido.'] },
  { kind: 'reproduction notice (Polish)', lang: 'pl', after: ['Wszelkie prawa zastrzeżone.'] },
  { kind: 'paywall badge inside (Swedish)', lang: 'sv', inside: ['Den här artikeln är endast för prenumeranter.'] },
  { kind: 'photo credit inside (Polish)', lang: 'pl', inside: ['Fot. Tomasz Nowak'] },
  { kind: 'photo credit inside (Swedish)', lang: 'sv', inside: ['Foto: Karin Lindqvist'] },
  { kind: 'photo credit inside (Turkish)', lang: 'tr', inside: ['Fotoğraf: Elif Yıldız'] },
  { kind: 'read also inside (Polish)', lang: 'pl', inside: ['Przeczytaj także: Nowy most na Słupi otwarty dla rowerzystów'] },
  { kind: 'read also inside (Swedish)', lang: 'sv', inside: ['Läs också: Skolan i Norrvik får ny idrottshall'] },
  { kind: 'read also inside (Turkish)', lang: 'tr', inside: ['İlgili Haber: Sahil parkında yeni düzenleme'] },
  { kind: 'tag list (Polish)', lang: 'pl', after: ['Tagi: gmina Rybnica, kajaki, turystyka'] },
  { kind: 'tag list (Swedish)', lang: 'sv', after: ['Ämnen: Förskola, Norrvik'] },
  { kind: 'tag list (Turkish)', lang: 'tr', after: ['Etiketler: bisiklet yolu, sahil, belediye'] },
  { kind: 'reading time (Polish)', lang: 'pl', before: ['Czas czytania: 3 min'] },
  { kind: 'reading time (Swedish)', lang: 'sv', before: ['Lästid: 3 minuter'] },
  { kind: 'reading time (Turkish)', lang: 'tr', before: ['Okuma süresi: 3 dk'] },
  { kind: 'share bar (Polish)', lang: 'pl', before: ['Udostępnij', 'Drukuj'] },
  { kind: 'share bar (Swedish)', lang: 'sv', before: ['Dela', 'Skriv ut'] },
  { kind: 'contact block (Polish)', lang: 'pl', after: ['Kontakt dla mediów:', 'Biuro prasowe Urzędu Gminy', 'tel. 59 811 22 33', 'prasa@rybnica.example'] },
  { kind: 'contact block (Swedish)', lang: 'sv', after: ['Kontakt:', 'Anna Berg, förskolechef', 'Telefon: 0171-52 00 00'] },
  { kind: 'correction note (Swedish)', lang: 'sv', after: ['Rättelse: I en tidigare version av artikeln angavs fel byggkostnad.'] },
  { kind: 'correction note (Turkish)', lang: 'tr', after: ['Düzeltme: Haberin önceki sürümünde yolun uzunluğu yanlış verilmişti.'] },
  { kind: 'app prompt (Polish)', lang: 'pl', inside: ['Pobierz naszą aplikację i czytaj wiadomości z regionu.'] },
  { kind: 'app prompt (Turkish)', lang: 'tr', inside: ['Haberleri anında almak için uygulamamızı indirin.'] },
  { kind: 'feedback poll (Swedish)', lang: 'sv', after: ['Var informationen till hjälp?', 'Ja', 'Nej'] },
  { kind: 'feedback poll (Polish)', lang: 'pl', after: ['Czy ta strona była pomocna?', 'Tak', 'Nie'] },
  { kind: 'end marker (Polish)', lang: 'pl', after: ['(koniec)'] },
  { kind: 'comments counter (Turkish)', lang: 'tr', after: ['Yorumlar (3)'] },
  { kind: 'breadcrumb (Turkish)', lang: 'tr', before: ['Ana Sayfa > Gündem > Yerel'] },
  { kind: 'breadcrumb (Swedish)', lang: 'sv', before: ['Start / Nyheter / Lokalt'] },
  { kind: 'updated stamp (Swedish)', lang: 'sv', before: ['Uppdaterad 4 december 2026 kl. 15.42'] },
  { kind: 'updated stamp (Polish)', lang: 'pl', before: ['Aktualizacja: 4 grudnia 2026, 15:42'] },
  { kind: 'listen to article (Polish)', lang: 'pl', before: ['Posłuchaj artykułu', '00:00 / 03:20'] },
  { kind: 'downloads (Polish)', lang: 'pl', after: ['Załączniki', 'Uchwała nr XII/84/2026 (PDF, 310 KB)'] },
  { kind: 'downloads (Swedish)', lang: 'sv', after: ['Dokument', 'Detaljplan Norrvik förskola (PDF, 1,4 MB)'] },
  // Third wave: furniture written as sentences, which looks most like a story's own lines.
  { kind: 'wire reporting credits', lang: 'en', after: ['(Reporting by Martin Oakes; Editing by Sarah Lund)'] },
  { kind: 'wire reporting credits (German)', lang: 'de', after: ['(Reporter: Katrin Vogt; redigiert von Jan Brandt)'] },
  { kind: 'additional reporting line', lang: 'en', after: ['Additional reporting by Priya Nair.'] },
  { kind: 'additional reporting line (French)', lang: 'fr', after: ['Avec la collaboration de Julien Morel.'] },
  { kind: 'wire feed note', lang: 'en', after: ['This story has been published from a wire agency feed without modifications to the text.'] },
  { kind: 'AI assistance note', lang: 'en', after: ['This article was produced with the help of AI tools and checked by an editor.'] },
  { kind: 'AI assistance note (Spanish)', lang: 'es', after: ['Este artículo fue elaborado con ayuda de inteligencia artificial y revisado por la redacción.'] },
  { kind: 'developing story note', lang: 'en', after: ['This is a developing story and will be updated.'] },
  { kind: 'developing story note (German)', lang: 'de', after: ['Dieser Artikel wird laufend aktualisiert.'] },
  { kind: 'developing story note (French)', lang: 'fr', after: ['Cet article sera mis à jour.'] },
  { kind: 'translation note', lang: 'en', after: ['Translated from the Welsh by Gareth Price.'] },
  { kind: 'translation note (French)', lang: 'fr', after: ['Traduit de l’anglais par Julien Morel.'] },
  { kind: 'translation note (German)', lang: 'de', after: ['Aus dem Englischen von Jan Brandt.'] },
  { kind: 'affiliate disclosure', lang: 'en', before: ['We may earn a commission when you buy through links on our site.'] },
  { kind: 'affiliate disclosure (German)', lang: 'de', before: ['Wenn Sie über Links in diesem Artikel einkaufen, erhalten wir eine Provision.'] },
  { kind: 'comments closed', lang: 'en', after: ['Comments are closed.'] },
  { kind: 'comments closed (German)', lang: 'de', after: ['Die Kommentarfunktion ist geschlossen.'] },
  { kind: 'comments closed (Italian)', lang: 'it', after: ['I commenti sono chiusi.'] },
  { kind: 'loading placeholder', lang: 'en', inside: ['Loading…'] },
  { kind: 'loading placeholder (German)', lang: 'de', inside: ['Wird geladen …'] },
  { kind: 'script placeholder', lang: 'en', inside: ['Please enable JavaScript to view this content.'] },
  { kind: 'external content consent (German)', lang: 'de', inside: ['Externer Inhalt', 'Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.'] },
  { kind: 'external content consent (French)', lang: 'fr', inside: ['Contenu externe', 'En cliquant sur « Afficher », vous acceptez le dépôt de cookies par ce service tiers.'] },
  { kind: 'video placeholder', lang: 'en', inside: ['Your browser does not support the video tag.'] },
  { kind: 'chart credit and data link', lang: 'en', inside: ['Chart: The Harbour Courier • Source: Kellsey Lines • Get the data'] },
  { kind: 'chart credit (German)', lang: 'de', inside: ['Grafik: Kreisbote • Quelle: Stadtwerke Lindenau'] },
  { kind: 'helpline footer', lang: 'en', after: ['If you have been affected by any of the issues in this story, help is available from Islandline on 0800 123 456.'] },
  { kind: 'reviewed-by line', lang: 'en', before: ['Fact-checked by Sarah Lund'] },
  { kind: 'reviewed-by line (Spanish)', lang: 'es', before: ['Verificado por Marta Gil'] },
  { kind: 'breaking label', lang: 'en', before: ['Breaking news'] },
  { kind: 'breaking label (Spanish)', lang: 'es', before: ['Última hora'] },
  { kind: 'breaking label (German)', lang: 'de', before: ['Eilmeldung'] },
  // Fourth wave: other scripts.
  { kind: 'read also inside (Russian)', lang: 'ru', inside: ['Читайте также: В Заречье отремонтируют школьный стадион'] },
  { kind: 'read also inside (Arabic)', lang: 'ar', inside: ['اقرأ أيضا: افتتاح مكتبة عامة في وسط المدينة'] },
  { kind: 'read also inside (Japanese)', lang: 'ja', inside: ['関連記事：北浜町、公民館の建て替えを決定'] },
  { kind: 'tag list (Russian)', lang: 'ru', after: ['Теги: библиотеки, Заречье, культура'] },
  { kind: 'tag list (Arabic)', lang: 'ar', after: ['الوسوم: حدائق، البلدية، حي النخيل'] },
  { kind: 'messenger channel prompt (Russian)', lang: 'ru', after: ['Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать новости города.'] },
  { kind: 'messenger channel prompt (Arabic)', lang: 'ar', after: ['تابعونا على قناة واتساب لتصلكم آخر الأخبار'] },
  { kind: 'share bar (Russian)', lang: 'ru', before: ['Поделиться', 'Печать'] },
  { kind: 'share bar (Arabic)', lang: 'ar', before: ['شارك', 'طباعة'] },
  { kind: 'share bar (Japanese)', lang: 'ja', before: ['この記事をシェアする'] },
  // The paragraph under the credit goes on with the story: the caption is the line above.
  { kind: 'photo caption and credit', lang: 'en', inside: ['The night ferry at the mainland quay.', 'Photo: Martin Oakes'] },
  { kind: 'photo credit and caption (Russian)', lang: 'ru', inside: ['Здание бывшего общежития, где разместится библиотека.', 'Фото: Ольга Смирнова'] },
  { kind: 'photo credit and caption (Arabic)', lang: 'ar', inside: ['جانب من الحديقة الجديدة في حي النخيل', 'تصوير: سارة الخطيب'] },
  { kind: 'source line (Russian)', lang: 'ru', after: ['Источник: пресс-служба администрации города'] },
  { kind: 'source line (Japanese)', lang: 'ja', after: ['出典：北浜町役場'] },
  { kind: 'reading time (Russian)', lang: 'ru', before: ['Время чтения: 2 минуты'] },
  { kind: 'correction note (Russian)', lang: 'ru', after: ['Исправление: в предыдущей версии материала была неверно указана дата открытия.'] },
  { kind: 'developing story note (Russian)', lang: 'ru', after: ['Новость дополняется.'] },
  { kind: 'comments closed (Russian)', lang: 'ru', after: ['Комментарии закрыты.'] },
  { kind: 'advert label (Arabic)', lang: 'ar', inside: ['إعلان'] },
  { kind: 'advert label (Japanese)', lang: 'ja', inside: ['広告'] },
  { kind: 'end marker (Japanese wire)', lang: 'ja', after: ['（了）'] },
  { kind: 'end marker (Arabic)', lang: 'ar', after: ['انتهى'] },
  { kind: 'copyright (Japanese)', lang: 'ja', after: ['無断転載を禁じます'] },
  { kind: 'contact block (Russian)', lang: 'ru', after: ['Контакты для СМИ:', 'Пресс-служба администрации', 'Тел.: +7 (812) 123-45-67', 'press@zarechye.example'] },
  { kind: 'app prompt (Russian)', lang: 'ru', inside: ['Скачайте наше приложение, чтобы читать новости города.'] },
  { kind: 'app prompt (Japanese)', lang: 'ja', inside: ['ニュースはアプリでも読めます。今すぐダウンロード'] },
  // Fifth wave: releases, investor pages, blogs, forums, Q&A and newsletters.
  { kind: 'forward-looking statements', lang: 'en', after: ['Forward-looking statements', 'This press release contains forward-looking statements that involve risks and uncertainties. Actual results may differ materially from those expressed or implied.'] },
  { kind: 'forward-looking statements (German)', lang: 'de', after: ['Zukunftsgerichtete Aussagen', 'Diese Mitteilung enthält zukunftsgerichtete Aussagen, die auf gegenwärtigen Annahmen und Einschätzungen der Unternehmensleitung beruhen.'] },
  { kind: 'investor contact', lang: 'en', after: ['Investor relations', 'Tom Reed', '+44 20 7946 0999', 'ir@kellseylines.example'] },
  { kind: 'security identifiers', lang: 'de', after: ['ISIN: DE000A1B2C33', 'WKN: A1B2C3'] },
  { kind: 'press release number', lang: 'de', before: ['Pressemitteilung Nr. 45/2026'] },
  { kind: 'press release number (French)', lang: 'fr', before: ['Communiqué de presse n° 12/2026'] },
  { kind: 'press release number (English)', lang: 'en', before: ['Press release No. 123/2026'] },
  { kind: 'UN-style media note', lang: 'en', before: ['For use of the media only; not an official record.'] },
  { kind: 'distribution line (German police)', lang: 'de', after: ['Original-Content von: Polizeipräsidium Lindenau, übermittelt durch news aktuell'] },
  { kind: 'more-information sentence with a link', lang: 'en', after: ['For more information, visit www.kellseylines.example/night.'] },
  { kind: 'more-information sentence (French)', lang: 'fr', after: ['Plus d’informations sur www.saint-aubin.example/mediatheque'] },
  { kind: 'more-information sentence (German)', lang: 'de', after: ['Weitere Informationen unter www.stadtwerke-lindenau.example'] },
  { kind: 'DOI line', lang: 'en', after: ['DOI: 10.1234/jit.2026.0412'] },
  { kind: 'keywords line', lang: 'de', after: ['Stichwörter: Wärmepumpe, Fernwärme'] },
  { kind: 'blog post footer', lang: 'en', after: ['Posted in News | Tagged ferries, islands | Leave a comment'] },
  { kind: 'blog post footer (French)', lang: 'fr', after: ['Publié dans Actualités | Laisser un commentaire'] },
  { kind: 'blog like bar', lang: 'en', after: ['Like this:', 'Like Loading...'] },
  { kind: 'blog share bar heading', lang: 'en', after: ['Share this:', 'Twitter', 'Facebook'] },
  { kind: 'forum edit stamp', lang: 'en', after: ['Last edited by islandcommuter; 4 December 2026 at 15:42.'] },
  { kind: 'forum member card', lang: 'en', before: ['Joined: Mar 2019', 'Posts: 1,204'] },
  { kind: 'forum member card (German)', lang: 'de', before: ['Registriert seit: März 2019', 'Beiträge: 1.204'] },
  { kind: 'Q&A answer stamp', lang: 'en', after: ['answered Dec 4, 2026 at 15:42'] },
  { kind: 'Q&A answer tools', lang: 'en', after: ['Share Improve this answer Follow', 'edited Dec 4, 2026 at 16:02'] },
  { kind: 'forwarded newsletter prompt', lang: 'en', before: ['Was this email forwarded to you? Sign up here.'] },
  { kind: 'forwarded newsletter prompt (German)', lang: 'de', before: ['Wurde Ihnen dieser Newsletter weitergeleitet? Hier anmelden.'] },
  { kind: 'podcast subscribe line', lang: 'en', after: ['Subscribe wherever you get your podcasts.'] },
  { kind: 'magazine illustration credit', lang: 'en', before: ['Illustration by Nora Kell'] },
  { kind: 'magazine illustration credit (German)', lang: 'de', before: ['Illustration: Jan Brandt'] },
  { kind: 'event recording link', lang: 'en', after: ['Watch the recording'] },
  { kind: 'event recording link (German)', lang: 'de', after: ['Aufzeichnung ansehen'] },
  // Sixth wave: the kinds fixed above, in more of the languages their word lists name.
  { kind: 'correction note, unlabelled (Portuguese)', lang: 'pt', after: ['Uma versão anterior deste artigo indicava uma data errada para a reabertura.'] },
  { kind: 'correction note, unlabelled (Dutch)', lang: 'nl', after: ['In een eerdere versie van dit artikel stond een verkeerde openingsdatum.'] },
  { kind: 'developing story note (Spanish)', lang: 'es', after: ['Esta noticia se actualizará.'] },
  { kind: 'developing story note (Italian)', lang: 'it', after: ['La notizia è in aggiornamento.'] },
  { kind: 'developing story note (Dutch)', lang: 'nl', after: ['Dit artikel wordt bijgewerkt.'] },
  { kind: 'comments closed (Spanish)', lang: 'es', after: ['Los comentarios están cerrados.'] },
  { kind: 'comments closed (Dutch)', lang: 'nl', after: ['Reacties zijn gesloten.'] },
  { kind: 'comments closed (Turkish)', lang: 'tr', after: ['Yorumlar kapatılmıştır.'] },
  { kind: 'translation note (Spanish)', lang: 'es', after: ['Traducido del inglés por Marta Gil.'] },
  { kind: 'translation note (Italian)', lang: 'it', after: ['Traduzione di Marco Bellini'] },
  { kind: 'affiliate disclosure (French)', lang: 'fr', before: ['Cet article contient des liens affiliés.'] },
  { kind: 'affiliate disclosure (Spanish)', lang: 'es', before: ['Si compras a través de nuestros enlaces, recibimos una comisión.'] },
  { kind: 'loading placeholder (French)', lang: 'fr', inside: ['Chargement…'] },
  { kind: 'loading placeholder (Spanish)', lang: 'es', inside: ['Cargando...'] },
  { kind: 'video placeholder (German)', lang: 'de', inside: ['Ihr Browser unterstützt das Video-Tag nicht.'] },
  { kind: 'script placeholder (Italian)', lang: 'it', inside: ['Attiva JavaScript per vedere questo contenuto.'] },
  { kind: 'media note (French)', lang: 'fr', before: ['À l’usage des médias seulement ; document non officiel.'] },
  { kind: 'forum edit stamp (German)', lang: 'de', after: ['Zuletzt bearbeitet von lindenauer; 04.12.2026 um 15:42 Uhr.'] },
  { kind: 'app prompt (Portuguese)', lang: 'pt', inside: ['Baixe o nosso aplicativo e receba as notícias da região.'] },
  { kind: 'app prompt (Dutch)', lang: 'nl', inside: ['Download onze app en mis geen nieuws uit de regio.'] },
  { kind: 'feedback poll (Turkish)', lang: 'tr', after: ['Bu haber faydalı oldu mu?', 'Evet', 'Hayır'] },
  { kind: 'feedback poll (Russian)', lang: 'ru', after: ['Была ли эта информация полезной?', 'Да', 'Нет'] },
];

/** Story lines that look like furniture and must stay (each case must come out with nothing lost). */
const LOOKALIKES: Case[] = [
  { kind: 'a sentence about a press office', lang: 'en', keepToo: ['The company’s press office said on Thursday that fares would not rise before the summer.'] },
  { kind: 'a sentence about downloads', lang: 'en', keepToo: ['The timetable can be downloaded from the company’s website from next week.'] },
  { kind: 'a sentence about an update', lang: 'de', keepToo: ['Aktualisiert werden soll auch die Preisliste, die seit 2019 unverändert ist.'] },
  { kind: 'a sentence opening with a year and a number', lang: 'fr', keepToo: ['Fin janvier, les horaires définitifs seront affichés à l’entrée.'] },
  { kind: 'a sentence about an app', lang: 'es', keepToo: ['Los pacientes podrán pedir cita también a través de la aplicación del servicio de salud.'] },
  { kind: 'a sentence about downloading an app', lang: 'en', keepToo: ['Passengers will be able to download tickets to the operator’s app from the spring, the company said.'] },
  { kind: 'a question and its answer in the story', lang: 'en', keepToo: ['Will the fare rise? Not this year, according to the operator.'] },
  { kind: 'a sentence about a correction of figures', lang: 'de', keepToo: ['Eine Korrektur der Anschlusskosten nach oben schließen die Stadtwerke nicht aus.'] },
  { kind: 'a sentence on reporting by residents', lang: 'en', keepToo: ['Reporting by residents helped the council find the worst stretches of the road.'] },
  { kind: 'a sentence on artificial intelligence', lang: 'en', keepToo: ['The operator said it would use artificial intelligence to plan the timetable next year.'] },
  { kind: 'a sentence on an update of the fleet', lang: 'en', keepToo: ['The older ferry will be updated with new engines before the summer.'] },
  { kind: 'a sentence on comments from residents', lang: 'de', keepToo: ['Kommentare der Anwohner waren bei der Versammlung überwiegend positiv.'] },
  { kind: 'a sentence on a translated leaflet', lang: 'fr', keepToo: ['Traduit en cinq langues, le guide du lecteur sera distribué dans les écoles.'] },
  { kind: 'a sentence on loading the vessels', lang: 'en', keepToo: ['Loading of the lorries will start half an hour before each departure.'] },
  { kind: 'a sentence on a commission', lang: 'es', keepToo: ['La comisión de sanidad del ayuntamiento estudiará el horario en su próxima reunión.'] },
  { kind: 'a sentence on app downloads', lang: 'ja', keepToo: ['町の図書館アプリのダウンロード数は、今年十万件を超えた。'] },
  { kind: 'a sentence on an app the library will offer', lang: 'ru', keepToo: ['Читатели смогут скачать электронные книги через приложение городской библиотеки.'] },
  { kind: 'a sentence on who edits the island newsletter', lang: 'en', keepToo: ['Edited by Sarah Lund, the island’s own newsletter has reported on the ferry since 1998.'] },
  { kind: 'a sentence on a podcast', lang: 'en', keepToo: ['Residents can subscribe to the council’s podcast, which will cover the night crossing in its next episode.'] },
  { kind: 'a sentence on forecasts', lang: 'de', keepToo: ['Zukunftsgerichtete Aussagen zur Preisentwicklung wollten die Stadtwerke am Mittwoch nicht machen.'] },
  { kind: 'a sentence on an earlier version of a plan', lang: 'en', keepToo: ['An earlier version of the plan had the ferry leaving at midnight, but the crew objected.'] },
  { kind: 'a closing section about the organisation that the story reports on', lang: 'en',
    keepToo: ['About the Island Council', 'The council said it would publish the passenger figures every quarter, and that it had asked the operator to share them weekly.'] },
];

/** Kinds the cleaner still gets wrong, with why: each must still fail, so that a fix is noticed and the entry taken out. */
const KNOWN_MISSES: Readonly<Record<string, string>> = {
  'about-us boilerplate (association) [fr] (packed)': 'the heading names the association in lower case and the story does not name it at its head: nothing marks it as a name',
  // In a copy with no blank lines between paragraphs, a credit with no caption leaves the paragraph beside it looking like its caption.
  'about-us boilerplate (association) [fr] (spaced)': 'as in the packed copy',
  'photo credit inside (Swedish) [sv] (packed)': 'the paragraph above a credit with no caption is taken for its caption',
  'photo credit inside (Turkish) [tr] (packed)': 'the paragraphs on both sides of a credit with no caption are taken for its captions',
  'chart credit (German) [de] (packed)': 'the paragraphs on both sides of a chart credit are taken for its captions',
  'photo credit inside (Polish) [pl] (packed)': 'the paragraphs on both sides of a credit with no caption are taken for its captions',
};

const nameOf = (entry: Case) => `${entry.kind} [${entry.lang}]`;

/** Every case in every layout, as a test's name and its arguments. */
function casesOf(entries: readonly Case[]): Array<readonly [string, Case, Layout]> {
  return entries.flatMap((entry) => LAYOUTS.map((layout) => [`${nameOf(entry)} (${layout})`, entry, layout] as const));
}

describe('furniture catalogue', () => {
  const cases = casesOf(CATALOGUE);
  it.each(cases.filter(([name]) => !(name in KNOWN_MISSES)))('drops %s', (_name, entry, layout) => {
    const faults = faultsOf(entry, layout);
    expect(faults, JSON.stringify(faults)).toEqual([]);
  });
  it.each(cases.filter(([name]) => name in KNOWN_MISSES))('still misses %s', (_name, entry, layout) => {
    expect(faultsOf(entry, layout)).not.toEqual([]);
  });
  it.each(casesOf(LOOKALIKES))('keeps %s', (_name, entry, layout) => {
    const faults = faultsOf(entry, layout);
    expect(faults, JSON.stringify(faults)).toEqual([]);
  });
});
