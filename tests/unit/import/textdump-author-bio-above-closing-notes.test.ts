/**
 * The author's bio under the story with a note of the outlet under it ("Jane Doe covers schools for the Courier. …" /
 * "The Courier is a nonprofit newsroom. Support its work at …"): a republished or nonprofit story closes so. The reader
 * gets the story without the bio, which goes with the byline as it does when it is the page's last line. Invented pages
 * in the languages whose bios the byline reader knows ("is a reporter", "écrit sur", "ist Redakteurin", "muhabiridir");
 * a last paragraph about someone other than the author stays.
 */
import { describe, expect, it } from 'vitest';
import { cleanTextDump, type CleanedDump } from '../../../shared/textdump/clean.ts';

interface Page {
  author: string;
  story: readonly [string, string, string];
  bio: string;
  outletNote: string;
}

const PAGES: ReadonlyArray<readonly [string, Page]> = [
  ['en', {
    author: 'Nora Blackwell',
    story: [
      'The county will close two of its five recycling centres in January, saying the sites cost too much to run for the few people who use them.',
      'Residents who live near the closing sites will have to drive up to twenty miles to the nearest centre, and several of them told the board the plan would lead to more fly-tipping.',
      'The board said it would review the decision after six months and look at whether a mobile collection service could visit the villages once a week.',
    ],
    bio: 'Nora Blackwell covers local government for the Hillside Record. She can be reached at nblackwell@hillside.example.',
    outletNote: 'The Hillside Record is an independent nonprofit newsroom. Support its work at hillside.example/give.',
  }],
  ['fr', {
    author: 'Camille Rousset',
    story: [
      'Le département fermera en janvier deux de ses cinq déchetteries, estimant que ces sites coûtent trop cher pour le peu d\'usagers qui les fréquentent.',
      'Les habitants des communes concernées devront parcourir jusqu\'à trente kilomètres pour rejoindre la déchetterie la plus proche, et plusieurs ont dénoncé un risque de dépôts sauvages.',
      'Le conseil départemental promet de réexaminer sa décision dans six mois et d\'étudier la mise en place d\'une collecte mobile dans les villages.',
    ],
    bio: 'Camille Rousset est journaliste au service politique locale de L\'Écho des Collines. Elle couvre les collectivités depuis 2019.',
    outletNote: 'L\'Écho des Collines est un média indépendant à but non lucratif. Soutenez son travail sur echo.example/don.',
  }],
  ['de', {
    author: 'Jana Hofmeister',
    story: [
      'Der Landkreis schließt im Januar zwei seiner fünf Wertstoffhöfe, weil die Anlagen für die wenigen Nutzer zu teuer geworden seien.',
      'Anwohner der betroffenen Gemeinden müssen künftig bis zu dreißig Kilometer zum nächsten Wertstoffhof fahren, mehrere von ihnen warnten im Kreistag vor wilden Müllablagerungen.',
      'Der Kreistag will die Entscheidung nach sechs Monaten überprüfen und klären, ob ein mobiler Sammeldienst die Dörfer einmal pro Woche anfahren kann.',
    ],
    bio: 'Jana Hofmeister ist Redakteurin im Lokalressort des Hügelland-Kuriers und schreibt über Kommunalpolitik.',
    outletNote: 'Der Hügelland-Kurier ist ein unabhängiges, gemeinnütziges Medium. Unterstützen Sie seine Arbeit unter kurier.example/spenden.',
  }],
  ['es', {
    author: 'Lucía Ferrández',
    story: [
      'La diputación cerrará en enero dos de sus cinco puntos limpios, al considerar que su mantenimiento resulta demasiado caro para los pocos vecinos que los usan.',
      'Los residentes de los municipios afectados tendrán que recorrer hasta treinta kilómetros hasta el punto limpio más cercano, y varios alertaron de un aumento de los vertidos ilegales.',
      'La diputación revisará la decisión dentro de seis meses y estudiará un servicio de recogida móvil que visite los pueblos una vez por semana.',
    ],
    bio: 'Lucía Ferrández es periodista de la sección local de El Mirador de la Sierra y cubre la política municipal.',
    outletNote: 'El Mirador de la Sierra es un medio independiente sin ánimo de lucro. Apoya su trabajo en mirador.example/donar.',
  }],
  ['it', {
    author: 'Giulia Marchetti',
    story: [
      'La provincia chiuderà a gennaio due delle sue cinque isole ecologiche, sostenendo che costano troppo per i pochi cittadini che le utilizzano.',
      'Gli abitanti dei comuni interessati dovranno percorrere fino a trenta chilometri per raggiungere il centro più vicino, e molti temono un aumento dell\'abbandono dei rifiuti.',
      'La provincia riesaminerà la decisione tra sei mesi e valuterà un servizio di raccolta mobile che passi nei paesi una volta alla settimana.',
    ],
    bio: 'Giulia Marchetti è giornalista della redazione locale della Gazzetta delle Colline e segue la politica comunale.',
    outletNote: 'La Gazzetta delle Colline è una testata indipendente senza scopo di lucro. Sostieni il suo lavoro su gazzetta.example/dona.',
  }],
  ['pt', {
    author: 'Marta Quintela',
    story: [
      'A câmara vai fechar em janeiro dois dos seus cinco ecocentros, alegando que os espaços custam demasiado para os poucos moradores que os utilizam.',
      'Os habitantes das freguesias afetadas terão de percorrer até trinta quilómetros até ao ecocentro mais próximo, e vários alertaram para o risco de despejos ilegais.',
      'A autarquia promete rever a decisão dentro de seis meses e estudar um serviço de recolha móvel que passe pelas aldeias uma vez por semana.',
    ],
    bio: 'Marta Quintela é jornalista da secção local do Correio da Serra e escreve sobre política autárquica.',
    outletNote: 'O Correio da Serra é um órgão de comunicação independente e sem fins lucrativos. Apoie o seu trabalho em correio.example/apoiar.',
  }],
  ['nl', {
    author: 'Sanne Verhoef',
    story: [
      'De gemeente sluit in januari twee van haar vijf milieustraten, omdat de locaties te duur zijn voor het kleine aantal inwoners dat er komt.',
      'Bewoners van de getroffen dorpen moeten straks tot dertig kilometer rijden naar de dichtstbijzijnde milieustraat, en verschillende van hen waarschuwden voor meer zwerfafval.',
      'De gemeente wil het besluit over zes maanden opnieuw bekijken en onderzoekt of een mobiele inzameldienst de dorpen wekelijks kan bezoeken.',
    ],
    bio: 'Sanne Verhoef schrijft voor het Heuvelland Dagblad over de gemeentepolitiek in de regio.',
    outletNote: 'Het Heuvelland Dagblad is een onafhankelijke redactie zonder winstoogmerk. Steun ons werk via dagblad.example/steun.',
  }],
  ['pl', {
    author: 'Agnieszka Wróblewska',
    story: [
      'Powiat zamknie w styczniu dwa z pięciu punktów selektywnej zbiórki odpadów, tłumacząc, że ich utrzymanie jest zbyt drogie przy tak małej liczbie użytkowników.',
      'Mieszkańcy gmin, których dotyczy decyzja, będą musieli jeździć nawet trzydzieści kilometrów do najbliższego punktu, a kilku z nich ostrzegało przed dzikimi wysypiskami.',
      'Zarząd powiatu obiecał wrócić do sprawy za pół roku i sprawdzić, czy mobilna zbiórka mogłaby raz w tygodniu odwiedzać wsie.',
    ],
    bio: 'Agnieszka Wróblewska jest dziennikarką działu lokalnego Gazety Pagórków i pisze o samorządach.',
    outletNote: 'Gazeta Pagórków to niezależna redakcja non-profit. Wesprzyj naszą pracę na gazeta.example/wesprzyj.',
  }],
  ['ru', {
    author: 'Ольга Самойлова',
    story: [
      'Район в январе закроет два из пяти пунктов приёма вторсырья, объяснив решение тем, что их содержание обходится слишком дорого при малом числе посетителей.',
      'Жителям соседних сёл придётся ездить до ближайшего пункта до тридцати километров, и многие из них предупредили депутатов о росте стихийных свалок.',
      'Администрация пообещала вернуться к вопросу через полгода и рассмотреть возможность передвижного пункта, который раз в неделю будет объезжать сёла.',
    ],
    bio: 'Ольга Самойлова пишет о местном самоуправлении для газеты «Холмистый край».',
    outletNote: '«Холмистый край» — независимое некоммерческое издание. Поддержать нашу работу можно на сайте kray.example/help.',
  }],
  ['tr', {
    author: 'Elif Karaca',
    story: [
      'İl yönetimi, beş geri dönüşüm merkezinden ikisini ocak ayında kapatacak; merkezlerin az sayıda kullanıcı için fazla masraflı olduğu belirtildi.',
      'Kapanan merkezlerin yakınında yaşayanlar en yakın merkeze ulaşmak için otuz kilometreye kadar yol gitmek zorunda kalacak ve birçoğu kaçak döküm artacağı uyarısında bulundu.',
      'Yönetim kararı altı ay sonra yeniden değerlendireceğini ve köylere haftada bir uğrayacak seyyar bir toplama hizmetini inceleyeceğini açıkladı.',
    ],
    bio: 'Elif Karaca, Tepeler Gazetesi\'nin yerel yönetimler muhabiridir.',
    outletNote: 'Tepeler Gazetesi bağımsız ve kâr amacı gütmeyen bir yayın kuruluşudur. Çalışmalarımızı tepeler.example/destek adresinden destekleyebilirsiniz.',
  }],
  ['ar', {
    author: 'سلمى حداد',
    story: [
      'ستغلق البلدية في يناير اثنين من مراكز إعادة التدوير الخمسة التابعة لها، معتبرة أن تكلفة تشغيلهما مرتفعة مقارنة بعدد مستخدميهما القليل.',
      'وسيضطر سكان القرى القريبة إلى قطع ما يصل إلى ثلاثين كيلومترا للوصول إلى أقرب مركز، وحذر عدد منهم من انتشار رمي النفايات في الأراضي الخالية.',
      'ووعد المجلس البلدي بمراجعة القرار بعد ستة أشهر ودراسة خدمة جمع متنقلة تزور القرى مرة كل أسبوع.',
    ],
    bio: 'سلمى حداد صحفية في القسم المحلي لصحيفة التلال، وتكتب عن شؤون البلديات.',
    outletNote: 'صحيفة التلال مؤسسة إعلامية مستقلة غير ربحية. ادعموا عملنا عبر الموقع tilal.example/support.',
  }],
  ['he', {
    author: 'נועה ברקוביץ',
    story: [
      'המועצה תסגור בינואר שניים מחמשת מרכזי המיחזור שלה, בטענה שהפעלתם יקרה מדי ביחס למספר המועט של התושבים שמשתמשים בהם.',
      'תושבי היישובים הסמוכים ייאלצו לנסוע עד שלושים קילומטרים למרכז הקרוב, וכמה מהם הזהירו שהסגירה תגרום להשלכת פסולת בשטחים פתוחים.',
      'המועצה הבטיחה לבחון את ההחלטה מחדש בעוד חצי שנה ולבדוק שירות איסוף נייד שיגיע ליישובים פעם בשבוע.',
    ],
    bio: 'נועה ברקוביץ היא כתבת השלטון המקומי של עיתון הגבעות.',
    outletNote: 'עיתון הגבעות הוא מערכת עצמאית ללא מטרות רווח. תמכו בעבודתנו באתר givot.example/support.',
  }],
];

function clean(page: Page, closing: readonly string[]): CleanedDump {
  const head = ['Hillside Network', 'Local', '', 'Recycling centres to close', `By ${page.author}`, '3 December 2026'];
  const result = cleanTextDump([...head, '', [...page.story, ...closing].join('\n\n'), '', 'Related', 'Contact us | Privacy'].join('\n'));
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

describe('the author’s bio under the story, over a note of the outlet', () => {
  it.each(PAGES)('%s: the bio leaves the story and goes with the byline', (_lang, page) => {
    const article = clean(page, [page.bio, page.outletNote]);
    const texts = article.blocks.map((block) => block.text);
    expect(texts.slice(0, 3)).toEqual(page.story);
    expect(texts).not.toContain(page.bio);
    expect(article.bylineBio).toBe(page.bio);
  });

  it('a last paragraph about someone the story names, over the outlet’s note, stays', () => {
    const [, page] = PAGES[0]!;
    const closing = 'Martin Hale is a retired engineer who has campaigned for the centre in his village since it opened in 1998. He said he would keep driving there.';
    const texts = clean(page, [closing, page.outletNote]).blocks.map((block) => block.text);
    expect(texts).toContain(closing);
  });
});
