/**
 * A note that the page carries the text under a licence ("This article is republished from the Valley Ledger under a
 * Creative Commons licence."), over the story or under it: the page speaking of the text and of its rights, not of the
 * event. The reader gets the story without it, in the fourteen languages we read. Invented pages; story sentences about
 * licences, which do not name the text itself, stay.
 */
import { describe, expect, it } from 'vitest';
import { cleanTextDump } from '../../../shared/textdump/clean.ts';

/** For each language: the licence note and three paragraphs of an invented story. */
const NOTES: ReadonlyArray<readonly [string, string, readonly [string, string, string]]> = [
  ['en', 'This article is republished from the Valley Ledger under a Creative Commons licence.', [
    'The last bakery in the village of Ashcombe will close at the end of the month after its owners failed to find a buyer willing to keep the ovens going.',
    'The couple have run the shop for thirty-one years and say rising flour and energy costs made it impossible to carry on without raising prices sharply.',
    'The parish council hopes a community group can take over the building next spring and reopen it as a cooperative shop with a small café.',
  ]],
  ['fr', 'Cet article est republié depuis Le Courrier des Vallées sous licence Creative Commons.', [
    'La dernière boulangerie du village fermera à la fin du mois, faute de repreneur prêt à faire tourner les fours.',
    'Le couple tient la boutique depuis trente et un ans et explique que la hausse du prix de la farine et de l\'énergie l\'empêche de continuer.',
    'La mairie espère qu\'une association reprendra le local au printemps pour en faire une épicerie coopérative avec un petit café.',
  ]],
  ['de', 'Dieser Artikel wird vom Talboten unter einer Creative-Commons-Lizenz übernommen.', [
    'Die letzte Bäckerei im Dorf schließt Ende des Monats, weil die Inhaber keinen Nachfolger gefunden haben, der die Öfen weiter betreiben will.',
    'Das Ehepaar führt den Laden seit einunddreißig Jahren und sagt, die gestiegenen Mehl- und Energiepreise machten einen Weiterbetrieb unmöglich.',
    'Der Gemeinderat hofft, dass ein Verein das Gebäude im Frühjahr übernimmt und dort einen genossenschaftlichen Laden mit Café eröffnet.',
  ]],
  ['es', 'Este artículo se reproduce de El Eco del Valle bajo una licencia Creative Commons.', [
    'La última panadería del pueblo cerrará a final de mes después de que sus dueños no encontraran a nadie dispuesto a mantener los hornos encendidos.',
    'La pareja lleva treinta y un años al frente del negocio y asegura que la subida de la harina y de la energía les impide seguir.',
    'El ayuntamiento confía en que una asociación de vecinos se haga cargo del local en primavera y abra allí una tienda cooperativa con cafetería.',
  ]],
  ['it', 'Questo articolo è ripreso dall\'Eco della Valle con licenza Creative Commons.', [
    'L\'ultimo forno del paese chiuderà a fine mese perché i proprietari non hanno trovato nessuno disposto a rilevare l\'attività.',
    'La coppia gestisce il negozio da trentuno anni e spiega che l\'aumento del prezzo della farina e dell\'energia rende impossibile andare avanti.',
    'Il comune spera che un\'associazione prenda in gestione i locali in primavera per aprire un negozio cooperativo con un piccolo bar.',
  ]],
  ['pt', 'Este artigo é reproduzido do Eco do Vale sob uma licença Creative Commons.', [
    'A última padaria da aldeia vai fechar no fim do mês, depois de os donos não terem encontrado ninguém disposto a manter os fornos acesos.',
    'O casal gere a loja há trinta e um anos e diz que o aumento do preço da farinha e da energia tornou impossível continuar.',
    'A junta de freguesia espera que uma associação fique com o espaço na primavera e ali abra uma loja cooperativa com um pequeno café.',
  ]],
  ['nl', 'Dit artikel is overgenomen van De Dalbode onder een Creative Commons-licentie.', [
    'De laatste bakkerij van het dorp sluit eind deze maand, omdat de eigenaren niemand hebben gevonden die de ovens wil overnemen.',
    'Het echtpaar runt de winkel al eenendertig jaar en zegt dat de gestegen prijzen van meel en energie doorgaan onmogelijk maken.',
    'De gemeente hoopt dat een vereniging het pand in het voorjaar overneemt en er een coöperatieve winkel met een klein café opent.',
  ]],
  ['pl', 'Ten artykuł jest przedrukiem z Gazety Doliny na licencji Creative Commons.', [
    'Ostatnia piekarnia we wsi zostanie zamknięta z końcem miesiąca, bo właściciele nie znaleźli nikogo, kto chciałby przejąć piece.',
    'Małżeństwo prowadzi sklep od trzydziestu jeden lat i mówi, że rosnące ceny mąki i energii nie pozwalają dalej działać.',
    'Gmina liczy, że wiosną lokal przejmie stowarzyszenie mieszkańców i otworzy w nim sklep spółdzielczy z małą kawiarnią.',
  ]],
  ['ru', 'Эта статья перепечатана из газеты Долина по лицензии Creative Commons.', [
    'Последняя пекарня в посёлке закроется в конце месяца: владельцы так и не нашли покупателя, готового продолжить дело.',
    'Супруги держат магазин тридцать один год и говорят, что из-за подорожания муки и электричества работать дальше невозможно.',
    'Сельская администрация надеется, что весной помещение возьмёт местное общество и откроет там кооперативный магазин с кафе.',
  ]],
  ['uk', 'Ця стаття передрукована з газети Долина за ліцензією Creative Commons.', [
    'Остання пекарня в селищі закриється наприкінці місяця, бо власники так і не знайшли покупця, який продовжив би справу.',
    'Подружжя тримає крамницю тридцять один рік і каже, що через подорожчання борошна та енергії працювати далі неможливо.',
    'Селищна рада сподівається, що навесні приміщення візьме громадська організація і відкриє там кооперативну крамницю з кав\'ярнею.',
  ]],
  ['tr', 'Bu haber Vadi Gazetesi\'nden Creative Commons lisansıyla alınmıştır.', [
    'Köyün son fırını, sahipleri işletmeyi devralacak kimseyi bulamadığı için ay sonunda kapanacak.',
    'Otuz bir yıldır dükkânı işleten çift, un ve enerji fiyatlarındaki artış nedeniyle devam etmenin imkânsız hale geldiğini söylüyor.',
    'Muhtarlık, baharda bir derneğin binayı devralıp burada küçük bir kafesi olan kooperatif bir dükkân açmasını umuyor.',
  ]],
  ['ar', 'هذا المقال منقول عن صحيفة الوادي بموجب ترخيص المشاع الإبداعي.', [
    'سيغلق آخر مخبز في القرية أبوابه في نهاية الشهر بعد أن عجز أصحابه عن إيجاد من يرغب في تشغيل أفرانه.',
    'ويدير الزوجان المحل منذ واحد وثلاثين عاما، ويقولان إن ارتفاع أسعار الطحين والطاقة جعل الاستمرار مستحيلا.',
    'ويأمل المجلس القروي أن تتولى جمعية محلية المبنى في الربيع وتفتح فيه متجرا تعاونيا مع مقهى صغير.',
  ]],
  ['he', 'כתבה זו מועתקת מעיתון העמק ברישיון קריאייטיב קומונס.', [
    'המאפייה האחרונה בכפר תיסגר בסוף החודש, אחרי שבעליה לא מצאו אף אחד שמוכן להמשיך להפעיל את התנורים.',
    'בני הזוג מנהלים את החנות כבר שלושים ואחת שנים ואומרים שעליית מחירי הקמח והאנרגיה לא מאפשרת להם להמשיך.',
    'המועצה מקווה שעמותה מקומית תיקח את המבנה באביב ותפתח בו חנות שיתופית עם בית קפה קטן.',
  ]],
  ['id', 'Artikel ini dimuat ulang dari Kabar Lembah dengan lisensi Creative Commons.', [
    'Toko roti terakhir di desa itu akan tutup akhir bulan ini setelah pemiliknya tidak menemukan orang yang mau meneruskan usaha tersebut.',
    'Pasangan itu sudah mengelola toko selama tiga puluh satu tahun dan mengatakan kenaikan harga tepung dan energi membuat mereka tidak bisa bertahan.',
    'Pemerintah desa berharap sebuah perkumpulan warga mengambil alih bangunan itu pada musim semi dan membuka toko koperasi dengan kafe kecil.',
  ]],
];

/** Story sentences about licences that do not name the text: they stay. */
const LOOK_ALIKES: readonly string[] = [
  'The museum has released forty thousand photographs of its collection under a Creative Commons licence this year.',
  'The council will publish the list of bakeries that hold a street-trading licence on its website next week.',
];

function storyOf(paragraphs: readonly string[]): string[] {
  const head = ['Valley Network', 'Local', '', 'Village loses its last bakery', '2 December 2026'];
  const result = cleanTextDump([...head, '', paragraphs.join('\n\n'), '', 'Share', 'Privacy'].join('\n'));
  if (!result.ok) throw new Error(result.reason);
  return result.article.blocks.map((block) => block.text);
}

describe('a note that the text is carried under a licence', () => {
  it.each(NOTES)('%s: "%s" over the story goes', (_lang, note, story) => {
    expect(storyOf([note, ...story])).toEqual(story);
  });

  it.each(NOTES)('%s: "%s" under the story goes', (_lang, note, story) => {
    expect(storyOf([...story, note])).toEqual(story);
  });

  it.each(LOOK_ALIKES)('the story sentence "%s" stays', (sentence) => {
    const [, , story] = NOTES[0]!;
    expect(storyOf([...story, sentence])).toEqual([...story, sentence]);
  });
});
