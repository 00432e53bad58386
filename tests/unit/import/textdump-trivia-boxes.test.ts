/**
 * A trivia box set inside the story ("Did you know?" / one paragraph of a side fact): a children's news site, a museum's
 * page or a science desk prints it between two paragraphs. Its label is a closed phrase in each language; the box is the
 * label and the paragraph under it, and the story goes on below. Invented copies in the fourteen languages we read; the
 * same words inside a story sentence stay.
 */
import { describe, expect, it } from 'vitest';
import { cleanTextDump } from '../../../shared/textdump/clean.ts';

const STORY_EN = [
  'A colony of rare bats has moved back into a disused railway tunnel near the town, ten years after the last ones were seen there.',
  'Volunteers counted more than two hundred of them in November, hanging from the bricks in the coldest part of the tunnel.',
  'The tunnel was closed to walkers last year so that the bats would not be disturbed during their winter sleep.',
  'Scientists will count the colony again in February to see how many bats survive the winter.',
];

/** For each language: the box's label and its paragraph, and a story of four paragraphs. */
const BOXES: ReadonlyArray<readonly [string, string, string, readonly string[]]> = [
  ['en', 'Did you know?', 'A single bat can eat more than a thousand tiny insects in one night, which makes bats very useful to farmers.', STORY_EN],
  ['fr', 'Le saviez-vous ?', 'Une seule chauve-souris peut manger plus de mille petits insectes en une nuit, ce qui la rend très utile aux agriculteurs.', [
    'Une colonie de chauves-souris rares s\'est réinstallée dans un ancien tunnel ferroviaire près de la ville, dix ans après leur disparition.',
    'Des bénévoles en ont compté plus de deux cents en novembre, accrochées aux briques dans la partie la plus froide du tunnel.',
    'Le tunnel a été fermé aux promeneurs l\'an dernier pour que les chauves-souris ne soient pas dérangées pendant l\'hiver.',
    'Les scientifiques recompteront la colonie en février pour savoir combien ont survécu.',
  ]],
  ['de', 'Wusstest du schon?', 'Eine einzige Fledermaus kann in einer Nacht mehr als tausend kleine Insekten fressen und ist deshalb für Landwirte sehr nützlich.', [
    'Eine Kolonie seltener Fledermäuse ist in einen stillgelegten Eisenbahntunnel bei der Stadt zurückgekehrt, zehn Jahre nachdem die letzten dort gesehen wurden.',
    'Freiwillige zählten im November mehr als zweihundert Tiere, die im kältesten Teil des Tunnels an den Ziegeln hingen.',
    'Der Tunnel wurde im vergangenen Jahr für Spaziergänger gesperrt, damit die Fledermäuse im Winterschlaf nicht gestört werden.',
    'Im Februar wollen die Forscher die Kolonie noch einmal zählen.',
  ]],
  ['es', '¿Sabías que…?', 'Un solo murciélago puede comer más de mil insectos pequeños en una noche, por eso son tan útiles para los agricultores.', [
    'Una colonia de murciélagos poco comunes ha vuelto a un túnel de tren abandonado cerca de la ciudad, diez años después de que se vieran los últimos.',
    'Los voluntarios contaron más de doscientos en noviembre, colgados de los ladrillos en la parte más fría del túnel.',
    'El túnel se cerró a los paseantes el año pasado para que los murciélagos no fueran molestados durante el invierno.',
    'Los científicos volverán a contar la colonia en febrero.',
  ]],
  ['it', 'Lo sapevi?', 'Un solo pipistrello può mangiare più di mille piccoli insetti in una notte, per questo è molto utile agli agricoltori.', [
    'Una colonia di pipistrelli rari è tornata in una galleria ferroviaria abbandonata vicino alla città, dieci anni dopo che gli ultimi erano stati visti lì.',
    'A novembre i volontari ne hanno contati più di duecento, appesi ai mattoni nella parte più fredda della galleria.',
    'La galleria è stata chiusa ai escursionisti l\'anno scorso perché i pipistrelli non fossero disturbati durante il letargo.',
    'Gli scienziati conteranno di nuovo la colonia a febbraio.',
  ]],
  ['pt', 'Sabia que?', 'Um único morcego pode comer mais de mil pequenos insetos numa só noite, por isso os morcegos são muito úteis aos agricultores.', [
    'Uma colónia de morcegos raros voltou a instalar-se num túnel ferroviário abandonado perto da cidade, dez anos depois de os últimos terem sido vistos.',
    'Os voluntários contaram mais de duzentos em novembro, pendurados nos tijolos na parte mais fria do túnel.',
    'O túnel foi fechado aos caminhantes no ano passado para que os morcegos não fossem incomodados durante o inverno.',
    'Os cientistas voltarão a contar a colónia em fevereiro.',
  ]],
  ['nl', 'Wist je dat?', 'Eén vleermuis kan in één nacht meer dan duizend kleine insecten eten, en daarom zijn vleermuizen erg nuttig voor boeren.', [
    'Een kolonie zeldzame vleermuizen is teruggekeerd in een oude spoortunnel bij de stad, tien jaar nadat de laatste daar werden gezien.',
    'Vrijwilligers telden in november meer dan tweehonderd dieren, die in het koudste deel van de tunnel aan de bakstenen hingen.',
    'De tunnel werd vorig jaar gesloten voor wandelaars, zodat de vleermuizen tijdens hun winterslaap niet worden gestoord.',
    'In februari tellen de onderzoekers de kolonie opnieuw.',
  ]],
  ['pl', 'Czy wiesz, że…', 'Jeden nietoperz potrafi w ciągu nocy zjeść ponad tysiąc małych owadów, dlatego nietoperze są bardzo pożyteczne dla rolników.', [
    'Kolonia rzadkich nietoperzy wróciła do nieczynnego tunelu kolejowego pod miastem, dziesięć lat po tym, jak widziano tam ostatnie z nich.',
    'Wolontariusze naliczyli w listopadzie ponad dwieście zwierząt wiszących na cegłach w najzimniejszej części tunelu.',
    'Tunel zamknięto w zeszłym roku dla spacerowiczów, aby nietoperze nie były niepokojone podczas zimowego snu.',
    'Naukowcy ponownie policzą kolonię w lutym.',
  ]],
  ['ru', 'Знаете ли вы?', 'Одна летучая мышь может за ночь съесть больше тысячи мелких насекомых, поэтому летучие мыши очень полезны фермерам.', [
    'Колония редких летучих мышей вернулась в заброшенный железнодорожный тоннель под городом спустя десять лет после того, как там видели последних.',
    'В ноябре волонтёры насчитали больше двухсот зверьков, висевших на кирпичах в самой холодной части тоннеля.',
    'В прошлом году тоннель закрыли для прогулок, чтобы никто не тревожил летучих мышей во время зимней спячки.',
    'В феврале учёные пересчитают колонию ещё раз.',
  ]],
  ['uk', 'Чи знаєте ви?', 'Один кажан може за ніч з\'їсти понад тисячу дрібних комах, тому кажани дуже корисні для фермерів.', [
    'Колонія рідкісних кажанів повернулася до покинутого залізничного тунелю біля міста через десять років після того, як там бачили останніх.',
    'У листопаді волонтери нарахували понад двісті тварин, що висіли на цеглі в найхолоднішій частині тунелю.',
    'Торік тунель закрили для прогулянок, щоб ніхто не турбував кажанів під час зимової сплячки.',
    'У лютому науковці знову перерахують колонію.',
  ]],
  ['tr', 'Biliyor muydunuz?', 'Tek bir yarasa bir gecede binden fazla küçük böcek yiyebilir, bu yüzden yarasalar çiftçiler için çok yararlıdır.', [
    'Nadir görülen yarasalardan oluşan bir koloni, son bireylerin görülmesinden on yıl sonra kentin yakınındaki kullanılmayan bir demiryolu tüneline geri döndü.',
    'Gönüllüler kasım ayında tünelin en soğuk bölümünde tuğlalara asılı iki yüzden fazla yarasa saydı.',
    'Tünel, yarasaların kış uykusunda rahatsız edilmemesi için geçen yıl yürüyüşçülere kapatıldı.',
    'Bilim insanları koloniyi şubat ayında yeniden sayacak.',
  ]],
  ['id', 'Tahukah kamu?', 'Seekor kelelawar bisa memakan lebih dari seribu serangga kecil dalam satu malam, sehingga kelelawar sangat berguna bagi petani.', [
    'Sekelompok kelelawar langka kembali menghuni terowongan kereta api tua di dekat kota, sepuluh tahun setelah kelelawar terakhir terlihat di sana.',
    'Para relawan menghitung lebih dari dua ratus ekor pada bulan November, bergelantungan di dinding bata di bagian terowongan yang paling dingin.',
    'Terowongan itu ditutup bagi pejalan kaki tahun lalu agar kelelawar tidak terganggu selama tidur musim dingin.',
    'Para ilmuwan akan menghitung koloni itu lagi pada bulan Februari.',
  ]],
  ['ar', 'هل تعلم؟', 'يستطيع خفاش واحد أن يأكل أكثر من ألف حشرة صغيرة في ليلة واحدة، ولذلك تعد الخفافيش مفيدة جدا للمزارعين.', [
    'عادت مستعمرة من الخفافيش النادرة إلى نفق قديم للسكك الحديدية قرب المدينة، بعد عشر سنوات من آخر مرة شوهدت فيها هناك.',
    'أحصى متطوعون أكثر من مئتي خفاش في نوفمبر، وهي معلقة على الطوب في أبرد جزء من النفق.',
    'أغلق النفق أمام المتنزهين العام الماضي حتى لا تتعرض الخفافيش للإزعاج خلال سباتها الشتوي.',
    'سيعيد العلماء إحصاء المستعمرة في فبراير المقبل.',
  ]],
  ['he', 'הידעת?', 'עטלף אחד יכול לאכול יותר מאלף חרקים קטנים בלילה אחד, ולכן עטלפים מועילים מאוד לחקלאים.', [
    'מושבה של עטלפים נדירים חזרה למנהרת רכבת נטושה ליד העיר, עשר שנים אחרי שהאחרונים נראו בה.',
    'מתנדבים ספרו בנובמבר יותר ממאתיים עטלפים שהיו תלויים על הלבנים בחלק הקר ביותר של המנהרה.',
    'המנהרה נסגרה למטיילים בשנה שעברה כדי שהעטלפים לא יופרעו בזמן שנת החורף שלהם.',
    'המדענים יספרו את המושבה שוב בפברואר.',
  ]],
];

function paragraphsOf(story: readonly string[]): string[] {
  const head = ['Junior News', 'Science', '', 'Bats come back', '4 December 2026'];
  const result = cleanTextDump([...head, '', story.join('\n\n'), '', 'Share', 'Privacy'].join('\n'));
  if (!result.ok) throw new Error(result.reason);
  return result.article.blocks.map((block) => block.text);
}

describe('a trivia box inside the story', () => {
  it.each(BOXES)('%s: "%s" and its paragraph go, the story stays whole', (_lang, label, fact, story) => {
    expect(paragraphsOf([...story.slice(0, 2), label, fact, ...story.slice(2)])).toEqual(story);
  });

  it('the same words inside a story sentence stay', () => {
    const story = [...STORY_EN.slice(0, 2), 'Did you know that bats have lived in the tunnel since it closed? asked one of the volunteers, who has counted them for years.', ...STORY_EN.slice(2)];
    expect(paragraphsOf(story)).toEqual(story);
  });
});
