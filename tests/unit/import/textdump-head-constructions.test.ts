/**
 * Constructions of a page's head that the thirteenth blind part showed the cleaner getting wrong, each written here
 * as small invented copies in several site styles and languages before the rule that reads it, with the copies where
 * the construction must not fire: a block of "Label: value" fields under the headline, a contact's card under the
 * story, an author's card of a name and a job under the headline, and the author's name over a bio under the story.
 */
import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../helpers/textdump.ts';

interface HeadCase {
  name: string;
  lines: string[];
  title?: string;
  byline?: string | null;
  /** A line that must not stay in the story. */
  dropped?: string;
}

function expectHead(head: HeadCase): void {
  const article = cleanLines(head.lines);
  if (head.title !== undefined) expect(article.title).toBe(head.title);
  if (head.byline !== undefined) expect(article.byline).toBe(head.byline);
  if (head.dropped !== undefined) expect(article.paragraphs).not.toContain(head.dropped);
}

/** A decision's, a statement's or a motion's fields under its headline: every line of the block is a field, however long its label or value. */
const FIELD_BLOCK_CASES: HeadCase[] = [
  {
    name: 'English ombudsman decision, a three-word label over a short value',
    lines: [
      'Health Services Ombudsman for Carrowmore',
      'Home > Decisions > Hospitals',
      'Hospital failed to tell patient about delayed scan results',
      'Reference 2026-0931',
      'Organisation complained about: Northfield Hospital Trust',
      'Subject: Diagnostics and imaging',
      'Outcome: Upheld',
      'Decision date: 2 December 2026',
      'Ms K complained that Northfield Hospital Trust did not tell her for eleven weeks that her scan had been reported, although the report asked for an urgent follow-up.',
      'The trust said a letter had been sent, but it could find no copy of it, and its own records showed the follow-up appointment was booked only after Ms K telephoned.',
      'We found that the delay caused Ms K avoidable worry and that the trust had no check that urgent reports reached patients. The trust agreed to apologise and to audit its letters.',
    ],
    title: 'Hospital failed to tell patient about delayed scan results',
  },
  {
    name: 'German council motion, a long value under a date field',
    lines: [
      'Ratsinformationssystem Stadt Wellheim',
      'Neue Buslinie zwischen Altstadt und Gewerbepark Süd',
      'Vorgelegt am: 4. Dezember 2026',
      'Eingebracht von: Stadträtin Petra Hollmann (Fraktion Bündnis 90/Die Grünen im Stadtrat)',
      'Der Stadtrat möge beschließen, dass die Verwaltung bis zum Frühjahr eine neue Buslinie zwischen der Altstadt und dem Gewerbepark Süd plant und deren Kosten beziffert.',
      'Im Gewerbepark arbeiten inzwischen mehr als 2.400 Menschen, die meisten kommen mit dem Auto, weil der nächste Halt über einen Kilometer entfernt liegt.',
      'Eine Linie im Halbstundentakt würde nach ersten Schätzungen rund 380.000 Euro im Jahr kosten, von denen das Land einen Teil übernehmen könnte.',
    ],
    title: 'Neue Buslinie zwischen Altstadt und Gewerbepark Süd',
  },
  {
    name: 'Spanish town hall record, fields with long labels',
    lines: [
      'Sede electrónica · Ayuntamiento de Valdelobos',
      'El pleno aprueba la rehabilitación del mercado de abastos',
      'Fecha de publicación: 3 de diciembre de 2026',
      'Propuesta presentada por: Concejalía de Urbanismo y Vivienda del Ayuntamiento de Valdelobos',
      'Expediente: 2026/1182',
      'El pleno municipal aprobó el jueves, con los votos de todos los grupos, el proyecto de rehabilitación del mercado de abastos, cerrado desde hace dos años por el mal estado de su cubierta.',
      'Las obras costarán 1,9 millones de euros y durarán catorce meses. Los puestos se trasladarán mientras tanto a una carpa en la plaza de la Constitución.',
      'La concejala de Urbanismo explicó que la licitación se publicará en enero y que el proyecto conserva la fachada de ladrillo de 1928.',
    ],
    title: 'El pleno aprueba la rehabilitación del mercado de abastos',
  },
  {
    name: 'French parliamentary question, a spaced colon and a long value',
    lines: [
      'Assemblée des Territoires',
      'Fermeture des guichets de gare dans les vallées alpines',
      'Question écrite n° 8812',
      'Publiée le : 1er décembre 2026',
      'Déposée par : M. Julien Arnaud (Groupe des élus de montagne, Haute-Savoie)',
      'M. Julien Arnaud attire l’attention du ministre des transports sur la fermeture annoncée de six guichets de gare dans les vallées alpines au printemps prochain.',
      'Dans ces vallées, de nombreux voyageurs âgés n’utilisent pas les automates et n’ont pas d’autre moyen d’acheter un billet ou de se renseigner sur les correspondances.',
      'Il lui demande quelles mesures il entend prendre pour maintenir un accueil humain dans ces gares pendant la saison d’hiver.',
    ],
    title: 'Fermeture des guichets de gare dans les vallées alpines',
  },
  {
    name: 'English explainer: a kicker headline over its date field is still the headline',
    lines: [
      'The Kessling Courier',
      'News',
      'Explainer: What the new water tariff means for households in Kessling',
      'Published: 3 December 2026',
      'By Ruth Ambler',
      'Households in Kessling will pay for water by the cubic metre from April, replacing the flat charge that has applied since the utility was founded in 1974.',
      'The utility says a typical family of four will pay about the same as now, while single-person households will pay less and large gardens with sprinklers more.',
      'Meters have been fitted in nine homes out of ten, and the rest will be fitted by the end of February, the utility said on Wednesday.',
    ],
    title: 'Explainer: What the new water tariff means for households in Kessling',
    byline: 'Ruth Ambler',
  },
  {
    name: 'Polish commentary: a kicker headline with a date field under it',
    lines: [
      'Gazeta Podhalańska',
      'Opinie',
      'Komentarz: Dlaczego nowy rozkład jazdy pociągów rozczarowuje pasażerów z Podhala',
      'Opublikowano: 2 grudnia 2026',
      'Nowy rozkład jazdy, który wchodzi w życie w niedzielę, miał skrócić podróż z Zakopanego do Krakowa, ale dla wielu pasażerów oznacza dłuższe czekanie na przesiadki.',
      'Najbardziej stracą mieszkańcy mniejszych miejscowości, bo pociągi regionalne zatrzymują się tam teraz co dwie godziny zamiast co godzinę.',
      'Przewoźnik obiecuje poprawki w marcu, lecz do tego czasu wielu z nich wróci do samochodów albo busów.',
    ],
    title: 'Komentarz: Dlaczego nowy rozkład jazdy pociągów rozczarowuje pasażerów z Podhala',
  },
];

/** A contact person's card under the story: a label over a name, a telephone or an e-mail, which names whom to call, not who wrote. */
const CONTACT_CARD_CASES: HeadCase[] = [
  {
    name: 'German housing association: a label over the contact, then the telephone',
    lines: [
      'Wohnbau Seeland eG',
      'Aktuelles',
      'Neue Fenster für die Häuser am Mühlgraben',
      '',
      'Die Genossenschaft tauscht im kommenden Sommer in allen 96 Wohnungen der Häuser am Mühlgraben die Fenster aus. Die alten Holzfenster stammen aus dem Jahr 1988 und schließen nicht mehr dicht.',
      '',
      'Die Arbeiten dauern pro Wohnung etwa einen Tag. Die Termine werden den Mitgliedern vier Wochen vorher schriftlich mitgeteilt, und die Nutzungsgebühr bleibt unverändert.',
      '',
      'Ihr Ansprechpartner',
      'Markus Feldmann, Technik und Bestand',
      'Telefon 0421 558-310',
      'Impressum',
      'Datenschutz',
    ],
    title: 'Neue Fenster für die Häuser am Mühlgraben',
    byline: null,
  },
  {
    name: 'English press release: the press officer with an e-mail and a telephone on one line',
    lines: [
      'Harrowgate Botanic Garden',
      'Press releases',
      '27 November 2026',
      'Rare alpine poppy flowers at the garden for the first time in forty years',
      'A rare alpine poppy has flowered in the rock garden at Harrowgate Botanic Garden for the first time since 1986, after seeds collected in the mountains were raised by the garden’s nursery team.',
      'The plant grows wild only on a few high slopes, and the garden has tried to raise it from seed many times. The nursery team kept this year’s seedlings in an unheated frame through the winter.',
      'The poppy can be seen in the rock garden until the end of the month, and the garden will share seed with other collections.',
      'For more information, please contact:',
      'Imogen Tulloch, Press Officer, press@harrowgategarden.org, 01423 555 019',
      'Harrowgate Botanic Garden is a registered charity.',
    ],
    title: 'Rare alpine poppy flowers at the garden for the first time in forty years',
    byline: null,
  },
  {
    name: 'Dutch hospital news: a contact label over the name and an e-mail',
    lines: [
      'Ziekenhuis Rivierenland',
      'Nieuws',
      'Nieuwe dagbehandeling voor kinderen opent in januari',
      '',
      'Ziekenhuis Rivierenland opent in januari een nieuwe afdeling voor dagbehandeling van kinderen. Kinderen die een kleine ingreep krijgen, kunnen daar met een ouder de dag doorbrengen.',
      '',
      'De afdeling heeft acht kamers met een bed voor het kind en een stoel voor de ouder. Een pedagogisch medewerker helpt de kinderen om zich voor te bereiden op de ingreep.',
      '',
      'Meer informatie voor de pers',
      'Lotte Verbeek',
      'Telefoon 0344 672 110',
      'Privacyverklaring',
    ],
    title: 'Nieuwe dagbehandeling voor kinderen opent in januari',
    byline: null,
  },
  {
    name: 'English blog post: the author signs under the story and the footer gives no number near the name',
    lines: [
      'Fieldnotes from the Fens',
      'Counting the winter swans on the Ouse Washes',
      '',
      'We counted 2,140 whooper swans on the washes on Saturday morning, the highest number since the survey began, and the first flocks of Bewick’s swans arrived on the same day.',
      '',
      'The water was high after a wet November, and most of the birds were feeding on the flooded grass near the bank, which made them easy to count from the hides.',
      '',
      'Marion Ashdown',
      '',
      'About this blog',
      'Archive',
      'Subscribe',
    ],
    title: 'Counting the winter swans on the Ouse Washes',
    byline: 'Marion Ashdown',
  },
  {
    name: 'Korean regional broadcaster: the reporter signs off with an e-mail address, which is no contact card',
    lines: [
      '서해방송',
      '뉴스',
      '항구 방파제 보강 공사 내년 봄 시작',
      '입력 2026.12.03 17:40',
      '태풍 때마다 파도가 넘치던 서해항 방파제를 높이는 공사가 내년 봄에 시작됩니다. 해양수산청은 방파제 1.2킬로미터 구간을 1.5미터 높이기로 했습니다.',
      '공사비는 모두 210억 원으로, 2029년까지 세 단계로 나눠 진행됩니다. 공사 기간에도 어선 입출항은 그대로 허용됩니다.',
      '어민들은 공사가 늦었다면서도 이번 겨울 태풍 피해를 막을 임시 대책을 함께 세워 달라고 요구했습니다.',
      '한지우 기자 jw.han@seohae-tv.example',
      '저작권자 © 서해방송 무단 전재 및 재배포 금지',
    ],
    title: '항구 방파제 보강 공사 내년 봄 시작',
    byline: '한지우',
  },
];

/** An author's card under the headline: a name and, after a comma, a job or a department the cleaner has no word for. */
const NAME_AND_JOB_CASES: HeadCase[] = [
  {
    name: 'Russian nature reserve news, a department after the name',
    lines: [
      'Заповедник «Северная тундра»',
      'Новости',
      '02.12.2026',
      'В заповеднике впервые за десять лет увидели белого гуся',
      'Анна Кравцова, отдел научного мониторинга',
      'Стая из двенадцати белых гусей остановилась на озере в южной части заповедника в конце сентября. Последний раз эту птицу наблюдали здесь осенью 2016 года.',
      'Птиц заметили сотрудники во время планового учёта водоплавающих. Гуси провели на озере три дня и улетели на юг вместе с гуменниками.',
      'Наблюдения будут продолжены весной, когда птицы возвращаются на места гнездования.',
    ],
    title: 'В заповеднике впервые за десять лет увидели белого гуся',
    byline: 'Анна Кравцова',
  },
  {
    name: 'English extension service alert, two authors with jobs the cleaner has no word for',
    lines: [
      'Coastal Plains University Extension',
      'Crop Alert',
      'Stripe rust found early in winter barley; check fields before the first spray',
      'Priya Raman, Plant Pathologist',
      'Tom Greaves, County Agent, Wexcombe County',
      'December 2, 2026',
      'Stripe rust has been found in winter barley in Wexcombe County, about six weeks earlier than in a normal year, after a mild and wet autumn.',
      'The disease shows as yellow stripes of small pustules on the leaves. It spreads quickly in cool, damp weather and can cut yields badly in susceptible varieties.',
      'Growers should walk their fields this month and contact their county agent before planning a fungicide spray.',
    ],
    title: 'Stripe rust found early in winter barley; check fields before the first spray',
    byline: 'Priya Raman and Tom Greaves',
  },
  {
    name: 'Spanish regional agency, a job in lower case',
    lines: [
      'Agencia Forestal de Montearriba',
      'Actualidad',
      'Los agentes forestales retiran 40 toneladas de residuos del pinar de La Solana',
      'Lucía Ferrer Gil, técnica de educación ambiental',
      '1 de diciembre de 2026',
      'Los agentes forestales y un grupo de voluntarios retiraron el sábado 40 toneladas de residuos del pinar de La Solana, en la mayor jornada de limpieza que se recuerda en la comarca.',
      'Entre los residuos había neumáticos, restos de obra y dos frigoríficos, abandonados junto a las pistas que atraviesan el monte.',
      'La agencia instalará cámaras en los accesos y recuerda que el abandono de residuos en el monte puede multarse con hasta 45.000 euros.',
    ],
    title: 'Los agentes forestales retiran 40 toneladas de residuos del pinar de La Solana',
    byline: 'Lucía Ferrer Gil',
  },
  {
    name: 'German forestry office, a job the cleaner has no word for',
    lines: [
      'Forstamt Hohes Venn',
      'Aktuelles',
      'Borkenkäfer: Weniger Schadholz als im Vorjahr',
      'Jonas Albrecht, Leitung Revier Nord',
      '3. Dezember 2026',
      'In den Wäldern des Forstamts ist in diesem Jahr deutlich weniger Schadholz durch den Borkenkäfer angefallen als im Vorjahr. Die Förster zählten rund 18.000 Festmeter, nach 41.000 im Jahr 2025.',
      'Grund sei vor allem der feuchte Sommer, in dem die Fichten genug Harz bilden konnten, um die Käfer abzuwehren.',
      'Das Forstamt will die befallenen Flächen im Winter räumen und im Frühjahr mit Eichen und Buchen neu bepflanzen.',
    ],
    title: 'Borkenkäfer: Weniger Schadholz als im Vorjahr',
    byline: 'Jonas Albrecht',
  },
  {
    name: 'English travel story: a place and what it is under the headline is no author',
    lines: [
      'The Wandering Post',
      'Travel',
      'Three days on the quiet side of the lakes',
      'Ennerdale Water, the most westerly of the lakes',
      'December 3, 2026',
      'Most visitors to the lakes never reach Ennerdale Water, and the water there is so still on a winter morning that the fells stand upside down in it.',
      'We walked the shore path in a day, stopping at the weir where the river leaves the water, and saw nobody until the youth hostel at the head of the valley.',
      'The valley has no road along the water, so the walk back is the way you came, which is no hardship on a clear afternoon.',
    ],
    title: 'Three days on the quiet side of the lakes',
    byline: null,
  },
  {
    name: 'Italian news: a place and a region under the headline is no author',
    lines: [
      'Notizie del Lago',
      'Cronaca',
      'Riapre la strada del lungolago dopo la frana di ottobre',
      'Borgo Ventoso, provincia di Valdalpe',
      '2 dicembre 2026',
      'La strada del lungolago di Borgo Ventoso riapre sabato, sei settimane dopo la frana che aveva isolato le frazioni più alte del comune dopo le piogge di ottobre.',
      'I lavori hanno messo in sicurezza il versante con reti e ancoraggi, e la strada resterà a senso unico alternato fino a primavera.',
      'Il sindaco ha ringraziato i residenti per la pazienza e ha annunciato un incontro pubblico sul piano di manutenzione del versante.',
    ],
    title: 'Riapre la strada del lungolago dopo la frana di ottobre',
    byline: null,
  },
  {
    name: 'German encyclopedia: the first row of an infobox over more rows is no author',
    lines: [
      'Offene Enzyklopädie',
      'Sperrwerk Kesselbucht',
      'Standort Kesselbucht, Nordfriesland',
      'Status In Betrieb',
      'Baubeginn 2011',
      'Das Sperrwerk Kesselbucht ist ein Küstenschutzbauwerk an der Mündung der Kesselau in die Nordsee. Es schützt die Marsch hinter dem Deich bei Sturmfluten vor dem Hochwasser.',
      'Das Bauwerk hat drei Tore von je 22 Metern Breite, die bei einem Wasserstand von mehr als einem Meter über dem mittleren Hochwasser geschlossen werden.',
      'Seit der Inbetriebnahme im Jahr 2015 wurden die Tore im Durchschnitt elfmal im Jahr geschlossen.',
    ],
    byline: null,
  },
];

/** The author's card under the story: the name alone over a short bio that opens with the name or its given name. */
const CLOSING_CARD_CASES: HeadCase[] = [
  {
    name: 'English charity field update, the bio opens with the given name',
    lines: [
      'Wellspring Water Trust',
      'Field update',
      'A new borehole for the school at Mbeya Hill',
      'The children at Mbeya Hill primary school used to walk forty minutes to the river for water every morning before lessons began, carrying it back in yellow jerrycans.',
      'In October our drilling team reached water at 62 metres, and the new hand pump was fitted a week later. The school committee has trained two caretakers to keep it working.',
      'Teachers say attendance has already risen, above all among the older girls, who did most of the carrying.',
      'Ruth Okafor',
      'Ruth is Wellspring’s programme officer for Tanzania. She visited Mbeya Hill in November.',
      'More from the field',
      'Privacy',
    ],
    title: 'A new borehole for the school at Mbeya Hill',
    byline: 'Ruth Okafor',
  },
  {
    name: 'German association blog, the bio opens with the full name',
    lines: [
      'Naturschutzbund Oberland',
      'Blog',
      'Wintergäste am Stausee: So viele Singschwäne wie nie',
      'Bei der Wasservogelzählung am Sonntag haben wir am Stausee 214 Singschwäne gezählt, so viele wie noch nie seit Beginn der Zählungen im Jahr 1998.',
      'Die Vögel kommen aus Skandinavien und bleiben meist bis Anfang März. Sie fressen auf den Wiesen am Ufer und brauchen dort vor allem Ruhe.',
      'Wir bitten alle Spaziergänger, die Wege nicht zu verlassen und Hunde an der Leine zu führen.',
      'Katrin Vogelsang',
      'Katrin Vogelsang ist Biologin und leitet die Arbeitsgruppe Wasservögel des Verbands.',
      'Impressum',
    ],
    title: 'Wintergäste am Stausee: So viele Singschwäne wie nie',
    byline: 'Katrin Vogelsang',
  },
  {
    name: 'Spanish foundation news, the bio opens with the given name',
    lines: [
      'Fundación Mar Abierto',
      'Noticias',
      'Voluntarios limpian tres calas del cabo antes del invierno',
      'Más de ochenta voluntarios retiraron el sábado casi una tonelada de plásticos y redes abandonadas de tres calas del cabo, a las que solo se llega a pie o en barca.',
      'La mayor parte de los residuos eran restos de artes de pesca, que las corrientes del invierno acumulan entre las rocas y que atrapan a aves y tortugas.',
      'La fundación repetirá la limpieza en primavera y pide a los pescadores que entreguen las redes viejas en el puerto.',
      'Nuria Salvat',
      'Nuria es coordinadora de voluntariado de la fundación.',
      'Aviso legal',
    ],
    title: 'Voluntarios limpian tres calas del cabo antes del invierno',
    byline: 'Nuria Salvat',
  },
  {
    name: 'English profile: the subject named in the story, then over a paragraph about her, is no author',
    lines: [
      'The Valley Gazette',
      'People',
      'The nurse who has run the night clinic for thirty years',
      'When the night clinic on Mill Street opened in 1996, Grace Whitlow was its only nurse, and she has worked there three nights a week ever since, through two moves and four managers.',
      'Patients come for dressings, for advice and sometimes just to talk, and many of them have known her for most of their lives.',
      'The clinic will hold a party for her on Friday, and the health board has named its new training room after her.',
      'Grace Whitlow',
      'Grace is retiring in the spring, and says she will miss the quiet hours after midnight most.',
    ],
    title: 'The nurse who has run the night clinic for thirty years',
    byline: null,
  },
];

/** A programme's host, or a reporter's name in a news system's field, after a label: the byline of a broadcast's page or a story. */
const HOST_AND_REPORTER_LABEL_CASES: HeadCase[] = [
  {
    name: 'English public radio interview, the host after a label',
    lines: [
      'KVLR 91.5',
      'Listen live',
      'December 2, 2026',
      'Why the county’s last ferry keeps running at a loss',
      'Listen · 6:12',
      'Host: Marcus Delaney',
      'The Pell Island ferry lost money again this year, but the county board voted on Tuesday to keep it running through 2028, the only link for about 300 residents.',
      'MARCUS DELANEY: Commissioner, why keep a service that loses money every year?',
      'ANA SORIANO: Because for the people on the island it is the road. You would not close a road because it loses money.',
    ],
    title: 'Why the county’s last ferry keeps running at a loss',
    byline: 'Marcus Delaney',
  },
  {
    name: 'French local radio, the host after "Animatrice :"',
    lines: [
      'Radio Armor',
      'Émissions',
      'Les ostréiculteurs de la baie face aux tempêtes de l’hiver',
      'Animatrice : Léa Morvan',
      '4 décembre 2026',
      'Dans la baie, les tempêtes de novembre ont arraché des centaines de tables à huîtres, et les ostréiculteurs ont passé des jours à récupérer les poches dispersées sur l’estran.',
      'Dans cette émission, trois d’entre eux racontent comment ils réparent leurs parcs et pourquoi ils demandent une aide de la région.',
      'L’émission est à réécouter sur notre site pendant un mois.',
    ],
    title: 'Les ostréiculteurs de la baie face aux tempêtes de l’hiver',
    byline: 'Léa Morvan',
  },
  {
    name: 'English conference recap: a panel’s moderator after a label is no author',
    lines: [
      'Baltic Security Forum',
      'Events',
      'Protecting the seabed: a panel on undersea cables',
      'December 1, 2026',
      'Moderator: Henrik Aalto, Head of Programmes',
      'Three speakers discussed on Monday how the states around the Baltic share the work of watching the cables and pipelines that cross the sea floor.',
      'They agreed that the navies and the cable companies must share what they know faster, and that repair ships are too few for the number of cables now laid.',
      'The forum will publish a report on the discussion in January.',
    ],
    title: 'Protecting the seabed: a panel on undersea cables',
    byline: null,
  },
  {
    name: 'Spanish radio programme, the presenter after a label',
    lines: [
      'Radio Costa Norte',
      'Programas',
      'La lonja de Burela subasta por primera vez el pescado en línea',
      'Presentadora: Irene Castiñeira',
      '3 de diciembre de 2026',
      'La lonja de Burela celebró el martes su primera subasta en línea, en la que compradores de toda España pujaron desde sus oficinas por la merluza del día.',
      'La cofradía calcula que el nuevo sistema subirá los precios en origen, porque cada lote recibe más ofertas que en la subasta tradicional.',
      'Los pescadores mayores temen que la lonja pierda su ambiente, aunque reconocen que los precios han sido buenos.',
    ],
    title: 'La lonja de Burela subasta por primera vez el pescado en línea',
    byline: 'Irene Castiñeira',
  },
  {
    name: 'Korean campus paper, the reporter-name field of a news system',
    lines: [
      '새빛대학신문',
      '홈 > 보도 > 학내',
      '기자명 이도윤 기자',
      '입력 2026.12.02 10:15',
      '도서관 24시간 열람실 시험기간 상시 운영',
      '중앙도서관이 기말고사 기간에 맞춰 24시간 열람실을 다음 주부터 상시 운영한다. 학생들의 요청이 이어지자 도서관은 야간 근무 인력을 늘리기로 했다.',
      '도서관 측은 열람실 좌석 420석을 모두 개방하고, 새벽 시간에는 출입증 확인을 강화하겠다고 밝혔다.',
      '총학생회는 이번 결정을 환영하면서도 난방과 조명 문제를 함께 점검해 달라고 요청했다.',
      '이도윤 기자 dy.lee@saebit.example',
    ],
    title: '도서관 24시간 열람실 시험기간 상시 운영',
    byline: '이도윤',
  },
  {
    name: 'English events page: a sponsor after "Presented by" is no byline',
    lines: [
      'Harbourside Business Network',
      'Events',
      'Breakfast briefing: what the port expansion means for local suppliers',
      'December 9, 2026',
      'The port authority’s planning director will set out the timetable for the new container berth and the contracts that local firms can bid for in the first two years of works.',
      'The briefing is free for members, and breakfast is served from 7.30 a.m. at the Harbourside Hotel.',
      'Presented by Quayline Logistics',
    ],
    title: 'Breakfast briefing: what the port expansion means for local suppliers',
    byline: null,
  },
];

/** The site's own office signing its news on the date line: a desk, not a person, so no byline. */
const OFFICE_AS_AUTHOR_CASES: HeadCase[] = [
  {
    name: 'English school district news, "by Office of Communications" on the date line',
    lines: [
      'Pinecrest Unified School District',
      'District News',
      'Board approves new bus routes for the east side',
      'Posted on 12/02/2026 by Office of Communications',
      'The Board of Education approved on Tuesday three new bus routes for students who live east of the river, where families have waited more than an hour for buses since September.',
      'The routes start on January 11 and add eleven stops. The district will hire four drivers and lease two buses until new ones arrive in the spring.',
      'Families can look up their stop on the district website from next week.',
    ],
    byline: null,
    dropped: 'Posted on 12/02/2026 by Office of Communications',
  },
  {
    name: 'English city news, "By the Department of Public Affairs"',
    lines: [
      'City of Larkton',
      'News',
      'Winter shelter opens early as temperatures drop',
      'By the Department of Public Affairs',
      'December 1, 2026',
      'The city’s winter shelter at the old armory opened on Monday, two weeks earlier than planned, after forecasters warned of nights well below freezing.',
      'The shelter has 80 beds and serves a hot meal every evening. Outreach workers will visit the riverbank camps each night to offer rides.',
      'Residents who want to donate blankets can bring them to any fire station.',
    ],
    byline: null,
  },
  {
    name: 'English school news signed by a person on the date line is still a byline',
    lines: [
      'Pinecrest Unified School District',
      'District News',
      'Robotics team reaches the state finals',
      'Posted on 12/02/2026 by Dana Whitfield',
      'The Pinecrest High robotics team finished second at the regional championship on Saturday and will compete at the state finals in March for the first time.',
      'The team of fourteen students built a robot that stacks crates and climbs a ramp, and it won the judges’ award for its design notebook.',
      'The booster club is raising money for the trip and will hold a pancake breakfast in January.',
    ],
    byline: 'Dana Whitfield',
  },
];

/** The credits under the story, one role and name a line: the writer's line names the author, the editor's and photographer's do not. */
const CLOSING_CREDITS_CASES: HeadCase[] = [
  {
    name: 'Chinese official account article, "文字：" over the editor and the reviewer',
    lines: [
      '江城发布',
      '2026年12月02日 08:30',
      '全市新增公共充电桩1.2万个',
      '记者从市发展和改革委员会获悉，今年以来全市新建公共充电桩1.2万个，比上年增长四成，覆盖全部街道和乡镇。',
      '新建的充电桩主要分布在居民小区、商场停车场和高速公路服务区。市发改委表示，明年将重点解决老旧小区充电难的问题。',
      '市民可通过城市服务平台查询附近充电桩的位置和空闲情况。',
      '文字：林晓雯',
      '编辑：王磊',
      '审核：张敏',
    ],
    title: '全市新增公共充电桩1.2万个',
    byline: '林晓雯',
  },
  {
    name: 'Spanish municipal news, "Texto:" over the photographer',
    lines: [
      'Ayuntamiento de Riolobos',
      'Noticias',
      'El parque del río estrena una pasarela accesible',
      '1 de diciembre de 2026',
      'El parque del río cuenta desde este lunes con una pasarela de madera accesible para sillas de ruedas y carritos, que une las dos orillas junto al antiguo molino.',
      'La obra ha costado 310.000 euros y ha sido financiada con fondos europeos de turismo sostenible.',
      'El ayuntamiento instalará bancos y una fuente en primavera.',
      'Texto: Marta Ibáñez',
      'Fotografía: Jorge Llamas',
    ],
    title: 'El parque del río estrena una pasarela accesible',
    byline: 'Marta Ibáñez',
  },
  {
    name: 'Polish school news, "Tekst:" over the photographs',
    lines: [
      'Szkoła Podstawowa nr 4 w Lesznowoli',
      'Aktualności',
      'Uczniowie posadzili sto drzew przy szkolnym boisku',
      '2 grudnia 2026',
      'W piątek uczniowie klas piątych i szóstych posadzili sto młodych drzew wzdłuż szkolnego boiska. Sadzonki przekazało nadleśnictwo, a dołki przygotowali rodzice.',
      'Każda klasa opiekuje się teraz swoim rzędem drzew i będzie je podlewać wiosną.',
      'Dziękujemy wszystkim, którzy pomogli w akcji.',
      'Tekst: Anna Wróbel',
      'Zdjęcia: Piotr Nowak',
    ],
    title: 'Uczniowie posadzili sto drzew przy szkolnym boisku',
    byline: 'Anna Wróbel',
  },
  {
    name: 'Chinese account article: an editor alone under the story is no author',
    lines: [
      '江城发布',
      '2026年12月03日 08:30',
      '本周末全市迎来明显降温',
      '市气象台预计，受冷空气影响，本周六起全市气温明显下降，最低气温将降至零下三摄氏度，并伴有四到五级北风。',
      '气象部门提醒市民注意防寒保暖，农户要做好大棚蔬菜的防冻工作。',
      '编辑：王磊',
      '审核：张敏',
    ],
    title: '本周末全市迎来明显降温',
    byline: null,
  },
];

/** A board's or a news system's writer field under the headline, beside its date and view count fields. */
const WRITER_FIELD_CASES: HeadCase[] = [
  {
    name: 'Korean football club board, "작성자 :" with a spaced colon',
    lines: [
      '서해 FC',
      '구단 소식',
      '서해 FC, 홈구장 잔디 전면 교체… 3월 개막전부터 새 잔디',
      '작성자 : 박하늘',
      '등록일 : 2026.12.02',
      '조회수 : 1,204',
      '서해 FC가 홈구장 잔디를 전면 교체한다. 구단은 겨울 휴식기 동안 천연 잔디와 인조 잔디를 섞은 하이브리드 잔디를 깔기로 했다고 밝혔다.',
      '공사비는 모두 18억 원으로 시와 구단이 나눠 부담한다. 새 잔디는 3월 개막전부터 사용된다.',
      '구단은 공사 기간에도 유소년 훈련은 보조 경기장에서 계속한다고 덧붙였다.',
    ],
    title: '서해 FC, 홈구장 잔디 전면 교체… 3월 개막전부터 새 잔디',
    byline: '박하늘',
  },
  {
    name: 'Korean apartment notice board, "글쓴이:"',
    lines: [
      '햇살마을 아파트',
      '공지사항',
      '지하 주차장 바닥 도장 공사 안내',
      '글쓴이: 정유진',
      '2026.12.01',
      '지하 주차장 바닥 도장 공사가 다음 주 월요일부터 2주 동안 진행됩니다. 공사 구역에는 차량을 세울 수 없으니 지상 주차장을 이용해 주시기 바랍니다.',
      '공사는 구역별로 나누어 진행하며, 구역마다 공사 이틀 전에 엘리베이터 게시판으로 알려 드립니다.',
      '입주민 여러분의 양해를 부탁드립니다.',
    ],
    title: '지하 주차장 바닥 도장 공사 안내',
    byline: '정유진',
  },
  {
    name: 'Japanese town association board, "投稿者："',
    lines: [
      '若葉町内会',
      'お知らせ',
      '年末の防犯パトロールに参加してください',
      '投稿者：佐藤 美咲',
      '2026年12月2日',
      '今年も年末の防犯パトロールを12月26日から28日まで行います。夜7時に集会所に集まり、町内を二つの班に分かれて歩きます。',
      '懐中電灯と反射材は町内会で用意します。小学生以上のお子さんも保護者と一緒に参加できます。',
      '参加できる方は12月20日までに班長にお知らせください。',
    ],
    title: '年末の防犯パトロールに参加してください',
    byline: '佐藤 美咲',
  },
];

describe('text dumps: constructions in the head of a page', () => {
  it.each(FIELD_BLOCK_CASES)('a field block under the headline is no headline: $name', expectHead);
  it.each(CONTACT_CARD_CASES)('a contact card under the story names no author: $name', expectHead);
  it.each(NAME_AND_JOB_CASES)('a name and a job under the headline is the byline: $name', expectHead);
  it.each(CLOSING_CARD_CASES)('a name over its bio under the story is the byline: $name', expectHead);
  it.each(CLOSING_CREDITS_CASES)('the writer in the closing credits is the byline: $name', expectHead);
  it.each(WRITER_FIELD_CASES)('a writer field is the byline: $name', expectHead);
  it.each(OFFICE_AS_AUTHOR_CASES)('an office signing the news is no byline: $name', expectHead);
  it.each(HOST_AND_REPORTER_LABEL_CASES)('a host or a reporter after a label is the byline: $name', expectHead);
});
