/**
 * A photo's caption between two paragraphs of the story whose credit follows the caption's sentence set off by a dash
 * or a bar ("… on Tuesday. - Foto Northern Wire / Jane Doe", "… on Tuesday. – Фото ТАСС") or opened by the agency's
 * initials ("… on Tuesday. NW PHOTO: JANE DOE"). The reader gets the story without the caption, in each of the fourteen
 * languages we read. Invented pages; story paragraphs that hold a dash or a photo word after a sentence stay.
 */
import { describe, expect, it } from 'vitest';
import { cleanTextDump } from '../../../shared/textdump/clean.ts';

/** Three paragraphs of an invented story in each language. */
const STORIES: Readonly<Record<string, readonly [string, string, string]>> = {
  en: [
    'Volunteers spent the weekend filling sandbags along the river after forecasters warned that heavy rain could push the water over the banks by Tuesday.',
    'The council opened two sports halls as shelters and asked residents of the lowest streets to move their cars to higher ground before nightfall.',
    'The river is expected to peak on Wednesday morning, and the council said it would keep the halls open until the warning is lifted.',
  ],
  fr: [
    'Des bénévoles ont rempli des sacs de sable tout le week-end le long de la rivière après l\'annonce de fortes pluies pour mardi.',
    'La mairie a ouvert deux gymnases pour accueillir les habitants des rues les plus basses et leur a demandé de déplacer leurs voitures.',
    'La crue devrait atteindre son maximum mercredi matin, et les gymnases resteront ouverts jusqu\'à la levée de l\'alerte.',
  ],
  de: [
    'Freiwillige haben am Wochenende entlang des Flusses Sandsäcke gefüllt, nachdem der Wetterdienst für Dienstag starken Regen angekündigt hatte.',
    'Die Stadt öffnete zwei Turnhallen als Notunterkünfte und bat die Anwohner der tiefsten Straßen, ihre Autos auf höher gelegene Plätze zu stellen.',
    'Der Scheitel der Flutwelle wird für Mittwochmorgen erwartet, die Hallen bleiben bis zur Entwarnung geöffnet.',
  ],
  es: [
    'Decenas de voluntarios llenaron sacos de arena durante el fin de semana junto al río después de que se anunciaran fuertes lluvias para el martes.',
    'El ayuntamiento abrió dos polideportivos como refugio y pidió a los vecinos de las calles más bajas que trasladaran sus coches a zonas altas.',
    'Se espera que la crecida alcance su punto máximo el miércoles por la mañana, y los polideportivos seguirán abiertos hasta que se levante la alerta.',
  ],
  ru: [
    'Добровольцы все выходные наполняли мешки с песком на берегу реки после того, как синоптики предупредили о сильных дождях во вторник.',
    'Администрация открыла два спортивных зала для жителей нижних улиц и попросила их перегнать машины на возвышенные участки.',
    'Пик паводка ожидается в среду утром, залы будут открыты до отмены предупреждения.',
  ],
  tr: [
    'Gönüllüler, meteoroloji salı günü için şiddetli yağış uyarısı yapınca hafta sonu boyunca nehir kıyısında kum torbası doldurdu.',
    'Belediye iki spor salonunu barınak olarak açtı ve alçak sokaklarda oturanlardan araçlarını yüksek bölgelere çekmelerini istedi.',
    'Nehrin çarşamba sabahı en yüksek seviyesine ulaşması bekleniyor ve salonlar uyarı kalkana kadar açık kalacak.',
  ],
  it: [
    'I volontari hanno passato il fine settimana a riempire sacchi di sabbia lungo il fiume dopo l\'allerta per le forti piogge previste martedì.',
    'Il comune ha aperto due palestre come rifugio e ha chiesto ai residenti delle strade più basse di spostare le auto in zone più alte.',
    'Il picco della piena è atteso mercoledì mattina e le palestre resteranno aperte fino alla revoca dell\'allerta.',
  ],
  pt: [
    'Os voluntários passaram o fim de semana a encher sacos de areia junto ao rio depois do aviso de chuva forte para terça-feira.',
    'A câmara abriu dois pavilhões desportivos como abrigo e pediu aos moradores das ruas mais baixas que levassem os carros para zonas altas.',
    'O pico da cheia é esperado na quarta-feira de manhã, e os pavilhões vão continuar abertos até ao fim do aviso.',
  ],
  nl: [
    'Vrijwilligers hebben het hele weekend zandzakken gevuld langs de rivier nadat het weerbureau voor dinsdag zware regen had voorspeld.',
    'De gemeente opende twee sporthallen als opvang en vroeg bewoners van de laagste straten hun auto op hoger gelegen plekken te zetten.',
    'De rivier bereikt naar verwachting woensdagochtend haar hoogste stand, de hallen blijven open tot het alarm wordt ingetrokken.',
  ],
  pl: [
    'Wolontariusze przez cały weekend napełniali worki z piaskiem nad rzeką, po tym jak synoptycy ostrzegli przed ulewami we wtorek.',
    'Urząd miasta otworzył dwie hale sportowe dla mieszkańców najniżej położonych ulic i poprosił ich o przestawienie samochodów wyżej.',
    'Kulminacja fali spodziewana jest w środę rano, a hale pozostaną otwarte do odwołania ostrzeżenia.',
  ],
  ar: [
    'أمضى متطوعون عطلة نهاية الأسبوع في ملء أكياس الرمل على ضفة النهر بعد تحذير من أمطار غزيرة يوم الثلاثاء.',
    'وفتحت البلدية صالتين رياضيتين لإيواء سكان الشوارع المنخفضة، وطلبت منهم نقل سياراتهم إلى أماكن مرتفعة قبل حلول الليل.',
    'ومن المتوقع أن يبلغ منسوب النهر ذروته صباح الأربعاء، وستبقى الصالتان مفتوحتين حتى رفع التحذير.',
  ],
  he: [
    'מתנדבים מילאו שקי חול לאורך הנהר במשך כל סוף השבוע, אחרי שהחזאים הזהירו מפני גשם כבד ביום שלישי.',
    'העירייה פתחה שני אולמות ספורט כמקלט לתושבי הרחובות הנמוכים וביקשה מהם להעביר את מכוניותיהם למקומות גבוהים.',
    'שיא הגאות צפוי ביום רביעי בבוקר, והאולמות יישארו פתוחים עד שההתרעה תוסר.',
  ],
  id: [
    'Para relawan menghabiskan akhir pekan dengan mengisi karung pasir di tepi sungai setelah ada peringatan hujan lebat untuk hari Selasa.',
    'Pemerintah kota membuka dua gedung olahraga sebagai tempat mengungsi dan meminta warga di jalan-jalan terendah memindahkan mobil mereka.',
    'Puncak banjir diperkirakan terjadi pada Rabu pagi, dan gedung olahraga tetap dibuka sampai peringatan dicabut.',
  ],
  uk: [
    'Волонтери всі вихідні наповнювали мішки з піском на березі річки після попередження синоптиків про сильні дощі у вівторок.',
    'Міська рада відкрила два спортивні зали для мешканців найнижчих вулиць і попросила їх перегнати автомобілі на підвищені місця.',
    'Пік паводка очікують у середу вранці, зали працюватимуть до скасування попередження.',
  ],
};

/** Captions closing on a credit set off by a dash or a bar, or opened by the agency's initials. */
const CAPTIONS: ReadonlyArray<readonly [string, string]> = [
  ['en', 'Volunteers fill sandbags by the river on Saturday. Forecasters expect the water to peak on Wednesday morning. NW PHOTO: JANE DOE'],
  ['en', 'Volunteers fill sandbags by the river on Saturday. Forecasters expect the water to peak on Wednesday morning. - Photo Northern Wire / Jane Doe'],
  ['fr', 'Des bénévoles remplissent des sacs de sable samedi. La crue est attendue mercredi matin dans le centre. – Photo Agence Rivière'],
  ['fr', 'Des bénévoles remplissent des sacs de sable samedi. La crue est attendue mercredi matin dans le centre. AFR PHOTO: LUC MARTIN'],
  ['de', 'Freiwillige füllen am Samstag Sandsäcke am Fluss. Der Scheitel wird am Mittwochmorgen in der Altstadt erwartet. - Foto Rheinpress / Jan Vogel'],
  ['de', 'Freiwillige füllen am Samstag Sandsäcke am Fluss. Der Scheitel wird am Mittwochmorgen in der Altstadt erwartet. | Foto Stadtarchiv'],
  ['es', 'Voluntarios llenan sacos de arena junto al río el sábado. La crecida llegará al centro el miércoles por la mañana. - Foto Agencia Norte'],
  ['es', 'Voluntarios llenan sacos de arena junto al río el sábado. La crecida llegará al centro el miércoles por la mañana. EFN FOTO: ANA RUIZ'],
  ['ru', 'Добровольцы наполняют мешки с песком на берегу в субботу. Пик паводка в центре ожидается утром в среду. – Фото Северное агентство'],
  ['tr', 'Gönüllüler cumartesi günü nehir kıyısında kum torbası dolduruyor. Suyun çarşamba sabahı merkeze ulaşması bekleniyor. - Fotoğraf Kuzey Ajansı / Ali Demir'],
  ['it', 'Volontari riempiono sacchi di sabbia sabato lungo il fiume. La piena è attesa in centro mercoledì mattina. - Foto Agenzia Nord'],
  ['pt', 'Voluntários enchem sacos de areia junto ao rio no sábado. A cheia deve chegar ao centro na quarta-feira de manhã. — Foto Agência Norte / Rui Costa'],
  ['nl', 'Vrijwilligers vullen zaterdag zandzakken langs de rivier. Het hoogwater bereikt woensdagochtend het centrum. - Foto Persbureau Noord'],
  ['pl', 'Wolontariusze napełniają worki z piaskiem nad rzeką w sobotę. Fala ma dotrzeć do centrum w środę rano. - Zdjęcie Agencja Północ / Jan Nowak'],
  ['ar', 'متطوعون يملؤون أكياس الرمل على ضفة النهر يوم السبت. ومن المتوقع أن تصل المياه إلى وسط المدينة صباح الأربعاء. - تصوير وكالة الشمال'],
  ['he', 'מתנדבים ממלאים שקי חול על גדת הנהר בשבת. המים צפויים להגיע למרכז העיר ביום רביעי בבוקר. - צילום סוכנות הצפון'],
  ['id', 'Relawan mengisi karung pasir di tepi sungai pada hari Sabtu. Air diperkirakan mencapai pusat kota pada Rabu pagi. - Foto Kantor Berita Utara / Budi Santoso'],
  ['uk', 'Волонтери наповнюють мішки з піском на березі в суботу. Пік паводка в центрі очікують у середу вранці. – Фото Північне агентство'],
];

/** Story paragraphs that look alike: a dash or a photo word after a sentence, and a sentence after them. */
const LOOK_ALIKES: ReadonlyArray<readonly [string, string]> = [
  ['en', 'The council met again on Sunday evening. - Five members voted against the plan, which now goes to the regional board.'],
  ['en', 'The museum reopened its river gallery last spring. NHS photo archives show the ward as it looked before the flood of 1962.'],
  ['de', 'Die Feuerwehr war schnell vor Ort. - Foto und Video der Übung zeigt die Stadt am Sonntag im Rathaus.'],
  ['es', 'El alcalde visitó la zona el domingo. - Fotos y vídeos de la crecida circulan desde el lunes por las redes sociales.'],
  ['ru', 'Спасатели работали всю ночь. – Фотографии паводка жители присылали в администрацию до самого утра.'],
];

/** Where the caption stands: over the lead photo above the first paragraph, or between two paragraphs. */
type Place = 'above the story' | 'between paragraphs';

function storyOf(lang: string, inserted: string, place: Place): string[] {
  const [first, second, third] = STORIES[lang]!;
  const head = ['Riverside Courier', 'Local', '', 'Volunteers fill sandbags as the river rises', '7 December 2026'];
  const story = place === 'above the story' ? [inserted, first, second, third] : [first, second, inserted, third];
  const result = cleanTextDump([...head, '', story.join('\n\n'), '', 'Share', 'Privacy'].join('\n'));
  if (!result.ok) throw new Error(result.reason);
  return result.article.blocks.map((block) => block.text);
}

const PLACES: readonly Place[] = ['above the story', 'between paragraphs'];

describe('a caption whose credit is set off by a dash, a bar or an agency’s initials', () => {
  it.each(CAPTIONS.flatMap(([lang, caption]) => PLACES.map((place) => [lang, place, caption] as const)))('%s, %s: "%s" goes, the story stays whole', (lang, place, caption) => {
    expect(storyOf(lang, caption, place)).toEqual(STORIES[lang]);
  });

  it.each(LOOK_ALIKES)('%s: the story paragraph "%s" stays', (lang, paragraph) => {
    const [first, second, third] = STORIES[lang]!;
    expect(storyOf(lang, paragraph, 'between paragraphs')).toEqual([first, second, paragraph, third]);
  });
});
