/**
 * Body classes on small invented page copies in languages and site styles the
 * development corpus does not hold: lines of the same shape inside one story
 * (numbered section labels, FAQ questions, short section labels, an
 * interview's questions) get the same call, and a teaser of another page set
 * inside the story ("推荐阅读：…", "Read more about … on our live page") goes.
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
  /** The story's subheadings, in order, when the case checks them. */
  headings?: string[];
}

function expectStory(entry: Case): void {
  const result = cleanTextDump(entry.lines.join('\n'));
  if (!result.ok) throw new Error(result.reason);
  const { blocks } = result.article;
  const texts = blocks.map((block) => block.text);
  for (const line of entry.keep) expect(texts, line).toContain(line);
  for (const line of entry.drop) expect(texts.some((text) => text.includes(line)), line).toBe(false);
  if (entry.headings) expect(blocks.filter((block) => block.kind !== 'paragraph').map((block) => block.text)).toEqual(entry.headings);
}

/** Numbered section labels in a notice or a release: every one of the sequence is a subheading, and the text under each is story. */
const NUMBERED_SECTIONS: Case[] = [
  {
    name: 'a Chinese water-company notice: 一、二、三、 labels, the first over a one-line time',
    lines: [
      '首页', '公司概况', '停水公告', '',
      '关于12月9日部分区域计划停水的公告', '',
      '发布日期：2026-12-05', '',
      '因城北水厂进水主管道改造施工，我公司将对部分区域实施计划停水，现将有关事项公告如下：', '',
      '一、停水时间', '',
      '2026年12月9日8时至当日22时。', '',
      '二、停水范围', '',
      '城北大道以东、滨河路以北、新华街以西的居民小区和沿街商铺，以及城北工业园区全部企业。', '',
      '三、注意事项', '',
      '请受影响的用户提前做好储水准备，停水期间请关闭家中水龙头，恢复供水初期水质可能出现浑浊，放水片刻即可正常使用。', '',
      '特此公告。', '',
      '城北供水有限公司', '',
      '网站地图', '联系我们',
    ],
    keep: ['2026年12月9日8时至当日22时。', '城北大道以东、滨河路以北、新华街以西的居民小区和沿街商铺，以及城北工业园区全部企业。'],
    drop: ['网站地图'],
    headings: ['一、停水时间', '二、停水范围', '三、注意事项'],
  },
  {
    name: 'a Japanese municipal release: full-width "１．" labels under a "記" marker',
    lines: [
      'ホーム', '市政情報', '報道発表', '',
      '市立図書館の開館時間延長について', '',
      '2026年12月2日', '',
      '市では、市民の皆様の学習環境を充実させるため、下記のとおり市立中央図書館の開館時間を延長することといたしましたので、お知らせします。', '',
      '記', '',
      '１．延長の内容', '',
      '平日の閉館時間を午後7時から午後9時に繰り下げます。土曜日と日曜日の開館時間は変わりません。', '',
      '２．開始日', '',
      '2027年1月5日（火曜日）から実施します。', '',
      '３．問い合わせの多い点', '',
      '延長した時間帯も、予約した資料の受け取りと利用者登録ができます。閲覧室の座席数は現在と同じです。', '',
      '以上', '',
      'このページの先頭へ',
    ],
    keep: ['2027年1月5日（火曜日）から実施します。', '平日の閉館時間を午後7時から午後9時に繰り下げます。土曜日と日曜日の開館時間は変わりません。'],
    drop: ['このページの先頭へ'],
    headings: ['１．延長の内容', '２．開始日', '３．問い合わせの多い点'],
  },
  {
    name: 'a Spanish council notice: roman-numbered sections, the first right under the opening paragraph',
    lines: [
      'Ayuntamiento de Valdeluna', 'Sede electrónica', 'Tablón de anuncios', '',
      'Convocatoria de ayudas para la rehabilitación de fachadas', '',
      '4 de diciembre de 2026', '',
      'El Ayuntamiento de Valdeluna abre el plazo para solicitar las ayudas municipales destinadas a rehabilitar fachadas y cubiertas de viviendas del casco antiguo.', '',
      'I. Objeto', '',
      'Las ayudas cubren hasta el cuarenta por ciento del coste de las obras, con un máximo de doce mil euros por edificio.', '',
      'II. Plazo', '',
      'Las solicitudes podrán presentarse hasta el 31 de enero de 2027.', '',
      'III. Documentación', '',
      'Junto a la solicitud deberá presentarse el presupuesto de la obra y una fotografía del estado actual de la fachada.', '',
      'Compartir', 'Aviso legal',
    ],
    keep: ['Las solicitudes podrán presentarse hasta el 31 de enero de 2027.'],
    drop: ['Aviso legal'],
    headings: ['I. Objeto', 'II. Plazo', 'III. Documentación'],
  },
];

/** Lines of a shape found as subheadings that must not be made ones: a box of teasers inside the story, short list items. */
const NOT_SIBLING_HEADINGS: Case[] = [
  {
    name: 'a Portuguese story with two subheadings and two teaser headlines between its sections',
    lines: [
      'Jornal do Vale', 'Notícias', 'Economia', '',
      'Fábrica de cerâmica reabre em Aveiro com 200 trabalhadores', '',
      'Por Rita Sousa', '3 de dezembro de 2026', '',
      'A antiga fábrica de cerâmica de Aveiro reabriu esta semana com 200 trabalhadores, três anos depois de ter fechado portas por causa dos custos da energia.', '',
      'Novos donos', '',
      'A fábrica foi comprada por um grupo espanhol, que investiu 30 milhões de euros na troca dos fornos a gás por fornos elétricos alimentados por painéis solares.', '',
      'Preço da luz volta a subir em janeiro',
      'Porto de Aveiro bate recorde de carga', '',
      'Encomendas até 2028', '',
      'O grupo diz já ter encomendas garantidas até 2028, sobretudo de clientes do norte da Europa, e admite contratar mais cem pessoas no próximo ano.', '',
      'Partilhar', 'Termos de uso',
    ],
    keep: ['O grupo diz já ter encomendas garantidas até 2028, sobretudo de clientes do norte da Europa, e admite contratar mais cem pessoas no próximo ano.'],
    drop: ['Preço da luz volta a subir em janeiro', 'Porto de Aveiro bate recorde de carga'],
    headings: ['Novos donos', 'Encomendas até 2028'],
  },
];

/** An FAQ's questions: each one heads its answer, the first past a box of key points too. */
const FAQ_QUESTIONS: Case[] = [
  {
    name: 'a German consumer site: the first question right under a box of key points',
    lines: [
      'Verbraucherportal Nord', 'Energie', 'Wohnen', '',
      'Was der neue Zuschuss für Balkonkraftwerke bringt', '',
      'Von Anke Petersen', '3. Dezember 2026', '',
      'Ab Februar zahlt das Land bis zu 500 Euro für kleine Solaranlagen am Balkon. Wir erklären, wer den Zuschuss bekommt und wie der Antrag funktioniert.', '',
      'Das Wichtigste in Kürze', 'Bis zu 500 Euro pro Haushalt', 'Anträge ab 1. Februar', 'Auszahlung nach Einbau', '',
      'Häufige Fragen', '',
      'Wer kann den Zuschuss beantragen?', '',
      'Alle Haushalte mit Hauptwohnsitz im Land, auch Mieterinnen und Mieter, wenn der Vermieter dem Einbau zugestimmt hat.', '',
      'Wie hoch ist der Zuschuss?', '',
      'Das Land übernimmt die Hälfte der Kosten, höchstens aber 500 Euro für Modul, Wechselrichter und Halterung zusammen.', '',
      'Muss ich in Vorleistung gehen?', '',
      'Ja. Der Zuschuss wird erst ausgezahlt, wenn die Rechnung und ein Foto der angeschlossenen Anlage vorliegen.', '',
      'Was gilt für Eigentümergemeinschaften?', '',
      'Hier braucht es einen Beschluss der Eigentümerversammlung, bevor der Antrag gestellt werden kann.', '',
      'Das Programm ist mit zwölf Millionen Euro ausgestattet und läuft, bis das Geld aufgebraucht ist.', '',
      'Teilen', 'Impressum',
    ],
    keep: ['Alle Haushalte mit Hauptwohnsitz im Land, auch Mieterinnen und Mieter, wenn der Vermieter dem Einbau zugestimmt hat.'],
    drop: ['Bis zu 500 Euro pro Haushalt', 'Impressum'],
    headings: ['Wer kann den Zuschuss beantragen?', 'Wie hoch ist der Zuschuss?', 'Muss ich in Vorleistung gehen?', 'Was gilt für Eigentümergemeinschaften?'],
  },
  {
    name: 'a Portuguese think-tank Q&A: the first question right under the standfirst reads as a sentence',
    lines: [
      'Instituto Atlântico', 'Pesquisa', 'Eventos', '',
      'A seca no rio Paraná vai voltar todos os anos?', '',
      'O nível baixo do rio reduziu o transporte de grãos pelo terceiro ano. O que isso significa para as exportações?', '',
      'Marta Lobo', 'Pesquisadora sênior', '4 de dezembro de 2026', '',
      'Por que a hidrovia voltou a ter problemas neste ano?', '',
      'O rio depende das chuvas no sul do Brasil, e a última estação chuvosa foi uma das mais secas desde que há registros, o que deixou trechos inteiros rasos demais para as barcaças carregadas.', '',
      'Como as empresas de transporte estão reagindo?', '',
      'Muitas passaram a carregar as barcaças pela metade ou a desviar parte da safra para o transporte rodoviário até os portos do Atlântico, que é mais caro.', '',
      'O governo pode fazer algo?', '',
      'Há um projeto de dragagem em estudo, mas ele enfrenta resistência de ambientalistas e só ficaria pronto no fim da década.', '',
      'Compartilhar', 'Assine nossa newsletter',
    ],
    keep: ['O rio depende das chuvas no sul do Brasil, e a última estação chuvosa foi uma das mais secas desde que há registros, o que deixou trechos inteiros rasos demais para as barcaças carregadas.'],
    drop: ['Assine nossa newsletter'],
    headings: ['Por que a hidrovia voltou a ter problemas neste ano?', 'Como as empresas de transporte estão reagindo?', 'O governo pode fazer algo?'],
  },
];

/** Short section labels of a speech: the one after an "(Applause)" line is a subheading like the others. */
const SECTION_LABELS: Case[] = [
  {
    name: 'a French mayor\'s speech: "La piscine" after "(Applaudissements)"',
    lines: [
      'Ville de Montvert', 'Mairie', 'Discours', '',
      'Vœux du maire à la population', '',
      '8 janvier 2027', '',
      'Merci à toutes et à tous d\'être venus si nombreux ce soir, malgré le froid et la neige sur les routes.', '',
      'Il y a un an, je vous avais promis trois choses : rénover l\'école du bourg, rouvrir la piscine et refaire la route du col.', '',
      'L\'école du bourg', '',
      'Les travaux se sont terminés en septembre. Les enfants ont fait leur rentrée dans des classes isolées et lumineuses, et la cantine sert désormais des repas cuisinés sur place.', '',
      '(Applaudissements)', '',
      'La piscine', '',
      'La piscine a rouvert ses portes en juin, après deux ans de fermeture. Plus de onze mille entrées ont été comptées pendant l\'été, un record pour notre commune.', '',
      'Ce qui reste à faire', '',
      'La route du col, en revanche, attendra encore un an, faute de subvention du département. Je m\'y engage devant vous ce soir.', '',
      'Bonne année à toutes et à tous.', '',
      'Partager', 'Mentions légales',
    ],
    keep: ['La piscine a rouvert ses portes en juin, après deux ans de fermeture. Plus de onze mille entrées ont été comptées pendant l\'été, un record pour notre commune.'],
    drop: ['(Applaudissements)', 'Mentions légales'],
    headings: ['L\'école du bourg', 'La piscine', 'Ce qui reste à faire'],
  },
];

/** An interview's questions, each with the speaker's label, are paragraphs, the short ones too. */
const INTERVIEW_QUESTIONS: Case[] = [
  {
    name: 'a Dutch magazine interview: "V:" and "A:" lines, one question of two words',
    lines: [
      'Ambacht & Land', 'Interviews', '',
      'Pottenbakker Sanne Wijma over klei, geduld en de laatste oven van het dorp', '',
      'Door Pieter Hoekstra', '2 december 2026', '',
      'Sanne Wijma, 58, runt de pottenbakkerij in Dwingelo die haar vader in 1971 begon. Ze bakt er elk jaar zo\'n tweeduizend stuks, vooral voor restaurants.', '',
      'V: Wat gaat er mis in de oven?', '',
      'A: Van alles. De klei is te nat, de temperatuur stijgt te snel, er zit een luchtbel in de wand. Dan barst het stuk en begin je opnieuw.', '',
      'V: En dan?', '',
      'A: Dan leer je ervan. Ik schrijf elke bakbeurt op, al veertig jaar, en lees die schriftjes nog steeds terug als iets niet lukt.', '',
      'V: Wie neemt het straks over?', '',
      'A: Mijn nicht, als ze dat wil. Ze werkt hier nu drie jaar en heeft betere handen dan ik had op haar leeftijd.', '',
      'Dit interview is ingekort.', '',
      'Meer interviews',
    ],
    keep: ['V: En dan?', 'V: Wat gaat er mis in de oven?'],
    drop: ['Meer interviews'],
    headings: [],
  },
];

/** A teaser of another page set between the story's paragraphs, in a script without capitals or as a sentence pointing to a page. */
const TEASERS_INSIDE_STORIES: Case[] = [
  {
    name: 'a Korean trade site: "함께 보기:" and a headline between paragraphs',
    lines: [
      '해운물류신문', '뉴스', '항만', '',
      '부산항 신항 2단계 부두 내년 3월 개장', '',
      '김민준 기자', '2026.12.04 10:20', '',
      '부산항 신항의 2단계 컨테이너 부두가 내년 3월 문을 연다. 해양수산부는 4일 시운전을 마치고 운영사 선정 절차를 끝냈다고 밝혔다.', '',
      '새 부두는 연간 250만 개의 컨테이너를 처리할 수 있으며, 자동화 크레인 12기를 갖췄다.', '',
      '함께 보기: 인천항 물동량 석 달 연속 감소세', '',
      '업계에서는 새 부두가 문을 열면 부산항의 환적 물량이 크게 늘어날 것으로 보고 있다. 다만 배후 도로가 아직 완공되지 않아 초기에는 혼잡이 예상된다.', '',
      '해양수산부는 배후 도로를 내년 하반기까지 완공할 계획이다.', '',
      '저작권자 © 해운물류신문 무단전재 및 재배포 금지',
    ],
    keep: ['해양수산부는 배후 도로를 내년 하반기까지 완공할 계획이다.'],
    drop: ['함께 보기'],
  },
  {
    name: 'a Hebrew news site: "עוד בנושא:" and a headline before a short closing paragraph',
    lines: [
      'חדשות העמק', 'חדשות', 'כלכלה', '',
      'מפעל המים החדש בעמק ייפתח באביב', '',
      'מאת נועה כהן', '4.12.2026', '',
      'מפעל ההתפלה החדש בצפון העמק יתחיל לפעול באביב, כך הודיעה היום רשות המים. המפעל יספק מים לכמאה אלף תושבים באזור, ויפחית את השאיבה מהאקוויפר המקומי.', '',
      'לדברי הרשות, העבודות הסתיימו לפני הזמן שנקבע, והמפעל עבר בהצלחה את כל הבדיקות הנדרשות.', '',
      'עוד בנושא: מחיר המים לחקלאים יעלה בשנה הבאה', '',
      'עלות הפרויקט הגיעה לכמאתיים מיליון שקל.', '',
      'שתפו', 'כל הזכויות שמורות',
    ],
    keep: ['עלות הפרויקט הגיעה לכמאתיים מיליון שקל.'],
    drop: ['עוד בנושא'],
  },
  {
    name: 'a Swedish local site: a Latin-script teaser before a short closing paragraph',
    lines: [
      'Norrlandsposten', 'Nyheter', 'Sport', '',
      'Ny färjelinje mellan Umeå och Vasa startar i mars', '',
      'Av Karin Lund', '4 december 2026', '',
      'En ny färjelinje mellan Umeå och Vasa ska börja trafikera sträckan i mars. Rederiet räknar med att fartyget ska göra två turer om dagen året runt.', '',
      'Fartyget drivs av biogas och kan ta 800 passagerare och 1 500 meter last.', '',
      'Läs även: Hamnen i Umeå får ny kaj för malmtåg', '',
      'Biljetterna släpps den 15 januari.', '',
      'Dela', 'Kontakta redaktionen',
    ],
    keep: ['Biljetterna släpps den 15 januari.'],
    drop: ['Läs även'],
  },
  {
    name: 'a German broadcaster: "Mehr dazu lesen Sie in unserem Liveblog." as the last line',
    lines: [
      'Radio Südwest', 'Nachrichten', 'Wetter', '',
      'Hangrutsch sperrt Bundesstraße im Schwarzwald', '',
      'Von Lena Maurer', '3. Dezember 2026', '',
      'Nach tagelangem Regen ist bei Todtnau ein Hang auf die Bundesstraße 317 gerutscht. Die Strecke bleibt nach Angaben des Landratsamts mindestens bis Ende Januar gesperrt.', '',
      'Verletzt wurde niemand. Ein Autofahrer war nach eigenen Angaben nur wenige Minuten vorher über die Stelle gefahren.', '',
      'Die Umleitung über Schönau verlängert die Fahrt um rund zwanzig Minuten.', '',
      'Mehr dazu lesen Sie in unserem Liveblog.', '',
      'Weitere Nachrichten aus der Region',
    ],
    keep: ['Die Umleitung über Schönau verlängert die Fahrt um rund zwanzig Minuten.'],
    drop: ['Mehr dazu lesen Sie in unserem Liveblog.'],
  },
  {
    name: 'a Polish portal: "Więcej o … przeczytasz w naszej relacji na żywo." between paragraphs',
    lines: [
      'Gazeta Pomorska Online', 'Wiadomości', '',
      'Sztorm zerwał molo w Ustce', '',
      'Autor: Tomasz Wrona', '3 grudnia 2026', '',
      'Nocny sztorm zerwał ostatni odcinek mola w Ustce. Fale miały według synoptyków ponad cztery metry wysokości, a wiatr w porywach przekraczał 110 kilometrów na godzinę.', '',
      'Więcej o sztormie przeczytasz w naszej relacji na żywo.', '',
      'Burmistrz zapowiedział, że miasto odbuduje molo do wakacji, jeśli dostanie pieniądze z rezerwy rządowej.', '',
      'Udostępnij', 'Regulamin',
    ],
    keep: ['Burmistrz zapowiedział, że miasto odbuduje molo do wakacji, jeśli dostanie pieniądze z rezerwy rządowej.'],
    drop: ['Więcej o sztormie'],
  },
  {
    name: 'an Arabic report: a kicker subheading of two words after the colon stays',
    lines: [
      'صحيفة الساحل', 'أخبار', 'اقتصاد', '',
      'شبكة الحافلات الكهربائية تصل إلى ثلاث مدن جديدة', '',
      'بقلم سارة الخطيب', '4 ديسمبر 2026', '',
      'أعلنت هيئة النقل اليوم أن شبكة الحافلات الكهربائية ستصل إلى ثلاث مدن جديدة في الربيع المقبل، بعد نجاح التجربة الأولى في العاصمة خلال العامين الماضيين.', '',
      'وقالت الهيئة إن عدد الركاب ارتفع بنسبة الثلث منذ تشغيل الخط الأول، وإن تكاليف التشغيل جاءت أقل من المتوقع.', '',
      'المرحلة الثانية: توسيع الشبكة', '',
      'وتشمل المرحلة الثانية شراء أربعين حافلة جديدة وبناء محطتين للشحن السريع قرب مواقف الحافلات الرئيسية في المدن الثلاث.', '',
      'شارك', 'جميع الحقوق محفوظة',
    ],
    keep: ['المرحلة الثانية: توسيع الشبكة', 'وتشمل المرحلة الثانية شراء أربعين حافلة جديدة وبناء محطتين للشحن السريع قرب مواقف الحافلات الرئيسية في المدن الثلاث.'],
    drop: ['جميع الحقوق محفوظة'],
  },
  {
    name: 'story lines that open the same way and stay: no pointer to another page, a field line in a notice',
    lines: [
      'Diario del Sur', 'Noticias', '',
      'El temporal obliga a cerrar tres colegios en la costa', '',
      'Por Ana Ruiz', '3 de diciembre de 2026', '',
      'La Consejería de Educación ha ordenado cerrar tres colegios de la costa por el temporal de viento, que ha arrancado parte de la cubierta de uno de ellos durante la noche.', '',
      'Más información llegará a las familias por correo antes del mediodía, según la consejería.', '',
      'Los alumnos recuperarán las clases perdidas durante las vacaciones de Navidad, aunque el calendario todavía no está cerrado.', '',
      'Compartir', 'Aviso legal',
    ],
    keep: ['Más información llegará a las familias por correo antes del mediodía, según la consejería.'],
    drop: ['Aviso legal'],
  },
];

/** A caption that closes on a credit word with no label colon ("(Family photo)", "Photo archives The Echo"), or a map's caption. */
const CAPTIONS_BY_CREDIT_WORD_OR_MAP: Case[] = [
  {
    name: 'a German obituary: a portrait caption closing on "(Archivfoto)" right under the byline',
    lines: [
      'Kreisbote Online', 'Lokales', 'Traueranzeigen', '',
      'Abschied von Hannelore Brandt, der Gründerin der Stadtbücherei', '',
      'Von Uwe Krämer', '2. Dezember 2026', '',
      'Hannelore Brandt bei der Eröffnung der neuen Bücherei im Jahr 1998. (Archivfoto)', '',
      'Hannelore Brandt, die vor fünfzig Jahren die erste Leihbücherei der Stadt im Keller des Rathauses eröffnete, ist am vergangenen Freitag im Alter von 94 Jahren gestorben.', '',
      'Über drei Jahrzehnte leitete sie die Bücherei ehrenamtlich, bis der Stadtrat 1998 einen Neubau am Marktplatz beschloss, der heute ihren Namen trägt.', '',
      'Die Trauerfeier findet am Dienstag um 14 Uhr in der Friedhofskapelle statt.', '',
      'Teilen', 'Impressum',
    ],
    keep: ['Die Trauerfeier findet am Dienstag um 14 Uhr in der Friedhofskapelle statt.'],
    drop: ['(Archivfoto)'],
  },
  {
    name: 'an Italian local paper: a caption closing on "Foto archivio" and the paper\'s name',
    lines: [
      'Il Corriere della Valle', 'Cronaca', 'Necrologi', '',
      'Addio a Giuseppe Rinaldi, il maestro che portò il teatro nelle scuole', '',
      'di Marta Ferri', '3 dicembre 2026', '',
      'Giuseppe Rinaldi, qui nel 2015 durante la festa del patrono. Foto archivio Il Corriere della Valle', '',
      'Per quasi quarant\'anni ha insegnato nella scuola elementare del paese, dove nel 1974 fondò la prima compagnia teatrale di bambini della provincia.', '',
      'Ogni primavera i suoi allievi portavano in piazza uno spettacolo scritto da loro, e molti di quei bambini oggi fanno gli attori o gli insegnanti.', '',
      'I funerali si terranno sabato alle 10 nella chiesa parrocchiale.', '',
      'Condividi', 'Note legali',
    ],
    keep: ['I funerali si terranno sabato alle 10 nella chiesa parrocchiale.'],
    drop: ['Foto archivio'],
  },
  {
    name: 'a Spanish civil-protection update: a map caption with its source between paragraphs',
    lines: [
      'Protección Civil de Navarra', 'Avisos', 'Prensa', '',
      'Las lluvias obligan a cortar seis carreteras en la Ribera', '',
      '4 de diciembre de 2026', '',
      'Las lluvias de los últimos tres días han obligado a cortar seis carreteras de la Ribera, donde el río ha superado el nivel de alerta en cuatro puntos de medición.', '',
      'Mapa: carreteras cortadas en la Ribera a las 8.00 horas. Fuente: Protección Civil', '',
      'Los equipos de emergencia han desalojado de forma preventiva dos urbanizaciones cercanas al cauce y han habilitado un polideportivo para las familias afectadas.', '',
      'Compartir', 'Aviso legal',
    ],
    keep: ['Los equipos de emergencia han desalojado de forma preventiva dos urbanizaciones cercanas al cauce y han habilitado un polideportivo para las familias afectadas.'],
    drop: ['Mapa: carreteras cortadas'],
  },
  {
    name: 'a Russian city portal: a map caption opening on "Карта:"',
    lines: [
      'Городской портал', 'Новости', 'ЖКХ', '',
      'В трёх районах города на два дня отключат горячую воду', '',
      '3 декабря 2026', '',
      'В понедельник и вторник в трёх районах города отключат горячую воду из-за ремонта магистральной трубы на улице Ленина, сообщили в управляющей компании.', '',
      'Карта: дома, в которых не будет горячей воды 7 и 8 декабря', '',
      'Работы планируют закончить к вечеру вторника. Если ремонт затянется, жителей предупредят заранее через управляющие компании и сайт администрации.', '',
      'Поделиться', 'Контакты',
    ],
    keep: ['Работы планируют закончить к вечеру вторника. Если ремонт затянется, жителей предупредят заранее через управляющие компании и сайт администрации.'],
    drop: ['Карта: дома'],
  },
  {
    name: 'story sentences that mention a map or a photo and stay',
    lines: [
      'Stadtanzeiger', 'Lokales', '',
      'Neue Karte zeigt die gefährlichsten Kreuzungen der Stadt', '',
      'Von Jana Roth', '2. Dezember 2026', '',
      'Die Polizei hat eine Karte der Unfallschwerpunkte veröffentlicht. Am häufigsten kracht es an der Kreuzung vor dem Hauptbahnhof, wo sich im vergangenen Jahr 41 Unfälle ereigneten.', '',
      'Auf dem Foto, das die Polizei dazu zeigte, ist die Kreuzung zur Hauptverkehrszeit zu sehen (aufgenommen im Oktober).', '',
      'Die Stadt will die Ampelschaltung dort bis zum Sommer ändern und einen zweiten Radweg anlegen.', '',
      'Teilen', 'Impressum',
    ],
    keep: ['Auf dem Foto, das die Polizei dazu zeigte, ist die Kreuzung zur Hauptverkehrszeit zu sehen (aufgenommen im Oktober).', 'Die Polizei hat eine Karte der Unfallschwerpunkte veröffentlicht. Am häufigsten kracht es an der Kreuzung vor dem Hauptbahnhof, wo sich im vergangenen Jahr 41 Unfälle ereigneten.'],
    drop: ['Impressum'],
  },
];

/** A story sentence held to the paragraph above a credit that closes a section (a subheading follows) ends the section; a caption set apart still goes. */
const SENTENCES_OVER_SECTION_CREDITS: Case[] = [
  {
    name: 'a Spanish university news page without blank lines: the section\'s last sentence over "Foto:" and a subheading',
    lines: [
      'Universidad del Litoral', 'Noticias', 'Investigación',
      'Investigadores crean un sensor barato para detectar fugas de agua en las tuberías',
      '2 de diciembre de 2026',
      'Un equipo de la Facultad de Ingeniería ha desarrollado un sensor acústico que se fija a la tubería y escucha de forma continua el ruido del agua que circula por ella.',
      'En una prueba de un año en un barrio de Santa Fe, los sensores detectaron 23 fugas, la mayoría antes de que apareciera cualquier señal en la superficie.',
      'A diferencia de los sistemas actuales, el sensor funciona con una sola pila durante unos cinco años.',
      'Foto: Prensa Universidad del Litoral',
      'El siguiente paso: tres ciudades',
      'La empresa regional de aguas instalará los sensores en otras tres ciudades durante el próximo año, según ha anunciado esta semana su director.',
      'Compartir', 'Aviso legal',
    ],
    keep: ['A diferencia de los sistemas actuales, el sensor funciona con una sola pila durante unos cinco años.'],
    drop: ['Foto: Prensa'],
  },
  {
    name: 'a Turkish city news page without blank lines: the section\'s last sentence over "Fotoğraf:" and a subheading',
    lines: [
      'Kent Haber', 'Gündem', 'Yaşam',
      'Belediye eski tramvay hattını yeniden açıyor',
      '3 Aralık 2026',
      'Büyükşehir belediyesi, 1960 yılında kapatılan sahil tramvay hattını yeniden açmak için ihaleye çıktı. Hat, iskele ile eski çarşı arasında dört kilometre uzunluğunda olacak.',
      'Belediye meclisinde yapılan oylamada proje oy birliğiyle kabul edildi ve ilk etap için kaynak ayrıldı.',
      'Yeni tramvaylar, eski hattın rayları yerine tamamen elektrikli ve alçak tabanlı araçlarla çalışacak.',
      'Fotoğraf: Belediye Basın Birimi',
      'Sıradaki adım: ihale',
      'İhaleyi kazanan firmanın çalışmalara bahar aylarında başlaması ve hattı iki yıl içinde tamamlaması bekleniyor.',
      'Paylaş', 'Künye',
    ],
    keep: ['Yeni tramvaylar, eski hattın rayları yerine tamamen elektrikli ve alçak tabanlı araçlarla çalışacak.'],
    drop: ['Fotoğraf: Belediye'],
  },
  {
    name: 'a caption set apart by a blank line over a credit and a subheading still goes',
    lines: [
      'Kent Haber', 'Gündem', '',
      'Belediye eski tramvay hattını yeniden açıyor', '',
      '3 Aralık 2026', '',
      'Büyükşehir belediyesi, 1960 yılında kapatılan sahil tramvay hattını yeniden açmak için ihaleye çıktı. Hat, iskele ile eski çarşı arasında dört kilometre uzunluğunda olacak.', '',
      'Belediye meclisinde yapılan oylamada proje oy birliğiyle kabul edildi ve ilk etap için kaynak ayrıldı.', '',
      'Eski tramvay, 1958 yılında iskele durağında.',
      'Fotoğraf: Kent Arşivi', '',
      'Sıradaki adım: ihale',
      'İhaleyi kazanan firmanın çalışmalara bahar aylarında başlaması ve hattı iki yıl içinde tamamlaması bekleniyor.', '',
      'Paylaş', 'Künye',
    ],
    keep: ['İhaleyi kazanan firmanın çalışmalara bahar aylarında başlaması ve hattı iki yıl içinde tamamlaması bekleniyor.'],
    drop: ['Eski tramvay, 1958 yılında iskele durağında.'],
  },
];

/** A box of bullet points under a short label, right above the story's first paragraph: a recap, not the story; bullets with no label under the headline are its subtitles. */
const LABELLED_BULLET_BOXES: Case[] = [
  {
    name: 'a Chinese university release: "研究亮点" over three "•" points',
    lines: [
      '首页', '新闻中心', '科研动态',
      '我校团队研发新型海水淡化膜 能耗降低三成',
      '2026-12-02',
      '研究亮点',
      '• 新型薄膜在高盐度海水中仍能保持稳定的过滤效率。',
      '• 与现有反渗透膜相比，单位产水能耗降低约三成。',
      '• 薄膜原料价格低廉，适合在沿海小型水厂推广使用。',
      '近日，我校化学与材料学院研究团队在海水淡化领域取得新进展，研发出一种以石墨烯为基础的新型过滤薄膜，相关成果已发表在国际学术期刊上。',
      '团队负责人介绍，传统反渗透膜在处理高盐度海水时容易堵塞，需要频繁清洗，而新型薄膜的孔径更加均匀，能够长时间保持稳定。',
      '目前，团队正与沿海一家水务企业合作，计划明年在小型水厂开展中试。',
      '联系我们', '版权所有',
    ],
    keep: ['目前，团队正与沿海一家水务企业合作，计划明年在小型水厂开展中试。'],
    drop: ['新型薄膜在高盐度海水中', '单位产水能耗降低约三成'],
  },
  {
    name: 'a Dutch research news page: "In het kort" over "- " points, with blank lines',
    lines: [
      'Hogeschool Zeeland', 'Nieuws', 'Onderzoek', '',
      'Zeewier als veevoer halveert methaanuitstoot van koeien', '',
      '2 december 2026', '',
      'In het kort',
      '- Koeien die zeewier bij hun voer kregen, stootten de helft minder methaan uit.',
      '- De melkproductie bleef gelijk.',
      '- Het zeewier wordt gekweekt in de Oosterschelde.', '',
      'Onderzoekers van de hogeschool hebben een jaar lang op drie melkveebedrijven getest wat er gebeurt als koeien een kleine hoeveelheid gedroogd zeewier door hun voer krijgen.', '',
      'De uitstoot van methaan, een sterk broeikasgas, daalde daarbij gemiddeld met de helft, terwijl de koeien evenveel melk bleven geven.', '',
      'Delen', 'Contact',
    ],
    keep: ['De uitstoot van methaan, een sterk broeikasgas, daalde daarbij gemiddeld met de helft, terwijl de koeien evenveel melk bleven geven.'],
    drop: ['De melkproductie bleef gelijk.', 'Het zeewier wordt gekweekt'],
  },
  {
    name: 'a Spanish research institute: "Claves" over "•" points written as full sentences',
    lines: [
      'Instituto de Ciencias del Mar', 'Noticias', 'Investigación',
      'Las praderas de posidonia crecen más rápido de lo esperado tras las tormentas',
      '2 de diciembre de 2026',
      'Claves',
      '• Las praderas dañadas por el temporal de 2024 han recuperado un tercio de su superficie en solo dos años.',
      '• La recuperación es más rápida en las zonas protegidas, donde no se permite fondear.',
      '• Los investigadores proponen ampliar las zonas de fondeo prohibido en toda la costa.',
      'Un equipo del instituto ha medido durante dos años la recuperación de las praderas de posidonia de la bahía, arrancadas en parte por el temporal que azotó la costa en enero de 2024.',
      'Los buceadores del equipo marcaron cien parcelas y volvieron a medirlas cada tres meses. En las zonas donde está prohibido fondear, la planta ha crecido el doble que en el resto.',
      'Compartir', 'Aviso legal',
    ],
    keep: ['Los buceadores del equipo marcaron cien parcelas y volvieron a medirlas cada tres meses. En las zonas donde está prohibido fondear, la planta ha crecido el doble que en el resto.'],
    drop: ['Las praderas dañadas por el temporal', 'Los investigadores proponen ampliar'],
  },
  {
    name: 'a German university page: "Kurz erklärt" over "–" points written as full sentences',
    lines: [
      'Universität Nordhafen', 'Presse', 'Meldungen',
      'Alte Obstsorten vertragen Trockenheit besser als neue',
      '3. Dezember 2026',
      'Kurz erklärt',
      '– Alte Apfelsorten bilden tiefere Wurzeln und kommen deshalb länger ohne Regen aus.',
      '– Neue Sorten tragen mehr Früchte, brauchen aber mehr Wasser.',
      'Ein Forschungsteam der Universität hat auf einer Streuobstwiese bei Nordhafen drei Sommer lang verglichen, wie alte und neue Apfelsorten mit Trockenheit zurechtkommen.',
      'Die alten Sorten verloren in den trockenen Wochen deutlich weniger Blätter. Das Team empfiehlt Gemeinden, bei Neupflanzungen wieder stärker auf regionale Sorten zu setzen.',
      'Teilen', 'Impressum',
    ],
    keep: ['Die alten Sorten verloren in den trockenen Wochen deutlich weniger Blätter. Das Team empfiehlt Gemeinden, bei Neupflanzungen wieder stärker auf regionale Sorten zu setzen.'],
    drop: ['Alte Apfelsorten bilden tiefere Wurzeln', 'Neue Sorten tragen mehr Früchte'],
  },
  {
    name: 'a Korean ministry release: "- " subtitles right under the headline, with no label, stay',
    lines: [
      '본문 바로가기', '국토교통부', '보도자료',
      '등록일: 2026-12-03',
      '지방 공항 국제선 노선 확대… 내년 12개 노선 신설',
      '- 지방 공항 이용객 편의를 위해 출입국 심사 인력도 늘려',
      '국토교통부는 내년부터 지방 공항의 국제선 노선을 크게 늘린다고 3일 밝혔다. 청주, 대구, 무안 공항 등에 모두 12개 노선이 새로 생긴다.',
      '국토교통부는 늘어나는 이용객에 맞춰 출입국 심사 인력을 30명 늘리고, 보안 검색대도 추가로 설치할 계획이다.',
      '이전글', '다음글', '목록',
    ],
    keep: ['- 지방 공항 이용객 편의를 위해 출입국 심사 인력도 늘려'],
    drop: ['이전글'],
  },
  {
    name: 'a list inside the story, under its first paragraph, stays',
    lines: [
      'Gazeta Lokalna', 'Wiadomości', '',
      'Rada miasta przyjęła budżet na przyszły rok', '',
      '3 grudnia 2026', '',
      'Rada miasta przyjęła we wtorek budżet na przyszły rok. Największe wydatki pójdą na drogi, szkoły i komunikację miejską, a dług miasta ma nie rosnąć.', '',
      'Najważniejsze inwestycje',
      '- przebudowa ulicy Długiej',
      '- nowa hala sportowa przy szkole nr 4',
      '- zakup sześciu autobusów elektrycznych', '',
      'Opozycja głosowała przeciw, krytykując brak pieniędzy na mieszkania komunalne i remonty starych kamienic w centrum.', '',
      'Udostępnij', 'Regulamin',
    ],
    keep: ['- przebudowa ulicy Długiej', '- zakup sześciu autobusów elektrycznych'],
    drop: ['Regulamin'],
  },
];

/** A table copied with bars between its cells, inside the story, is story; rows of links are not. */
const TABLES_IN_STORIES: Case[] = [
  {
    name: 'a German local paper: an election result table between paragraphs',
    lines: [
      'Kreiszeitung Nord', 'Lokales', 'Politik', '',
      'Knappes Ergebnis bei der Bürgermeisterwahl in Hollstedt', '',
      'Von Maren Ott', '7. Dezember 2026', '',
      'Bei der Bürgermeisterwahl in Hollstedt hat sich Amtsinhaberin Petra Wiese mit einem Vorsprung von nur 112 Stimmen gegen ihren Herausforderer durchgesetzt.', '',
      'Kandidat | Stimmen | Anteil',
      'Petra Wiese | 2.418 | 51,2 %',
      'Jonas Berger | 2.306 | 48,8 %', '',
      'Die Wahlbeteiligung lag mit 58 Prozent deutlich höher als vor sechs Jahren. Berger kündigte an, das Ergebnis nicht anzufechten.', '',
      'Teilen', 'Impressum',
    ],
    keep: ['Kandidat | Stimmen | Anteil', 'Petra Wiese | 2.418 | 51,2 %', 'Jonas Berger | 2.306 | 48,8 %'],
    drop: ['Impressum'],
    headings: [],
  },
  {
    name: 'a Turkish market report: a price table under a subheading',
    lines: [
      'Tarım Gündemi', 'Haberler', 'Piyasa', '',
      'Fındık fiyatları hasattan sonra yüzde 12 yükseldi', '',
      '4 Aralık 2026', '',
      'Karadeniz\'de fındık hasadının bitmesinin ardından iç piyasada fiyatlar son iki ayda yüzde 12 yükseldi. Üreticiler rekoltenin beklenenden düşük kalmasını gösteriyor.', '',
      'Borsa fiyatları',
      'Ürün | Ekim | Kasım',
      'Giresun kalite | 142 TL | 158 TL',
      'Levant kalite | 138 TL | 153 TL', '',
      'Tüccarlar, fiyatların yılbaşına kadar bu seviyede kalmasını bekliyor. Toprak Mahsulleri Ofisi ise alım fiyatını henüz açıklamadı.', '',
      'Paylaş', 'Künye',
    ],
    keep: ['Ürün | Ekim | Kasım', 'Giresun kalite | 142 TL | 158 TL', 'Levant kalite | 138 TL | 153 TL'],
    drop: ['Künye'],
  },
  {
    name: 'rows of links inside a story, of different widths and with no figures, stay out',
    lines: [
      'Kreiszeitung Nord', 'Lokales', '',
      'Neuer Radweg zwischen Hollstedt und Brinkum freigegeben', '',
      'Von Maren Ott', '7. Dezember 2026', '',
      'Der neue Radweg zwischen Hollstedt und Brinkum ist seit Montag freigegeben. Die Strecke ist vier Kilometer lang und durchgehend beleuchtet.', '',
      'Facebook | WhatsApp | E-Mail',
      'Drucken | Teilen', '',
      'Der Bau hat rund 1,8 Millionen Euro gekostet, von denen das Land zwei Drittel übernommen hat. Im Frühjahr sollen Bänke und Fahrradständer folgen.', '',
      'Teilen', 'Impressum',
    ],
    keep: ['Der Bau hat rund 1,8 Millionen Euro gekostet, von denen das Land zwei Drittel übernommen hat. Im Frühjahr sollen Bänke und Fahrradständer folgen.'],
    drop: ['Facebook | WhatsApp', 'Drucken | Teilen'],
  },
];

/** A broadcast transcript's segment tags ("[Interview] Name / role") go; the speaker's quoted words under them are story, not a pull quote. */
const TRANSCRIPT_TAGS: Case[] = [
  {
    name: 'an English regional TV transcript: "[SOT]" tags over quoted clips',
    lines: [
      'Valley 7 News', 'Watch live', 'News', '',
      'Dairy farmers count the cost of the wettest autumn on record', '',
      'Valley 7 News at Six | 4 December 2026', '',
      '[ANCHOR]',
      'Farmers across the valley say the wettest autumn on record has left fields too wet to graze and cost some of them thousands of pounds in extra feed.', '',
      '[REPORT]',
      'On this farm near Ashby the cows have been indoors since the middle of September, almost two months earlier than usual.', '',
      '[SOT] Gareth Lewis / dairy farmer',
      '"We have been buying in silage since October, and at this rate the money we made in the summer will be gone by Christmas."', '',
      'The farmers\' union says it has asked the government to bring forward payments under the new land scheme.', '',
      '[SOT] Helen Price / farmers\' union',
      '"A few weeks of earlier payments would make the difference between a hard winter and selling part of the herd."', '',
      'Valley 7 News, Tom Reed reporting.', '',
      'More from Valley 7',
    ],
    keep: [
      '"We have been buying in silage since October, and at this rate the money we made in the summer will be gone by Christmas."',
      '"A few weeks of earlier payments would make the difference between a hard winter and selling part of the herd."',
    ],
    drop: ['[SOT] Gareth Lewis', '[SOT] Helen Price', '[REPORT]'],
    headings: [],
  },
  {
    name: 'a Spanish TV transcript: "[Entrevista]" tags over quoted clips in «»',
    lines: [
      'Canal Sur Noticias', 'Directo', 'Noticias', '',
      'La sequía deja los embalses de la cuenca al 18 por ciento', '',
      'Informativo 14 horas | 4 de diciembre de 2026', '',
      '[Presentadora]',
      'Los embalses de la cuenca están al 18 por ciento de su capacidad, el nivel más bajo desde que hay registros, y los regantes temen otra campaña sin agua.', '',
      '[Entrevista] Manuel Ortiz / regante',
      '«Llevamos tres años sembrando la mitad de la tierra y no sabemos cuánto tiempo más vamos a aguantar así.»', '',
      'La confederación hidrográfica reunirá la próxima semana a los usuarios para decidir los nuevos recortes de riego.', '',
      '[Entrevista] Lucía Gómez / confederación hidrográfica',
      '«Si no llueve este invierno, tendremos que priorizar el abastecimiento de las ciudades sobre el regadío.»', '',
      'Más noticias',
    ],
    keep: [
      '«Llevamos tres años sembrando la mitad de la tierra y no sabemos cuánto tiempo más vamos a aguantar así.»',
      '«Si no llueve este invierno, tendremos que priorizar el abastecimiento de las ciudades sobre el regadío.»',
    ],
    drop: ['[Entrevista] Manuel Ortiz', '[Entrevista] Lucía Gómez'],
    headings: [],
  },
];

/** In a copy without blank lines, the sponsored headline under an advert label goes; a subheading of the story under the label, which its section takes up, stays. */
const SPONSORED_HEADLINES: Case[] = [
  {
    name: 'a German trade portal without blank lines: "Anzeige" over a whitepaper\'s title',
    lines: [
      'Logistik Heute', 'Nachrichten', 'Lager',
      'Paketdienst baut neues Verteilzentrum bei Kassel',
      'Von Ralf Winter', '3. Dezember 2026',
      'Ein großer Paketdienst will bei Kassel ein neues Verteilzentrum für 120 Millionen Euro bauen. Es soll ab 2028 bis zu 60.000 Pakete pro Stunde sortieren.',
      'Das Unternehmen begründet die Investition mit dem wachsenden Onlinehandel in Nordhessen und Südniedersachsen, wo die bestehenden Standorte an ihre Grenzen stoßen.',
      'Anzeige',
      'Whitepaper: So senken Sie die Energiekosten Ihrer Kühlkette',
      'Nach Angaben der Stadt entstehen in dem Zentrum rund 400 Arbeitsplätze. Der Bebauungsplan soll im Frühjahr beschlossen werden.',
      'Die Anwohner fürchten vor allem mehr Lastwagenverkehr auf der Bundesstraße durch den Ort.',
      'Teilen', 'Impressum',
    ],
    keep: ['Nach Angaben der Stadt entstehen in dem Zentrum rund 400 Arbeitsplätze. Der Bebauungsplan soll im Frühjahr beschlossen werden.'],
    drop: ['Whitepaper: So senken Sie'],
  },
  {
    name: 'a French trade site without blank lines: "Publicité" over a sponsored guide',
    lines: [
      'Agro Hebdo', 'Actualités', 'Filières',
      'Une coopérative laitière normande investit dans le séchage de lactosérum',
      'Par Claire Moreau', '2 décembre 2026',
      'La coopérative laitière de la Manche va investir 45 millions d\'euros dans une tour de séchage pour transformer son lactosérum en poudre destinée à l\'alimentation infantile.',
      'Le projet doit permettre de valoriser un sous-produit aujourd\'hui vendu à bas prix à l\'alimentation animale, selon le directeur général de la coopérative.',
      'Publicité',
      'Guide pratique : réussir son audit de sécurité alimentaire',
      'La tour de séchage entrera en service à l\'automne 2028 et traitera chaque jour un million de litres de lactosérum issus des fromageries du groupe.',
      'Partager', 'Mentions légales',
    ],
    keep: ['La tour de séchage entrera en service à l\'automne 2028 et traitera chaque jour un million de litres de lactosérum issus des fromageries du groupe.'],
    drop: ['Guide pratique'],
  },
  {
    name: 'a subheading of the story under an advert label stays when its section takes it up',
    lines: [
      'Logistik Heute', 'Nachrichten', 'Lager',
      'Paketdienst baut neues Verteilzentrum bei Kassel',
      'Von Ralf Winter', '3. Dezember 2026',
      'Ein großer Paketdienst will bei Kassel ein neues Verteilzentrum für 120 Millionen Euro bauen. Es soll ab 2028 bis zu 60.000 Pakete pro Stunde sortieren.',
      'Das Unternehmen begründet die Investition mit dem wachsenden Onlinehandel in Nordhessen und Südniedersachsen, wo die bestehenden Standorte an ihre Grenzen stoßen.',
      'Anzeige',
      'Sorge vor mehr Lastwagenverkehr',
      'Die Anwohner fürchten vor allem mehr Lastwagenverkehr auf der Bundesstraße durch den Ort. Die Stadt verspricht eine neue Zufahrt direkt von der Autobahn.',
      'Teilen', 'Impressum',
    ],
    keep: ['Sorge vor mehr Lastwagenverkehr'],
    drop: ['Impressum'],
  },
];

describe('lines of the same shape inside one story get the same call', () => {
  it.each(NUMBERED_SECTIONS.map((entry) => [entry.name, entry] as const))('numbered sections: %s', (_name, entry) => expectStory(entry));
  it.each(FAQ_QUESTIONS.map((entry) => [entry.name, entry] as const))('FAQ questions: %s', (_name, entry) => expectStory(entry));
  it.each(SECTION_LABELS.map((entry) => [entry.name, entry] as const))('section labels: %s', (_name, entry) => expectStory(entry));
  it.each(INTERVIEW_QUESTIONS.map((entry) => [entry.name, entry] as const))('interview questions: %s', (_name, entry) => expectStory(entry));
  it.each(NOT_SIBLING_HEADINGS.map((entry) => [entry.name, entry] as const))('not siblings: %s', (_name, entry) => expectStory(entry));
});

describe('a teaser of another page inside the story goes', () => {
  it.each(TEASERS_INSIDE_STORIES.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => expectStory(entry));
});

describe('a caption known by its credit word or its map label goes', () => {
  it.each(CAPTIONS_BY_CREDIT_WORD_OR_MAP.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => expectStory(entry));
});

describe('a sentence over a credit that closes a section stays', () => {
  it.each(SENTENCES_OVER_SECTION_CREDITS.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => expectStory(entry));
});

describe('a box of bullet points under a label above the story goes', () => {
  it.each(LABELLED_BULLET_BOXES.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => expectStory(entry));
});


describe('a table inside the story stays', () => {
  it.each(TABLES_IN_STORIES.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => expectStory(entry));
});


describe('a broadcast transcript\'s tags go and the clips under them stay', () => {
  it.each(TRANSCRIPT_TAGS.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => expectStory(entry));
});


describe('a sponsored headline under an advert label goes', () => {
  it.each(SPONSORED_HEADLINES.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => expectStory(entry));
});
