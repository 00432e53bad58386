/**
 * A reader gets the headline of a release or a story whose head prints a speaker's words after the speaker's name
 * and a colon ("Mayor Hollis: “We will rebuild the bridge by spring”", "Kowalski: „Most będzie gotowy wiosną”"): such
 * a line is a quotation, not a "Label: value" field, so it neither hides the headline above it in a block of fields
 * nor loses the headline's place when it is the headline itself. A record's fields stay fields.
 */
import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../helpers/textdump.ts';

interface QuotedHead {
  lang: string;
  site: string;
  date: string;
  /** The headline, a kicker and a colon before what happened. */
  headline: string;
  /** The speaker's name, a colon and the words in the language's quotation marks. */
  quote: string;
  paragraphs: [string, string, string];
}

const CASES: QuotedHead[] = [
  {
    lang: 'en',
    site: 'Riverside County Press Office',
    date: 'Press release of 4 December 2026',
    headline: 'Flood defences on the Wend: second section finished at Millbrook',
    quote: 'Councillor Hollis: “Four hundred homes are now safe from a once-in-a-century flood”',
    paragraphs: [
      'Millbrook (RCP) – The second section of the flood defences on the River Wend was handed over on Wednesday, after two years of work along the riverside road.',
      'The section adds a wall of one and a half kilometres and twelve gates that can be closed within an hour when the river rises.',
      'The third and last section, in the lower town, is due to start in the spring and to be finished by the end of 2028.',
    ],
  },
  {
    lang: 'de',
    site: 'Landespressedienst',
    date: 'Pressemitteilung vom 4.12.2026',
    headline: 'Hochwasserschutz an der Wend: Zweiter Abschnitt in Mühlbach fertig',
    quote: 'Landesrat Hollweger: „Vierhundert Häuser sind jetzt vor einem hundertjährlichen Hochwasser geschützt“',
    paragraphs: [
      'Mühlbach (LPD) – Der zweite Abschnitt des Hochwasserschutzes an der Wend ist am Mittwoch nach zweijähriger Bauzeit offiziell übergeben worden.',
      'Er umfasst eine eineinhalb Kilometer lange Mauer entlang der Uferstraße und zwölf Tore, die bei steigendem Wasser binnen einer Stunde geschlossen werden können.',
      'Der dritte und letzte Abschnitt in der Unterstadt soll im Frühjahr beginnen und bis Ende 2028 fertig sein.',
    ],
  },
  {
    lang: 'fr',
    site: 'Service de presse du Département',
    date: 'Communiqué du 4 décembre 2026',
    headline: 'Digues de la Vernelle : la deuxième tranche achevée à Moulinet',
    quote: 'Le président Hollard : « Quatre cents maisons sont désormais protégées d’une crue centennale »',
    paragraphs: [
      'Moulinet – La deuxième tranche des digues de la Vernelle a été livrée mercredi, après deux ans de travaux le long de la route des berges.',
      'Elle ajoute un mur d’un kilomètre et demi et douze portes qui peuvent être fermées en moins d’une heure quand la rivière monte.',
      'La troisième et dernière tranche, dans la ville basse, doit commencer au printemps et s’achever fin 2028.',
    ],
  },
  {
    lang: 'es',
    site: 'Gabinete de prensa de la Diputación',
    date: 'Publicado el 4 de diciembre de 2026',
    headline: 'Defensas del río Vero: terminado el segundo tramo en Molinar',
    quote: 'El diputado Hontanar: «Cuatrocientas casas ya están a salvo de una riada centenaria»',
    paragraphs: [
      'Molinar – El segundo tramo de las defensas del río Vero se entregó el miércoles, tras dos años de obras a lo largo del paseo de la ribera.',
      'El tramo añade un muro de kilómetro y medio y doce compuertas que se pueden cerrar en menos de una hora cuando el río crece.',
      'El tercer y último tramo, en la parte baja del pueblo, comenzará en primavera y terminará a finales de 2028.',
    ],
  },
  {
    lang: 'ru',
    site: 'Пресс-служба областной администрации',
    date: 'Пресс-релиз от 4 декабря 2026',
    headline: 'Защита от паводков на Вереи: второй участок в Мельниках готов',
    quote: 'Вице-губернатор Холмогоров: «Четыреста домов теперь защищены от столетнего паводка»',
    paragraphs: [
      'Мельники – Второй участок защитных сооружений на реке Верея сдан в среду после двух лет работ вдоль набережной.',
      'Он включает стену длиной полтора километра и двенадцать ворот, которые можно закрыть меньше чем за час при подъёме воды.',
      'Третий и последний участок в нижней части города начнут строить весной и закончат к концу 2028 года.',
    ],
  },
  {
    lang: 'tr',
    site: 'Valilik Basın Bürosu',
    date: 'Basın bülteni, 4 Aralık 2026',
    headline: 'Vera Çayı taşkın koruması: Değirmenli’de ikinci etap tamamlandı',
    quote: 'Vali Yardımcısı Holoğlu: “Dört yüz ev artık yüz yılda bir görülen taşkına karşı korunuyor”',
    paragraphs: [
      'Değirmenli – Vera Çayı taşkın koruma projesinin ikinci etabı, kıyı yolu boyunca süren iki yıllık çalışmanın ardından çarşamba günü teslim edildi.',
      'Etap, bir buçuk kilometrelik bir duvar ile su yükseldiğinde bir saatten kısa sürede kapatılabilen on iki kapak içeriyor.',
      'Aşağı mahalledeki üçüncü ve son etabın baharda başlaması ve 2028 sonunda bitmesi planlanıyor.',
    ],
  },
  {
    lang: 'it',
    site: 'Ufficio stampa della Provincia',
    date: 'Comunicato del 4 dicembre 2026',
    headline: 'Argini del Vero: completato il secondo lotto a Molinetto',
    quote: 'L’assessore Olmeda: «Quattrocento case ora sono al sicuro da una piena centenaria»',
    paragraphs: [
      'Molinetto – Il secondo lotto degli argini del torrente Vero è stato consegnato mercoledì, dopo due anni di lavori lungo la strada del lungofiume.',
      'Il lotto aggiunge un muro di un chilometro e mezzo e dodici paratoie che si possono chiudere in meno di un’ora quando il fiume sale.',
      'Il terzo e ultimo lotto, nella parte bassa del paese, partirà in primavera e finirà entro la fine del 2028.',
    ],
  },
  {
    lang: 'pt',
    site: 'Assessoria de Imprensa da Câmara',
    date: 'Nota de 4 de dezembro de 2026',
    headline: 'Diques do rio Vero: concluída a segunda fase em Moinhos',
    quote: 'Vereador Holanda: “Quatrocentas casas estão agora protegidas de uma cheia centenária”',
    paragraphs: [
      'Moinhos – A segunda fase dos diques do rio Vero foi entregue na quarta-feira, depois de dois anos de obras ao longo da avenida ribeirinha.',
      'A fase acrescenta um muro de quilómetro e meio e doze comportas que podem ser fechadas em menos de uma hora quando o rio sobe.',
      'A terceira e última fase, na parte baixa da vila, deverá começar na primavera e terminar no fim de 2028.',
    ],
  },
  {
    lang: 'nl',
    site: 'Persdienst van de Provincie',
    date: 'Persbericht van 4 december 2026',
    headline: 'Dijkversterking langs de Weer: tweede deel klaar bij Molenbeek',
    quote: 'Gedeputeerde Holwerda: ‘Vierhonderd huizen zijn nu beschermd tegen een honderdjarige overstroming’',
    paragraphs: [
      'Molenbeek – Het tweede deel van de dijkversterking langs de Weer is woensdag opgeleverd, na twee jaar werk langs de oeverweg.',
      'Het deel voegt een muur van anderhalve kilometer toe en twaalf schuiven die binnen een uur dicht kunnen als het water stijgt.',
      'Het derde en laatste deel, in de benedenstad, begint in het voorjaar en moet eind 2028 klaar zijn.',
    ],
  },
  {
    lang: 'pl',
    site: 'Biuro prasowe Urzędu Wojewódzkiego',
    date: 'Komunikat z 4 grudnia 2026',
    headline: 'Ochrona przeciwpowodziowa na Werze: drugi etap w Młynowie gotowy',
    quote: 'Wicewojewoda Holski: „Czterysta domów jest teraz chronionych przed stuletnią powodzią”',
    paragraphs: [
      'Młynów – Drugi etap zabezpieczeń przeciwpowodziowych na rzece Werze został w środę oddany do użytku po dwóch latach prac wzdłuż bulwaru.',
      'Obejmuje on mur długości półtora kilometra i dwanaście zasuw, które można zamknąć w niecałą godzinę, gdy woda rośnie.',
      'Trzeci i ostatni etap, w dolnej części miasta, ruszy wiosną i ma się zakończyć do końca 2028 roku.',
    ],
  },
  {
    lang: 'ar',
    site: 'المكتب الإعلامي للمحافظة',
    date: 'بيان صحفي بتاريخ 4 ديسمبر 2026',
    headline: 'حماية وادي الفيروز من الفيضانات: اكتمال المرحلة الثانية في الطواحين',
    quote: 'نائب المحافظ الهلالي: «أربعمئة منزل باتت محمية من فيضان يحدث مرة كل مئة عام»',
    paragraphs: [
      'الطواحين – تسلمت المحافظة يوم الأربعاء المرحلة الثانية من مشروع حماية وادي الفيروز من الفيضانات بعد عامين من العمل على طول طريق الضفة.',
      'وتضم المرحلة جدارا بطول كيلومتر ونصف واثنتي عشرة بوابة يمكن إغلاقها في أقل من ساعة عند ارتفاع المياه.',
      'ومن المقرر أن تبدأ المرحلة الثالثة والأخيرة في الربيع وأن تنتهي بنهاية عام 2028.',
    ],
  },
  {
    lang: 'he',
    site: 'דוברות המועצה האזורית',
    date: 'הודעה לעיתונות, 4 בדצמבר 2026',
    headline: 'הגנה מפני שיטפונות בנחל ורד: השלב השני בטחנות הושלם',
    quote: 'ראש המועצה הולנדר: "ארבע מאות בתים מוגנים עכשיו מפני שיטפון של פעם במאה שנה"',
    paragraphs: [
      'טחנות – השלב השני של מערך ההגנה מפני שיטפונות בנחל ורד נמסר ביום רביעי, לאחר שנתיים של עבודות לאורך דרך הגדה.',
      'השלב כולל חומה באורך קילומטר וחצי ושנים עשר שערים שאפשר לסגור בתוך פחות משעה כשהמים עולים.',
      'השלב השלישי והאחרון, בחלק התחתון של היישוב, יתחיל באביב ויסתיים עד סוף 2028.',
    ],
  },
  {
    lang: 'id',
    site: 'Biro Humas Pemerintah Provinsi',
    date: 'Siaran pers, 4 Desember 2026',
    headline: 'Tanggul Sungai Vera: tahap kedua di Kincir rampung',
    quote: 'Wakil Gubernur Hollandi: “Empat ratus rumah kini aman dari banjir seratus tahunan”',
    paragraphs: [
      'Kincir – Tahap kedua tanggul Sungai Vera diserahterimakan pada hari Rabu setelah dua tahun pekerjaan di sepanjang jalan tepi sungai.',
      'Tahap ini menambah tembok sepanjang satu setengah kilometer dan dua belas pintu air yang bisa ditutup dalam waktu kurang dari satu jam saat air naik.',
      'Tahap ketiga dan terakhir di bagian bawah kota akan dimulai pada musim semi dan selesai pada akhir 2028.',
    ],
  },
  {
    lang: 'uk',
    site: 'Пресслужба обласної адміністрації',
    date: 'Прес-реліз від 4 грудня 2026',
    headline: 'Захист від повеней на Вереї: другу чергу в Млинах завершено',
    quote: 'Заступник голови Холоденко: «Чотириста будинків тепер захищені від столітньої повені»',
    paragraphs: [
      'Млини – Другу чергу протипаводкових споруд на річці Верея здали в середу після двох років робіт уздовж набережної.',
      'Вона містить стіну завдовжки півтора кілометра і дванадцять воріт, які можна зачинити менш ніж за годину, коли вода підіймається.',
      'Третю й останню чергу в нижній частині міста почнуть будувати навесні й завершать до кінця 2028 року.',
    ],
  },
];

describe('a speaker’s quotation under a headline with a kicker', () => {
  it.each(CASES.map((head) => [head.lang, head] as const))('%s: the headline is read over the quotation', (_lang, head) => {
    const article = cleanLines([head.site, head.date, head.headline, head.quote, ...head.paragraphs]);
    expect(article.title).toBe(head.headline);
  });

  it.each(CASES.map((head) => [head.lang, head] as const))('%s: a quotation standing alone as the headline is the headline', (_lang, head) => {
    const article = cleanLines([head.site, head.quote, head.date, ...head.paragraphs]);
    expect(article.title).toBe(head.quote);
  });
});

describe('a record’s fields, one of them quoted', () => {
  it('the headline over the fields stays the headline', () => {
    const headline = 'Planning committee refuses the harbour hotel';
    const article = cleanLines([
      'Harbourside Council',
      headline,
      'Application: 26/0412/FUL',
      'Proposal: “Eight-storey hotel with ninety rooms”',
      'Decision: Refused',
      'Decision date: 3 December 2026',
      'The planning committee refused the application for an eight-storey hotel on the old ferry terminal site by seven votes to two on Wednesday evening.',
      'Members said the building would be too tall for the harbour front and would block views of the lighthouse from the old town.',
      'The applicant has six months to appeal against the decision to the planning inspectorate.',
    ]);
    expect(article.title).toBe(headline);
  });
});
